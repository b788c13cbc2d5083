#include <algorithm>
#include <sstream>

#include "Figures.h"
#include "pactgraph/report/Html.h"
#include "pactgraph/report/TimeScale.h"

namespace pactgraph::report::detail {

namespace {

constexpr double kWidth = 1000;
constexpr double kPlotLeft = 18;
constexpr double kPlotRight = kWidth - 18;
constexpr double kAxisHeight = 34;
constexpr double kRowHeight = 22;
constexpr double kFontSize = 12;
constexpr double kLabelGap = 8;

std::string px(double value) { return formatNumber(value, 1); }

// "?" for an uncertain date, "~" for an approximate one (EDTF's marks).
std::string qualifierMarks(const analysis::TimelineEvent& event) {
  std::string marks;
  if (event.uncertain) marks += "?";
  if (event.approximate) marks += "~";
  return marks;
}

std::string dateDescription(const analysis::TimelineEvent& event) {
  std::string text = event.edtf;
  if (!event.precision.empty()) text += " (" + event.precision + ")";
  if (event.uncertain) text += ", uncertain";
  if (event.approximate) text += ", approximate";
  return text;
}

struct Row {
  const analysis::TimelineEvent* event;
  TimelineMark mark;
};

void writeDefinitions(std::ostringstream& out) {
  out << "<defs>"
         "<linearGradient id=\"tl-fade-start\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
         "<stop offset=\"0\" stop-color=\"#1f6f8b\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#1f6f8b\"/>"
         "</linearGradient>"
         "<linearGradient id=\"tl-fade-end\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
         "<stop offset=\"0\" stop-color=\"#1f6f8b\"/><stop offset=\"1\" stop-color=\"#1f6f8b\" stop-opacity=\"0\"/>"
         "</linearGradient>"
         "<pattern id=\"tl-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#cfe3ea\"/>"
         "<line x1=\"1.5\" y1=\"0\" x2=\"1.5\" y2=\"6\" stroke=\"#1f6f8b\" stroke-width=\"3\"/></pattern>"
         "</defs>\n";
}

void writeMark(std::ostringstream& out, const Row& row, double cy) {
  const analysis::TimelineEvent& event = *row.event;
  const TimelineMark& mark = row.mark;
  std::string classes = "mark";
  if (event.uncertain) classes += " uncertain";
  if (event.approximate) classes += " approximate";
  if (mark.openStart) classes += " open-start";
  if (mark.openEnd) classes += " open-end";
  if (mark.shape == TimelineMark::Shape::point) {
    out << "<circle class=\"" << classes << "\" cx=\"" << px(mark.x0) << "\" cy=\"" << px(cy) << "\" r=\"5\"/>";
  } else {
    out << "<rect class=\"" << classes << " bar\" x=\"" << px(mark.x0) << "\" y=\"" << px(cy - 5) << "\" width=\""
        << px(mark.x1 - mark.x0) << "\" height=\"10\" rx=\"2\"";
    out << "/>";
  }
  if (mark.clippedStart) {
    out << "<polygon class=\"continues\" points=\"" << px(mark.x0 - 8) << ',' << px(cy) << ' ' << px(mark.x0 - 2) << ','
        << px(cy - 5) << ' ' << px(mark.x0 - 2) << ',' << px(cy + 5) << "\"/>";
  }
  if (mark.clippedEnd) {
    out << "<polygon class=\"continues\" points=\"" << px(mark.x1 + 8) << ',' << px(cy) << ' ' << px(mark.x1 + 2) << ','
        << px(cy - 5) << ' ' << px(mark.x1 + 2) << ',' << px(cy + 5) << "\"/>";
  }
}

// The label beside the mark: right of it when it fits, else left of it;
// else inside a bar long enough to hold it; else on the roomier side, cut
// to fit.
void writeLabel(std::ostringstream& out, const Row& row, double cy) {
  const analysis::TimelineEvent& event = *row.event;
  const std::string marks = qualifierMarks(event);
  const double marksWidth = marks.empty() ? 0 : textWidth(" " + marks, kFontSize);
  const double startRight = row.mark.x1 + kLabelGap + (row.mark.clippedEnd ? 8 : 0);
  const double endLeft = row.mark.x0 - kLabelGap - (row.mark.clippedStart ? 8 : 0);
  const double roomRight = kPlotRight - startRight;
  const double roomLeft = endLeft - kPlotLeft;
  const double roomInside = row.mark.x1 - row.mark.x0 - 2 * kLabelGap;
  const double needed = textWidth(event.label, kFontSize) + marksWidth;
  enum class Side { right, left, inside } side = Side::right;
  double room = roomRight;
  if (needed > roomRight) {
    if (needed <= roomLeft) {
      side = Side::left, room = roomLeft;
    } else if (row.mark.shape == TimelineMark::Shape::bar && needed <= roomInside) {
      side = Side::inside, room = roomInside;
    } else if (roomLeft > roomRight) {
      side = Side::left, room = roomLeft;
    }
  }
  const std::string text = truncateToWidth(event.label, kFontSize, std::max(room - marksWidth, 24.0));
  const double x = side == Side::right ? startRight : side == Side::left ? endLeft : row.mark.x0 + kLabelGap;
  out << "<text x=\"" << px(x) << "\" y=\"" << px(cy + 4) << '"'
      << (side == Side::left     ? " text-anchor=\"end\""
          : side == Side::inside ? " class=\"inside\""
                                 : "")
      << '>' << isolatedSvg(text);
  if (!marks.empty()) out << "<tspan class=\"qualifier\"> " << marks << "</tspan>";
  out << "</text>";
}

std::string panel(const std::vector<Row>& rows, const TimeScale& scale, const std::vector<Tick>& ticks,
                  const std::string& titleId, const std::string& title, bool withDefinitions,
                  const std::optional<analysis::DayRange>& band) {
  const double height = kAxisHeight + kRowHeight * static_cast<double>(rows.size()) + 8;
  std::ostringstream out;
  out << "<svg class=\"timeline\" viewBox=\"0 0 " << px(kWidth) << ' ' << px(height)
      << "\" role=\"img\" aria-labelledby=\"" << titleId << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  out << "<title id=\"" << titleId << "\">" << escapeText(title) << "</title>\n";
  if (withDefinitions) writeDefinitions(out);
  for (std::size_t i = 0; i < rows.size(); i += 2) {
    out << "<rect class=\"stripe\" x=\"0\" y=\"" << px(kAxisHeight + kRowHeight * static_cast<double>(i))
        << "\" width=\"" << px(kWidth) << "\" height=\"" << px(kRowHeight) << "\"/>\n";
  }
  if (band) {
    const double x0 = scale.start(dayNumber(band->earliest));
    const double x1 = std::max(scale.end(dayNumber(band->latest)), x0 + 3);
    out << "<rect class=\"band\" x=\"" << px(x0) << "\" y=\"" << px(kAxisHeight - 6) << "\" width=\"" << px(x1 - x0)
        << "\" height=\"" << px(height - kAxisHeight + 6) << "\"><title>Detail window " << escapeText(band->earliest)
        << " – " << escapeText(band->latest) << ", shown below</title></rect>\n";
  }
  out << "<g class=\"axis\">";
  for (const auto& tick : ticks) {
    out << "<line class=\"" << (tick.major ? "grid" : "grid minor") << "\" x1=\"" << px(tick.x) << "\" y1=\""
        << px(kAxisHeight - (tick.major ? 8 : 4)) << "\" x2=\"" << px(tick.x) << "\" y2=\"" << px(height - 4) << "\"/>";
    if (!tick.label.empty()) {
      // Centred on the tick, unless that would cut it at an edge.
      const double half = textWidth(tick.label, tick.major ? 12 : 10) / 2;
      const char* anchor = tick.x - half < 2 ? "start" : tick.x + half > kWidth - 2 ? "end" : "middle";
      out << "<text class=\"" << (tick.major ? "tick" : "tick minor") << "\" x=\"" << px(tick.x) << "\" y=\""
          << px(tick.major ? kAxisHeight - 14 : kAxisHeight - 8) << "\" text-anchor=\"" << anchor << "\">"
          << escapeText(tick.label) << "</text>";
    }
  }
  out << "</g>\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double cy = kAxisHeight + kRowHeight * static_cast<double>(i) + kRowHeight / 2;
    const analysis::TimelineEvent& event = *rows[i].event;
    out << "<a href=\"#" << anchorId("event", event.id) << "\"><title>" << escapeText(event.label) << " — "
        << escapeText(dateDescription(event)) << "</title>";
    writeMark(out, rows[i], cy);
    writeLabel(out, rows[i], cy);
    out << "</a>\n";
  }
  out << "</svg>\n";
  return out.str();
}

std::vector<Row> visibleRows(const std::vector<analysis::TimelineEvent>& events, const TimeScale& scale) {
  std::vector<Row> rows;
  for (const auto& event : events) {
    const TimelineMark mark = markFor(event, scale);
    if (mark.visible) rows.push_back({&event, mark});
  }
  return rows;
}

std::string longDate(const std::string& day) {
  static const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};
  const int month = std::stoi(day.substr(5, 2));
  return std::to_string(std::stoi(day.substr(8, 2))) + " " + kMonthNames[month - 1] + " " + day.substr(0, 4);
}

}  // namespace

std::string timelineFigure(const analysis::Timeline& timeline, const std::optional<analysis::DayRange>& zoom) {
  std::ostringstream out;
  const auto range = fullRange(timeline.events);
  std::size_t undated = 0;
  for (const auto& event : timeline.events) undated += event.days ? 0 : 1;
  if (range) {
    const TimeScale full(dayNumber(range->earliest), dayNumber(range->latest), kPlotLeft, kPlotRight);
    const auto rows = visibleRows(timeline.events, full);
    out << "<figure class=\"timeline-figure\">\n<div class=\"scroll\">\n";
    const std::string firstYear = range->earliest.substr(0, 4);
    const std::string lastYear = range->latest.substr(0, 4);
    const std::string years = firstYear == lastYear ? firstYear : firstYear + "–" + lastYear;
    out << panel(rows, full, yearTicks(full, 14), "timeline-full-title", "Timeline " + years, true, zoom);
    out << "</div>\n<figcaption>Full range, " << escapeText(years) << ": " << rows.size()
        << (rows.size() == 1 ? " dated event" : " dated events");
    if (zoom) out << "; the shaded band is the detail window below";
    out << ".</figcaption>\n</figure>\n";
    if (zoom) {
      const TimeScale detail(dayNumber(zoom->earliest), dayNumber(zoom->latest), kPlotLeft, kPlotRight);
      const auto detailRows = visibleRows(timeline.events, detail);
      const std::string period = longDate(zoom->earliest) + " – " + longDate(zoom->latest);
      out << "<figure class=\"timeline-figure detail\">\n<div class=\"scroll\">\n";
      out << panel(detailRows, detail, monthTicks(detail), "timeline-detail-title", "Detail: " + period, false,
                   std::nullopt);
      out << "</div>\n<figcaption>Detail, " << escapeText(period) << ": " << detailRows.size()
          << (detailRows.size() == 1 ? " event" : " events")
          << " in or overlapping this window.</figcaption>\n</figure>\n";
    }
    out << "<ul class=\"legend\">"
           "<li><svg class=\"swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><circle class=\"mark\" cx=\"8\" "
           "cy=\"8\" r=\"5\"/></svg>a day</li>"
           "<li><svg class=\"swatch wide\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar\" x=\"2\" "
           "y=\"3\" width=\"36\" height=\"10\" rx=\"2\"/></svg>a month, a year or an interval</li>"
           "<li><svg class=\"swatch wide\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar "
           "approximate\" x=\"2\" y=\"3\" width=\"36\" height=\"10\" rx=\"2\"/></svg>approximate date (~)</li>"
           "<li><svg class=\"swatch wide\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar "
           "uncertain\" x=\"2\" y=\"3\" width=\"36\" height=\"10\" rx=\"2\"/></svg>uncertain date (?)</li>"
           "<li><svg class=\"swatch wide\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect x=\"2\" "
           "y=\"3\" width=\"36\" height=\"10\" rx=\"2\" class=\"mark bar open-end\"/></svg>open end (no end date "
           "given)</li>"
           "<li><svg class=\"swatch wide\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar\" x=\"2\" "
           "y=\"3\" width=\"28\" height=\"10\" rx=\"2\"/><polygon class=\"continues\" points=\"38,8 32,3 32,13\"/>"
           "</svg>continues beyond the panel</li>"
           "</ul>\n";
  } else {
    out << "<p>No event has a date.</p>\n";
  }
  if (undated > 0) {
    out << "<p class=\"undated\"><strong>Undated events (" << undated << "):</strong> ";
    bool first = true;
    for (const auto& event : timeline.events) {
      if (event.days) continue;
      out << (first ? "" : ", ") << "<a href=\"#" << anchorId("event", event.id) << "\">" << isolatedHtml(event.label)
          << "</a>";
      first = false;
    }
    out << ".</p>\n";
  }
  return out.str();
}

}  // namespace pactgraph::report::detail

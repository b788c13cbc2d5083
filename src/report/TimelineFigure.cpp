#include <algorithm>
#include <sstream>

#include "Figures.h"
#include "pactgraph/report/Html.h"
#include "pactgraph/report/TimeScale.h"

namespace pactgraph::report::detail {

namespace {

constexpr double kAxisHeight = 34;
constexpr double kFontSize = 12;
constexpr double kLabelGap = 8;
constexpr double kSideMargin = 18;

// One rendering of a panel: the wide one for screens wider than 640 px,
// the narrow one for phones (its labels on their own line above the
// marks). CSS shows one of them.
struct Style {
  const char* name;  // "wide" or "narrow": the SVG's class and id suffix
  double width;
  double rowHeight;
  bool labelsAbove;
  int maxYearTicks;

  double plotLeft() const { return kSideMargin; }
  double plotRight() const { return width - kSideMargin; }
};

constexpr Style kWide{"wide", 1000, 22, false, 14};
constexpr Style kNarrow{"narrow", 360, 34, true, 5};

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

// The gradients and the hatching of the marks. Each SVG has its own (ids
// with `suffix`): a paint server inside an SVG that is not displayed does
// not paint in browsers.
void writeDefinitions(std::ostringstream& out, const std::string& suffix) {
  out << "<defs>"
         "<linearGradient id=\"tl-fade-start"
      << suffix
      << "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
         "<stop offset=\"0\" stop-color=\"#1f6f8b\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#1f6f8b\"/>"
         "</linearGradient>"
         "<linearGradient id=\"tl-fade-end"
      << suffix
      << "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">"
         "<stop offset=\"0\" stop-color=\"#1f6f8b\"/><stop offset=\"1\" stop-color=\"#1f6f8b\" stop-opacity=\"0\"/>"
         "</linearGradient>"
         "<pattern id=\"tl-hatch"
      << suffix
      << "\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#cfe3ea\"/>"
         "<line x1=\"1.5\" y1=\"0\" x2=\"1.5\" y2=\"6\" stroke=\"#1f6f8b\" stroke-width=\"3\"/></pattern>"
         "</defs>\n";
}

void writeMark(std::ostringstream& out, const Row& row, double cy, const std::string& suffix) {
  const analysis::TimelineEvent& event = *row.event;
  const TimelineMark& mark = row.mark;
  std::string classes = "mark";
  if (event.uncertain) classes += " uncertain";
  if (event.approximate) classes += " approximate";
  if (mark.openStart) classes += " open-start";
  if (mark.openEnd) classes += " open-end";
  // Paint servers by id (the CSS classes cannot know the SVG's suffix).
  std::string fill;
  if (mark.openStart) {
    fill = " style=\"fill:url(#tl-fade-start" + suffix + ")\"";
  } else if (mark.openEnd) {
    fill = " style=\"fill:url(#tl-fade-end" + suffix + ")\"";
  } else if (event.approximate) {
    fill = " style=\"fill:url(#tl-hatch" + suffix + ")\"";
  }
  if (mark.shape == TimelineMark::Shape::point) {
    out << "<circle class=\"" << classes << "\" cx=\"" << px(mark.x0) << "\" cy=\"" << px(cy) << "\" r=\"5\"" << fill
        << "/>";
  } else {
    out << "<rect class=\"" << classes << " bar\" x=\"" << px(mark.x0) << "\" y=\"" << px(cy - 5) << "\" width=\""
        << px(mark.x1 - mark.x0) << "\" height=\"10\" rx=\"2\"" << fill << "/>";
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
// to fit. With `labelsAbove`, on its own line above the mark, starting
// where the mark starts and moved left as far as needed to fit.
void writeLabel(std::ostringstream& out, const Row& row, double cy, const Style& style) {
  const analysis::TimelineEvent& event = *row.event;
  const std::string marks = qualifierMarks(event);
  const double marksWidth = marks.empty() ? 0 : textWidth(" " + marks, kFontSize);
  const double needed = textWidth(event.label, kFontSize) + marksWidth;
  if (style.labelsAbove) {
    const double room = style.plotRight() - style.plotLeft();
    const std::string text = truncateToWidth(event.label, kFontSize, std::max(room - marksWidth, 24.0));
    const double width = std::min(needed, room);
    const double x = std::clamp(row.mark.x0, style.plotLeft(), style.plotRight() - width);
    out << "<text x=\"" << px(x) << "\" y=\"" << px(cy - 9) << "\">" << isolatedSvg(text);
    if (!marks.empty()) out << "<tspan class=\"qualifier\"> " << marks << "</tspan>";
    out << "</text>";
    return;
  }
  const double startRight = row.mark.x1 + kLabelGap + (row.mark.clippedEnd ? 8 : 0);
  const double endLeft = row.mark.x0 - kLabelGap - (row.mark.clippedStart ? 8 : 0);
  const double roomRight = style.plotRight() - startRight;
  const double roomLeft = endLeft - style.plotLeft();
  const double roomInside = row.mark.x1 - row.mark.x0 - 2 * kLabelGap;
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
                  const std::string& titleId, const std::string& title, const Style& style,
                  const std::optional<analysis::DayRange>& band) {
  const double height = kAxisHeight + style.rowHeight * static_cast<double>(rows.size()) + 8;
  const std::string suffix = std::string("-") + titleId + "-" + style.name;
  const std::string id = titleId + "-" + style.name;
  std::ostringstream out;
  out << "<svg class=\"timeline " << style.name << "\" viewBox=\"0 0 " << px(style.width) << ' ' << px(height)
      << "\" role=\"img\" aria-labelledby=\"" << id << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  out << "<title id=\"" << id << "\">" << escapeText(title) << "</title>\n";
  writeDefinitions(out, suffix);
  for (std::size_t i = 0; i < rows.size(); i += 2) {
    out << "<rect class=\"stripe\" x=\"0\" y=\"" << px(kAxisHeight + style.rowHeight * static_cast<double>(i))
        << "\" width=\"" << px(style.width) << "\" height=\"" << px(style.rowHeight) << "\"/>\n";
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
      const char* anchor = tick.x - half < 2 ? "start" : tick.x + half > style.width - 2 ? "end" : "middle";
      out << "<text class=\"" << (tick.major ? "tick" : "tick minor") << "\" x=\"" << px(tick.x) << "\" y=\""
          << px(tick.major ? kAxisHeight - 14 : kAxisHeight - 8) << "\" text-anchor=\"" << anchor << "\">"
          << escapeText(tick.label) << "</text>";
    }
  }
  out << "</g>\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double rowTop = kAxisHeight + style.rowHeight * static_cast<double>(i);
    const double cy = style.labelsAbove ? rowTop + style.rowHeight - 10 : rowTop + style.rowHeight / 2;
    const analysis::TimelineEvent& event = *rows[i].event;
    out << "<a href=\"#" << anchorId("event", event.id) << "\"><title>" << escapeText(event.label) << " — "
        << escapeText(dateDescription(event)) << "</title>";
    writeMark(out, rows[i], cy, suffix);
    writeLabel(out, rows[i], cy, style);
    out << "</a>\n";
  }
  out << "</svg>\n";
  return out.str();
}

std::vector<Row> visibleRows(const std::vector<const analysis::TimelineEvent*>& events, const TimeScale& scale) {
  std::vector<Row> rows;
  for (const analysis::TimelineEvent* event : events) {
    const TimelineMark mark = markFor(*event, scale);
    if (mark.visible) rows.push_back({event, mark});
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

std::string timelineFigure(const analysis::Timeline& timeline,
                           const std::vector<const analysis::TimelineEvent*>& events,
                           const std::optional<analysis::DayRange>& zoom, const std::string& note) {
  std::ostringstream out;
  const auto range = fullRange(timeline.events);
  if (range) {
    const std::string firstYear = range->earliest.substr(0, 4);
    const std::string lastYear = range->latest.substr(0, 4);
    const std::string years = firstYear == lastYear ? firstYear : firstYear + "–" + lastYear;
    std::size_t shown = 0;
    out << "<figure class=\"timeline-figure\">\n";
    if (!note.empty()) out << "<p class=\"figure-note\">" << note << "</p>\n";
    for (const Style& style : {kWide, kNarrow}) {
      const TimeScale full(dayNumber(range->earliest), dayNumber(range->latest), style.plotLeft(), style.plotRight());
      const auto rows = visibleRows(events, full);
      shown = rows.size();
      out << panel(rows, full, yearTicks(full, style.maxYearTicks), "timeline-full", "Timeline " + years, style, zoom);
    }
    out << "<figcaption>Full range, " << escapeText(years) << ": " << shown
        << (shown == 1 ? " dated event" : " dated events");
    if (zoom) out << "; the shaded band is the detail window below";
    out << ".</figcaption>\n</figure>\n";
    if (zoom) {
      const std::string period = longDate(zoom->earliest) + " – " + longDate(zoom->latest);
      out << "<figure class=\"timeline-figure detail\">\n";
      for (const Style& style : {kWide, kNarrow}) {
        const TimeScale detail(dayNumber(zoom->earliest), dayNumber(zoom->latest), style.plotLeft(), style.plotRight());
        const auto detailRows = visibleRows(events, detail);
        shown = detailRows.size();
        out << panel(detailRows, detail, monthTicks(detail), "timeline-detail", "Detail: " + period, style,
                     std::nullopt);
      }
      out << "<figcaption>Detail, " << escapeText(period) << ": " << shown << (shown == 1 ? " event" : " events")
          << " in or overlapping this window.</figcaption>\n</figure>\n";
    }
    out << "<ul class=\"legend\">"
           "<li><svg class=\"swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><circle class=\"mark\" cx=\"8\" "
           "cy=\"8\" r=\"5\"/></svg>a day</li>"
           "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\">";
    writeDefinitions(out, "-legend");
    out << "<rect class=\"mark bar\" x=\"2\" y=\"3\" width=\"36\" height=\"10\" rx=\"2\"/></svg>a month, a year or "
           "an interval</li>"
           "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar "
           "approximate\" x=\"2\" y=\"3\" width=\"36\" height=\"10\" rx=\"2\" style=\"fill:url(#tl-hatch-legend)\"/>"
           "</svg>approximate date (~)</li>"
           "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar "
           "uncertain\" x=\"2\" y=\"3\" width=\"36\" height=\"10\" rx=\"2\"/></svg>uncertain date (?)</li>"
           "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect x=\"2\" "
           "y=\"3\" width=\"36\" height=\"10\" rx=\"2\" class=\"mark bar open-end\" "
           "style=\"fill:url(#tl-fade-end-legend)\"/></svg>open end (no end date given)</li>"
           "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><rect class=\"mark bar\" "
           "x=\"2\" y=\"3\" width=\"28\" height=\"10\" rx=\"2\"/><polygon class=\"continues\" points=\"38,8 32,3 "
           "32,13\"/></svg>continues beyond the panel</li>"
           "</ul>\n";
  } else {
    out << "<p>No event has a date.</p>\n";
  }
  std::size_t undated = 0;
  for (const analysis::TimelineEvent* event : events) undated += event->days ? 0 : 1;
  if (undated > 0) {
    out << "<p class=\"undated\"><strong>Undated events (" << undated << "):</strong> ";
    bool first = true;
    for (const analysis::TimelineEvent* event : events) {
      if (event->days) continue;
      out << (first ? "" : ", ") << "<a href=\"#" << anchorId("event", event->id) << "\">" << isolatedHtml(event->label)
          << "</a>";
      first = false;
    }
    out << ".</p>\n";
  }
  return out.str();
}

}  // namespace pactgraph::report::detail

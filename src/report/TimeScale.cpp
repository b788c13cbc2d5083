#include "pactgraph/report/TimeScale.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::report {

namespace {

long daysFromCivil(long y, long m, long d) {
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(y)},
                                         std::chrono::month{static_cast<unsigned>(m)},
                                         std::chrono::day{static_cast<unsigned>(d)}};
  return std::chrono::sys_days{date}.time_since_epoch().count();
}

struct Civil {
  long year;
  long month;
  long day;
};

Civil civilFromDays(long z) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{z}}};
  return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
}

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

long addMonths(long day, int months) {
  const Civil c = civilFromDays(day);
  const long index = c.year * 12 + (c.month - 1) + months;
  return daysFromCivil(index / 12, index % 12 + 1, 1);
}

long firstOfMonth(long day) {
  const Civil c = civilFromDays(day);
  return daysFromCivil(c.year, c.month, 1);
}

}  // namespace

long dayNumber(std::string_view day) { return analysis::toSysDays(day).time_since_epoch().count(); }

std::string dayString(long day) { return analysis::dayText(std::chrono::sys_days{std::chrono::days{day}}); }

TimeScale::TimeScale(long firstDay, long lastDay, double left, double right)
    : firstDay_(firstDay), lastDay_(lastDay), left_(left), right_(right) {
  PG_CHECK(firstDay <= lastDay, "TimeScale: first day after last day");
  PG_CHECK(left < right, "TimeScale: empty pixel range");
}

double TimeScale::start(long day) const {
  const double days = static_cast<double>(lastDay_ - firstDay_ + 1);
  return left_ + (right_ - left_) * static_cast<double>(day - firstDay_) / days;
}

double TimeScale::end(long day) const { return start(day + 1); }

TimelineMark markFor(const analysis::TimelineEvent& event, const TimeScale& scale, const MarkOptions& options) {
  TimelineMark mark;
  if (!event.days) return mark;
  const analysis::DayRange& days = *event.days;
  mark.openStart = days.earliest.empty();
  mark.openEnd = days.latest.empty();
  if (mark.openStart && mark.openEnd) return mark;

  if (event.precision == "day" && !mark.openStart && !mark.openEnd) {
    const long day = dayNumber(days.earliest);
    mark.shape = TimelineMark::Shape::point;
    mark.x0 = mark.x1 = (scale.start(day) + scale.end(day)) / 2;
    mark.visible = day >= scale.firstDay() && day <= scale.lastDay();
    return mark;
  }

  mark.shape = TimelineMark::Shape::bar;
  double x0 = 0;
  double x1 = 0;
  long first = 0;
  long last = 0;
  if (mark.openStart) {
    last = dayNumber(days.latest);
    x1 = scale.end(last);
    x0 = x1 - options.openLength;
    first = last;
  } else if (mark.openEnd) {
    first = dayNumber(days.earliest);
    x0 = scale.start(first);
    x1 = x0 + options.openLength;
    last = first;
  } else {
    first = dayNumber(days.earliest);
    last = dayNumber(days.latest);
    x0 = scale.start(first);
    x1 = scale.end(last);
  }
  if (x1 - x0 < options.minBarWidth) {
    const double middle = (x0 + x1) / 2;
    x0 = middle - options.minBarWidth / 2;
    x1 = middle + options.minBarWidth / 2;
    // Widened past an edge of the scale the days are within: move it in,
    // rather than mark it as continuing.
    if (x0 < scale.left() && (mark.openStart || first >= scale.firstDay())) {
      x1 += scale.left() - x0;
      x0 = scale.left();
    } else if (x1 > scale.right() && (mark.openEnd || last <= scale.lastDay())) {
      x0 -= x1 - scale.right();
      x1 = scale.right();
    }
  }
  // Visible when the known days meet the scale (an open end runs on past
  // either edge).
  const long knownFirst = mark.openStart ? std::numeric_limits<long>::min() : first;
  const long knownLast = mark.openEnd ? std::numeric_limits<long>::max() : last;
  mark.visible = knownFirst <= scale.lastDay() && knownLast >= scale.firstDay();
  if (!mark.visible) return mark;
  if (x0 < scale.left()) {
    x0 = scale.left();
    mark.clippedStart = !mark.openStart;
  }
  if (x1 > scale.right()) {
    x1 = scale.right();
    mark.clippedEnd = !mark.openEnd;
  }
  mark.x0 = x0;
  mark.x1 = x1;
  return mark;
}

std::vector<Tick> yearTicks(const TimeScale& scale, int maxTicks) {
  const long firstYear = civilFromDays(scale.firstDay()).year;
  const long lastYear = civilFromDays(scale.lastDay()).year;
  long step = 1;
  for (const long candidate : {1L, 2L, 5L, 10L, 20L, 50L, 100L, 200L, 500L, 1000L}) {
    step = candidate;
    if ((lastYear - firstYear) / candidate + 1 <= maxTicks) break;
  }
  std::vector<Tick> ticks;
  for (long year = (firstYear + step - 1) / step * step; year <= lastYear; year += step) {
    const long day = daysFromCivil(year, 1, 1);
    if (day < scale.firstDay()) continue;
    ticks.push_back({scale.start(day), std::to_string(year), true});
  }
  return ticks;
}

std::vector<Tick> monthTicks(const TimeScale& scale) {
  std::vector<Tick> ticks;
  bool first = true;
  for (long month = firstOfMonth(scale.firstDay()); month <= scale.lastDay(); month = addMonths(month, 1)) {
    const Civil c = civilFromDays(month);
    if (month >= scale.firstDay()) {
      std::string label = kMonths[static_cast<std::size_t>(c.month - 1)];
      if (first || c.month == 1) label += " " + std::to_string(c.year);
      ticks.push_back({scale.start(month), label, true});
      first = false;
    }
    for (const long dayOfMonth : {10L, 20L}) {
      const long day = month + dayOfMonth - 1;
      if (day >= scale.firstDay() && day <= scale.lastDay()) {
        ticks.push_back({scale.start(day), std::to_string(dayOfMonth), false});
      }
    }
  }
  return ticks;
}

std::optional<analysis::DayRange> fullRange(const std::vector<analysis::TimelineEvent>& events) {
  std::optional<long> first;
  std::optional<long> last;
  for (const auto& event : events) {
    if (!event.days) continue;
    for (const std::string* day : {&event.days->earliest, &event.days->latest}) {
      if (day->empty()) continue;
      const long n = dayNumber(*day);
      first = first ? std::min(*first, n) : n;
      last = last ? std::max(*last, n) : n;
    }
  }
  if (!first) return std::nullopt;
  const long firstYear = civilFromDays(*first).year;
  const long lastYear = civilFromDays(*last).year;
  return analysis::DayRange{dayString(daysFromCivil(firstYear, 1, 1)), dayString(daysFromCivil(lastYear, 12, 31))};
}

std::optional<analysis::DayRange> busiestWindow(const std::vector<analysis::TimelineEvent>& events, int months,
                                                std::size_t minEvents) {
  PG_CHECK(months >= 1, "busiestWindow: at least one month");
  struct Span {
    long first;
    long last;
  };
  std::vector<Span> spans;
  for (const auto& event : events) {
    if (!event.days || event.days->earliest.empty() || event.days->latest.empty()) continue;
    const Span span{dayNumber(event.days->earliest), dayNumber(event.days->latest)};
    if (span.last >= addMonths(firstOfMonth(span.first), months)) continue;
    spans.push_back(span);
  }
  std::vector<long> starts;
  for (const auto& span : spans) {
    // Every window that can hold the span begins in one of these months.
    for (int back = 0; back < months; ++back) starts.push_back(addMonths(firstOfMonth(span.first), -back));
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::size_t best = 0;
  long bestStart = 0;
  for (const long start : starts) {
    const long end = addMonths(start, months);  // exclusive
    const auto count = static_cast<std::size_t>(
        std::count_if(spans.begin(), spans.end(), [&](const Span& s) { return s.first >= start && s.last < end; }));
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  if (best < minEvents || best == 0) return std::nullopt;
  const auto full = fullRange(events);
  if (full && dayNumber(full->latest) < addMonths(firstOfMonth(dayNumber(full->earliest)), months)) return std::nullopt;
  return analysis::DayRange{dayString(bestStart), dayString(addMonths(bestStart, months) - 1)};
}

}  // namespace pactgraph::report

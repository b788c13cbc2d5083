#include "pactgraph/report/TimeScale.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>

#include "pactgraph/util/Contract.h"

namespace pactgraph::report {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long daysFromCivil(long y, long m, long d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  long year;
  long month;
  long day;
};

Civil civilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

bool parseDigits(std::string_view text, long& value) {
  value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return !text.empty();
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

long dayNumber(std::string_view day) {
  long year = 0;
  long month = 0;
  long dayOfMonth = 0;
  const bool ok = day.size() == 10 && day[4] == '-' && day[7] == '-' && parseDigits(day.substr(0, 4), year) &&
                  parseDigits(day.substr(5, 2), month) && parseDigits(day.substr(8, 2), dayOfMonth) && month >= 1 &&
                  month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
  PG_CHECK(ok, "dayNumber of \"" + std::string(day) + "\", not a yyyy-mm-dd day");
  return daysFromCivil(year, month, dayOfMonth);
}

std::string dayString(long day) {
  const Civil c = civilFromDays(day);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02ld-%02ld", c.year, c.month, c.day);
  return buffer;
}

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

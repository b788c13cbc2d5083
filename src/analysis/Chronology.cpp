#include "pactgraph/analysis/Chronology.h"

#include <cstdio>

#include "pactgraph/util/Contract.h"

namespace pactgraph::analysis {

namespace {

bool readNumber(std::string_view digits, int& out) {
  out = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !digits.empty();
}

bool undated(const std::optional<DayRange>& range) {
  return !range || (range->earliest.empty() && range->latest.empty());
}

}  // namespace

std::chrono::sys_days toSysDays(std::string_view day) {
  int y = 0;
  int m = 0;
  int d = 0;
  const bool shaped = day.size() == 10 && day[4] == '-' && day[7] == '-' && readNumber(day.substr(0, 4), y) &&
                      readNumber(day.substr(5, 2), m) && readNumber(day.substr(8, 2), d);
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                         std::chrono::day{static_cast<unsigned>(d)}};
  PG_CHECK(shaped && date.ok(), "not a yyyy-mm-dd day: \"" + std::string(day) + "\"");
  return std::chrono::sys_days{date};
}

std::string dayText(std::chrono::sys_days day) {
  const std::chrono::year_month_day date{day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::string intervalText(const DayRange& range) {
  return (range.earliest.empty() ? ".." : range.earliest) + "/" + (range.latest.empty() ? ".." : range.latest);
}

std::string daysText(const DayRange& range) {
  return range.earliest == range.latest && !range.earliest.empty() ? range.earliest : intervalText(range);
}

std::optional<std::chrono::sys_days> sortDay(const DayRange& range) {
  if (!range.earliest.empty()) return toSysDays(range.earliest);
  if (!range.latest.empty()) return toSysDays(range.latest);
  return std::nullopt;
}

std::weak_ordering compareDays(const std::optional<DayRange>& x, const std::optional<DayRange>& y) {
  const bool xUndated = undated(x);
  const bool yUndated = undated(y);
  if (xUndated || yUndated) return xUndated <=> yUndated;  // dated (false) first
  if (const auto order = *sortDay(*x) <=> *sortDay(*y); order != 0) return order;
  // An open end last.
  if (x->latest.empty() || y->latest.empty()) return x->latest.empty() <=> y->latest.empty();
  return toSysDays(x->latest) <=> toSysDays(y->latest);
}

void widenSpan(std::optional<DayRange>& span, const DayRange& range) {
  if (!span) {
    span = range;
    return;
  }
  if (range.earliest.empty() || (!span->earliest.empty() && range.earliest < span->earliest)) {
    span->earliest = range.earliest;
  }
  if (range.latest.empty() || (!span->latest.empty() && range.latest > span->latest)) span->latest = range.latest;
}

bool chronologicallyBefore(const ChronologyKey& x, const ChronologyKey& y) {
  if (const auto order = compareDays(x.days, y.days); order != 0) return order < 0;
  if (x.label != y.label) return x.label < y.label;
  return x.id < y.id;
}

}  // namespace pactgraph::analysis

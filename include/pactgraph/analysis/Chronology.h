// The one chronological order of pactgraph. The timeline, the ranking of
// equally long paths, the report (event list, timeline chart, treaties) and
// every network export (spells, rows of the Palladio CSV) sort dated things
// with these functions and nothing else.
//
// A dated thing covers a DayRange: the first and the last day its date can
// mean, whatever the precision ("1950" covers 1950-01-01..1950-12-31,
// "1949-12/1950-02" 1949-12-01..1950-02-28), either end possibly open. The
// order is
//   1. by the earliest possible day; an open start ("../1950-01-20") by its
//      known end, so an arrival on 20 January sorts on 20 January, not
//      before everything;
//   2. ties by the latest possible day (an open end last: it may run on for
//      ever), so a day sorts before the month that contains it and the month
//      before its year;
//   3. then by label, then by id (bytewise), so the order is total.
// Undated things (no range, or both ends open) come after every dated one,
// by label then id. Uncertain (?) and approximate (~) dates sort by the days
// they are written with: EDTF gives the qualifiers no width in days.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "pactgraph/analysis/Evidence.h"

namespace pactgraph::analysis {

// The day written yyyy-mm-dd (a DayRange end). Anything else is a contract
// violation: days come from model::Date, never from a user.
std::chrono::sys_days toSysDays(std::string_view day);
// yyyy-mm-dd of a day of years 1..9999.
std::string dayText(std::chrono::sys_days day);

// A range as an EDTF interval, ".." for an open end: "1949-12-16/1950-01-02",
// "../1950-01-20".
std::string intervalText(const DayRange& range);
// The same, but a single day as itself: "1949-12-16".
std::string daysText(const DayRange& range);

// Where a range sorts (rule 1): its earliest day, else its latest day;
// nothing when both ends are open.
std::optional<std::chrono::sys_days> sortDay(const DayRange& range);

// Rules 1 and 2 (dated before undated); `equivalent` for the same days.
std::weak_ordering compareDays(const std::optional<DayRange>& x, const std::optional<DayRange>& y);

// Widens `span` to cover `range` too (the smallest range covering both; an
// open end of either stays open); `span` empty: becomes `range`.
void widenSpan(std::optional<DayRange>& span, const DayRange& range);

// One item of a chronology: its days, label and id (views into the caller's
// data, which must outlive the key).
struct ChronologyKey {
  const std::optional<DayRange>& days;
  std::string_view label;
  std::string_view id;
};

// The whole order (rules 1 to 3): true when `x` comes before `y`.
bool chronologicallyBefore(const ChronologyKey& x, const ChronologyKey& y);

}  // namespace pactgraph::analysis

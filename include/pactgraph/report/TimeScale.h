// The geometry of the timeline: days as integers, a linear scale from days
// to x coordinates, the mark each event gets by the precision of its date,
// axis ticks, and the choice of the detail ("zoom") window.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/Timeline.h"

namespace pactgraph::report {

// Days since 1970-01-01 in the proleptic Gregorian calendar, for a day
// written yyyy-mm-dd (as in analysis::DayRange). Anything else is a contract
// violation: DayRange days are produced by the model, never typed by a user.
long dayNumber(std::string_view day);
// The yyyy-mm-dd of a day number (inverse of dayNumber).
std::string dayString(long day);

// Maps the days firstDay..lastDay (inclusive) linearly onto [left, right]:
// the start of firstDay is at `left`, the end of lastDay at `right`.
// Preconditions: firstDay ≤ lastDay, left < right.
class TimeScale {
 public:
  TimeScale(long firstDay, long lastDay, double left, double right);

  // x of the start of `day` (not clamped: days outside lie outside).
  double start(long day) const;
  // x of the end of `day` (the start of the next one).
  double end(long day) const;
  long firstDay() const { return firstDay_; }
  long lastDay() const { return lastDay_; }
  double left() const { return left_; }
  double right() const { return right_; }

 private:
  long firstDay_;
  long lastDay_;
  double left_;
  double right_;
};

// How an event is drawn on a scale.
//   day precision              a point at the middle of the day
//   month, year, interval      a bar from the start of its first day to the
//                              end of its last day (at least `minBarWidth`)
// An open end (".." in EDTF) is drawn as a bar of `openLength` px fading
// away from the known end; `clippedStart`/`clippedEnd` say that the range
// continues beyond the scale and was cut at its edge.
struct TimelineMark {
  enum class Shape { point, bar };
  Shape shape = Shape::point;
  double x0 = 0;  // bar: left edge; point: centre
  double x1 = 0;  // bar: right edge; point: centre
  bool openStart = false;
  bool openEnd = false;
  bool clippedStart = false;
  bool clippedEnd = false;
  bool visible = false;  // false when the event lies entirely outside the scale
};

struct MarkOptions {
  double minBarWidth = 3;
  double openLength = 36;
};

// The mark of an event with days; an undated event (no `days`) is never
// visible. `precision` is TimelineEvent::precision ("day", "month", "year",
// "interval").
TimelineMark markFor(const analysis::TimelineEvent& event, const TimeScale& scale, const MarkOptions& options = {});

struct Tick {
  double x = 0;
  std::string label;  // empty for a minor tick
  bool major = true;
};

// Ticks at the start of every `step`-th year within the scale (step chosen
// from 1, 2, 5, 10, 20, 50, 100… so that there are at most `maxTicks`),
// labelled with the year.
std::vector<Tick> yearTicks(const TimeScale& scale, int maxTicks);
// Major ticks at the start of each month ("Jan 1950"; the year is written on
// every January and on the first tick), minor ticks on the 10th and 20th,
// labelled with the day.
std::vector<Tick> monthTicks(const TimeScale& scale);

// The span of the dated events, widened to whole years; nothing when no
// event has a bounded day (open ends are ignored).
std::optional<analysis::DayRange> fullRange(const std::vector<analysis::TimelineEvent>& events);

// The `months`-month window, starting on the first of a month, that holds
// the most events whose days lie entirely within it (ties: the earliest
// window); only events of at most `months` months count. Nothing when no
// window holds at least `minEvents` events, or when the window would show
// nothing the full range does not (the full range is no longer than it).
std::optional<analysis::DayRange> busiestWindow(const std::vector<analysis::TimelineEvent>& events, int months,
                                                std::size_t minEvents = 3);

}  // namespace pactgraph::report

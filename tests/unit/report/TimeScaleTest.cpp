#include <gtest/gtest.h>

#include "pactgraph/report/TimeScale.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::report {
namespace {

analysis::TimelineEvent event(const std::string& id, const std::string& precision, const std::string& earliest,
                              const std::string& latest) {
  analysis::TimelineEvent e;
  e.id = id;
  e.label = id;
  e.precision = precision;
  e.days = analysis::DayRange{earliest, latest};
  return e;
}

TEST(TimeScaleTest, DayNumbersRoundTrip) {
  EXPECT_EQ(dayNumber("1970-01-01"), 0);
  EXPECT_EQ(dayNumber("1950-02-14") - dayNumber("1949-12-16"), 60);
  EXPECT_EQ(dayNumber("1952-03-01") - dayNumber("1952-02-28"), 2);  // leap year
  EXPECT_EQ(dayString(dayNumber("1900-02-28") + 1), "1900-03-01");  // not a leap year
  EXPECT_EQ(dayString(dayNumber("0001-01-01")), "0001-01-01");
  EXPECT_THROW(dayNumber("1950-1-2"), util::ContractViolation);
  EXPECT_THROW(dayNumber(""), util::ContractViolation);
}

TEST(TimeScaleTest, MapsDaysLinearly) {
  const TimeScale scale(dayNumber("1950-01-01"), dayNumber("1950-01-10"), 0, 100);
  EXPECT_DOUBLE_EQ(scale.start(dayNumber("1950-01-01")), 0);
  EXPECT_DOUBLE_EQ(scale.end(dayNumber("1950-01-10")), 100);
  EXPECT_DOUBLE_EQ(scale.start(dayNumber("1950-01-06")), 50);
  EXPECT_THROW(TimeScale(5, 4, 0, 1), util::ContractViolation);
  EXPECT_THROW(TimeScale(4, 5, 1, 1), util::ContractViolation);
}

// A scale of 100 days at 10 px each, from 1950-01-01.
TimeScale hundredDays() { return TimeScale(dayNumber("1950-01-01"), dayNumber("1950-04-10"), 0, 1000); }

TEST(TimeScaleTest, ADayIsAPointInTheMiddleOfTheDay) {
  const auto mark = markFor(event("e", "day", "1950-01-02", "1950-01-02"), hundredDays());
  EXPECT_EQ(mark.shape, TimelineMark::Shape::point);
  EXPECT_TRUE(mark.visible);
  EXPECT_DOUBLE_EQ(mark.x0, 15);
  EXPECT_DOUBLE_EQ(mark.x1, 15);
}

TEST(TimeScaleTest, AMonthIsABarOverTheWholeMonth) {
  const auto mark = markFor(event("e", "month", "1950-02-01", "1950-02-28"), hundredDays());
  EXPECT_EQ(mark.shape, TimelineMark::Shape::bar);
  EXPECT_DOUBLE_EQ(mark.x0, 310);
  EXPECT_DOUBLE_EQ(mark.x1, 590);
  EXPECT_FALSE(mark.clippedStart || mark.clippedEnd || mark.openStart || mark.openEnd);
}

TEST(TimeScaleTest, AYearIsABarClippedToTheScale) {
  const auto mark = markFor(event("e", "year", "1950-01-01", "1950-12-31"), hundredDays());
  EXPECT_EQ(mark.shape, TimelineMark::Shape::bar);
  EXPECT_DOUBLE_EQ(mark.x0, 0);
  EXPECT_DOUBLE_EQ(mark.x1, 1000);
  EXPECT_FALSE(mark.clippedStart);
  EXPECT_TRUE(mark.clippedEnd);
}

TEST(TimeScaleTest, AnIntervalIsABarFromItsFirstToItsLastDay) {
  const auto mark = markFor(event("e", "interval", "1949-12-06", "1950-01-05"), hundredDays());
  EXPECT_EQ(mark.shape, TimelineMark::Shape::bar);
  EXPECT_TRUE(mark.clippedStart);
  EXPECT_DOUBLE_EQ(mark.x0, 0);
  EXPECT_DOUBLE_EQ(mark.x1, 50);
}

TEST(TimeScaleTest, ShortBarsKeepAMinimumWidth) {
  const TimeScale decades(dayNumber("1900-01-01"), dayNumber("1999-12-31"), 0, 1000);
  const auto mark = markFor(event("e", "month", "1950-02-01", "1950-02-28"), decades);
  EXPECT_NEAR(mark.x1 - mark.x0, 3, 1e-9);
}

TEST(TimeScaleTest, AShortBarAtTheEdgeIsMovedInNotMarkedAsContinuing) {
  // February 1945 on a scale of 35 years starting 1 January 1945: widened to
  // the minimum width it would stick out to the left of the scale.
  const TimeScale years(dayNumber("1945-01-01"), dayNumber("1979-12-31"), 18, 342);
  const auto mark = markFor(event("yalta", "month", "1945-02-01", "1945-02-28"), years);
  EXPECT_FALSE(mark.clippedStart);
  EXPECT_DOUBLE_EQ(mark.x0, 18);
  EXPECT_DOUBLE_EQ(mark.x1, 21);
  const auto last = markFor(event("expiry", "day-less", "1979-12-01", "1979-12-31"), years);
  EXPECT_FALSE(last.clippedEnd);
  EXPECT_DOUBLE_EQ(last.x1, 342);
}

TEST(TimeScaleTest, OpenEndsFadeOverAFixedLength) {
  const auto openEnd = markFor(event("e", "interval", "1950-01-11", ""), hundredDays());
  EXPECT_TRUE(openEnd.openEnd);
  EXPECT_FALSE(openEnd.clippedEnd);
  EXPECT_DOUBLE_EQ(openEnd.x0, 100);
  EXPECT_DOUBLE_EQ(openEnd.x1, 136);
  const auto openStart = markFor(event("e", "interval", "", "1950-01-20"), hundredDays());
  EXPECT_TRUE(openStart.openStart);
  EXPECT_DOUBLE_EQ(openStart.x1, 200);
  EXPECT_DOUBLE_EQ(openStart.x0, 164);
  // An open start ending before the scale is not shown; one ending inside is.
  EXPECT_FALSE(markFor(event("e", "interval", "", "1949-01-20"), hundredDays()).visible);
  EXPECT_TRUE(markFor(event("e", "interval", "1949-01-20", ""), hundredDays()).visible);
}

TEST(TimeScaleTest, EventsOutsideOrUndatedAreNotVisible) {
  EXPECT_FALSE(markFor(event("e", "day", "1951-01-01", "1951-01-01"), hundredDays()).visible);
  analysis::TimelineEvent undated;
  undated.id = "u";
  EXPECT_FALSE(markFor(undated, hundredDays()).visible);
}

TEST(TimeScaleTest, YearTicksStepToFit) {
  const TimeScale scale(dayNumber("1945-01-01"), dayNumber("1979-12-31"), 0, 1000);
  const auto ticks = yearTicks(scale, 10);
  ASSERT_FALSE(ticks.empty());
  EXPECT_EQ(ticks.front().label, "1945");
  EXPECT_EQ(ticks[1].label, "1950");
  EXPECT_EQ(ticks.back().label, "1975");
  EXPECT_DOUBLE_EQ(ticks.front().x, 0);
}

TEST(TimeScaleTest, MonthTicksNameMonthsAndYears) {
  const TimeScale scale(dayNumber("1949-12-01"), dayNumber("1950-02-28"), 0, 900);
  std::vector<std::string> major;
  std::size_t minor = 0;
  for (const auto& tick : monthTicks(scale)) {
    if (tick.major) {
      major.push_back(tick.label);
    } else {
      ++minor;
    }
  }
  EXPECT_EQ(major, (std::vector<std::string>{"Dec 1949", "Jan 1950", "Feb"}));
  EXPECT_EQ(minor, 6u);
}

TEST(TimeScaleTest, FullRangeCoversWholeYearsOfBoundedDays) {
  std::vector<analysis::TimelineEvent> events{event("a", "day", "1950-02-14", "1950-02-14"),
                                              event("b", "interval", "1945-08-01", ""),
                                              event("c", "year", "1979-01-01", "1979-12-31")};
  const auto range = fullRange(events);
  ASSERT_TRUE(range);
  EXPECT_EQ(range->earliest, "1945-01-01");
  EXPECT_EQ(range->latest, "1979-12-31");
  EXPECT_FALSE(fullRange({}));
}

TEST(TimeScaleTest, BusiestWindowFindsTheNegotiation) {
  std::vector<analysis::TimelineEvent> events{
      event("civil-war", "interval", "1945-01-01", "1949-12-31"), event("yalta", "month", "1945-02-01", "1945-02-28"),
      event("meeting", "day", "1949-12-16", "1949-12-16"),        event("talks", "day", "1950-01-02", "1950-01-02"),
      event("negotiation", "day", "1950-01-22", "1950-01-22"),    event("signing", "day", "1950-02-14", "1950-02-14"),
      event("expiry", "day", "1979-02-16", "1979-02-16")};
  const auto window = busiestWindow(events, 3);
  ASSERT_TRUE(window);
  EXPECT_EQ(window->earliest, "1949-12-01");
  EXPECT_EQ(window->latest, "1950-02-28");
  // Too few events, or a full range (whole years) no longer than the
  // window: no detail.
  EXPECT_FALSE(busiestWindow(events, 3, 5));
  const std::vector<analysis::TimelineEvent> january{event("a", "day", "1950-01-02", "1950-01-02"),
                                                     event("b", "day", "1950-01-03", "1950-01-03"),
                                                     event("c", "day", "1950-01-04", "1950-01-04")};
  EXPECT_FALSE(busiestWindow(january, 12));
  EXPECT_TRUE(busiestWindow(january, 3));
}

}  // namespace
}  // namespace pactgraph::report

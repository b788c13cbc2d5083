#include "pactgraph/analysis/Chronology.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using testing::validated;

std::optional<DayRange> edtf(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const auto date = model::parseEdtf(text);
  EXPECT_TRUE(date.has_value()) << text;
  return dayRange(*date);
}

struct Item {
  std::string label;
  std::optional<DayRange> days;
};

// The labels of `items` in chronological order.
std::vector<std::string> sorted(std::vector<Item> items) {
  std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    return chronologicallyBefore({x.days, x.label, x.label}, {y.days, y.label, y.label});
  });
  std::vector<std::string> labels;
  for (const auto& item : items) labels.push_back(item.label);
  return labels;
}

TEST(ChronologyTest, DaysAreCalendarDays) {
  EXPECT_EQ(toSysDays("1970-01-01").time_since_epoch().count(), 0);
  EXPECT_EQ((toSysDays("1950-03-01") - toSysDays("1950-02-28")).count(), 1);
  EXPECT_EQ((toSysDays("1952-03-01") - toSysDays("1952-02-28")).count(), 2);  // leap year
  EXPECT_EQ(dayText(toSysDays("1900-02-28") + std::chrono::days{1}), "1900-03-01");
  EXPECT_EQ(dayText(toSysDays("0001-01-01")), "0001-01-01");
  EXPECT_THROW(toSysDays("1950-02-30"), util::ContractViolation);
  EXPECT_THROW(toSysDays("1950-1-2"), util::ContractViolation);
  EXPECT_THROW(toSysDays(""), util::ContractViolation);
}

TEST(ChronologyTest, OpenStartSortsByItsKnownEnd) {
  // The bug of issue 15: "../1950-01-20" sorted before the 1945 Yalta Conference.
  const DayRange arrival{"", "1950-01-20"};
  EXPECT_EQ(dayText(*sortDay(arrival)), "1950-01-20");
  EXPECT_THAT(sorted({{"Zhou's journey", arrival},
                      {"Yalta", edtf("1945-02")},
                      {"Talks open", edtf("1950-01-02")},
                      {"Negotiation", edtf("1950-01-22")}}),
              ElementsAre("Yalta", "Talks open", "Zhou's journey", "Negotiation"));
}

TEST(ChronologyTest, EveryPrecisionSortsByItsFirstPossibleDayThenItsLast) {
  EXPECT_THAT(sorted({{"year 1950", edtf("1950")},
                      {"January 1950", edtf("1950-01")},
                      {"1 January 1950", edtf("1950-01-01")},
                      {"winter 1949/50", edtf("1949-12/1950-02")},
                      {"1950 to 1951", edtf("1950/1951")},
                      {"2 January 1950", edtf("1950-01-02")},
                      {"December 1949", edtf("1949-12")}}),
              ElementsAre("December 1949", "winter 1949/50", "1 January 1950", "January 1950", "year 1950",
                          "1950 to 1951", "2 January 1950"));
}

TEST(ChronologyTest, OpenEndsLastAmongEqualStartsAndUndatedAfterEverything) {
  EXPECT_THAT(sorted({{"undated b", std::nullopt},
                      {"open end", DayRange{"1949-12-06", ""}},
                      {"undated a", DayRange{"", ""}},
                      {"same day", edtf("1949-12-06")},
                      {"later month", edtf("1950-02")},
                      {"same month", edtf("1949-12")}}),
              ElementsAre("same month", "same day", "open end", "later month", "undated a", "undated b"));
}

TEST(ChronologyTest, UncertainAndApproximateDatesSortByTheirWrittenDays) {
  EXPECT_THAT(sorted({{"c approximate year", edtf("1950~")},
                      {"b uncertain month", edtf("1950-01?")},
                      {"a plain year", edtf("1950")},
                      {"d both, interval", edtf("1949%/1950-06")}}),
              ElementsAre("d both, interval", "b uncertain month", "a plain year", "c approximate year"));
}

TEST(ChronologyTest, TiesByLabelThenId) {
  const std::optional<DayRange> day = edtf("1950-03-01");
  EXPECT_TRUE(chronologicallyBefore({day, "A", "z"}, {day, "B", "a"}));
  EXPECT_TRUE(chronologicallyBefore({day, "A", "a"}, {day, "A", "b"}));
  EXPECT_FALSE(chronologicallyBefore({day, "A", "a"}, {day, "A", "a"}));
  EXPECT_EQ(compareDays(day, edtf("1950-03-01")), std::weak_ordering::equivalent);
}

TEST(ChronologyTest, RangesAsText) {
  EXPECT_EQ(intervalText({"1949-12-16", "1950-01-02"}), "1949-12-16/1950-01-02");
  EXPECT_EQ(intervalText({"", "1950-01-20"}), "../1950-01-20");
  EXPECT_EQ(intervalText({"1949-12-06", ""}), "1949-12-06/..");
  EXPECT_EQ(intervalText({"1949-12-16", "1949-12-16"}), "1949-12-16/1949-12-16");
  EXPECT_EQ(daysText({"1949-12-16", "1949-12-16"}), "1949-12-16");
  EXPECT_EQ(daysText({"", "1950-01-20"}), "../1950-01-20");
}

TEST(ChronologyTest, TimelineUsesTheChronology) {
  const auto graph = validated(R"json({"nodes": [
    {"id": "journey", "type": "Journey", "label": {"en": "Journey (arrives 20 January)"}},
    {"id": "yalta", "type": "Conference", "label": {"en": "Yalta"}},
    {"id": "departure", "type": "Journey", "label": {"en": "Departure (open end)"}},
    {"id": "b", "type": "Meeting", "label": {"en": "Same day, label A"}},
    {"id": "a", "type": "Meeting", "label": {"en": "Same day, label B"}}],
    "statements": [
    {"subject": "journey", "predicate": "endDate", "value": "1950-01-20", "cite": ["fn-1"]},
    {"subject": "yalta", "predicate": "date", "value": "1945-02", "cite": ["fn-1"]},
    {"subject": "departure", "predicate": "startDate", "value": "1949-12-06", "cite": ["fn-1"]},
    {"subject": "b", "predicate": "date", "value": "1950-01-20", "cite": ["fn-1"]},
    {"subject": "a", "predicate": "date", "value": "1950-01-20", "cite": ["fn-1"]}]})json");
  const auto timeline = buildTimeline(graph, builtInTypes(), {});
  std::vector<std::string> ids;
  for (const auto& event : timeline.events) ids.push_back(event.id);
  // The open start sorts on its end day; at equal days, by label.
  EXPECT_THAT(ids, ElementsAre("yalta", "departure", "journey", "b", "a"));
}

}  // namespace
}  // namespace pactgraph::analysis

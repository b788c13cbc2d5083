#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Timeline.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using testing::validated;

std::vector<std::string> ids(const Timeline& timeline) {
  std::vector<std::string> out;
  for (const auto& event : timeline.events) out.push_back(event.id);
  return out;
}

std::vector<std::string> warningIds(const Timeline& timeline) {
  std::vector<std::string> out;
  for (const auto& warning : timeline.warnings.sorted()) out.push_back(warning.id);
  return out;
}

TEST(TimelineTest, SortsByEarliestThenLatestDayThenIdUndatedLast) {
  const auto graph = validated(R"({"nodes": [
    {"id": "day", "type": "Meeting", "label": {"en": "Day"}},
    {"id": "month", "type": "Meeting", "label": {"en": "Month"}},
    {"id": "year", "type": "Meeting", "label": {"en": "Year"}},
    {"id": "range", "type": "Journey", "label": {"en": "Range"}},
    {"id": "b-same", "type": "Meeting", "label": {"en": "Same day b"}},
    {"id": "a-same", "type": "Meeting", "label": {"en": "Same day a"}},
    {"id": "none", "type": "Meeting", "label": {"en": "Undated"}},
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}},
    {"id": "kremlin", "type": "Place", "label": {"en": "Kremlin"}}],
    "statements": [
    {"subject": "day", "predicate": "date", "value": "1950-01-01", "cite": ["fn-1"]},
    {"subject": "month", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
    {"subject": "year", "predicate": "date", "value": "1950~", "cite": ["fn-1"]},
    {"subject": "range", "predicate": "date", "value": "1949-12/1950-02", "cite": ["fn-1"]},
    {"subject": "b-same", "predicate": "date", "value": "1950-03-01", "cite": ["fn-1"]},
    {"subject": "a-same", "predicate": "date", "value": "1950-03-01", "cite": ["fn-1"]},
    {"subject": "day", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "day", "predicate": "location", "object": "kremlin", "cite": ["fn-1"]}]})");
  const auto timeline = buildTimeline(graph, builtInTypes(), {});
  EXPECT_THAT(ids(timeline), ElementsAre("range", "day", "month", "year", "a-same", "b-same", "none"));
  const auto& year = timeline.events[3];
  EXPECT_EQ(year.edtf, "1950~");
  EXPECT_EQ(year.precision, "year");
  EXPECT_TRUE(year.approximate);
  EXPECT_EQ(timeline.events[0].precision, "interval");
  EXPECT_THAT(timeline.events[1].participants, ElementsAre("mao"));
  EXPECT_THAT(timeline.events[1].places, ElementsAre("kremlin"));
  EXPECT_FALSE(timeline.events[6].days.has_value());
  EXPECT_EQ(timeline.warnings.warningCount(), 0u);
}

TEST(TimelineTest, WarnsAboutDatesThatContradictClaims) {
  const auto graph = validated(R"({"nodes": [
    {"id": "first", "type": "Meeting", "label": {"en": "First"}},
    {"id": "second", "type": "Meeting", "label": {"en": "Second"}},
    {"id": "part", "type": "Meeting", "label": {"en": "Part"}},
    {"id": "doc", "type": "Document", "label": {"en": "Doc"}}],
    "statements": [
    {"subject": "first", "predicate": "date", "value": "1950-01-01", "cite": ["fn-1"]},
    {"subject": "second", "predicate": "date", "value": "1950-02", "cite": ["fn-1"]},
    {"subject": "part", "predicate": "date", "value": "1950-03-01", "cite": ["fn-1"]},
    {"subject": "doc", "predicate": "date", "value": "1949", "cite": ["fn-1"]},
    {"subject": "first", "predicate": "follows", "object": "second", "cite": ["fn-1"]},
    {"subject": "second", "predicate": "follows", "object": "first", "cite": ["fn-1"]},
    {"subject": "part", "predicate": "partOfEvent", "object": "second", "cite": ["fn-1"]},
    {"subject": "second", "predicate": "outcome", "object": "doc", "cite": ["fn-1"]}]})");
  const auto timeline = buildTimeline(graph, builtInTypes(), {});
  EXPECT_THAT(warningIds(timeline),
              ElementsAre("timeline.follows-before", "timeline.outside-parent", "timeline.outcome-before"));
  EXPECT_EQ(timeline.warnings.sorted()[0].origin.position.file, "data.json");
}

TEST(TimelineTest, WarnsAboutClaimsThatHoldOutsideTheirSubjectsDates) {
  const auto graph = validated(R"({"nodes": [
    {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}},
    {"id": "zhou", "type": "Person", "label": {"en": "Zhou"}},
    {"id": "prc", "type": "State", "label": {"en": "PRC"}},
    {"id": "ussr", "type": "State", "label": {"en": "USSR"}},
    {"id": "treaty", "type": "Treaty", "label": {"en": "Treaty"}}],
    "statements": [
    {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"],
     "qualifiers": {"pointInTime": "1950-03-02"}},
    {"subject": "talks", "predicate": "participant", "object": "zhou", "cite": ["fn-1"],
     "qualifiers": {"pointInTime": "1950-01-22"}},
    {"subject": "prc", "predicate": "startDate", "value": "1949-10-01", "cite": ["fn-1"]},
    {"subject": "prc", "predicate": "alliedWith", "object": "ussr", "cite": ["fn-1"],
     "qualifiers": {"startDate": "1945"}},
    {"subject": "prc", "predicate": "alliedWith", "object": "ussr", "cite": ["fn-2"],
     "qualifiers": {"startDate": "1950-02-14"}},
    {"subject": "treaty", "predicate": "date", "value": "1950-02-14", "cite": ["fn-1"]},
    {"subject": "treaty", "predicate": "endDate", "value": "1979-04-11", "cite": ["fn-1"]},
    {"subject": "treaty", "predicate": "party", "object": "prc", "cite": ["fn-1"],
     "qualifiers": {"startDate": "1950-04-11", "endDate": "1979-04-11"}},
    {"subject": "treaty", "predicate": "party", "object": "ussr", "cite": ["fn-1"], "rank": "deprecated",
     "qualifiers": {"pointInTime": "1990"}}]})");
  const auto timeline = buildTimeline(graph, builtInTypes(), {});
  ASSERT_THAT(warningIds(timeline), ElementsAre("timeline.claim-outside-subject", "timeline.claim-outside-subject"));
  const auto warnings = timeline.warnings.sorted();
  EXPECT_EQ(warnings[0].message,
            "the claim \"talks participant mao\" holds 1950-03-02, outside the dates of \"talks\" (1950-01-01 – "
            "1950-01-31)");
  EXPECT_EQ(warnings[0].origin.pointer, "/statements/1");
  EXPECT_EQ(warnings[1].message,
            "the claim \"prc alliedWith ussr\" holds 1945-01-01 – .., not entirely within the dates of \"prc\" "
            "(1949-10-01 – ..)");
  // A deprecated claim counts only when asked for.
  EXPECT_EQ(buildTimeline(graph, builtInTypes(), {.includeDeprecated = true}).warnings.warningCount(), 3u);
}

TEST(TimelineTest, ImpreciseDatesThatMayAgreeDoNotWarnAboutOrder) {
  const auto graph = validated(R"({"nodes": [
    {"id": "a", "type": "Meeting", "label": {"en": "A"}},
    {"id": "b", "type": "Meeting", "label": {"en": "B"}}],
    "statements": [
    {"subject": "a", "predicate": "date", "value": "1950-01-10", "cite": ["fn-1"]},
    {"subject": "b", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
    {"subject": "a", "predicate": "follows", "object": "b", "cite": ["fn-1"]}]})");
  EXPECT_EQ(buildTimeline(graph, builtInTypes(), {}).warnings.warningCount(), 0u);
}

}  // namespace
}  // namespace pactgraph::analysis

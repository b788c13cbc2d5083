#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Evidence.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::validated;

const std::string kData = R"({"nodes": [
  {"id": "vyacheslav-molotov", "type": "Person", "label": {"en": "Vyacheslav Molotov", "ru": "Вячеслав Молотов"},
   "altLabel": {"en": ["Molotov"]}},
  {"id": "molotov-cocktail", "type": "Organization", "label": {"en": "Molotov"}},
  {"id": "mao", "type": "Person", "label": {"zh-Hans": "毛泽东"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}}],
  "statements": [
  {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "date", "value": "1950-02-03", "cite": ["fn-1"], "rank": "deprecated"},
  {"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "vyacheslav-molotov", "cite": ["fn-1"],
   "qualifiers": {"pointInTime": "1950-01-05"}}]})";

TEST(EvidenceTest, DisplayLabelPrefersEnglish) {
  const auto graph = validated(kData);
  EXPECT_EQ(displayLabel(graph, "vyacheslav-molotov"), "Vyacheslav Molotov");
  EXPECT_EQ(displayLabel(graph, "mao"), "毛泽东");
  EXPECT_EQ(displayLabel(graph, "nobody"), "nobody");
}

TEST(EvidenceTest, FindsNodesByIdLabelAnyLanguageAndCase) {
  const auto graph = validated(kData);
  EXPECT_EQ(findNodeByName(graph, "mao").id, "mao");
  EXPECT_EQ(findNodeByName(graph, "Вячеслав Молотов").id, "vyacheslav-molotov");
  EXPECT_EQ(findNodeByName(graph, "vyacheslav molotov").id, "vyacheslav-molotov");
  EXPECT_THAT(findNodeByName(graph, "Molotov").candidates, ElementsAre("molotov-cocktail", "vyacheslav-molotov"));
  const auto persons = [&](const model::Node& node) { return node.type == "Person"; };
  EXPECT_EQ(findNodeByName(graph, "Molotov", persons).id, "vyacheslav-molotov");
  const auto unknown = findNodeByName(graph, "vyacheslav-molotof");
  EXPECT_TRUE(unknown.id.empty());
  EXPECT_THAT(unknown.suggestion, HasSubstr("`vyacheslav-molotov`"));
}

TEST(EvidenceTest, DatesOfNodesAndClaims) {
  const auto graph = validated(kData);
  const ClaimDates dates(graph, builtInTypes(), false);
  ASSERT_TRUE(dates.nodeDate("talks").has_value());
  EXPECT_EQ(dates.nodeDate("talks")->earliest, "1950-01-01");
  EXPECT_EQ(dates.nodeDate("talks")->latest, "1950-01-31");
  const ClaimDates withDeprecated(graph, builtInTypes(), true);
  EXPECT_EQ(withDeprecated.nodeDate("talks")->latest, "1950-02-03");
  // Own qualifier first, else the event's date.
  EXPECT_EQ(dates.statementDate(graph.statements[3])->earliest, "1950-01-05");
  EXPECT_EQ(dates.statementDate(graph.statements[2])->latest, "1950-01-31");
}

TEST(EvidenceTest, DayRanges) {
  const DayRange january{"1950-01-01", "1950-01-31"};
  EXPECT_TRUE(january.overlaps({"1950-01-31", ""}));
  EXPECT_FALSE(january.overlaps({"1950-02-01", ""}));
  EXPECT_TRUE(january.contains({"1950-01-05", "1950-01-05"}));
  EXPECT_FALSE(january.contains({"1950-01-05", ""}));
  EXPECT_TRUE(january.endsBefore({"1950-02-01", "1950-02-01"}));
  EXPECT_FALSE(DayRange{}.endsBefore(january));
}

TEST(EvidenceTest, CitationsReadAsReferences) {
  const auto graph = validated(kData);
  EXPECT_EQ(formatCitation(graph, *graph.findCitation("fn-1")), "Heinzig 2004, p. 343 [fn 1]");
  EXPECT_EQ(formatCitation(graph, *graph.findCitation("fn-3")), "Heinzig 2004, pp. 318–319 [fn 3]");
  EXPECT_EQ(formatCitation(graph, *graph.findCitation("text")), "Article [no footnote]");
  EXPECT_EQ(citationIdentity(*graph.findCitation("fn-1")), citationIdentity(*graph.findCitation("fn-2")));
}

}  // namespace
}  // namespace pactgraph::analysis

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using testing::validated;

// chen —participant— talks —participant— molotov, and a parallel typed edge
// chen —represented→ prc ←represented— molotov; also chen —servedUnder→ mao.
const std::string kData = R"({"nodes": [
  {"id": "chen", "type": "Person", "label": {"en": "Chen Boda"}},
  {"id": "molotov", "type": "Person", "label": {"en": "Vyacheslav Molotov"}},
  {"id": "mao", "type": "Person", "label": {"en": "Mao Zedong"}},
  {"id": "prc", "type": "State", "label": {"en": "PRC"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
  {"id": "lonely", "type": "Person", "label": {"en": "Lonely"}}],
  "statements": [
  {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "chen", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-2"]},
  {"subject": "talks", "predicate": "concerns", "object": "molotov", "cite": ["fn-2"]},
  {"subject": "chen", "predicate": "represented", "object": "prc", "cite": ["fn-3"]},
  {"subject": "molotov", "predicate": "represented", "object": "prc", "cite": ["fn-3"],
   "qualifiers": {"startDate": "1951"}},
  {"subject": "chen", "predicate": "servedUnder", "object": "mao", "cite": ["fn-4"], "rank": "deprecated"}]})";

std::vector<std::string> predicates(const model::Graph& graph, const Path& path) {
  std::vector<std::string> out;
  for (const auto& hop : path.hops) out.push_back(graph.statements[hop.statement].predicate);
  return out;
}

TEST(PathsTest, ShortestFirstThenByNodeIdsThenPredicate) {
  const auto graph = validated(kData);
  const auto result = findPaths(graph, builtInTypes(), "chen", "molotov", {});
  ASSERT_EQ(result.paths.size(), 3u);
  // Both 2-hop paths: through "prc" sorts before "talks".
  EXPECT_THAT(result.paths[0].nodes, ElementsAre("chen", "prc", "molotov"));
  EXPECT_THAT(result.paths[1].nodes, ElementsAre("chen", "talks", "molotov"));
  EXPECT_THAT(predicates(graph, result.paths[1]), ElementsAre("participant", "concerns"));
  EXPECT_THAT(result.paths[2].nodes, ElementsAre("chen", "talks", "molotov"));
  EXPECT_THAT(predicates(graph, result.paths[2]), ElementsAre("participant", "participant"));
}

TEST(PathsTest, HopsRecordTheirDirectionAndDates) {
  const auto graph = validated(kData);
  const auto result = findPaths(graph, builtInTypes(), "chen", "molotov", {});
  const auto& viaPrc = result.paths[0];
  EXPECT_TRUE(viaPrc.hops[0].forward);
  EXPECT_FALSE(viaPrc.hops[1].forward);
  EXPECT_FALSE(viaPrc.hops[0].dates.has_value());
  ASSERT_TRUE(viaPrc.hops[1].dates.has_value());
  EXPECT_EQ(viaPrc.hops[1].dates->earliest, "1951-01-01");
  EXPECT_EQ(viaPrc.hops[1].dates->latest, "");
  const auto& viaTalks = result.paths[2];
  EXPECT_FALSE(viaTalks.hops[0].forward);
  ASSERT_TRUE(viaTalks.hops[0].dates.has_value());
  EXPECT_EQ(viaTalks.hops[0].dates->earliest, "1950-01-22");
}

TEST(PathsTest, TimeWindowDropsClaimsThatDidNotHoldThen) {
  const auto graph = validated(kData);
  PathOptions options;
  options.before = "1950-12-31";
  const auto result = findPaths(graph, builtInTypes(), "chen", "molotov", options);
  ASSERT_EQ(result.paths.size(), 2u);
  for (const auto& path : result.paths) EXPECT_EQ(path.nodes[1], "talks");
  options.before.clear();
  options.after = "1950-02-01";
  const auto later = findPaths(graph, builtInTypes(), "chen", "molotov", options);
  ASSERT_EQ(later.paths.size(), 1u);
  EXPECT_EQ(later.paths[0].nodes[1], "prc");
}

TEST(PathsTest, ViaAvoidAndMaxLength) {
  const auto graph = validated(kData);
  PathOptions options;
  options.via = {"State"};
  EXPECT_EQ(findPaths(graph, builtInTypes(), "chen", "molotov", options).paths.size(), 1u);
  options.via = {"concerns"};
  EXPECT_EQ(findPaths(graph, builtInTypes(), "chen", "molotov", options).paths.size(), 1u);
  options.via.clear();
  options.avoid = {"Event"};
  EXPECT_EQ(findPaths(graph, builtInTypes(), "chen", "molotov", options).paths.size(), 1u);
  options.avoid = {"represented", "participant"};
  EXPECT_TRUE(findPaths(graph, builtInTypes(), "chen", "molotov", options).paths.empty());
  options.avoid.clear();
  options.maxLength = 1;
  EXPECT_TRUE(findPaths(graph, builtInTypes(), "chen", "molotov", options).paths.empty());
}

TEST(PathsTest, DeprecatedClaimsAreNoEdgesUnlessAsked) {
  const auto graph = validated(kData);
  EXPECT_TRUE(findPaths(graph, builtInTypes(), "chen", "mao", {}).paths.empty());
  PathOptions options;
  options.includeDeprecated = true;
  EXPECT_EQ(findPaths(graph, builtInTypes(), "chen", "mao", options).paths.size(), 1u);
  EXPECT_TRUE(findPaths(graph, builtInTypes(), "chen", "lonely", options).paths.empty());
}

TEST(PathsTest, PathToItselfIsEmpty) {
  const auto result = findPaths(validated(kData), builtInTypes(), "chen", "chen", {});
  ASSERT_EQ(result.paths.size(), 1u);
  EXPECT_TRUE(result.paths[0].hops.empty());
}

TEST(PathsTest, UnknownEndpointIsAContractViolation) {
  EXPECT_THROW(findPaths(validated(kData), builtInTypes(), "chen", "nobody", {}), util::ContractViolation);
}

}  // namespace
}  // namespace pactgraph::analysis

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <numeric>
#include <set>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/ActorNetwork.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using testing::validated;

// a, b, c meet; c serves under d; e is isolated; a deprecated claim links e to a.
const std::string kData = R"({"nodes": [
  {"id": "a", "type": "Person", "label": {"en": "A"}},
  {"id": "b", "type": "Person", "label": {"en": "B"}},
  {"id": "c", "type": "Person", "label": {"en": "C"}},
  {"id": "d", "type": "Person", "label": {"en": "D"}},
  {"id": "e", "type": "State", "label": {"en": "E"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
  {"id": "place", "type": "Place", "label": {"en": "Place"}}],
  "statements": [
  {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "a", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "b", "cite": ["fn-2", "fn-4"]},
  {"subject": "talks", "predicate": "participant", "object": "c", "cite": ["fn-3"]},
  {"subject": "talks", "predicate": "location", "object": "place", "cite": ["fn-3"]},
  {"subject": "c", "predicate": "servedUnder", "object": "d", "cite": ["fn-4"]},
  {"subject": "a", "predicate": "alliedWith", "object": "e", "cite": ["fn-4"], "rank": "deprecated"}]})";

std::vector<std::pair<std::string, std::string>> pairs(const ActorNetwork& network) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& link : network.links) out.emplace_back(network.actors[link.a].id, network.actors[link.b].id);
  return out;
}

TEST(ActorNetworkTest, LinksCoParticipantsAndDirectRelationsButNotPlaces) {
  const auto graph = validated(kData);
  const auto network = buildActorNetwork(graph, builtInTypes(), {});
  ASSERT_EQ(network.actors.size(), 5u);
  EXPECT_EQ(network.actors.front().id, "a");
  EXPECT_THAT(
      pairs(network),
      ElementsAre(std::pair<std::string, std::string>{"a", "b"}, std::pair<std::string, std::string>{"a", "c"},
                  std::pair<std::string, std::string>{"b", "c"}, std::pair<std::string, std::string>{"c", "d"}));
  EXPECT_THAT(network.links[0].contexts, ElementsAre("talks"));
  EXPECT_THAT(network.links[3].predicates, ElementsAre("servedUnder"));
  ASSERT_TRUE(network.links[0].dates.has_value());
  EXPECT_EQ(network.links[0].dates->earliest, "1950-01-01");
  EXPECT_EQ(network.links[0].dates->latest, "1950-01-31");
  EXPECT_FALSE(network.links[3].dates.has_value());
}

TEST(ActorNetworkTest, OneSpellPerDatedEventAndDatedClaimWithItsEvidence) {
  // Mao and Stalin meet twice (dated), once undated, and are allied from a
  // date on; the PRC is dated by its own founding.
  const auto graph = validated(R"({"nodes": [
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}},
    {"id": "stalin", "type": "Person", "label": {"en": "Stalin"}},
    {"id": "prc", "type": "State", "label": {"en": "PRC"}},
    {"id": "first", "type": "Meeting", "label": {"en": "First meeting"}},
    {"id": "talks", "type": "Meeting", "label": {"en": "Talks"}},
    {"id": "undated", "type": "Meeting", "label": {"en": "Undated meeting"}}],
    "statements": [
    {"subject": "prc", "predicate": "startDate", "value": "1949-10-01", "cite": ["fn-1"]},
    {"subject": "first", "predicate": "date", "value": "1949-12-16", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "participant", "object": "stalin", "cite": ["fn-3"]},
    {"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-3"]},
    {"subject": "first", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "first", "predicate": "participant", "object": "stalin", "cite": ["fn-4"]},
    {"subject": "undated", "predicate": "participant", "object": "mao", "cite": ["text"]},
    {"subject": "undated", "predicate": "participant", "object": "stalin", "cite": ["text"]},
    {"subject": "mao", "predicate": "alliedWith", "object": "stalin", "cite": ["fn-2"],
     "qualifiers": {"startDate": "1950-02-14"}}]})");
  const auto network = buildActorNetwork(graph, builtInTypes(), {});
  const Actor& prc = network.actors[*network.find("prc")];
  ASSERT_TRUE(prc.dates.has_value());
  EXPECT_EQ(prc.dates->earliest, "1949-10-01");
  EXPECT_EQ(prc.dates->latest, "");
  EXPECT_FALSE(network.actors[*network.find("mao")].dates.has_value());

  ASSERT_EQ(network.links.size(), 1u);
  const Link& link = network.links[0];
  ASSERT_EQ(link.spells.size(), 3u);
  EXPECT_THAT(link.spells[0].contexts, ElementsAre("first"));
  EXPECT_EQ(link.spells[0].days.earliest, "1949-12-16");
  EXPECT_EQ(link.spells[0].days.latest, "1949-12-16");
  EXPECT_THAT(link.spells[1].contexts, ElementsAre("talks"));
  EXPECT_EQ(link.spells[1].days.latest, "1950-01-31");
  EXPECT_TRUE(link.spells[2].contexts.empty());  // the direct claim, open-ended
  EXPECT_THAT(link.spells[2].predicates, ElementsAre("alliedWith"));
  EXPECT_EQ(link.spells[2].days.latest, "");
  EXPECT_THAT(link.undated.contexts, ElementsAre("undated"));
  EXPECT_EQ(link.undated.statements.size(), 2u);
  EXPECT_EQ(link.dates->earliest, "1949-12-16");
  EXPECT_EQ(link.dates->latest, "");

  // Evidence: every citation, sorted by source then footnote; three sources.
  std::vector<std::string> cited;
  for (const std::size_t c : link.citations) cited.push_back(network.citations[c].id);
  EXPECT_THAT(cited, ElementsAre("text", "fn-1", "fn-2", "fn-3", "fn-4"));
  EXPECT_EQ(link.sources, 3u);
  EXPECT_EQ(network.citations[link.spells[0].citations[1]].reference, "Other 1993, p. 95 [fn 4]");
  EXPECT_EQ(network.contextLabel("first"), "First meeting");
}

TEST(ActorNetworkTest, WeightCountsDistinctCitationsBySourceAndPages) {
  const auto network = buildActorNetwork(validated(kData), builtInTypes(), {});
  // a–b: fn-1 and fn-2 are the same source and pages (one), fn-4 another.
  EXPECT_EQ(network.links[0].weight, 2u);
  // a–c: fn-1, fn-3.
  EXPECT_EQ(network.links[1].weight, 2u);
  // b–c: fn-2 (= fn-1), fn-4, fn-3.
  EXPECT_EQ(network.links[2].weight, 3u);
  EXPECT_EQ(network.links[3].weight, 1u);
}

TEST(ActorNetworkTest, DeprecatedClaimsOnlyWhenAsked) {
  const auto graph = validated(kData);
  EXPECT_EQ(buildActorNetwork(graph, builtInTypes(), {}).links.size(), 4u);
  EXPECT_EQ(buildActorNetwork(graph, builtInTypes(), {true}).links.size(), 5u);
}

TEST(ActorNetworkTest, ScoresOfAKnownGraph) {
  const auto network = buildActorNetwork(validated(kData), builtInTypes(), {});
  const auto scores = computeScores(network);
  const auto& c = scores.actors[*network.find("c")];
  // c lies on every shortest path between d and {a, b}: betweenness 2.
  EXPECT_DOUBLE_EQ(c.betweenness, 2.0);
  EXPECT_DOUBLE_EQ(c.betweennessNormalized, 2.0 * 2.0 / (4.0 * 3.0));
  EXPECT_EQ(c.degree, 3u);
  EXPECT_DOUBLE_EQ(c.degreeCentrality, 3.0 / 4.0);
  // c reaches 3 of 4 other actors at distance 1 each.
  EXPECT_DOUBLE_EQ(c.closeness, (3.0 / 4.0) * (3.0 / 3.0));
  const auto& e = scores.actors[*network.find("e")];
  EXPECT_EQ(e.degree, 0u);
  EXPECT_EQ(e.closeness, 0.0);
  EXPECT_EQ(e.component, 2u);
  EXPECT_EQ(c.component, 1u);
  EXPECT_EQ(scores.components, 2u);
  const double sum = std::accumulate(scores.actors.begin(), scores.actors.end(), 0.0,
                                     [](double s, const ActorScores& a) { return s + a.pageRank; });
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_GT(scores.pageRankIterations, 20u);
}

// A square a–b–c–d–a with e hanging on a, and a separate link f–g. Values
// as NetworkX computes them (betweenness_centrality, normalized=False).
ActorNetwork squareWithTail() {
  ActorNetwork network;
  for (const std::string id : {"a", "b", "c", "d", "e", "f", "g"}) network.actors.push_back({id, id, "Person", {}});
  const std::vector<std::pair<std::size_t, std::size_t>> ends = {{0, 1}, {0, 3}, {0, 4}, {1, 2}, {2, 3}, {5, 6}};
  for (const auto& [a, b] : ends) {
    Link link;
    link.a = a;
    link.b = b;
    network.links.push_back(link);
  }
  return network;
}

TEST(ActorNetworkTest, BetweennessCountsEachPairOnceAndSplitsBetweenShortestPaths) {
  const auto network = squareWithTail();
  // a–c and b–d have two shortest paths each; every path from e passes a.
  EXPECT_THAT(betweennessCentrality(network), ElementsAre(3.5, 1.0, 0.5, 1.0, 0.0, 0.0, 0.0));
  const auto scores = computeScores(network);
  for (std::size_t v = 0; v < network.actors.size(); ++v) {
    EXPECT_EQ(scores.actors[v].betweenness, betweennessCentrality(network)[v]);
  }
  EXPECT_TRUE(betweennessCentrality(ActorNetwork{}).empty());
}

TEST(ActorNetworkTest, SampledBetweennessAndClosenessEstimateTheExactValues) {
  // A random graph of 60 actors: with every actor as a source the estimate is
  // exact; with a quarter of them it keeps the most central actor on top.
  ActorNetwork network;
  for (int i = 0; i < 60; ++i) network.actors.push_back({"p" + std::to_string(100 + i), "P", "Person", std::nullopt});
  std::uint64_t state = 7;
  const auto next = [&] { return (state = state * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t v = 1; v < 60; ++v) pairs.insert({next() % v, v});  // a spanning tree: one component
  while (pairs.size() < 120) {
    const std::size_t a = next() % 60, b = next() % 60;
    if (a != b) pairs.insert({std::min(a, b), std::max(a, b)});
  }
  for (const auto& [a, b] : pairs) {
    Link link;
    link.a = a;
    link.b = b;
    network.links.push_back(link);
  }
  const NetworkScores exact = computeScores(network);
  EXPECT_EQ(exact.sampledSources, 0u);
  const NetworkScores all = computeScores(network, {.exactLimit = 0, .samples = 1000});
  EXPECT_EQ(all.sampledSources, 60u);
  for (std::size_t v = 0; v < 60; ++v) {
    EXPECT_NEAR(all.actors[v].betweenness, exact.actors[v].betweenness, 1e-9);
    EXPECT_NEAR(all.actors[v].closeness, exact.actors[v].closeness, 1e-12);
    EXPECT_EQ(all.actors[v].pageRank, exact.actors[v].pageRank);
  }
  const NetworkScores quarter = computeScores(network, {.exactLimit = 0, .samples = 15});
  EXPECT_EQ(quarter.sampledSources, 15u);
  EXPECT_EQ(byBetweenness(network, quarter).front(), byBetweenness(network, exact).front());
  for (std::size_t v = 0; v < 60; ++v) {
    EXPECT_NEAR(quarter.actors[v].closeness, exact.actors[v].closeness, 0.2 * exact.actors[v].closeness);
  }
}

TEST(ActorNetworkTest, PageRankOfACompleteGraphIsUniform) {
  const auto graph = validated(R"({"nodes": [
    {"id": "x", "type": "Person", "label": {"en": "X"}}, {"id": "y", "type": "Person", "label": {"en": "Y"}},
    {"id": "z", "type": "Person", "label": {"en": "Z"}}, {"id": "m", "type": "Meeting", "label": {"en": "M"}}],
    "statements": [
    {"subject": "m", "predicate": "participant", "object": "x", "cite": ["fn-1"]},
    {"subject": "m", "predicate": "participant", "object": "y", "cite": ["fn-1"]},
    {"subject": "m", "predicate": "participant", "object": "z", "cite": ["fn-1"]}]})");
  const auto scores = computeScores(buildActorNetwork(graph, builtInTypes(), {}));
  for (const auto& s : scores.actors) EXPECT_NEAR(s.pageRank, 1.0 / 3.0, 1e-15);
}

TEST(ActorNetworkTest, EmptyNetworkHasNoScores) {
  const auto scores = computeScores(ActorNetwork{});
  EXPECT_TRUE(scores.actors.empty());
  EXPECT_EQ(scores.components, 0u);
}

TEST(ActorNetworkTest, EgoNetworkKeepsActorsWithinTheRadius) {
  const auto network = buildActorNetwork(validated(kData), builtInTypes(), {});
  std::vector<std::size_t> distances;
  const auto ego = egoNetwork(network, *network.find("d"), 1, &distances);
  ASSERT_EQ(ego.actors.size(), 2u);
  EXPECT_EQ(ego.actors[0].id, "c");
  EXPECT_THAT(distances, ElementsAre(1u, 0u));
  EXPECT_EQ(ego.links.size(), 1u);
  EXPECT_EQ(egoNetwork(network, *network.find("d"), 2).actors.size(), 4u);
}

TEST(ActorNetworkTest, OrderForDisplayIsBetweennessThenId) {
  const auto network = buildActorNetwork(validated(kData), builtInTypes(), {});
  const auto order = byBetweenness(network, computeScores(network));
  std::vector<std::string> ids;
  for (const auto i : order) ids.push_back(network.actors[i].id);
  EXPECT_THAT(ids, ElementsAre("c", "a", "b", "d", "e"));
}

}  // namespace
}  // namespace pactgraph::analysis

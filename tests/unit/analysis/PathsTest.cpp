#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <tuple>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/model/Date.h"
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

TEST(PathsTest, ShortestFirstThenByDateThenByNodeIdsThenPredicate) {
  const auto graph = validated(kData);
  const auto result = findPaths(graph, builtInTypes(), "chen", "molotov", {});
  ASSERT_EQ(result.paths.size(), 3u);
  // All 2-hop paths: through "talks" (22 January 1950) before "prc" (from
  // 1951), although "prc" sorts first by node id; the two through "talks"
  // hold on the same day and follow the predicates.
  EXPECT_THAT(result.paths[0].nodes, ElementsAre("chen", "talks", "molotov"));
  EXPECT_THAT(predicates(graph, result.paths[0]), ElementsAre("participant", "concerns"));
  EXPECT_THAT(result.paths[1].nodes, ElementsAre("chen", "talks", "molotov"));
  EXPECT_THAT(predicates(graph, result.paths[1]), ElementsAre("participant", "participant"));
  EXPECT_THAT(result.paths[2].nodes, ElementsAre("chen", "prc", "molotov"));
  EXPECT_FALSE(result.datePartial);
  EXPECT_EQ(result.rankedPaths, 3u);
}

TEST(PathsTest, EquallyLongPathsAreRankedByDateAmongAllOfTheirLength) {
  // Mao and Stalin meet at four events; by node id the January meeting
  // ("a-…") comes first, by date the December one. With k = 2 the search
  // must find all four to return the two earliest.
  const auto graph = validated(R"({"nodes": [
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}},
    {"id": "stalin", "type": "Person", "label": {"en": "Stalin"}},
    {"id": "a-talks", "type": "Meeting", "label": {"en": "Talks"}},
    {"id": "b-undated", "type": "Meeting", "label": {"en": "Undated"}},
    {"id": "c-negotiation", "type": "Negotiation", "label": {"en": "Negotiation"}},
    {"id": "d-first", "type": "Meeting", "label": {"en": "First meeting"}}],
    "statements": [
    {"subject": "a-talks", "predicate": "date", "value": "1950-01-02", "cite": ["fn-1"]},
    {"subject": "c-negotiation", "predicate": "date", "value": "1950-01-22", "cite": ["fn-1"]},
    {"subject": "d-first", "predicate": "date", "value": "1949-12-16", "cite": ["fn-1"]},
    {"subject": "a-talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "a-talks", "predicate": "participant", "object": "stalin", "cite": ["fn-1"]},
    {"subject": "b-undated", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "b-undated", "predicate": "participant", "object": "stalin", "cite": ["fn-1"]},
    {"subject": "c-negotiation", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "c-negotiation", "predicate": "participant", "object": "stalin", "cite": ["fn-1"]},
    {"subject": "d-first", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
    {"subject": "d-first", "predicate": "participant", "object": "stalin", "cite": ["fn-1"]}]})");
  PathOptions options;
  options.k = 4;
  const auto all = findPaths(graph, builtInTypes(), "mao", "stalin", options);
  std::vector<std::string> via;
  for (const auto& path : all.paths) via.push_back(path.nodes[1]);
  EXPECT_THAT(via, ElementsAre("d-first", "a-talks", "c-negotiation", "b-undated"));
  ASSERT_TRUE(pathDates(all.paths[0]).has_value());
  EXPECT_EQ(pathDates(all.paths[0])->earliest, "1949-12-16");
  EXPECT_FALSE(pathDates(all.paths[3]).has_value());

  options.k = 2;
  const auto two = findPaths(graph, builtInTypes(), "mao", "stalin", options);
  ASSERT_EQ(two.paths.size(), 2u);
  EXPECT_EQ(two.paths[0].nodes[1], "d-first");
  EXPECT_EQ(two.paths[1].nodes[1], "a-talks");
  EXPECT_EQ(two.rankedPaths, 4u);
  EXPECT_FALSE(two.datePartial);

  // In the enumeration order alone: by node id, the first two found.
  options.rankByDate = false;
  const auto byHops = findPaths(graph, builtInTypes(), "mao", "stalin", options);
  ASSERT_EQ(byHops.paths.size(), 2u);
  EXPECT_EQ(byHops.paths[0].nodes[1], "a-talks");
  EXPECT_EQ(byHops.paths[1].nodes[1], "b-undated");
  EXPECT_EQ(byHops.rankedPaths, 2u);
  options.rankByDate = true;

  // A ranking limit of 3 paths of that length: the fourth (the earliest) is
  // never seen, and the result says so.
  options.rankingLimit = 3;
  const auto partial = findPaths(graph, builtInTypes(), "mao", "stalin", options);
  EXPECT_TRUE(partial.datePartial);
  EXPECT_EQ(partial.rankedPaths, 3u);
  EXPECT_EQ(partial.paths[0].nodes[1], "a-talks");
}

TEST(PathsTest, HopsRecordTheirDirectionAndDates) {
  const auto graph = validated(kData);
  const auto result = findPaths(graph, builtInTypes(), "chen", "molotov", {});
  const auto& viaPrc = result.paths[2];
  EXPECT_TRUE(viaPrc.hops[0].forward);
  EXPECT_FALSE(viaPrc.hops[1].forward);
  EXPECT_FALSE(viaPrc.hops[0].dates.has_value());
  ASSERT_TRUE(viaPrc.hops[1].dates.has_value());
  EXPECT_EQ(viaPrc.hops[1].dates->earliest, "1951-01-01");
  EXPECT_EQ(viaPrc.hops[1].dates->latest, "");
  const auto& viaTalks = result.paths[1];
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

// Every field of every path, for comparing results with readable failures.
std::string describe(const PathResult& result) {
  std::ostringstream out;
  if (result.truncated) out << "truncated ";
  for (const auto& path : result.paths) {
    out << "[";
    for (const auto& node : path.nodes) out << node << " ";
    for (const auto& hop : path.hops) {
      out << "(" << hop.statement << (hop.forward ? "+ " : "- ") << hop.from << ">" << hop.to;
      if (hop.dates) out << " " << hop.dates->earliest << ".." << hop.dates->latest;
      out << ")";
    }
    out << "]\n";
  }
  return out.str();
}

TEST(PathIndexTest, OneIndexAnswersEveryQueryLikeTheWrapper) {
  const auto graph = validated(kData);
  const auto types = builtInTypes();
  std::vector<PathOptions> cases(9);
  cases[1].via = {"State"};
  cases[2].via = {"concerns"};
  cases[3].avoid = {"Event"};
  cases[4].avoid = {"represented", "participant"};
  cases[5].before = "1950-12-31";
  cases[6].after = "1950-02-01";
  cases[7].includeDeprecated = true;
  cases[8].maxLength = 1;
  cases[8].k = 1;
  const std::vector<std::string> ids = {"chen", "molotov", "mao", "prc", "talks", "lonely"};
  for (const auto& options : cases) {
    const PathIndex index(graph, types, indexOptions(options));
    for (const auto& from : ids) {
      for (const auto& to : ids) {
        SCOPED_TRACE(from + " → " + to);
        EXPECT_EQ(describe(findPaths(index, from, to, options)), describe(findPaths(graph, types, from, to, options)));
      }
    }
  }
  const PathIndex index(graph, types, {});
  EXPECT_EQ(index.vertexCount(), 9u);  // with the three sources of every test graph
  EXPECT_EQ(index.edgeCount(), 5u);    // the deprecated claim is no edge
  EXPECT_EQ(findPaths(index, "chen", "molotov", {}).paths.size(), 3u);
}

TEST(PathIndexTest, QueryingWithOtherEdgeOptionsIsAContractViolation) {
  const auto graph = validated(kData);
  const PathIndex index(graph, builtInTypes(), {});
  PathOptions options;
  options.avoid = {"Event"};
  EXPECT_THROW(findPaths(index, "chen", "molotov", options), util::ContractViolation);
  options.avoid.clear();
  options.includeDeprecated = true;
  EXPECT_THROW(findPaths(index, "chen", "molotov", options), util::ContractViolation);
  EXPECT_THROW(findPaths(index, "chen", "nobody", {}), util::ContractViolation);
}

// A random multigraph for the cross-check: bytewise ids that do not sort like
// numbers, parallel claims with the same or other predicates, self-claims,
// deprecated claims, and nodes of four classes.
model::Graph randomGraph(std::mt19937& random, std::size_t nodeCount, std::size_t claimCount) {
  const std::vector<std::string> classes = {"Person", "State", "Negotiation", "Place"};
  const std::vector<std::string> predicates = {"alliedWith", "memberOf", "participant", "represented"};
  const auto below = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  model::Graph graph;
  for (std::size_t i = 0; i < nodeCount; ++i) {
    model::Node node;
    node.id = "n" + std::to_string(i);
    node.typeIri = std::string(model::vocab::pg) + classes[below(classes.size())];
    graph.nodes.push_back(std::move(node));
  }
  while (graph.statements.size() < claimCount) {
    model::Statement statement;
    const bool parallel = !graph.statements.empty() && below(5) == 0;
    if (parallel) {
      const model::Statement& earlier = graph.statements[below(graph.statements.size())];
      statement.subjectId = below(2) == 0 ? earlier.subjectId : earlier.object.referencedId;
      statement.object.referencedId =
          statement.subjectId == earlier.subjectId ? earlier.object.referencedId : earlier.subjectId;
    } else {
      statement.subjectId = graph.nodes[below(nodeCount)].id;
      statement.object.referencedId = graph.nodes[below(nodeCount)].id;
    }
    statement.predicate = predicates[below(predicates.size())];
    if (below(20) == 0) statement.rank = model::Rank::deprecated;
    // A third of the claims held at a time: a day, a month, a year or an
    // interval, some uncertain, some with an open end.
    if (below(3) == 0) {
      static const std::vector<std::string> dates = {"1949-12-16",  "1950-01",    "1950",     "1949/1950",
                                                     "1950-01-02?", "1950-01-02", "1950-01~", "1949-12"};
      model::Attribute qualifier;
      qualifier.property = below(4) == 0 ? "startDate" : "pointInTime";
      qualifier.value.date = model::parseEdtf(dates[below(dates.size())]);
      statement.qualifiers.push_back(std::move(qualifier));
    }
    graph.statements.push_back(std::move(statement));
  }
  graph.index();
  return graph;
}

using Walk = std::vector<std::pair<std::size_t, bool>>;  // (statement, forward) per hop

// All simple paths of at most options.maxLength hops from `from` to `to`,
// found by depth-first search straight on the statements, that satisfy the
// options, sorted in the order of Paths.h; the first options.k.
std::vector<Walk> bruteForcePaths(const model::Graph& graph, const TypeHierarchy& types, const std::string& from,
                                  const std::string& to, const PathOptions& options) {
  const auto nodeIsAny = [&](const std::string& id, const std::vector<std::string>& terms) {
    return std::any_of(terms.begin(), terms.end(),
                       [&](const std::string& term) { return types.nodeIs(*graph.findNode(id), term); });
  };
  const auto usable = [&](const model::Statement& s) {
    return (s.rank != model::Rank::deprecated || options.includeDeprecated) && s.subjectId != s.object.referencedId &&
           std::find(options.avoid.begin(), options.avoid.end(), s.predicate) == options.avoid.end();
  };
  std::map<std::string, Walk> hopsFrom;  // node id → the hops leaving it
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& s = graph.statements[i];
    if (!usable(s)) continue;
    hopsFrom[s.subjectId].emplace_back(i, true);
    hopsFrom[s.object.referencedId].emplace_back(i, false);
  }
  std::vector<Walk> found;
  std::vector<std::string> visited = {from};
  Walk walk;
  std::function<void(const std::string&)> extend = [&](const std::string& at) {
    if (at == to) {
      found.push_back(walk);
      return;
    }
    if (walk.size() == options.maxLength) return;
    for (const auto& [i, forward] : hopsFrom[at]) {
      const model::Statement& s = graph.statements[i];
      const std::string& next = forward ? s.object.referencedId : s.subjectId;
      if (std::find(visited.begin(), visited.end(), next) != visited.end()) continue;
      if (next != to && nodeIsAny(next, options.avoid)) continue;
      visited.push_back(next);
      walk.emplace_back(i, forward);
      extend(next);
      walk.pop_back();
      visited.pop_back();
    }
  };
  extend(from);

  const auto key = [&](const Walk& w) {
    std::vector<std::tuple<std::string, std::string, bool, std::size_t>> hops;
    for (const auto& [i, forward] : w) {
      const model::Statement& s = graph.statements[i];
      hops.emplace_back(forward ? s.object.referencedId : s.subjectId, s.predicate, !forward, i);
    }
    return std::make_pair(w.size(), hops);
  };
  // The span of the qualifier dates, written a second time.
  const auto span = [&](const Walk& w) {
    std::optional<DayRange> out;
    for (const auto& [i, forward] : w) {
      for (const auto& q : graph.statements[i].qualifiers) {
        DayRange days = dayRange(*q.value.date);
        if (q.property == "startDate") days.latest.clear();
        if (!out) {
          out = days;
          continue;
        }
        if (days.earliest.empty() || (!out->earliest.empty() && days.earliest < out->earliest))
          out->earliest = days.earliest;
        if (days.latest.empty() || (!out->latest.empty() && days.latest > out->latest)) out->latest = days.latest;
      }
    }
    return out;
  };
  std::sort(found.begin(), found.end(), [&](const Walk& x, const Walk& y) {
    if (x.size() != y.size()) return x.size() < y.size();
    const auto dx = span(x);
    const auto dy = span(y);
    if (dx.has_value() != dy.has_value()) return dx.has_value();
    if (dx && dx->earliest != dy->earliest) return dx->earliest < dy->earliest;
    if (dx && dx->latest != dy->latest) return !dx->latest.empty() && (dy->latest.empty() || dx->latest < dy->latest);
    return key(x) < key(y);
  });
  const auto satisfiesVia = [&](const Walk& w) {
    return std::all_of(options.via.begin(), options.via.end(), [&](const std::string& term) {
      return nodeIsAny(from, {term}) || std::any_of(w.begin(), w.end(), [&](const auto& hop) {
               const model::Statement& s = graph.statements[hop.first];
               return s.predicate == term || nodeIsAny(hop.second ? s.object.referencedId : s.subjectId, {term});
             });
    });
  };
  std::vector<Walk> wanted;
  std::copy_if(found.begin(), found.end(), std::back_inserter(wanted), satisfiesVia);
  if (wanted.size() > options.k) wanted.resize(options.k);
  return wanted;
}

TEST(PathIndexTest, FirstKPathsAreTheFirstKOfAllSimplePathsInTheDocumentedOrder) {
  const auto types = builtInTypes();
  std::mt19937 random(20240611);
  const auto below = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  const std::vector<std::string> terms = {"State", "Event", "Place", "alliedWith", "memberOf", "participant"};
  std::size_t compared = 0, severalPaths = 0, longest = 0;
  for (int round = 0; round < 12; ++round) {
    const std::size_t nodeCount = 120 + below(120);
    const model::Graph graph = randomGraph(random, nodeCount, 5 * nodeCount / 2 + below(nodeCount / 2));
    PathOptions options;
    options.k = 1 + below(10);
    options.maxLength = 3 + below(4);
    options.includeDeprecated = below(3) == 0;
    options.rankingLimit = options.enumerationLimit;
    if (below(3) == 0) options.avoid = {terms[below(terms.size())]};
    if (below(3) == 0) options.via = {terms[below(terms.size())]};
    const PathIndex index(graph, types, indexOptions(options));
    for (int query = 0; query < 25; ++query) {
      const std::string& from = graph.nodes[below(graph.nodes.size())].id;
      const std::string& to = graph.nodes[below(graph.nodes.size())].id;
      if (from == to) continue;
      SCOPED_TRACE("round " + std::to_string(round) + ": " + from + " → " + to);
      const auto expected = bruteForcePaths(graph, types, from, to, options);
      const PathResult result = findPaths(index, from, to, options);
      ASSERT_FALSE(result.truncated);
      ASSERT_FALSE(result.datePartial);
      std::vector<Walk> actual;
      for (const auto& path : result.paths) {
        Walk walk;
        for (const auto& hop : path.hops) walk.emplace_back(hop.statement, hop.forward);
        actual.push_back(walk);
        longest = std::max(longest, walk.size());
      }
      ASSERT_EQ(actual, expected);
      ++compared;
      severalPaths += expected.size() >= 2 ? 1 : 0;
    }
  }
  // The rounds must exercise the search: many queries find several paths, some long.
  EXPECT_GT(compared, 250u);
  EXPECT_GT(severalPaths, compared / 3);
  EXPECT_GE(longest, 5u);
}

}  // namespace
}  // namespace pactgraph::analysis

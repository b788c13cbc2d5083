#include "pactgraph/analysis/ActorNetwork.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "pactgraph/analysis/Chronology.h"

namespace pactgraph::analysis {

namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Everything one link accumulates while the claims are read.
struct LinkBuilder {
  std::set<std::string> predicates;
  std::set<std::string> contexts;
  std::set<std::size_t> statements;
};

UndirectedGraph undirected(const ActorNetwork& network) {
  UndirectedGraph g(network.actors.size());
  for (const auto& link : network.links) boost::add_edge(link.a, link.b, g);
  return g;
}

// Brandes betweenness on `g` (BGL halves the sums of an undirected graph, so
// each unordered pair counts once).
std::vector<double> brandesBetweenness(const UndirectedGraph& g) {
  std::vector<double> betweenness(boost::num_vertices(g), 0.0);
  const auto index = boost::get(boost::vertex_index, g);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(betweenness.begin(), index)));
  return betweenness;
}

// Hop distances from `source`; SIZE_MAX for unreachable actors.
std::vector<std::size_t> hopDistances(const UndirectedGraph& g, std::size_t source) {
  constexpr std::size_t kUnreached = static_cast<std::size_t>(-1);
  std::vector<std::size_t> distance(boost::num_vertices(g), kUnreached);
  distance[source] = 0;
  const auto index = boost::get(boost::vertex_index, g);
  boost::breadth_first_search(g, boost::vertex(source, g),
                              boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                  boost::make_iterator_property_map(distance.begin(), index), boost::on_tree_edge()))));
  return distance;
}

// Stops BGL's page_rank when the total change of the (normalised) scores
// falls below `tolerance`, or after `maxIterations`.
class PageRankConverged {
 public:
  PageRankConverged(std::size_t n, std::size_t& iterations) : previous_(n, -1.0), iterations_(iterations) {}

  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& g) {
    const double n = static_cast<double>(boost::num_vertices(g));
    double change = 0;
    for (std::size_t v = 0; v < previous_.size(); ++v) {
      const double current = get(rank, boost::vertex(v, g)) / (iterations_ == 0 ? 1.0 : n);
      change += std::abs(current - previous_[v]);
      previous_[v] = current;
    }
    const bool done = iterations_ > 0 && (change < kTolerance || iterations_ >= kMaxIterations);
    if (!done) ++iterations_;
    return done;
  }

 private:
  static constexpr double kTolerance = 1e-15;
  static constexpr std::size_t kMaxIterations = 10000;
  std::vector<double> previous_;
  std::size_t& iterations_;
};

}  // namespace

bool isCoParticipation(const std::string& predicateLocalName) {
  return predicateLocalName == "participant" || predicateLocalName == "party" || predicateLocalName == "signatory" ||
         predicateLocalName == "carriedOutBy";
}

std::optional<std::size_t> ActorNetwork::find(const std::string& id) const {
  const auto it = std::lower_bound(actors.begin(), actors.end(), id,
                                   [](const Actor& actor, const std::string& key) { return actor.id < key; });
  if (it == actors.end() || it->id != id) return std::nullopt;
  return static_cast<std::size_t>(it - actors.begin());
}

ActorNetwork buildActorNetwork(const model::Graph& graph, const TypeHierarchy& types, const NetworkOptions& options) {
  ActorNetwork network;
  for (const auto& node : graph.nodes) {
    if (types.isActor(node)) network.actors.push_back({node.id, displayLabel(node), node.type, std::nullopt});
  }
  std::sort(network.actors.begin(), network.actors.end(), [](const Actor& x, const Actor& y) { return x.id < y.id; });

  std::map<std::pair<std::size_t, std::size_t>, LinkBuilder> builders;
  const auto connect = [&](std::size_t x, std::size_t y, const std::string& predicate, const std::string& context,
                           std::initializer_list<std::size_t> statements) {
    if (x == y) return;
    auto& builder = builders[{std::min(x, y), std::max(x, y)}];
    builder.predicates.insert(predicate);
    if (!context.empty()) builder.contexts.insert(context);
    builder.statements.insert(statements);
  };

  // Co-participants per event or document, in statement order.
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> participants;  // context → (actor, statement)
  const std::vector<bool> truthy = model::truthyStatements(graph);
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& statement = graph.statements[i];
    // The direct ("truthy") claims, as in the export; all with includeDeprecated.
    if (!truthy[i] && !options.includeDeprecated) continue;
    if (statement.object.referencedId.empty()) continue;
    const auto object = network.find(statement.object.referencedId);
    if (!object) continue;
    if (const auto subject = network.find(statement.subjectId)) {
      connect(*subject, *object, statement.predicate, {}, {i});
    } else if (isCoParticipation(statement.predicate)) {
      participants[statement.subjectId].emplace_back(*object, i);
    }
  }
  for (const auto& [context, members] : participants) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const auto& px = graph.statements[members[x].second].predicate;
        const auto& py = graph.statements[members[y].second].predicate;
        connect(members[x].first, members[y].first, px, context, {members[x].second, members[y].second});
        if (py != px) connect(members[x].first, members[y].first, py, context, {});
      }
    }
  }

  const ClaimDates dates(graph, types, options.includeDeprecated);
  std::vector<bool> undatedLink(network.actors.size(), false);
  for (auto& [pair, builder] : builders) {
    Link link;
    link.a = pair.first;
    link.b = pair.second;
    link.predicates.assign(builder.predicates.begin(), builder.predicates.end());
    link.contexts.assign(builder.contexts.begin(), builder.contexts.end());
    link.statements.assign(builder.statements.begin(), builder.statements.end());
    std::set<std::string> citations;
    for (const std::size_t i : link.statements) {
      const model::Statement& statement = graph.statements[i];
      for (const model::Citation* citation : citationsOf(graph, statement))
        citations.insert(citationIdentity(*citation));
      if (const auto date = dates.statementDate(statement)) widenSpan(link.dates, *date);
    }
    link.weight = citations.size();
    for (const std::size_t end : {link.a, link.b}) {
      if (link.dates) {
        widenSpan(network.actors[end].dates, *link.dates);
      } else {
        undatedLink[end] = true;
      }
    }
    network.links.push_back(std::move(link));
  }
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    if (undatedLink[i]) network.actors[i].dates.reset();
  }
  return network;
}

NetworkScores computeScores(const ActorNetwork& network) {
  const std::size_t n = network.actors.size();
  NetworkScores scores;
  scores.actors.resize(n);
  if (n == 0) return scores;
  const UndirectedGraph g = undirected(network);
  const auto index = boost::get(boost::vertex_index, g);
  const double nd = static_cast<double>(n);

  for (const auto& link : network.links) {
    for (const std::size_t end : {link.a, link.b}) {
      ++scores.actors[end].degree;
      scores.actors[end].strength += link.weight;
    }
  }

  const std::vector<double> betweenness = brandesBetweenness(g);

  std::vector<int> rawComponent(n, 0);
  const int componentCount =
      boost::connected_components(g, boost::make_iterator_property_map(rawComponent.begin(), index));
  // Renumber: largest first, ties by smallest member id (actors are sorted by id).
  std::vector<std::size_t> size(static_cast<std::size_t>(componentCount), 0);
  std::vector<std::size_t> first(static_cast<std::size_t>(componentCount), n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = static_cast<std::size_t>(rawComponent[v]);
    ++size[c];
    first[c] = std::min(first[c], v);
  }
  std::vector<std::size_t> order(size.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t x, std::size_t y) { return size[x] != size[y] ? size[x] > size[y] : first[x] < first[y]; });
  std::vector<std::size_t> number(order.size());
  for (std::size_t rank = 0; rank < order.size(); ++rank) number[order[rank]] = rank + 1;
  scores.components = order.size();

  for (std::size_t v = 0; v < n; ++v) {
    ActorScores& s = scores.actors[v];
    s.component = number[static_cast<std::size_t>(rawComponent[v])];
    s.degreeCentrality = n > 1 ? static_cast<double>(s.degree) / (nd - 1) : 0.0;
    s.betweenness = betweenness[v];
    s.betweennessNormalized = n > 2 ? betweenness[v] * 2.0 / ((nd - 1) * (nd - 2)) : 0.0;
    const auto distance = hopDistances(g, v);
    std::size_t reachable = 0;
    std::size_t total = 0;
    for (const std::size_t d : distance) {
      if (d != static_cast<std::size_t>(-1) && d > 0) {
        ++reachable;
        total += d;
      }
    }
    if (total > 0) {
      const double r = static_cast<double>(reachable);
      s.closeness = (r / (nd - 1)) * (r / static_cast<double>(total));
    }
  }

  // PageRank over both directions of each link. BGL's iteration loses the
  // score of isolated (dangling) actors instead of spreading it uniformly;
  // with a uniform teleport both fixed points are proportional, so scaling
  // the result to sum 1 gives the usual PageRank (as NetworkX and igraph).
  DirectedGraph directed(n);
  for (const auto& link : network.links) {
    boost::add_edge(link.a, link.b, directed);
    boost::add_edge(link.b, link.a, directed);
  }
  std::vector<double> rank(n, 0.0);
  std::vector<double> rankScratch(n, 0.0);
  const auto directedIndex = boost::get(boost::vertex_index, directed);
  boost::graph::page_rank(directed, boost::make_iterator_property_map(rank.begin(), directedIndex),
                          PageRankConverged(n, scores.pageRankIterations), 0.85, n,
                          boost::make_iterator_property_map(rankScratch.begin(), directedIndex));
  const double sum = std::accumulate(rank.begin(), rank.end(), 0.0);
  for (std::size_t v = 0; v < n; ++v) scores.actors[v].pageRank = rank[v] / sum;
  return scores;
}

std::vector<double> betweennessCentrality(const ActorNetwork& network) {
  return brandesBetweenness(undirected(network));
}

ActorNetwork egoNetwork(const ActorNetwork& network, std::size_t ego, std::size_t radius,
                        std::vector<std::size_t>* distances) {
  const auto distance = hopDistances(undirected(network), ego);
  ActorNetwork out;
  std::vector<std::size_t> newIndex(network.actors.size(), static_cast<std::size_t>(-1));
  if (distances) distances->clear();
  for (std::size_t v = 0; v < network.actors.size(); ++v) {
    if (distance[v] > radius) continue;  // unreachable actors have SIZE_MAX
    newIndex[v] = out.actors.size();
    out.actors.push_back(network.actors[v]);
    if (distances) distances->push_back(distance[v]);
  }
  for (const auto& link : network.links) {
    if (newIndex[link.a] == static_cast<std::size_t>(-1) || newIndex[link.b] == static_cast<std::size_t>(-1)) continue;
    Link copy = link;
    copy.a = newIndex[link.a];
    copy.b = newIndex[link.b];
    out.links.push_back(std::move(copy));
  }
  return out;
}

std::vector<std::size_t> byBetweenness(const ActorNetwork& network, const NetworkScores& scores) {
  std::vector<std::size_t> order(network.actors.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return scores.actors[x].betweenness > scores.actors[y].betweenness;
  });
  return order;
}

}  // namespace pactgraph::analysis

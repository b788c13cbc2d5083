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
#include <tuple>
#include <unordered_map>

#include "pactgraph/analysis/Chronology.h"

namespace pactgraph::analysis {

namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using DirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Everything one link accumulates while the claims are read (sorted and
// made unique when the link is finished).
struct LinkBuilder {
  std::vector<std::pair<const std::string*, std::size_t>> byContext;  // (context, co-participation claim)
  std::vector<std::size_t> direct;                                    // direct claims
};

template <typename T>
void sortUnique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

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

// The adjacency of the actor network as offsets into one array (both
// directions of every link).
struct Adjacency {
  std::vector<std::size_t> offsets;  // n + 1
  std::vector<std::size_t> neighbours;

  explicit Adjacency(const ActorNetwork& network) : offsets(network.actors.size() + 1, 0) {
    for (const auto& link : network.links) {
      ++offsets[link.a + 1];
      ++offsets[link.b + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    neighbours.resize(offsets.back());
    std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
    for (const auto& link : network.links) {
      neighbours[fill[link.a]++] = link.b;
      neighbours[fill[link.b]++] = link.a;
    }
  }
};

// Betweenness and closeness estimated from `samples` breadth-first sources
// (ScoreOptions); writes them into `scores`.
void estimateBetweennessAndCloseness(const ActorNetwork& network, std::size_t samples, NetworkScores& scores) {
  const std::size_t n = network.actors.size();
  const Adjacency adjacency(network);
  constexpr std::size_t kUnreached = static_cast<std::size_t>(-1);
  std::vector<double> dependencySum(n, 0.0);
  std::vector<double> distanceSum(n, 0.0);
  std::vector<std::size_t> reachedBy(n, 0);
  std::vector<std::size_t> distance(n, kUnreached);
  std::vector<double> paths(n, 0.0);
  std::vector<double> dependency(n, 0.0);
  std::vector<std::size_t> order;
  order.reserve(n);
  for (std::size_t i = 0; i < samples; ++i) {
    const std::size_t source = i * n / samples;
    for (const std::size_t v : order) distance[v] = kUnreached, paths[v] = 0, dependency[v] = 0;
    order.assign(1, source);
    distance[source] = 0;
    paths[source] = 1;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::size_t v = order[head];
      for (std::size_t e = adjacency.offsets[v]; e < adjacency.offsets[v + 1]; ++e) {
        const std::size_t w = adjacency.neighbours[e];
        if (distance[w] == kUnreached) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) paths[w] += paths[v];
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::size_t w = *it;
      for (std::size_t e = adjacency.offsets[w]; e < adjacency.offsets[w + 1]; ++e) {
        const std::size_t v = adjacency.neighbours[e];
        if (distance[v] + 1 == distance[w]) dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
      }
      if (w != source) {
        dependencySum[w] += dependency[w];
        distanceSum[w] += static_cast<double>(distance[w]);
        ++reachedBy[w];
      }
    }
  }
  const double nd = static_cast<double>(n);
  const double scale = nd / static_cast<double>(samples);
  for (std::size_t v = 0; v < n; ++v) {
    ActorScores& s = scores.actors[v];
    // Brandes sums both orders of every pair on an undirected graph: halve.
    s.betweenness = dependencySum[v] * scale / 2.0;
    s.betweennessNormalized = n > 2 ? s.betweenness * 2.0 / ((nd - 1) * (nd - 2)) : 0.0;
    s.closeness = 0;
    if (reachedBy[v] > 0) {
      const double reachable = std::min(nd - 1, static_cast<double>(reachedBy[v]) * scale);
      s.closeness = (reachable / (nd - 1)) * (static_cast<double>(reachedBy[v]) / distanceSum[v]);
    }
  }
  scores.sampledSources = samples;
}

}  // namespace

bool isCoParticipation(const TypeHierarchy& types, const std::string& predicateLocalName) {
  for (const char* property : {"participant", "party", "signatory", "carriedOutBy"}) {
    if (types.propertyIs(predicateLocalName, property)) return true;
  }
  return false;
}

std::optional<std::size_t> ActorNetwork::find(const std::string& id) const {
  const auto it = std::lower_bound(actors.begin(), actors.end(), id,
                                   [](const Actor& actor, const std::string& key) { return actor.id < key; });
  if (it == actors.end() || it->id != id) return std::nullopt;
  return static_cast<std::size_t>(it - actors.begin());
}

const std::string& ActorNetwork::contextLabel(const std::string& id) const {
  const auto it = contextLabels.find(id);
  return it == contextLabels.end() ? id : it->second;
}

ActorNetwork buildActorNetwork(const model::Graph& graph, const TypeHierarchy& types, const NetworkOptions& options) {
  ActorNetwork network;
  const ClaimDates dates(graph, types, options.includeDeprecated);
  for (const auto& node : graph.nodes) {
    if (types.isActor(node))
      network.actors.push_back({node.id, displayLabel(node), node.type, dates.nodeDate(node.id)});
  }
  std::sort(network.actors.begin(), network.actors.end(), [](const Actor& x, const Actor& y) { return x.id < y.id; });

  std::map<std::pair<std::size_t, std::size_t>, LinkBuilder> builders;
  // Co-participants per event or document, in statement order.
  std::map<std::string_view, std::vector<std::pair<std::size_t, std::size_t>>>
      participants;  // context → (actor, claim)
  std::vector<bool> used(graph.statements.size(), false);
  const std::vector<bool> truthy = model::truthyStatements(graph);
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& statement = graph.statements[i];
    // The direct ("truthy") claims, as in the export; all with includeDeprecated.
    if (!truthy[i] && !options.includeDeprecated) continue;
    if (statement.object.referencedId.empty()) continue;
    const auto object = network.find(statement.object.referencedId);
    if (!object) continue;
    if (const auto subject = network.find(statement.subjectId)) {
      if (*subject == *object) continue;
      builders[{std::min(*subject, *object), std::max(*subject, *object)}].direct.push_back(i);
      used[i] = true;
    } else if (isCoParticipation(types, statement.predicate)) {
      participants[statement.subjectId].emplace_back(*object, i);
    }
  }
  for (const auto& [context, members] : participants) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        if (members[x].first == members[y].first) continue;
        LinkBuilder& builder =
            builders[{std::min(members[x].first, members[y].first), std::max(members[x].first, members[y].first)}];
        const std::string* id = &graph.statements[members[x].second].subjectId;
        builder.byContext.emplace_back(id, members[x].second);
        builder.byContext.emplace_back(id, members[y].second);
        used[members[x].second] = used[members[y].second] = true;
      }
    }
  }

  // What every claim of a link brings, computed once per claim: its
  // citations (indexes into network.citations, numbered in their final
  // order) and when it held.
  std::set<std::string_view> citationIds;
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    if (!used[i]) continue;
    for (const model::Citation* citation : citationsOf(graph, graph.statements[i])) citationIds.insert(citation->id);
  }
  for (const auto& id : citationIds) {
    const model::Citation& citation = *graph.findCitation(std::string(id));
    network.citations.push_back({citation.id, citation.sourceId, displayLabel(graph, citation.sourceId), citation.pages,
                                 citation.footnote, formatCitation(graph, citation)});
  }
  std::sort(network.citations.begin(), network.citations.end(), [](const NetworkCitation& x, const NetworkCitation& y) {
    return std::tie(x.source, x.footnote, x.pages, x.id) < std::tie(y.source, y.footnote, y.pages, y.id);
  });
  std::unordered_map<std::string_view, std::size_t> citationIndex;
  // Per citation: its evidence (source and pages, citationIdentity) and its source, as small numbers.
  std::vector<std::size_t> identityOf(network.citations.size());
  std::vector<std::size_t> sourceOf(network.citations.size());
  {
    std::map<std::string, std::size_t> identities;
    std::map<std::string_view, std::size_t> sources;
    for (std::size_t c = 0; c < network.citations.size(); ++c) {
      const NetworkCitation& citation = network.citations[c];
      citationIndex.emplace(citation.id, c);
      identityOf[c] =
          identities.emplace(citationIdentity(*graph.findCitation(citation.id)), identities.size()).first->second;
      sourceOf[c] = sources.emplace(citation.source, sources.size()).first->second;
    }
  }
  std::vector<std::vector<std::size_t>> claimCitations(graph.statements.size());
  std::vector<std::optional<DayRange>> claimDates(graph.statements.size());
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    if (!used[i]) continue;
    for (const model::Citation* citation : citationsOf(graph, graph.statements[i])) {
      claimCitations[i].push_back(citationIndex.at(citation->id));
    }
    sortUnique(claimCitations[i]);
    claimDates[i] = dates.statementDate(graph.statements[i]);
  }

  // A spell (or the undated rest) of `claims`, sorted and unique.
  const auto spellOf = [&](DayRange days, std::vector<std::string> contexts, const std::vector<std::size_t>& claims) {
    LinkSpell spell{std::move(days), std::move(contexts), {}, claims, {}};
    for (const std::size_t i : claims) {
      spell.predicates.push_back(graph.statements[i].predicate);
      spell.citations.insert(spell.citations.end(), claimCitations[i].begin(), claimCitations[i].end());
    }
    sortUnique(spell.predicates);
    sortUnique(spell.citations);
    return spell;
  };
  const auto spanOf = [&](const std::vector<std::size_t>& claims) {
    std::optional<DayRange> span;
    for (const std::size_t i : claims) {
      if (claimDates[i]) widenSpan(span, *claimDates[i]);
    }
    return span;
  };

  network.links.reserve(builders.size());
  for (auto& [pair, builder] : builders) {
    Link link;
    link.a = pair.first;
    link.b = pair.second;
    std::sort(builder.byContext.begin(), builder.byContext.end(),
              [](const auto& x, const auto& y) { return std::tie(*x.first, x.second) < std::tie(*y.first, y.second); });
    builder.byContext.erase(std::unique(builder.byContext.begin(), builder.byContext.end()), builder.byContext.end());
    sortUnique(builder.direct);

    std::vector<std::size_t> undatedClaims;
    std::vector<std::string> undatedContexts;
    for (std::size_t from = 0; from < builder.byContext.size();) {
      const std::string& context = *builder.byContext[from].first;
      std::size_t to = from;
      std::vector<std::size_t> claims;
      while (to < builder.byContext.size() && *builder.byContext[to].first == context) {
        claims.push_back(builder.byContext[to++].second);
      }
      link.contexts.push_back(context);
      network.contextLabels.try_emplace(context, displayLabel(graph, context));
      if (const auto span = spanOf(claims)) {
        link.spells.push_back(spellOf(*span, {context}, claims));
      } else {
        undatedContexts.push_back(context);
        undatedClaims.insert(undatedClaims.end(), claims.begin(), claims.end());
      }
      link.statements.insert(link.statements.end(), claims.begin(), claims.end());
      from = to;
    }
    for (const std::size_t i : builder.direct) {
      if (const auto span = spanOf({i})) {
        link.spells.push_back(spellOf(*span, {}, {i}));
      } else {
        undatedClaims.push_back(i);
      }
      link.statements.push_back(i);
    }
    sortUnique(undatedClaims);
    link.undated = spellOf({}, std::move(undatedContexts), undatedClaims);
    sortUnique(link.statements);
    for (const std::size_t i : link.statements) {
      link.predicates.push_back(graph.statements[i].predicate);
      link.citations.insert(link.citations.end(), claimCitations[i].begin(), claimCitations[i].end());
    }
    sortUnique(link.predicates);
    sortUnique(link.citations);
    std::vector<std::size_t> identities;
    std::vector<std::size_t> sources;
    for (const std::size_t c : link.citations) {
      identities.push_back(identityOf[c]);
      sources.push_back(sourceOf[c]);
    }
    sortUnique(identities);
    sortUnique(sources);
    link.weight = identities.size();
    link.sources = sources.size();
    std::stable_sort(link.spells.begin(), link.spells.end(), [](const LinkSpell& x, const LinkSpell& y) {
      const std::optional<DayRange> dx = x.days;
      const std::optional<DayRange> dy = y.days;
      const std::string_view cx = x.contexts.empty() ? std::string_view() : x.contexts.front();
      const std::string_view cy = y.contexts.empty() ? std::string_view() : y.contexts.front();
      return chronologicallyBefore({dx, cx, cx}, {dy, cy, cy});
    });
    for (const auto& spell : link.spells) widenSpan(link.dates, spell.days);
    network.links.push_back(std::move(link));
  }
  return network;
}

NetworkScores computeScores(const ActorNetwork& network, const ScoreOptions& options) {
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

  const bool sampled = n > options.exactLimit && options.samples > 0;
  const std::vector<double> betweenness = sampled ? std::vector<double>() : brandesBetweenness(g);

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
    if (sampled) continue;
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
  if (sampled) estimateBetweennessAndCloseness(network, std::min(options.samples, n), scores);

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

ActorNetwork inducedNetwork(const ActorNetwork& network, const std::vector<std::size_t>& keep) {
  ActorNetwork out;
  std::vector<std::size_t> newIndex(network.actors.size(), static_cast<std::size_t>(-1));
  for (const std::size_t v : keep) {
    newIndex[v] = out.actors.size();
    out.actors.push_back(network.actors[v]);
  }
  for (const auto& link : network.links) {
    if (newIndex[link.a] == static_cast<std::size_t>(-1) || newIndex[link.b] == static_cast<std::size_t>(-1)) continue;
    Link copy = link;
    copy.a = newIndex[link.a];
    copy.b = newIndex[link.b];
    out.links.push_back(std::move(copy));
  }
  out.citations = network.citations;
  out.contextLabels = network.contextLabels;
  return out;
}

ActorNetwork egoNetwork(const ActorNetwork& network, std::size_t ego, std::size_t radius,
                        std::vector<std::size_t>* distances) {
  const auto distance = hopDistances(undirected(network), ego);
  std::vector<std::size_t> keep;
  for (std::size_t v = 0; v < network.actors.size(); ++v) {
    if (distance[v] <= radius) keep.push_back(v);  // unreachable actors have SIZE_MAX
  }
  if (distances) {
    distances->clear();
    for (const std::size_t v : keep) distances->push_back(distance[v]);
  }
  return inducedNetwork(network, keep);
}

namespace {

// Actor indexes by `score` descending, ties in id order (actors are sorted by id).
std::vector<std::size_t> byScore(const ActorNetwork& network, const NetworkScores& scores, double ActorScores::*score) {
  std::vector<std::size_t> order(network.actors.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return scores.actors[x].*score > scores.actors[y].*score; });
  return order;
}

}  // namespace

std::vector<std::size_t> byPageRank(const ActorNetwork& network, const NetworkScores& scores) {
  return byScore(network, scores, &ActorScores::pageRank);
}

std::vector<std::size_t> byBetweenness(const ActorNetwork& network, const NetworkScores& scores) {
  return byScore(network, scores, &ActorScores::betweenness);
}

}  // namespace pactgraph::analysis

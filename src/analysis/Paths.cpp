#include "pactgraph/analysis/Paths.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <map>
#include <set>
#include <tuple>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::analysis {

namespace {

struct EdgeData {
  std::size_t id = 0;  // index into the claim-edge table
};

using Multigraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeData>;
using Vertex = boost::graph_traits<Multigraph>::vertex_descriptor;
using EdgeDescriptor = boost::graph_traits<Multigraph>::edge_descriptor;

constexpr std::size_t kUnreached = static_cast<std::size_t>(-1);

// One usable claim.
struct ClaimEdge {
  std::size_t statement = 0;
  std::size_t subject = 0;  // vertex indexes
  std::size_t object = 0;
  const std::string* predicate = nullptr;
  std::optional<DayRange> dates;
};

// A path as vertex and edge indexes; forward[i] tells the direction of hop i.
struct RawPath {
  std::vector<std::size_t> vertices;
  std::vector<std::size_t> edges;
  std::vector<bool> forward;

  std::size_t hops() const { return edges.size(); }
};

struct VertexAllowed {
  const std::vector<char>* blocked = nullptr;
  bool operator()(Vertex v) const { return !(*blocked)[v]; }
};

struct EdgeAllowed {
  const std::vector<char>* blocked = nullptr;
  const Multigraph* graph = nullptr;
  bool operator()(const EdgeDescriptor& e) const { return !(*blocked)[(*graph)[e].id]; }
};

class PathFinder {
 public:
  PathFinder(const model::Graph& graph, const TypeHierarchy& types, const PathOptions& options)
      : graph_(graph), types_(types), options_(options) {
    for (const auto& node : graph.nodes) ids_.push_back(node.id);
    std::sort(ids_.begin(), ids_.end());
    ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
    multigraph_ = Multigraph(ids_.size());

    const ClaimDates dates(graph, types, options.includeDeprecated);
    const DayRange window{options.after, options.before};
    for (std::size_t i = 0; i < graph.statements.size(); ++i) {
      const model::Statement& statement = graph.statements[i];
      if (statement.rank == model::Rank::deprecated && !options.includeDeprecated) continue;
      if (statement.object.referencedId.empty() || statement.object.referencedId == statement.subjectId) continue;
      if (matchesAny(statement.predicate, options.avoid)) continue;
      const auto subject = vertexOf(statement.subjectId);
      const auto object = vertexOf(statement.object.referencedId);
      if (!subject || !object) continue;
      auto claimDates = dates.statementDate(statement);
      if (claimDates && !claimDates->overlaps(window)) continue;
      const std::size_t id = edges_.size();
      edges_.push_back({i, *subject, *object, &statement.predicate, std::move(claimDates)});
      boost::add_edge(*subject, *object, EdgeData{id}, multigraph_);
    }
  }

  std::optional<std::size_t> vertexOf(const std::string& id) const {
    const auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
    if (it == ids_.end() || *it != id) return std::nullopt;
    return static_cast<std::size_t>(it - ids_.begin());
  }

  PathResult run(const std::string& fromId, const std::string& toId) {
    PathResult result;
    const auto from = vertexOf(fromId);
    const auto to = vertexOf(toId);
    PG_CHECK(from && to, "findPaths needs existing nodes (" + fromId + ", " + toId + ")");
    if (*from == *to) {
      result.paths.push_back({{fromId}, {}});
      return result;
    }

    // Nodes of avoided classes are never passed through (the ends are exempt).
    std::vector<char> baseVertices(ids_.size(), 0);
    if (!options_.avoid.empty()) {
      for (const auto& node : graph_.nodes) {
        const auto v = vertexOf(node.id);
        if (v && *v != *from && *v != *to && nodeMatchesAny(node, options_.avoid)) baseVertices[*v] = 1;
      }
    }
    const std::vector<char> baseEdges(edges_.size(), 0);

    if (!viaSatisfiable()) return result;

    std::vector<RawPath> accepted;  // Yen's list A
    // For every root (the first i edges of an accepted path), the edges that
    // accepted paths with that root take next: Yen's removed edges.
    std::map<std::vector<std::size_t>, std::vector<std::size_t>> nextEdges;
    const auto accept = [&](RawPath path) {
      for (std::size_t i = 0; i < path.hops(); ++i) {
        nextEdges[{path.edges.begin(), path.edges.begin() + static_cast<std::ptrdiff_t>(i)}].push_back(path.edges[i]);
      }
      accepted.push_back(std::move(path));
    };
    const auto less = [this](const RawPath& x, const RawPath& y) { return comesBefore(x, y); };
    std::set<RawPath, decltype(less)> candidates(less);  // Yen's list B

    auto first = shortestPath(*from, *to, baseVertices, baseEdges);
    if (!first || first->hops() > options_.maxLength) return result;
    accept(std::move(*first));
    while (true) {
      const RawPath& last = accepted.back();
      if (satisfiesVia(last)) result.paths.push_back(toPath(last));
      if (result.paths.size() >= options_.k) break;
      if (accepted.size() >= options_.enumerationLimit) {
        result.truncated = true;
        break;
      }
      const RawPath previous = last;
      for (std::size_t i = 0; i < previous.hops() && i < options_.maxLength; ++i) {
        std::vector<char> blockedEdges = baseEdges;
        const std::vector<std::size_t> root(previous.edges.begin(),
                                            previous.edges.begin() + static_cast<std::ptrdiff_t>(i));
        for (const std::size_t edge : nextEdges[root]) blockedEdges[edge] = 1;
        std::vector<char> blockedVertices = baseVertices;
        for (std::size_t j = 0; j < i; ++j) blockedVertices[previous.vertices[j]] = 1;
        auto spur = shortestPath(previous.vertices[i], *to, blockedVertices, blockedEdges);
        if (!spur || i + spur->hops() > options_.maxLength) continue;
        RawPath candidate;
        candidate.vertices.assign(previous.vertices.begin(),
                                  previous.vertices.begin() + static_cast<std::ptrdiff_t>(i));
        candidate.edges = root;
        candidate.forward.assign(previous.forward.begin(), previous.forward.begin() + static_cast<std::ptrdiff_t>(i));
        candidate.vertices.insert(candidate.vertices.end(), spur->vertices.begin(), spur->vertices.end());
        candidate.edges.insert(candidate.edges.end(), spur->edges.begin(), spur->edges.end());
        candidate.forward.insert(candidate.forward.end(), spur->forward.begin(), spur->forward.end());
        candidates.insert(std::move(candidate));
      }
      if (candidates.empty()) break;
      accept(*candidates.begin());
      candidates.erase(candidates.begin());
    }
    return result;
  }

 private:
  // The sort key of hop `i` of `path` (see Paths.h).
  std::tuple<std::size_t, const std::string&, bool, std::size_t> hopKey(std::size_t nextVertex, std::size_t edge,
                                                                        bool forward) const {
    return {nextVertex, *edges_[edge].predicate, !forward, edges_[edge].statement};
  }

  bool comesBefore(const RawPath& x, const RawPath& y) const {
    if (x.hops() != y.hops()) return x.hops() < y.hops();
    for (std::size_t i = 0; i < x.hops(); ++i) {
      const auto kx = hopKey(x.vertices[i + 1], x.edges[i], x.forward[i]);
      const auto ky = hopKey(y.vertices[i + 1], y.edges[i], y.forward[i]);
      if (kx != ky) return kx < ky;
    }
    return false;
  }

  // The first path from `source` to `target` in the order of Paths.h that
  // avoids the blocked vertices and edges: breadth-first distances to
  // `target`, then a greedy walk taking the smallest hop that gets closer.
  std::optional<RawPath> shortestPath(std::size_t source, std::size_t target, const std::vector<char>& blockedVertices,
                                      const std::vector<char>& blockedEdges) const {
    if (blockedVertices[source] || blockedVertices[target]) return std::nullopt;
    using View = boost::filtered_graph<Multigraph, EdgeAllowed, VertexAllowed>;
    const View view(multigraph_, EdgeAllowed{&blockedEdges, &multigraph_}, VertexAllowed{&blockedVertices});
    std::vector<std::size_t> distance(ids_.size(), kUnreached);
    distance[target] = 0;
    boost::breadth_first_search(
        view, boost::vertex(target, multigraph_),
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, multigraph_)),
            boost::on_tree_edge()))));
    if (distance[source] == kUnreached) return std::nullopt;

    RawPath path;
    path.vertices.push_back(source);
    for (std::size_t current = source; current != target;) {
      std::optional<std::tuple<std::size_t, std::size_t, bool>> best;  // next vertex, edge, forward
      for (const auto& e : boost::make_iterator_range(boost::out_edges(current, view))) {
        const std::size_t next = boost::target(e, view);
        if (distance[next] + 1 != distance[current]) continue;
        const std::size_t edge = multigraph_[e].id;
        const bool forward = edges_[edge].subject == current;
        if (!best || hopKey(next, edge, forward) < hopKey(std::get<0>(*best), std::get<1>(*best), std::get<2>(*best))) {
          best = std::make_tuple(next, edge, forward);
        }
      }
      PG_CHECK(best.has_value(), "breadth-first distances promised a next hop");
      current = std::get<0>(*best);
      path.vertices.push_back(current);
      path.edges.push_back(std::get<1>(*best));
      path.forward.push_back(std::get<2>(*best));
    }
    return path;
  }

  bool matchesAny(const std::string& predicate, const std::vector<std::string>& terms) const {
    return std::find(terms.begin(), terms.end(), predicate) != terms.end();
  }

  bool nodeMatchesAny(const model::Node& node, const std::vector<std::string>& terms) const {
    return std::any_of(terms.begin(), terms.end(), [&](const std::string& term) { return types_.nodeIs(node, term); });
  }

  // False when some `via` term names a predicate no usable claim has and a
  // class no node has: then no path can satisfy it.
  bool viaSatisfiable() const {
    for (const auto& term : options_.via) {
      const bool byEdge =
          std::any_of(edges_.begin(), edges_.end(), [&](const ClaimEdge& edge) { return *edge.predicate == term; });
      const bool byNode = std::any_of(graph_.nodes.begin(), graph_.nodes.end(),
                                      [&](const model::Node& node) { return types_.nodeIs(node, term); });
      if (!byEdge && !byNode) return false;
    }
    return true;
  }

  bool satisfiesVia(const RawPath& path) const {
    for (const auto& term : options_.via) {
      const bool byHop = std::any_of(path.edges.begin(), path.edges.end(),
                                     [&](std::size_t e) { return *edges_[e].predicate == term; });
      const bool byNode = std::any_of(path.vertices.begin(), path.vertices.end(), [&](std::size_t v) {
        const model::Node* node = graph_.findNode(ids_[v]);
        return node && types_.nodeIs(*node, term);
      });
      if (!byHop && !byNode) return false;
    }
    return true;
  }

  Path toPath(const RawPath& raw) const {
    Path path;
    for (const std::size_t v : raw.vertices) path.nodes.push_back(ids_[v]);
    for (std::size_t i = 0; i < raw.hops(); ++i) {
      const ClaimEdge& edge = edges_[raw.edges[i]];
      path.hops.push_back(
          {edge.statement, raw.forward[i], ids_[raw.vertices[i]], ids_[raw.vertices[i + 1]], edge.dates});
    }
    return path;
  }

  const model::Graph& graph_;
  const TypeHierarchy& types_;
  const PathOptions& options_;
  std::vector<std::string> ids_;  // vertex index → node id, sorted
  std::vector<ClaimEdge> edges_;  // edge index → claim
  Multigraph multigraph_;
};

}  // namespace

PathResult findPaths(const model::Graph& graph, const TypeHierarchy& types, const std::string& from,
                     const std::string& to, const PathOptions& options) {
  PathFinder finder(graph, types, options);
  return finder.run(from, to);
}

}  // namespace pactgraph::analysis

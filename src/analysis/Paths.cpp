#include "pactgraph/analysis/Paths.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::analysis {

PathIndexOptions indexOptions(const PathOptions& options) {
  return {options.avoid, options.after, options.before, options.includeDeprecated};
}

PathIndex::PathIndex(const model::Graph& graph, const TypeHierarchy& types, const PathIndexOptions& options)
    : graph_(&graph), types_(types), options_(options), dates_(graph, types, options.includeDeprecated) {
  std::set<std::string_view> distinctTypes;
  for (const auto& node : graph.nodes) distinctTypes.insert(node.typeIri);
  typeIris_.assign(distinctTypes.begin(), distinctTypes.end());
  const auto typeOf = [&](const model::Node& node) {
    return static_cast<std::uint32_t>(std::lower_bound(typeIris_.begin(), typeIris_.end(), node.typeIri) -
                                      typeIris_.begin());
  };
  std::vector<bool> typeAvoided(typeIris_.size(), false);
  for (std::size_t t = 0; t < typeIris_.size(); ++t) {
    typeAvoided[t] = std::any_of(options.avoid.begin(), options.avoid.end(), [&](const std::string& term) {
      return types_.isA(typeIris_[t], std::string(model::vocab::pg) + term);
    });
  }

  // Nodes by id; among nodes sharing an id the first in the input comes first.
  std::vector<std::size_t> byId(graph.nodes.size());
  std::iota(byId.begin(), byId.end(), std::size_t{0});
  std::stable_sort(byId.begin(), byId.end(),
                   [&](std::size_t x, std::size_t y) { return graph.nodes[x].id < graph.nodes[y].id; });
  for (const std::size_t i : byId) {
    const model::Node& node = graph.nodes[i];
    const std::uint32_t type = typeOf(node);
    if (ids_.empty() || *ids_.back() != node.id) {
      ids_.push_back(&node.id);
      vertexType_.push_back(type);
      avoidedClass_.push_back(false);
    }
    if (typeAvoided[type]) avoidedClass_.back() = true;
  }
  PG_CHECK(ids_.size() < std::numeric_limits<VertexId>::max(), "too many nodes for a PathIndex");
  // Hashing beats binary search for the two lookups per claim.
  std::unordered_map<std::string_view, VertexId> vertexById(ids_.size());
  for (VertexId v = 0; v < ids_.size(); ++v) vertexById.emplace(*ids_[v], v);
  const auto findVertex = [&](const std::string& id) -> std::optional<VertexId> {
    const auto it = vertexById.find(id);
    if (it == vertexById.end()) return std::nullopt;
    return it->second;
  };

  const DayRange window{options.after, options.before};
  const bool windowed = !window.earliest.empty() || !window.latest.empty();
  const std::vector<bool> truthy = model::truthyStatements(graph);
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& statement = graph.statements[i];
    // The direct ("truthy") claims, as in the export; all with includeDeprecated.
    if (!truthy[i] && !options.includeDeprecated) continue;
    if (statement.object.referencedId.empty() || statement.object.referencedId == statement.subjectId) continue;
    if (std::find(options.avoid.begin(), options.avoid.end(), statement.predicate) != options.avoid.end()) continue;
    const auto subject = findVertex(statement.subjectId);
    const auto object = findVertex(statement.object.referencedId);
    if (!subject || !object) continue;
    if (windowed) {
      const auto claimDates = dates_.statementDate(statement);
      if (claimDates && !claimDates->overlaps(window)) continue;
    }
    edges_.push_back({i, *subject, *object, 0});
  }
  PG_CHECK(edges_.size() < std::numeric_limits<EdgeId>::max(), "too many claims for a PathIndex");

  std::set<std::string_view> distinctPredicates;
  for (const Edge& edge : edges_) distinctPredicates.insert(graph.statements[edge.statement].predicate);
  predicates_.assign(distinctPredicates.begin(), distinctPredicates.end());
  for (Edge& edge : edges_) {
    const std::string& predicate = graph.statements[edge.statement].predicate;
    edge.predicate = static_cast<std::uint32_t>(std::lower_bound(predicates_.begin(), predicates_.end(), predicate) -
                                                predicates_.begin());
  }

  adjacencyOffsets_.assign(ids_.size() + 1, 0);
  for (const Edge& edge : edges_) {
    ++adjacencyOffsets_[edge.subject + 1];
    ++adjacencyOffsets_[edge.object + 1];
  }
  std::partial_sum(adjacencyOffsets_.begin(), adjacencyOffsets_.end(), adjacencyOffsets_.begin());
  adjacent_.resize(adjacencyOffsets_.back());
  std::vector<std::size_t> fill(adjacencyOffsets_.begin(), adjacencyOffsets_.end() - 1);
  for (EdgeId e = 0; e < edges_.size(); ++e) {
    adjacent_[fill[edges_[e].subject]++] = {edges_[e].object, e};
    adjacent_[fill[edges_[e].object]++] = {edges_[e].subject, e};
  }
}

std::optional<PathIndex::VertexId> PathIndex::vertexOf(const std::string& id) const {
  const auto it =
      std::lower_bound(ids_.begin(), ids_.end(), id, [](const std::string* x, const std::string& y) { return *x < y; });
  if (it == ids_.end() || **it != id) return std::nullopt;
  return static_cast<VertexId>(it - ids_.begin());
}

// Yen's algorithm for one query. Every spur search reuses the per-vertex
// marks: a mark is valid only while its epoch is the current one, so a new
// search costs nothing for the vertices it does not reach.
class PathIndex::Search {
 public:
  Search(const PathIndex& index, VertexId from, VertexId to, const PathOptions& options)
      : index_(index), from_(from), to_(to), options_(options), marks_(index.vertexCount()) {
    for (const auto& term : options.via) viaClassIris_.push_back(std::string(model::vocab::pg) + term);
  }

  PathResult run() {
    PathResult result;
    if (!viaSatisfiable()) return result;

    std::vector<RawPath> accepted;  // Yen's list A
    // For every root (the first i edges of an accepted path), the edges that
    // accepted paths with that root take next: Yen's removed edges.
    std::map<std::vector<EdgeId>, std::vector<EdgeId>> nextEdges;
    const auto accept = [&](RawPath path) {
      for (std::size_t i = 0; i < path.hops(); ++i) {
        nextEdges[{path.edges.begin(), path.edges.begin() + static_cast<std::ptrdiff_t>(i)}].push_back(path.edges[i]);
      }
      accepted.push_back(std::move(path));
    };
    const auto less = [this](const RawPath& x, const RawPath& y) { return comesBefore(x, y); };
    std::set<RawPath, decltype(less)> candidates(less);  // Yen's list B

    auto first = shortestPath(from_, {}, {}, options_.maxLength);
    if (!first) return result;
    accept(std::move(*first));
    std::vector<std::size_t> found;  // indexes into `accepted` of the paths satisfying `via`, in Yen's order
    // The paths as long as the k-th found, once there are k.
    const auto tierSize = [&] {
      const std::size_t length = accepted[found[options_.k - 1]].hops();
      return static_cast<std::size_t>(
          std::count_if(found.begin(), found.end(), [&](std::size_t i) { return accepted[i].hops() == length; }));
    };
    while (true) {
      if (satisfiesVia(accepted.back())) found.push_back(accepted.size() - 1);
      const bool enough = found.size() >= options_.k;
      if (enough && !options_.rankByDate) break;
      if (enough && tierSize() >= std::max(options_.rankingLimit, std::size_t{1})) {
        result.datePartial = true;
        break;
      }
      if (accepted.size() >= options_.enumerationLimit) {
        result.truncated = true;
        result.datePartial = enough && options_.rankByDate;
        break;
      }
      const RawPath previous = accepted.back();
      for (std::size_t i = 0; i < previous.hops(); ++i) {
        const std::vector<EdgeId> root(previous.edges.begin(), previous.edges.begin() + static_cast<std::ptrdiff_t>(i));
        const std::span<const VertexId> rootVertices(previous.vertices.data(), i);
        auto spur = shortestPath(previous.vertices[i], rootVertices, nextEdges[root], options_.maxLength - i);
        if (!spur) continue;
        RawPath candidate;
        candidate.vertices.assign(rootVertices.begin(), rootVertices.end());
        candidate.edges = root;
        candidate.forward.assign(previous.forward.begin(), previous.forward.begin() + static_cast<std::ptrdiff_t>(i));
        candidate.vertices.insert(candidate.vertices.end(), spur->vertices.begin(), spur->vertices.end());
        candidate.edges.insert(candidate.edges.end(), spur->edges.begin(), spur->edges.end());
        candidate.forward.insert(candidate.forward.end(), spur->forward.begin(), spur->forward.end());
        candidates.insert(std::move(candidate));
      }
      if (candidates.empty()) break;
      // Yen's paths never get shorter: once the next is longer than the
      // k-th, every path of the k-th's length has been found.
      if (enough && candidates.begin()->hops() > accepted[found[options_.k - 1]].hops()) break;
      accept(*candidates.begin());
      candidates.erase(candidates.begin());
    }

    std::vector<Path> paths;
    for (const std::size_t i : found) paths.push_back(toPath(accepted[i]));
    std::vector<std::optional<DayRange>> dates;
    for (const auto& path : paths) dates.push_back(pathDates(path));
    std::vector<std::size_t> order(paths.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Stable: equally long paths of the same days keep Yen's order.
    if (options_.rankByDate) {
      std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        if (paths[x].hops.size() != paths[y].hops.size()) return paths[x].hops.size() < paths[y].hops.size();
        return compareDays(dates[x], dates[y]) < 0;
      });
    }
    result.rankedPaths = paths.size();
    for (std::size_t i = 0; i < order.size() && i < options_.k; ++i) result.paths.push_back(std::move(paths[order[i]]));
    return result;
  }

 private:
  // A path as vertex and edge indexes; forward[i] tells the direction of hop i.
  struct RawPath {
    std::vector<VertexId> vertices;
    std::vector<EdgeId> edges;
    std::vector<bool> forward;

    std::size_t hops() const { return edges.size(); }
  };

  // A vertex's hop distance to `to_` in the current search; kUnusable marks
  // a vertex the search must not enter.
  struct Mark {
    std::uint32_t epoch = 0;
    std::uint32_t distance = 0;
  };
  static constexpr std::uint32_t kUnusable = std::numeric_limits<std::uint32_t>::max();

  // The sort key of a hop (see Paths.h): predicates_ is sorted, so predicate
  // indexes compare like the local names.
  using HopKey = std::tuple<VertexId, std::uint32_t, bool, std::size_t>;
  HopKey hopKey(VertexId nextVertex, EdgeId edge, bool forward) const {
    const Edge& claim = index_.edges_[edge];
    return {nextVertex, claim.predicate, !forward, claim.statement};
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

  // Nodes of avoided classes are never passed through (the ends are exempt).
  bool passable(VertexId v) const { return !index_.avoidedClass_[v] || v == from_ || v == to_; }

  void startSearch() {
    if (++epoch_ == 0) {  // wrapped around: old marks could look current
      std::fill(marks_.begin(), marks_.end(), Mark{});
      epoch_ = 1;
    }
  }

  // The first path, in the order of Paths.h, from `source` to `to_` of at
  // most `maxHops` hops that avoids `blockedVertices`, `blockedEdges` and
  // the nodes of avoided classes. Breadth-first search from `to_`, level by
  // level, until it reaches `source`: by then every vertex closer to `to_`
  // than `source` has its exact distance, which is all the walk needs. Then
  // a greedy walk from `source` takes the smallest hop that gets closer.
  //
  // Yen's removed edges all continue one root, so they all leave `source`:
  // only hops into `source` (search) and out of it (walk) check them.
  std::optional<RawPath> shortestPath(VertexId source, std::span<const VertexId> blockedVertices,
                                      std::span<const EdgeId> blockedEdges, std::size_t maxHops) {
    const auto blocked = [&](EdgeId edge) {
      return std::find(blockedEdges.begin(), blockedEdges.end(), edge) != blockedEdges.end();
    };
    for (const EdgeId edge : blockedEdges) {
      PG_CHECK(index_.edges_[edge].subject == source || index_.edges_[edge].object == source,
               "a removed edge of Yen's algorithm leaves the spur node");
    }
    startSearch();
    for (const VertexId v : blockedVertices) marks_[v] = {epoch_, kUnusable};
    marks_[to_] = {epoch_, 0};
    queue_.assign(1, to_);
    bool reached = false;
    for (std::size_t head = 0; head < queue_.size() && !reached; ++head) {
      const VertexId current = queue_[head];
      const std::uint32_t distance = marks_[current].distance + 1;
      if (distance > maxHops) break;  // the queue holds no closer vertex
      for (const Adjacent& adjacent : index_.adjacency(current)) {
        Mark& mark = marks_[adjacent.vertex];
        if (mark.epoch == epoch_ || !passable(adjacent.vertex)) continue;
        if (adjacent.vertex == source) {
          if (blocked(adjacent.edge)) continue;
          mark = {epoch_, distance};
          reached = true;
          break;
        }
        mark = {epoch_, distance};
        queue_.push_back(adjacent.vertex);
      }
    }
    if (!reached) return std::nullopt;

    RawPath path;
    path.vertices.push_back(source);
    for (VertexId current = source; current != to_;) {
      const std::uint32_t closer = marks_[current].distance - 1;
      std::optional<HopKey> best;
      const Adjacent* bestHop = nullptr;
      for (const Adjacent& adjacent : index_.adjacency(current)) {
        const Mark& mark = marks_[adjacent.vertex];
        if (mark.epoch != epoch_ || mark.distance != closer) continue;
        if (current == source && blocked(adjacent.edge)) continue;
        const auto key = hopKey(adjacent.vertex, adjacent.edge, index_.edges_[adjacent.edge].subject == current);
        if (!best || key < *best) {
          best = key;
          bestHop = &adjacent;
        }
      }
      PG_CHECK(bestHop != nullptr, "breadth-first distances promised a next hop");
      path.forward.push_back(index_.edges_[bestHop->edge].subject == current);
      current = bestHop->vertex;
      path.vertices.push_back(current);
      path.edges.push_back(bestHop->edge);
    }
    return path;
  }

  bool vertexIs(VertexId v, const std::string& classIri) const {
    return index_.types_.isA(index_.typeIris_[index_.vertexType_[v]], classIri);
  }

  // False when some `via` term names a predicate no usable claim has and a
  // class no node has: then no path can satisfy it.
  bool viaSatisfiable() const {
    for (std::size_t t = 0; t < options_.via.size(); ++t) {
      const bool byEdge = std::binary_search(index_.predicates_.begin(), index_.predicates_.end(), options_.via[t]);
      const bool byNode = std::any_of(index_.typeIris_.begin(), index_.typeIris_.end(),
                                      [&](std::string_view type) { return index_.types_.isA(type, viaClassIris_[t]); });
      if (!byEdge && !byNode) return false;
    }
    return true;
  }

  bool satisfiesVia(const RawPath& path) const {
    for (std::size_t t = 0; t < options_.via.size(); ++t) {
      const bool byHop = std::any_of(path.edges.begin(), path.edges.end(), [&](EdgeId e) {
        return index_.predicates_[index_.edges_[e].predicate] == options_.via[t];
      });
      const bool byNode = std::any_of(path.vertices.begin(), path.vertices.end(),
                                      [&](VertexId v) { return vertexIs(v, viaClassIris_[t]); });
      if (!byHop && !byNode) return false;
    }
    return true;
  }

  Path toPath(const RawPath& raw) const {
    Path path;
    for (const VertexId v : raw.vertices) path.nodes.push_back(*index_.ids_[v]);
    for (std::size_t i = 0; i < raw.hops(); ++i) {
      const std::size_t statement = index_.edges_[raw.edges[i]].statement;
      path.hops.push_back({statement, raw.forward[i], *index_.ids_[raw.vertices[i]], *index_.ids_[raw.vertices[i + 1]],
                           index_.dates_.statementDate(index_.graph_->statements[statement])});
    }
    return path;
  }

  const PathIndex& index_;
  const VertexId from_;
  const VertexId to_;
  const PathOptions& options_;
  std::vector<std::string> viaClassIris_;  // parallel to options_.via
  std::vector<Mark> marks_;                // per vertex
  std::uint32_t epoch_ = 0;
  std::vector<VertexId> queue_;
};

std::optional<DayRange> pathDates(const Path& path) {
  std::optional<DayRange> span;
  for (const Hop& hop : path.hops) {
    if (hop.dates) widenSpan(span, *hop.dates);
  }
  return span;
}

PathResult findPaths(const PathIndex& index, const std::string& from, const std::string& to,
                     const PathOptions& options) {
  PG_CHECK(index.options() == indexOptions(options),
           "findPaths needs an index built with the query's avoid, after, before and includeDeprecated");
  const auto fromVertex = index.vertexOf(from);
  const auto toVertex = index.vertexOf(to);
  PG_CHECK(fromVertex && toVertex, "findPaths needs existing nodes (" + from + ", " + to + ")");
  if (*fromVertex == *toVertex) {
    PathResult empty;
    empty.paths.push_back({{from}, {}});
    return empty;
  }
  return PathIndex::Search(index, *fromVertex, *toVertex, options).run();
}

PathResult findPaths(const model::Graph& graph, const TypeHierarchy& types, const std::string& from,
                     const std::string& to, const PathOptions& options) {
  return findPaths(PathIndex(graph, types, indexOptions(options)), from, to, options);
}

}  // namespace pactgraph::analysis

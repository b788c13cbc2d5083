// How is X connected to Y? The k shortest simple paths between two nodes of
// the typed multigraph of all claims.
//
// Every claim (statement) whose object is a node is one edge between its
// subject and object — parallel edges with different predicates are normal —
// and paths may walk it in both directions; each hop records which. Claims of
// deprecated rank are left out unless `includeDeprecated`. Node attributes
// are not claims and make no edges.
//
// Paths are enumerated with Yen's algorithm (spur paths by breadth-first
// search from the target, path length in hops) in a total order: fewer hops
// first; among equally long paths, the one whose sequence of hops is smaller,
// a hop comparing by the id of the node it reaches (bytewise), then the
// predicate's local name, then forward before backward, then the statement's
// position in the input. On a simple graph this is (length, sequence of node
// ids).
//
// The paths returned are ranked by length, then by date (Chronology.h: the
// span of the days its dated hops held; a path without a dated hop after the
// dated ones), then in the enumeration order above. To rank the paths as
// long as the k-th by date, the enumeration goes on until it has every path
// of that length (at most `rankingLimit` of them), so the k paths returned
// are the first k of all simple paths sorted by (length, date, hop sequence).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

struct PathOptions {
  std::size_t k = 3;
  std::size_t maxLength = 6;  // hops
  // Predicate or class local names. Every `via` term must be met by some hop
  // (its predicate) or some node of the path (its class or a subclass).
  std::vector<std::string> via;
  // Hops with such a predicate, and intermediate nodes of such a class or
  // subclass, are never used.
  std::vector<std::string> avoid;
  // Time window, inclusive, as yyyy-mm-dd (empty: open). A claim is kept
  // when the days it held (ClaimDates::statementDate) meet the window;
  // undated claims are kept and their hops flagged.
  std::string after;
  std::string before;
  bool includeDeprecated = false;
  // Upper bound on the paths Yen's algorithm may enumerate while looking for
  // `k` paths that satisfy `via`; reaching it sets PathResult::truncated.
  std::size_t enumerationLimit = 10000;
  // Rank equally long paths by date (above). False: in the enumeration
  // order alone, as for claims that carry no dates (`path --endpoint`).
  bool rankByDate = true;
  // Upper bound on the paths as long as the k-th that are ranked by date;
  // reaching it sets PathResult::datePartial.
  std::size_t rankingLimit = 200;
};

struct Hop {
  std::size_t statement = 0;  // index into Graph::statements
  bool forward = true;        // walked from the claim's subject to its object
  std::string from;           // node ids
  std::string to;
  std::optional<DayRange> dates;  // when the claim held; nothing = undated
};

struct Path {
  std::vector<std::string> nodes;  // from, …, to (hops + 1 ids)
  std::vector<Hop> hops;
};

struct PathResult {
  std::vector<Path> paths;  // at most k, in the order above
  bool truncated = false;   // the enumeration limit stopped the search
  // The search stopped (at rankingLimit or enumerationLimit) before it had
  // every path as long as the k-th: the date order holds among the
  // `rankedPaths` paths of that length found, the first in hop order.
  bool datePartial = false;
  std::size_t rankedPaths = 0;  // paths compared by date (all lengths)
};

// The options of PathOptions that decide which claims are edges and which
// nodes may be passed through, with the same meaning there.
struct PathIndexOptions {
  std::vector<std::string> avoid;
  std::string after;
  std::string before;
  bool includeDeprecated = false;

  bool operator==(const PathIndexOptions&) const = default;
};

// The PathIndexOptions part of `options`.
PathIndexOptions indexOptions(const PathOptions& options);

// The claim multigraph above, built once to answer many path queries: the
// node ids sorted (vertex v is the v-th smallest id) and every usable claim
// as one edge, stored as a compressed adjacency (both directions of every
// claim). Building costs O((N + S) log N) for N nodes and S statements; the
// index takes O(N + S) memory.
//
// Lifetime: the index keeps pointers into `graph`, which must outlive it and
// stay unchanged while it exists; `types` is copied. Queries do not modify
// the index, so several threads may query one index at once.
class PathIndex {
 public:
  PathIndex(const model::Graph& graph, const TypeHierarchy& types, const PathIndexOptions& options);

  const PathIndexOptions& options() const { return options_; }
  std::size_t vertexCount() const { return ids_.size(); }
  std::size_t edgeCount() const { return edges_.size(); }

 private:
  using VertexId = std::uint32_t;
  using EdgeId = std::uint32_t;

  struct Edge {
    std::size_t statement = 0;  // index into Graph::statements
    VertexId subject = 0;
    VertexId object = 0;
    std::uint32_t predicate = 0;  // index into predicates_, so ordered like the local names
  };
  struct Adjacent {
    VertexId vertex = 0;  // the other end
    EdgeId edge = 0;
  };

  // One query's search state (Paths.cpp).
  class Search;
  friend PathResult findPaths(const PathIndex& index, const std::string& from, const std::string& to,
                              const PathOptions& options);

  std::optional<VertexId> vertexOf(const std::string& id) const;
  // The edges at `v` and their other ends, in statement order.
  std::span<const Adjacent> adjacency(VertexId v) const {
    return {adjacent_.data() + adjacencyOffsets_[v], adjacent_.data() + adjacencyOffsets_[v + 1]};
  }

  const model::Graph* graph_;
  TypeHierarchy types_;
  PathIndexOptions options_;
  ClaimDates dates_;
  std::vector<const std::string*> ids_;  // vertex → node id, sorted, unique
  // vertex → index into typeIris_ of the type of the first node with its id
  std::vector<std::uint32_t> vertexType_;
  std::vector<std::string_view> typeIris_;  // the distinct types of all nodes
  // vertex → some node with its id is of an `avoid` class or a subclass
  std::vector<bool> avoidedClass_;
  std::vector<std::string_view> predicates_;  // the distinct predicates of the edges, sorted
  std::vector<Edge> edges_;                   // in statement order
  // Compressed adjacency: the entries of vertex v are adjacent_[adjacencyOffsets_[v], adjacencyOffsets_[v + 1]).
  std::vector<std::size_t> adjacencyOffsets_;
  std::vector<Adjacent> adjacent_;
};

// The days a path's claims held: the span of its dated hops (an open end of
// any stays open); nothing when no hop is dated.
std::optional<DayRange> pathDates(const Path& path);

// `from` and `to` are node ids of the graph (contract: both exist). A path
// from a node to itself is the empty path (0 hops).
PathResult findPaths(const model::Graph& graph, const TypeHierarchy& types, const std::string& from,
                     const std::string& to, const PathOptions& options);

// The same on a prebuilt index, which must have been built with
// indexOptions(options) (contract). Each spur search of Yen's algorithm is a
// breadth-first search from `to` that stops as soon as it reaches the spur's
// first node and never goes deeper than the hops still allowed, so a query
// costs about k · maxLength searches of the neighbourhood of `to` within
// maxLength hops, plus O(N) once for its scratch space — never a pass over
// all claims. Ranking by date multiplies that by up to rankingLimit / k
// when many paths are as long as the k-th.
PathResult findPaths(const PathIndex& index, const std::string& from, const std::string& to,
                     const PathOptions& options);

}  // namespace pactgraph::analysis

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
// search with Boost.Graph, path length in hops) in a total order: fewer hops
// first; among equally long paths, the one whose sequence of hops is smaller,
// a hop comparing by the id of the node it reaches (bytewise), then the
// predicate's local name, then forward before backward, then the statement's
// position in the input. On a simple graph this is (length, sequence of node
// ids), so the first k paths are exactly the first k of all simple paths
// sorted that way.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
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
};

// `from` and `to` are node ids of the graph (contract: both exist). A path
// from a node to itself is the empty path (0 hops).
PathResult findPaths(const model::Graph& graph, const TypeHierarchy& types, const std::string& from,
                     const std::string& to, const PathOptions& options);

}  // namespace pactgraph::analysis

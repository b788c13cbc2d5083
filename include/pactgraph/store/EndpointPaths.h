// `pactgraph path FROM TO --endpoint URL --graph IRI`: the k shortest chains
// of claims between two nodes, answered from a store's graph and reported in
// the shape of the in-memory answer (analysis/PathReport.h), plus what only
// the store knows (node, statement and citation IRIs, every footnote a
// shared citation node stands for).
//
// The claims around FROM and TO are fetched (StorePaths.h), the paths are
// found in memory on them by analysis::findPaths (so the same claims give
// the same paths in the same order as `path` on files, with `--order hops`:
// the store's claims come without dates), then the labels and citations of
// what the paths pass are fetched.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "pactgraph/analysis/PathReport.h"
#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/StorePaths.h"

namespace pactgraph::store {

// Longest path a store is asked for: the claims fetched around FROM and TO
// grow with every hop.
inline constexpr std::size_t kMaxEndpointPathLength = 8;

struct EndpointPathQuery {
  std::string graph;  // named graph holding the data, pushed with provenance
  std::string base;   // node ids are the IRIs without it (<base><id>)
  std::string from;   // id, IRI or exact rdfs:label (resolveNode)
  std::string to;
  std::size_t k = 3;
  std::size_t maxLength = 6;  // at most kMaxEndpointPathLength
};

// `iri` without `base` when it starts with it (the node's id), else `iri`.
std::string nodeIdOf(const std::string& iri, const std::string& base);

// The paths of a report and the IRIs behind its ids.
struct ClaimPaths {
  analysis::PathReport report;
  std::map<std::string, std::string> iris;  // node id → IRI
  std::string base;                         // of the ids
};

// The k shortest paths from the node `from` to the node `to` (IRIs) over
// `claims`: nodes, hops and claims with ids, IRIs and predicates, without
// labels and citations (attachEvidence adds them).
ClaimPaths pathsInClaims(const ClaimNeighbourhood& claims, const std::string& from, const std::string& to,
                         const EndpointPathQuery& query);

// What the store says about the paths' nodes and claims: `labels` (node IRI
// → rdfs:label; a node without one shows its id) and `citations` (statement
// IRI → its citations, as fetchCitations returns them).
void attachEvidence(ClaimPaths& paths, const std::map<std::string, std::string>& labels,
                    const std::map<std::string, std::vector<StoreCitation>>& citations);

// The whole question put to `store` (see the top of this file). Throws
// StoreError (`not-found` when FROM or TO names no node, or several).
analysis::PathReport findPathsOnStore(GraphStore& store, const EndpointPathQuery& query);

}  // namespace pactgraph::store

// Sending only the change between two versions of a graph (`push --delta
// OLD`): SPARQL 1.1 Update requests made of `DELETE DATA` / `INSERT DATA`
// (interop/Diff.h writes them), checked against the triple counts both
// versions give each graph.
//
// Contract of a DeltaPlan: applied to graphs that hold exactly the old
// version, its requests leave them holding exactly the new one; every
// request is idempotent (DELETE DATA / INSERT DATA of ground triples: no
// blank nodes), so the order of the requests does not matter and a request
// sent twice changes nothing.
//
// pushDelta
//   1. counts every listed graph and refuses to change anything unless each
//      holds `before` triples (the store does not hold the old version: a
//      delta would leave it in a state no build describes);
//   2. sends the requests in order (each one is a transaction of its own in
//      the store: a failure part way leaves part of the change, and the
//      error says so);
//   3. makes the write durable exactly as a full push does (Push.h:
//      makeDurable, Virtuoso's checkpoint);
//   4. counts every listed graph again, after the checkpoint, and throws
//      `count-mismatch` naming each graph whose count differs from `after`.
// A count is not a proof of content; it catches a store that did not hold
// the old version (for a graph whose count happened to match) and an
// update the store dropped or applied in part.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/Push.h"

namespace pactgraph::store {

// The triple counts of one graph in the old and the new version.
struct GraphTransition {
  std::string graph;  // absolute IRI
  std::size_t before = 0;
  std::size_t after = 0;
};

struct DeltaPlan {
  // Complete SPARQL 1.1 Update requests, each at most about one chunk.
  std::vector<std::string> requests;
  // Every graph the requests touch (and any other to verify).
  std::vector<GraphTransition> graphs;
  std::size_t removedTriples = 0;  // for the report only
  std::size_t addedTriples = 0;
};

struct DeltaReport {
  std::size_t requests = 0;  // sent
  // Verified counts, one per planned graph: `after` is what the store holds.
  std::vector<GraphTransition> graphs;
  Durability durability = Durability::storeCommit;
  std::string durabilityNote;  // why a write is not durable
};

// Sends `plan` to the store's update endpoint and verifies it (see above).
// `checkpoint` false skips makeDurable (the report then says notDurable for
// Virtuoso). Throws StoreError: `count-mismatch` before anything was sent
// when the store does not hold the old version, or after the update when a
// graph's count is not the new version's; any request failure as it comes,
// with the number of requests already applied in the cause.
DeltaReport pushDelta(GraphStore& store, const DeltaPlan& plan, bool checkpoint, const ProgressSink& progress = {});

}  // namespace pactgraph::store

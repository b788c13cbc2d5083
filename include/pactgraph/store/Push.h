// Uploading a graph to a store so that it is either fully there and
// verified, or the store is left as it was.
//
// Replace (the default) never touches the target graph until the new one is
// complete: the N-Triples go in chunks into a fresh staging graph
// `<graph>-staging-<random>`, its triple count is checked against the
// number of distinct triples sent, and only then one SPARQL Update
// `MOVE <staging> TO <graph>` swaps it in; the target is counted again
// afterwards. Any failure before the swap drops the staging graph and
// leaves the target untouched.
//
// Append POSTs the chunks straight into the target (GSP merge). Merging is
// a set union, so with P triples before and N distinct triples sent, a
// complete load ends with A triples where max(P, N) <= A <= P + N: at least
// every triple that was there and every triple sent (A >= P + N only holds
// when the upload is new to the graph; re-appending the same data leaves
// A = P), and never more than both together. A count outside these bounds
// is a failed load. A failed append may leave the chunks sent before the
// failure in the graph (they are a subset of the data, so appending again
// completes it).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

enum class PushMode { replace, append };

struct PushOptions {
  PushMode mode = PushMode::replace;
  std::size_t chunkBytes = 4 * 1024 * 1024;  // upper bound per request body
  // Suffix of the staging graph's IRI; a random one when empty.
  std::string stagingSuffix;
};

struct PushReport {
  std::size_t triples = 0;   // distinct triples sent
  std::size_t chunks = 0;    // requests the data took
  std::size_t previous = 0;  // triples in the graph before
  std::size_t stored = 0;    // triples in the graph after (verified)
  std::string stagingGraph;  // replace only
};

// Called with a short line about each step ("chunk 2/5 (3.9 MiB)").
using ProgressSink = std::function<void(const std::string&)>;

// Loads canonical N-Triples `ntriples` into `graph` (an absolute IRI).
// Throws StoreError (`count-mismatch` when the verification fails).
PushReport pushGraph(GraphStore& store, const std::string& graph, std::string_view ntriples, const PushOptions& options,
                     const ProgressSink& progress = {});

}  // namespace pactgraph::store

#pragma once

#include <cstddef>
#include <string>

#include "../Options.h"
#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/Push.h"

namespace pactgraph::cli {

// `push DATA --delta OLD`: what the push sends and how.
struct DeltaPushRequest {
  InputOptions input;  // DATA, the new version
  std::string old;     // OLD: data, a build directory or an RDF file of the version the store holds
  std::string base;    // both versions are built (data) under it
  std::string graph;   // the store's graph, absolute IRI
  bool factsOnly = false;
  std::size_t chunkBytes = 4 * 1024 * 1024;  // largest update request
  bool checkpoint = true;
};

// Builds both versions as a push would send them (every graph of the
// dataset merged into `graph`, or its facts graph alone), diffs them
// (interop/Diff.h), sends only the change as SPARQL 1.1 Update and verifies
// the graph's count against the new version's (store/DeltaPush.h); records
// the push like a full one and prints what it did. Returns the exit code:
// 3 with one `error[store.<kind>]` line for a store failure or a count that
// differs. Invalid data throws as loadValidated does.
int runDeltaPush(const DeltaPushRequest& request, store::GraphStore& graphStore);

// Prints on stdout the line that says how far a push's write is durable:
// "verified: the graph holds COUNTS, checkpointed: …", or "stored, NOT
// durable: …" (`counts` names the triples, e.g. "12 triples (before: 3)").
void printVerified(store::Durability durability, const std::string& counts);

}  // namespace pactgraph::cli

// Uploading a graph to a store so that it is either fully there, verified
// and durable, or the store is left as it was (and anything left behind is
// named).
//
// The data is an N-Triples file read in chunks: memory stays constant
// whatever the graph's size.
//
// Replace (the default) never touches the target graph until the new one is
// complete: the N-Triples go into a fresh staging graph
// `<graph>-staging-<16 hex digits>` (in chunks over the Graph Store
// Protocol, or for Virtuoso through its bulk loader), its triple count is
// checked against the number of distinct triples sent, and only then one
// SPARQL Update `MOVE <staging> TO <graph>` swaps it in (for Virtuoso, a
// MOVE too large for one transaction is redone row by row: see
// PushReport::swapRowByRow). Any failure before the swap drops the staging graph; when even that fails (the store
// died), the error names the staging graph left behind. After a successful replace, staging graphs of the same target
// left by earlier failed pushes are removed.
//
// Durability: a 2xx and a correct count do not prove that a store keeps
// the data across a restart. Virtuoso writes committed changes into its
// database file only at a checkpoint and otherwise relies on replaying its
// transaction log, which users have seen undo a verified replace; so after
// the write pactgraph runs `checkpoint` (SQL through SPARQL, `bif:exec`)
// and counts again. Other stores commit each request themselves; whether
// that reaches the disk depends on how they were started (an in-memory
// Fuseki or Oxigraph keeps nothing), which pactgraph cannot check: the
// report says so.
//
// Append POSTs the chunks straight into the target (GSP merge). Merging is
// a set union, so with P triples before and N distinct triples sent, a
// complete load ends with A triples where max(P, N) <= A <= P + N. A count
// outside these bounds is a failed load. A failed append may leave the
// chunks sent before the failure in the graph (they are a subset of the
// data, so appending again completes it).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

enum class PushMode { replace, append };

// What made the write last.
enum class Durability {
  checkpointed,  // Virtuoso: a checkpoint after the write succeeded
  storeCommit,   // the store commits each request; pactgraph cannot force or check more
  notDurable,    // a checkpoint was needed but skipped or refused (see PushReport::durabilityNote)
};

// "checkpointed", "store-commit" or "not-durable" (as PushHistory records it).
std::string_view durabilityName(Durability durability);

// Loading through Virtuoso's bulk loader (`ld_dir` + `rdf_loader_run`)
// instead of the Graph Store Protocol: the file is copied into a directory
// the server reads (listed in its virtuoso.ini `DirsAllowed`).
struct BulkLoad {
  std::filesystem::path directory;  // as pactgraph sees it; empty: no bulk loading
  std::string serverDirectory;      // as the server sees it; empty: the same path
  std::size_t minTriples = 100000;  // smaller graphs still go over the GSP
};

struct PushOptions {
  PushMode mode = PushMode::replace;
  std::size_t chunkBytes = 4 * 1024 * 1024;  // upper bound per request body
  // Suffix of the staging graph's IRI; a random one when empty.
  std::string stagingSuffix;
  // Make the write durable where the store needs to be told (Virtuoso's
  // checkpoint). When false, the report says the write is not durable.
  bool checkpoint = true;
  BulkLoad bulk;
};

struct PushReport {
  std::size_t triples = 0;   // distinct triples sent
  std::size_t chunks = 0;    // requests the data took (0 for a bulk load)
  std::size_t previous = 0;  // triples in the graph before
  std::size_t stored = 0;    // triples in the graph after (verified)
  bool bulkLoaded = false;   // through Virtuoso's bulk loader
  // The swap was too large for one Virtuoso transaction (SR325) and was
  // done row by row: not atomic, but logged and checkpointed.
  bool swapRowByRow = false;
  // The target was emptied (Virtuoso's swap, or an empty upload).
  bool targetEmptied = false;
  std::string stagingGraph;  // replace only
  // Staging graphs of earlier failed pushes to the same graph, removed.
  std::vector<std::pair<std::string, std::size_t>> removedLeftovers;
  Durability durability = Durability::storeCommit;
  std::string durabilityNote;  // why a write is not durable
};

// Called with a short line about each step ("chunk 2/5 (3.9 MiB)").
using ProgressSink = std::function<void(const std::string&)>;

// Loads the N-Triples file `ntriples` into `graph` (an absolute IRI).
// Memory: one chunk, whatever the file's size (see the count in Push.cpp).
// Throws StoreError (`count-mismatch` when the verification fails; with
// `leftover()` set when a staging graph may remain in the store) or
// util::IoError when the file cannot be read.
PushReport pushGraph(GraphStore& store, const std::string& graph, const std::filesystem::path& ntriples,
                     const PushOptions& options, const ProgressSink& progress = {});

// Staging graphs: `<graph>-staging-` followed by 16 lowercase hex digits.
std::string stagingPrefix(const std::string& graph);
bool isStagingGraphOf(std::string_view candidate, const std::string& graph);

// The staging graphs of `graph` in the store, with their triple counts.
std::vector<std::pair<std::string, std::size_t>> findStagingGraphs(GraphStore& store, const std::string& graph);

// Drops the staging graphs of `graph` (all but `keep`) and returns those
// dropped. Throws StoreError when a drop fails.
std::vector<std::pair<std::string, std::size_t>> removeStagingGraphs(GraphStore& store, const std::string& graph,
                                                                     const std::string& keep = {});

// Makes every committed write of the store durable where the store needs
// it (Virtuoso: `checkpoint`). Returns what was achieved and, for
// notDurable, why, never throwing for a refused checkpoint.
std::pair<Durability, std::string> makeDurable(GraphStore& store);

// What ends every write of a push: makeDurable when `checkpoint`, otherwise
// what skipping it means (notDurable with a note for Virtuoso, storeCommit
// for the others).
std::pair<Durability, std::string> finishWrite(GraphStore& store, bool checkpoint);

}  // namespace pactgraph::store

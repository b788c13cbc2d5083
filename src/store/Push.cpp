#include "pactgraph/store/Push.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <system_error>
#include <tuple>

#include "pactgraph/store/NTriples.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

namespace {

constexpr std::size_t kSuffixDigits = 16;

std::string randomSuffix() {
  std::random_device device;
  const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  char text[kSuffixDigits + 1];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

std::string mebibytes(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

std::string triplesText(std::size_t n) { return util::countOf(n, "triple", "triples"); }

// Sends the file in chunks: the first one with PUT when `putFirst`.
std::size_t uploadChunks(GraphStore& store, const std::string& graph, const std::filesystem::path& file,
                         std::size_t chunkBytes, std::size_t totalBytes, bool putFirst, const ProgressSink& progress) {
  ChunkReader reader(file, chunkBytes);
  std::string chunk;
  std::size_t sent = 0;
  std::size_t count = 0;
  const std::size_t expected = totalBytes == 0 ? 0 : (totalBytes + chunkBytes - 1) / chunkBytes;
  while (reader.next(chunk)) {
    ++count;
    sent += chunk.size();
    if (progress) {
      progress("chunk " + std::to_string(count) + "/~" + std::to_string(std::max(expected, count)) + " (" +
               mebibytes(chunk.size()) + ", " + mebibytes(sent) + " of " + mebibytes(totalBytes) + ")");
    }
    if (count == 1 && putFirst) {
      store.putGraph(graph, chunk);
    } else {
      store.postGraph(graph, chunk);
    }
  }
  return count;
}

// The directory as Virtuoso's SQL sees it, without a trailing '/'.
std::string serverDirectoryOf(const BulkLoad& bulk) {
  std::string directory = bulk.serverDirectory.empty() ? bulk.directory.string() : bulk.serverDirectory;
  while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
  return directory;
}

// Loads `file` into `graph` with Virtuoso's bulk loader: copies it into the
// shared directory, registers it (`ld_dir`), runs `rdf_loader_run`, and
// always removes the copy and its `load_list` row again.
void bulkLoad(GraphStore& store, const std::string& graph, const std::filesystem::path& file, const BulkLoad& bulk,
              const std::string& suffix, const ProgressSink& progress) {
  const std::string name = "pactgraph-" + suffix + ".nt";
  const std::filesystem::path copy = bulk.directory / name;
  std::error_code error;
  std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing, error);
  if (error) throw util::IoError(copy.string() + ": " + error.message());
  std::filesystem::permissions(copy, std::filesystem::perms::others_read | std::filesystem::perms::group_read,
                               std::filesystem::perm_options::add, error);
  const std::string directory = serverDirectoryOf(bulk);
  const auto cleanup = [&] {
    std::filesystem::remove(copy, error);
    try {
      store.virtuosoSql("DELETE FROM DB.DBA.load_list WHERE ll_file = " + sqlString(directory + "/" + name));
    } catch (const StoreError&) {
      // A stale row only records a finished load; it does not block later ones.
    }
  };
  try {
    if (progress) progress("bulk loader: ld_dir(" + directory + ", " + name + ") and rdf_loader_run()");
    store.virtuosoSql("DB.DBA.ld_dir(" + sqlString(directory) + ", " + sqlString(name) + ", " + sqlString(graph) + ")");
    store.virtuosoSql("DB.DBA.rdf_loader_run()");
  } catch (...) {
    cleanup();
    throw;
  }
  cleanup();
}

// Sends `request`; for Virtuoso, one refused as too large for one
// transaction (SR325: its log would exceed TransactionAfterImageLimit; the
// refused request changed nothing) is sent again with row-by-row
// autocommit, which is still logged. Only for requests whose row-by-row
// form is known to be right: DROP, and MOVE onto an empty graph.
void updateInPieces(GraphStore& store, const std::string& request, PushReport& report, const ProgressSink& progress) {
  try {
    store.update(request);
  } catch (const StoreError& error) {
    if (store.endpoints().dialect != Dialect::virtuoso || error.cause().find("SR325") == std::string::npos) throw;
    if (progress) progress("too large for one Virtuoso transaction (SR325): row by row");
    report.swapRowByRow = true;
    store.update("DEFINE sql:log-enable 3 " + request);
  }
}

// Sends `request` until `done()` says it took effect: a store may give up
// on a long request (Virtuoso SR171, its MaxQueryExecutionTime) after or
// before committing it, so the counts decide whether to send it again.
void updateUntil(GraphStore& store, const std::string& request, PushReport& report, const ProgressSink& progress,
                 const std::function<bool()>& done) {
  for (int attempt = 1;; ++attempt) {
    try {
      updateInPieces(store, request, report, progress);
      return;
    } catch (const StoreError& error) {
      if (!isTransientStoreMessage(error.cause()) || attempt >= 3) throw;
      if (done()) return;
      if (progress) progress("the store gave up on the request (" + error.cause().substr(0, 60) + "…); again");
    }
  }
}

// Replaces `graph` by the staging graph.
//
// Virtuoso: first `DROP SILENT GRAPH <graph>`, then, as a separate
// request, `MOVE <staging> TO <graph>` onto the now empty graph. A MOVE onto
// a graph that holds triples is what undid verified pushes: Virtuoso
// 7.2.5.1 applies it correctly, but replaying its transaction log after a
// crash or a stop without checkpoint loses the quads of the target that
// the source also holds (in tests/e2e/test_store.py's reproduction, down to
// the rdf:type triples alone). A DROP and a MOVE onto an empty graph replay
// correctly. The price: between the two requests readers see the graph
// empty. Should the MOVE then fail, the data is complete in the staging
// graph, which is therefore kept and named (see pushGraph).
//
// Other stores: one `MOVE`, atomic.
void swapIn(GraphStore& store, const std::string& graph, PushReport& report, const ProgressSink& progress) {
  const std::string target = sparqlIri(graph);
  const bool virtuoso = store.endpoints().dialect == Dialect::virtuoso;
  if (report.triples == 0 || virtuoso) {
    updateUntil(store, "DROP SILENT GRAPH " + target, report, progress, [&] { return store.countTriples(graph) == 0; });
    report.targetEmptied = true;
  }
  if (report.triples == 0) return;
  updateUntil(store, "MOVE " + sparqlIri(report.stagingGraph) + " TO " + target, report, progress, [&] {
    const std::size_t staged = store.countTriples(report.stagingGraph);
    const std::size_t moved = store.countTriples(graph);
    if (staged == 0 && moved == report.triples) return true;
    if (staged != report.triples) {
      throw StoreError(ErrorKind::server, redactUrl(store.endpoints().update),
                       "the swap stopped half way: <" + graph + "> holds " + triplesText(moved) + " of " +
                           std::to_string(report.triples) + "; push again");
    }
    return false;
  });
}

}  // namespace

std::string_view durabilityName(Durability durability) {
  switch (durability) {
    case Durability::checkpointed:
      return "checkpointed";
    case Durability::storeCommit:
      return "store-commit";
    case Durability::notDurable:
      return "not-durable";
  }
  return "";
}

std::string stagingPrefix(const std::string& graph) { return graph + "-staging-"; }

bool isStagingGraphOf(std::string_view candidate, const std::string& graph) {
  const std::string prefix = stagingPrefix(graph);
  if (!candidate.starts_with(prefix) || candidate.size() != prefix.size() + kSuffixDigits) return false;
  const std::string_view suffix = candidate.substr(prefix.size());
  return suffix.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::vector<std::pair<std::string, std::size_t>> findStagingGraphs(GraphStore& store, const std::string& graph) {
  auto graphs = store.graphsStartingWith(stagingPrefix(graph));
  std::erase_if(graphs, [&](const auto& entry) { return !isStagingGraphOf(entry.first, graph); });
  return graphs;
}

std::vector<std::pair<std::string, std::size_t>> removeStagingGraphs(GraphStore& store, const std::string& graph,
                                                                     const std::string& keep) {
  auto graphs = findStagingGraphs(store, graph);
  std::erase_if(graphs, [&](const auto& entry) { return entry.first == keep; });
  for (const auto& [staging, triples] : graphs) store.update("DROP SILENT GRAPH " + sparqlIri(staging));
  return graphs;
}

std::pair<Durability, std::string> makeDurable(GraphStore& store) {
  if (store.endpoints().dialect != Dialect::virtuoso) return {Durability::storeCommit, {}};
  try {
    store.virtuosoSql("checkpoint");
    return {Durability::checkpointed, {}};
  } catch (const StoreError& error) {
    return {Durability::notDurable, "the store refused `checkpoint` (" + error.cause() +
                                        "); run `checkpoint;` in isql as dba before the store is restarted"};
  }
}

std::pair<Durability, std::string> finishWrite(GraphStore& store, bool checkpoint) {
  if (checkpoint) return makeDurable(store);
  if (store.endpoints().dialect != Dialect::virtuoso) return {Durability::storeCommit, {}};
  return {Durability::notDurable, "no checkpoint was asked for (--no-checkpoint); a restart may undo the write"};
}

PushReport pushGraph(GraphStore& store, const std::string& graph, const std::filesystem::path& ntriples,
                     const PushOptions& options, const ProgressSink& progress) {
  PushReport report;
  const NTriplesScan scan = scanNTriples(ntriples);
  // The number of triple lines, in constant memory. It is the number of
  // distinct triples when no line repeats (as in pactgraph's own output,
  // and certainly when the lines ascend strictly); only when the store's
  // count disagrees are the distinct lines counted, which needs one hash
  // per line.
  report.triples = scan.triples;
  bool exact = scan.strictlyAscending;
  const auto recountExactly = [&] {
    if (exact) return false;
    report.triples = countDistinctTriplesInFile(ntriples);
    exact = true;
    return true;
  };
  report.previous = store.countTriples(graph);
  const std::string queryEndpoint = redactUrl(store.endpoints().query);
  const auto finish = [&] {
    std::tie(report.durability, report.durabilityNote) = finishWrite(store, options.checkpoint);
  };

  if (options.mode == PushMode::append) {
    report.chunks = uploadChunks(store, graph, ntriples, options.chunkBytes, scan.bytes, false, progress);
    finish();
    report.stored = store.countTriples(graph);
    const auto outOfBounds = [&] {
      return report.stored < std::max(report.previous, report.triples) ||
             report.stored > report.previous + report.triples;
    };
    if (outOfBounds()) recountExactly();
    const std::size_t low = std::max(report.previous, report.triples);
    const std::size_t high = report.previous + report.triples;
    if (outOfBounds()) {
      throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                       "<" + graph + "> holds " + triplesText(report.stored) + " after appending " +
                           triplesText(report.triples) + " to " + std::to_string(report.previous) +
                           "; a complete load gives between " + std::to_string(low) + " and " + std::to_string(high));
    }
    return report;
  }

  const std::string suffix = options.stagingSuffix.empty() ? randomSuffix() : options.stagingSuffix;
  report.stagingGraph = stagingPrefix(graph) + suffix;
  report.bulkLoaded = !options.bulk.directory.empty() && store.endpoints().dialect == Dialect::virtuoso &&
                      report.triples >= options.bulk.minTriples;
  try {
    if (report.triples > 0) {
      if (report.bulkLoaded) {
        bulkLoad(store, report.stagingGraph, ntriples, options.bulk, suffix, progress);
      } else {
        report.chunks =
            uploadChunks(store, report.stagingGraph, ntriples, options.chunkBytes, scan.bytes, true, progress);
      }
    }
    const std::size_t staged = report.triples == 0 ? 0 : store.countTriples(report.stagingGraph);
    if (staged != report.triples) recountExactly();
    if (staged != report.triples) {
      std::string cause = "the staging graph holds " + triplesText(staged) + ", " + triplesText(report.triples) +
                          " were sent; <" + graph + "> was left unchanged";
      if (report.bulkLoaded) cause += " (the bulk loader's errors are in DB.DBA.load_list, column ll_error)";
      throw StoreError(ErrorKind::countMismatch, queryEndpoint, cause);
    }
    if (progress) progress("verified " + triplesText(staged) + " in the staging graph; swapping it in");
    swapIn(store, graph, report, progress);
  } catch (StoreError& error) {
    if (report.targetEmptied && report.triples > 0) {
      // The target is gone and the data is complete in the staging graph:
      // keep it, so that nothing is lost.
      error.setLeftover(report.stagingGraph,
                        "<" + graph + "> was emptied and the new data is complete in it; push again");
    } else if (!store.dropGraphQuietly(report.stagingGraph)) {
      error.setLeftover(report.stagingGraph, "<" + graph + "> itself was not changed");
    }
    throw;
  } catch (...) {
    if (!report.targetEmptied) store.dropGraphQuietly(report.stagingGraph);
    throw;
  }
  // Leftovers of earlier failed pushes go now, before the checkpoint; a
  // failure here does not undo the push (`store status` still lists them).
  try {
    report.removedLeftovers = removeStagingGraphs(store, graph, report.stagingGraph);
  } catch (const StoreError&) {
  }
  finish();
  // Counted after the checkpoint: what a restart would find.
  report.stored = store.countTriples(graph);
  if (report.stored != report.triples) {
    throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                     "<" + graph + "> holds " + triplesText(report.stored) + " after the swap, " +
                         triplesText(report.triples) + " were sent");
  }
  return report;
}

}  // namespace pactgraph::store

#include "pactgraph/store/Push.h"

#include <cstdint>
#include <cstdio>
#include <random>

#include "pactgraph/store/NTriples.h"
#include "pactgraph/store/StoreError.h"

namespace pactgraph::store {

namespace {

std::string randomSuffix() {
  std::random_device device;
  const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device();
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

std::string mebibytes(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

void uploadChunks(GraphStore& store, const std::string& graph, const std::vector<std::string_view>& chunks,
                  bool putFirst, const ProgressSink& progress) {
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    if (progress) {
      progress("chunk " + std::to_string(i + 1) + "/" + std::to_string(chunks.size()) + " (" +
               mebibytes(chunks[i].size()) + ")");
    }
    if (i == 0 && putFirst) {
      store.putGraph(graph, chunks[i]);
    } else {
      store.postGraph(graph, chunks[i]);
    }
  }
}

std::string triplesText(std::size_t n) { return std::to_string(n) + (n == 1 ? " triple" : " triples"); }

}  // namespace

PushReport pushGraph(GraphStore& store, const std::string& graph, std::string_view ntriples, const PushOptions& options,
                     const ProgressSink& progress) {
  PushReport report;
  report.triples = countDistinctTriples(ntriples);
  const auto chunks = splitLines(ntriples, options.chunkBytes);
  report.chunks = chunks.size();
  report.previous = store.countTriples(graph);
  const std::string queryEndpoint = redactUrl(store.endpoints().query);

  if (options.mode == PushMode::append) {
    uploadChunks(store, graph, chunks, false, progress);
    report.stored = store.countTriples(graph);
    const std::size_t low = std::max(report.previous, report.triples);
    const std::size_t high = report.previous + report.triples;
    if (report.stored < low || report.stored > high) {
      throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                       "<" + graph + "> holds " + triplesText(report.stored) + " after appending " +
                           triplesText(report.triples) + " to " + std::to_string(report.previous) +
                           "; a complete load gives between " + std::to_string(low) + " and " + std::to_string(high));
    }
    return report;
  }

  report.stagingGraph = graph + "-staging-" + (options.stagingSuffix.empty() ? randomSuffix() : options.stagingSuffix);
  try {
    uploadChunks(store, report.stagingGraph, chunks, true, progress);
    const std::size_t staged = chunks.empty() ? 0 : store.countTriples(report.stagingGraph);
    if (staged != report.triples) {
      throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                       "the staging graph holds " + triplesText(staged) + ", " + triplesText(report.triples) +
                           " were sent; <" + graph + "> was left unchanged");
    }
    if (progress) progress("verified " + triplesText(staged) + " in the staging graph; swapping it in");
    // MOVE replaces the target by the source, then drops the source. From an
    // empty (nonexistent) source it would empty the target, which is what
    // replacing by an empty upload means.
    store.update(chunks.empty() ? "DROP SILENT GRAPH " + sparqlIri(graph)
                                : "MOVE " + sparqlIri(report.stagingGraph) + " TO " + sparqlIri(graph));
  } catch (...) {
    store.dropGraphQuietly(report.stagingGraph);
    throw;
  }
  report.stored = store.countTriples(graph);
  if (report.stored != report.triples) {
    store.dropGraphQuietly(report.stagingGraph);
    throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                     "<" + graph + "> holds " + triplesText(report.stored) + " after the swap, " +
                         triplesText(report.triples) + " were sent");
  }
  return report;
}

}  // namespace pactgraph::store

#include "pactgraph/store/DeltaPush.h"

#include <tuple>

#include "pactgraph/store/StoreError.h"

namespace pactgraph::store {

namespace {

std::string triplesText(std::size_t n) { return std::to_string(n) + (n == 1 ? " triple" : " triples"); }

// "<g> holds 12 triples, expected 10; <h> holds …": one clause per graph
// whose count is not `expected(transition)`. Empty when all match.
template <typename Expected>
std::string countDifferences(GraphStore& store, const std::vector<GraphTransition>& graphs,
                             std::vector<GraphTransition>* counted, Expected expected, const char* expectedName) {
  std::string differences;
  for (const GraphTransition& transition : graphs) {
    const std::size_t held = store.countTriples(transition.graph);
    if (counted != nullptr) counted->push_back({transition.graph, transition.before, held});
    if (held == expected(transition)) continue;
    if (!differences.empty()) differences += "; ";
    differences += "<" + transition.graph + "> holds " + triplesText(held) + ", " + expectedName + " has " +
                   std::to_string(expected(transition));
  }
  return differences;
}

}  // namespace

DeltaReport pushDelta(GraphStore& store, const DeltaPlan& plan, bool checkpoint, const ProgressSink& progress) {
  const std::string queryEndpoint = redactUrl(store.endpoints().query);
  const std::string before = countDifferences(
      store, plan.graphs, nullptr, [](const GraphTransition& t) { return t.before; }, "the old version");
  if (!before.empty()) {
    throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                     before +
                         ": the store does not hold the old version, nothing was sent; push without --delta "
                         "(a full replace) instead");
  }
  DeltaReport report;
  for (const std::string& request : plan.requests) {
    if (progress) {
      progress("update " + std::to_string(report.requests + 1) + "/" + std::to_string(plan.requests.size()) + " (" +
               std::to_string(request.size()) + " bytes)");
    }
    try {
      store.update(request);
    } catch (const StoreError& error) {
      if (report.requests == 0) throw;
      throw StoreError(error.kind(), error.endpoint(),
                       error.cause() + " (after " + std::to_string(report.requests) + " of " +
                           std::to_string(plan.requests.size()) +
                           " update requests: the store holds part of the change; push without --delta to "
                           "replace the graph)");
    }
    ++report.requests;
  }
  std::tie(report.durability, report.durabilityNote) = finishWrite(store, checkpoint);
  // Counted after the checkpoint: what a restart would find.
  const std::string after = countDifferences(
      store, plan.graphs, &report.graphs, [](const GraphTransition& t) { return t.after; }, "the new version");
  if (!after.empty()) {
    throw StoreError(ErrorKind::countMismatch, queryEndpoint,
                     after + " after the delta (" + triplesText(plan.removedTriples) + " removed, " +
                         triplesText(plan.addedTriples) + " added); push without --delta to replace the graph");
  }
  return report;
}

}  // namespace pactgraph::store

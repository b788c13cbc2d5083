#include "PushDelta.h"

#include <iostream>

#include "../Errors.h"
#include "DiffCommand.h"
#include "pactgraph/interop/Diff.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/store/DeltaPush.h"
#include "pactgraph/store/PushHistory.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/store/StoreStatus.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

// The quads of a version as `push` writes them into `graph`: the union of
// the dataset's graphs, or only `factsGraph` when it is not empty.
std::vector<model::Quad> asPushed(std::vector<model::Quad> quads, const std::string& graph,
                                  const std::string& factsGraph) {
  if (!factsGraph.empty()) {
    std::erase_if(quads, [&](const model::Quad& quad) { return quad.graph.value != factsGraph; });
  }
  for (model::Quad& quad : quads) quad.graph = model::Term::iri(graph);
  return quads;
}

// The claims that changed; with --facts-only there are no statement nodes
// to tell them by.
std::string claimSummary(const interop::DatasetDiff& diff, bool factsOnly) {
  if (factsOnly) return "direct triples only (--facts-only)";
  using Kind = interop::ClaimChange::Kind;
  std::string out;
  for (const auto& [kind, name] :
       {std::pair{Kind::added, "added"}, std::pair{Kind::removed, "removed"}, std::pair{Kind::reranked, "re-ranked"},
        std::pair{Kind::recited, "re-cited"}, std::pair{Kind::renoted, "re-noted"}}) {
    if (const std::size_t n = diff.count(kind)) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + name;
  }
  return out.empty() ? "no claim changed" : "claims " + out;
}

}  // namespace

int runDeltaPush(const DeltaPushRequest& request, store::GraphStore& graphStore) {
  const std::string factsGraph = request.factsOnly ? rdf::factsGraphIri(request.base) : std::string();
  InputOptions oldInput = request.input;
  oldInput.data = {request.old};
  oldInput.quiet = true;  // the old version's warnings were seen when it was pushed
  auto after = asPushed(readDatasetVersion(request.input, request.base), request.graph, factsGraph);
  auto before = asPushed(readDatasetVersion(oldInput, request.base), request.graph, factsGraph);
  const interop::DatasetDiff diff = interop::diffDatasets(std::move(before), std::move(after), request.base);

  store::DeltaPlan plan;
  plan.requests = interop::sparqlUpdateRequests(diff, request.chunkBytes);
  for (const interop::GraphCount& graph : diff.graphs) plan.graphs.push_back({graph.graph, graph.before, graph.after});
  if (plan.graphs.empty()) plan.graphs.push_back({request.graph, 0, 0});  // both versions empty
  plan.removedTriples = diff.removed.size();
  plan.addedTriples = diff.added.size();

  store::ProgressSink progress;
  if (!request.input.quiet) {
    progress = [](const std::string& step) { std::cerr << "push: " << step << "\n"; };
    progress("delta from " + request.old + ": " + claimSummary(diff, request.factsOnly) + "; " +
             util::countOf(plan.removedTriples, "triple", "triples") + " to remove, " +
             std::to_string(plan.addedTriples) + " to add");
  }
  store::DeltaReport report;
  try {
    report = store::pushDelta(graphStore, plan, request.checkpoint, progress);
  } catch (const store::StoreError& error) {
    std::cerr << error.line() << "\n";
    return ExitCode::kIoFailure;
  }
  std::size_t stored = 0;
  std::size_t previous = 0;
  for (const auto& graph : report.graphs) {
    stored += graph.after;
    previous += graph.before;
  }
  store::PushHistory history;
  if (const auto problem = store::recordPush(history, graphStore, request.graph, stored, report.durability)) {
    std::cerr << "warning[store.history]: the push was not recorded (" << *problem << ")\n";
  }
  if (report.durability == store::Durability::notDurable) {
    std::cerr << "warning[store.not-durable]: " << report.durabilityNote << "\n";
  }
  if (request.input.quiet) return ExitCode::kOk;
  std::cout << "updated <" << request.graph << "> at " << store::redactUrl(graphStore.endpoints().update) << ": "
            << util::countOf(plan.removedTriples, "triple", "triples") << " removed, " << plan.addedTriples
            << " added in " << util::countOf(report.requests, "request", "requests") << " ("
            << claimSummary(diff, request.factsOnly) << ")\n";
  const std::string counts = util::countOf(stored, "triple", "triples") + " (before: " + std::to_string(previous) +
                             "), as the full build of the new version";
  printVerified(report.durability, counts);
  return ExitCode::kOk;
}

void printVerified(store::Durability durability, const std::string& counts) {
  switch (durability) {
    case store::Durability::checkpointed:
      std::cout << "verified: the graph holds " << counts << ", checkpointed: a restart keeps them\n";
      break;
    case store::Durability::storeCommit:
      std::cout << "verified: the graph holds " << counts
                << "; durability is the store's own (committed requests; an in-memory store keeps nothing)\n";
      break;
    case store::Durability::notDurable:
      std::cout << "stored, NOT durable: the graph holds " << counts
                << ", but a restart of the store may undo the write\n";
      break;
  }
}

}  // namespace pactgraph::cli

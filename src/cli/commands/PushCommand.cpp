// `pactgraph push DATA --graph IRI --endpoint URL`: upload the graph to a
// triple store (SPARQL 1.1 Graph Store Protocol, or Virtuoso's bulk loader),
// verify its triple count and make it durable (pactgraph/store/Push.h);
// `push --cleanup` removes what failed pushes left.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "../StoreOptions.h"
#include "Commands.h"
#include "PushDelta.h"
#include "pactgraph/store/Push.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/store/StoreStatus.h"
#include "pactgraph/util/TemporaryDirectory.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

struct PushState {
  StoreConnectionOptions connection;
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  std::string graph;
  bool replace = false;
  bool append = false;
  bool factsOnly = false;
  bool cleanup = false;  // --cleanup: remove staging leftovers (DATA optional)
  bool noCheckpoint = false;
  std::size_t chunkBytes = 4 * 1024 * 1024;
  std::string bulkDirectory;
  std::string bulkServerDirectory;
  std::size_t bulkMinTriples = 100000;
  std::string delta;  // --delta OLD: send only the change from OLD
};

void printLeftovers(const std::vector<std::pair<std::string, std::size_t>>& graphs) {
  for (const auto& [graph, triples] : graphs) {
    std::cout << "removed staging graph <" << graph << "> (" << util::countOf(triples, "triple", "triples")
              << ", left by a failed push)\n";
  }
}

void checkOptions(const PushState& state) {
  checkGraphOption(state.graph);
  checkBase(state.base);
  if (!state.cleanup && state.input.data.empty()) {
    throw UsageError("no-data", "push needs DATA (data files, a directory, or one .nt file), or --cleanup");
  }
  if (!state.bulkDirectory.empty() && state.connection.dialect != "virtuoso") {
    throw UsageError("bulk-dialect", "--bulk-dir is for --dialect virtuoso (its bulk loader)");
  }
  if (!state.delta.empty() && (state.cleanup || !state.bulkDirectory.empty() || state.input.data.empty())) {
    throw UsageError("delta-option", "--delta needs DATA and sends SPARQL Update: not with --cleanup or --bulk-dir");
  }
}

store::PushOptions pushOptions(const PushState& state) {
  store::PushOptions options;
  options.mode = state.append ? store::PushMode::append : store::PushMode::replace;
  options.chunkBytes = state.chunkBytes;
  options.checkpoint = !state.noCheckpoint;
  options.bulk.directory = state.bulkDirectory;
  options.bulk.serverDirectory = state.bulkServerDirectory;
  options.bulk.minTriples = state.bulkMinTriples;
  return options;
}

void printReport(const PushState& state, const store::GraphStore& graphStore, const store::PushReport& report) {
  printLeftovers(report.removedLeftovers);
  const auto& endpoints = graphStore.endpoints();
  std::cout << (state.append ? "appended " : "replaced ") << "<" << state.graph << "> at "
            << store::redactUrl(report.bulkLoaded ? endpoints.update : endpoints.graphStore) << ": "
            << util::countOf(report.triples, "triple", "triples") << " "
            << (report.bulkLoaded ? std::string("through the bulk loader")
                                  : "in " + util::countOf(report.chunks, "chunk", "chunks"))
            << "\n";
  if (report.swapRowByRow) {
    std::cout << "note: the swap was too large for one Virtuoso transaction and was done row by row (readers could "
                 "see it half done; it is logged and checkpointed)\n";
  }
  printVerified(report.durability, util::countOf(report.stored, "triple", "triples") +
                                       " (before: " + std::to_string(report.previous) + ")");
}

int runPush(const PushState& state) {
  checkOptions(state);
  store::GraphStore graphStore = connectStore(state.connection, store::Access::write);
  if (state.cleanup && state.input.data.empty()) {
    const auto removed = store::cleanUpStaging(graphStore, state.graph);
    printLeftovers(removed);
    if (removed.empty()) std::cout << "no staging graphs of <" << state.graph << "> in the store\n";
    return kOk;
  }
  if (!state.delta.empty()) {
    return runDeltaPush(
        {state.input, state.delta, state.base, state.graph, state.factsOnly, state.chunkBytes, !state.noCheckpoint},
        graphStore);
  }

  const util::TemporaryDirectory temporary("pactgraph-nt-");
  std::filesystem::path ntriples = state.input.data.front();
  if (!isNTriplesFile(state.input.data)) {
    ntriples = temporary.path() / "graph.nt";
    writeGraphFile(state.input, state.base, state.factsOnly, ntriples);
  }
  store::ProgressSink progress;
  if (!state.input.quiet) progress = [](const std::string& step) { std::cerr << "push: " << step << "\n"; };
  store::PushReport report;
  try {
    report = store::pushGraph(graphStore, state.graph, ntriples, pushOptions(state), progress);
  } catch (const store::StoreError& error) {
    if (error.leftover().empty()) throw;
    printError(std::cerr, "store." + std::string(store::errorKindName(error.kind())),
               error.endpoint().empty() ? error.cause() : error.endpoint() + ": " + error.cause(),
               "the staging graph <" + error.leftover() + "> may remain in the store (" + error.leftoverNote() +
                   "); remove it with `" + cleanupCommand(state.connection, state.graph) + "`");
    throw ReportedFailure(kIoFailure);
  }
  store::PushHistory history;
  if (const auto problem = store::recordPush(history, graphStore, state.graph, report.stored, report.durability)) {
    std::cerr << "warning[store.history]: the push was not recorded (" << *problem << ")\n";
  }
  if (report.durability == store::Durability::notDurable) {
    std::cerr << "warning[store.not-durable]: " << report.durabilityNote << "\n";
  }
  if (!state.input.quiet) printReport(state, graphStore, report);
  return kOk;
}

}  // namespace

Subcommand addPushCommand(CLI::App& app) {
  auto state = std::make_shared<PushState>();
  CLI::App* push = app.add_subcommand(
      "push",
      "Upload the graph to a triple store (SPARQL 1.1 Graph Store Protocol or Virtuoso's bulk loader), verify "
      "its triple count and make it durable");
  push->add_option("DATA", state->input.data, "Data files or directories of *.json files, or one .nt file")
      ->type_name("PATH");
  push->add_option("--ontology", state->input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  push->add_option("--graph", state->graph, "Named graph to replace or append to")->required()->type_name("IRI");
  addConnectionOptions(*push, state->connection, true);
  push->add_option("--base", state->base, "Base IRI for minted IRIs (ends in / or #)")->capture_default_str();
  auto* replace =
      push->add_flag("--replace", state->replace,
                     "Replace the graph (default): load a staging graph, verify it, then MOVE it over the graph");
  auto* append = push->add_flag("--append", state->append, "Add to the graph (GSP POST) and verify the count");
  replace->excludes(append);
  auto* facts =
      push->add_flag("--facts-only", state->factsOnly, "Only nodes and direct triples, no statement or citation nodes");
  auto* provenance =
      push->add_flag("--with-provenance")->description("Nodes, direct triples and the provenance layer (default)");
  facts->excludes(provenance);
  push->add_option("--chunk-bytes", state->chunkBytes, "Largest request body (N-Triples split on line ends)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 31))
      ->capture_default_str();
  push->add_flag("--cleanup", state->cleanup,
                 "Remove the staging graphs failed pushes left for --graph (without DATA: only that)");
  push->add_flag("--no-checkpoint", state->noCheckpoint,
                 "Virtuoso: skip the checkpoint after the write (faster; the output then says it is not durable)");
  push->add_option("--bulk-dir", state->bulkDirectory,
                   "Virtuoso: load large graphs with its bulk loader through this directory, which the server "
                   "reads (listed in DirsAllowed of its virtuoso.ini); the user needs EXECUTE on ld_dir and "
                   "rdf_loader_run")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
  push->add_option("--bulk-server-dir", state->bulkServerDirectory,
                   "The --bulk-dir directory as the server sees it (default: the same path)")
      ->type_name("PATH");
  push->add_option("--bulk-min-triples", state->bulkMinTriples,
                   "Smallest graph sent through the bulk loader; smaller ones go over the GSP")
      ->capture_default_str();
  auto* delta = push->add_option(
      "--delta", state->delta,
      "Send only the change from OLD (the version the store holds: data, a build or an RDF file) as SPARQL "
      "Update, then verify the graph's count against DATA's");
  delta->type_name("OLD")->excludes(append);
  push->add_flag("-q,--quiet", state->input.quiet, "Print only errors");
  return {push, [state] { return runPush(*state); }};
}

}  // namespace pactgraph::cli

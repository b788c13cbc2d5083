// `pactgraph path FROM TO DATA` (or `--endpoint URL --graph IRI`): the k
// shortest chains of claims between two nodes, every hop with its sources.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "../StoreOptions.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/analysis/Rendering.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/store/EndpointPaths.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

struct PathState {
  AnalysisInput common;
  std::string from;
  std::string to;
  std::size_t k = 3;
  std::size_t maxLength = 6;
  std::vector<std::string> via;
  std::vector<std::string> avoid;
  std::string before;
  std::string after;
  std::string order;             // "date", "hops" or empty (date on files, hops on a store)
  StoreConnectionOptions store;  // --endpoint: answered by a store
  std::string graph;             // the store's named graph
};

// A --via/--avoid term must be a predicate or class of the ontology.
void checkTerms(const ontology::Ontology& ontology, const std::vector<std::string>& terms, const char* option) {
  std::vector<std::string> known = ontology.propertyNames();
  for (const auto& name : ontology.classNames()) known.push_back(name);
  for (const auto& term : terms) {
    if (std::find(known.begin(), known.end(), term) != known.end()) continue;
    throw UsageError("unknown-term",
                     std::string(option) + " \"" + term + "\" is neither a predicate nor a class of the ontology",
                     util::didYouMean(term, known));
  }
}

// Reads an EDTF date option into the first (`latest` false) or last day it covers.
std::string dayOption(const std::string& text, const char* option, bool latest) {
  std::string error;
  const auto date = model::parseEdtf(text, &error);
  if (!date) throw UsageError("bad-date", std::string(option) + " \"" + text + "\" is not a date: " + error);
  const analysis::DayRange range = analysis::dayRange(*date);
  return latest ? range.latest : range.earliest;
}

// The paths as JSON or text on standard output.
void printPaths(const analysis::PathReport& report, bool json) {
  if (json) {
    writeOutput({}, analysis::pathsJson(report));
  } else {
    analysis::printPaths(std::cout, report);
  }
}

// `path --endpoint`: the same question put to a store. The filters that need
// the claims' dates, ranks and the ontology's classes are not translated to
// SPARQL (yet), so they are refused rather than silently ignored.
int runPathOnStore(const PathState& state) {
  const std::pair<bool, const char*> fileOnly[] = {
      {!state.common.input.data.empty(), "DATA"}, {!state.via.empty(), "--via"},
      {!state.avoid.empty(), "--avoid"},          {!state.after.empty(), "--after"},
      {!state.before.empty(), "--before"},        {state.common.includeDeprecated, "--include-deprecated"},
      {!state.common.rdfPath.empty(), "--rdf"},   {!state.common.input.ontologyPath.empty(), "--ontology"},
      {state.order == "date", "--order date"}};
  for (const auto& [given, option] : fileOnly) {
    if (!given) continue;
    throw UsageError("endpoint-option",
                     std::string(option) +
                         " works on data files only; with --endpoint the store's graph is searched "
                         "as it is",
                     "run `pactgraph path FROM TO DATA... " + std::string(option) + " ...` on the files instead");
  }
  if (state.graph.empty()) {
    throw UsageError("no-graph",
                     "--endpoint needs --graph IRI: the named graph that `pactgraph push` loaded (with provenance)");
  }
  checkGraphOption(state.graph);
  if (state.maxLength > store::kMaxEndpointPathLength) {
    throw UsageError("max-length", "--max-length " + std::to_string(state.maxLength) + " is more than the " +
                                       std::to_string(store::kMaxEndpointPathLength) +
                                       " hops a store is asked for (the neighbourhood fetched grows with every hop)");
  }
  store::GraphStore graphStore = connectStore(state.store, store::Access::read);
  const analysis::PathReport report = store::findPathsOnStore(
      graphStore, {state.graph, state.common.base, state.from, state.to, state.k, state.maxLength});
  printPaths(report, state.common.json);
  return kOk;
}

int runPath(const PathState& state) {
  checkRdfOutput(state.common);
  if (!state.store.endpoint.empty()) return runPathOnStore(state);
  if (state.common.input.data.empty()) {
    throw UsageError("no-data", "path needs DATA (files or directories) or --endpoint URL --graph IRI");
  }
  if (!state.graph.empty()) {
    throw UsageError("graph-without-endpoint", "--graph names a graph on a store: give --endpoint URL too");
  }
  analysis::PathOptions options;
  options.k = state.k;
  options.maxLength = state.maxLength;
  options.via = state.via;
  options.avoid = state.avoid;
  options.includeDeprecated = state.common.includeDeprecated;
  options.rankByDate = state.order != "hops";
  if (!state.after.empty()) options.after = dayOption(state.after, "--after", false);
  if (!state.before.empty()) options.before = dayOption(state.before, "--before", true);
  const LoadedGraph loaded = loadValidated(state.common.input);
  checkTerms(loaded.ontology, options.via, "--via");
  checkTerms(loaded.ontology, options.avoid, "--avoid");
  const std::string from = resolveNode(loaded.graph, state.from, "FROM");
  const std::string to = resolveNode(loaded.graph, state.to, "TO");
  const analysis::PathResult result =
      analysis::findPaths(loaded.graph, typeHierarchy(loaded.ontology), from, to, options);
  if (!state.common.rdfPath.empty()) {
    rdf::ExportOptions exportOptions;
    exportOptions.base = state.common.base;
    writeRdfOutput(state.common, rdf::buildDataset(analysis::pathSubgraph(loaded.graph, result), exportOptions));
  }
  printPaths(analysis::pathReport(loaded.graph, result, options, from, to), state.common.json);
  return kOk;
}

}  // namespace

Subcommand addPathCommand(CLI::App& app) {
  auto state = std::make_shared<PathState>();
  CLI::App* command = app.add_subcommand(
      "path", "The k shortest chains of claims from FROM to TO, with their sources (in DATA, or on a store)");
  command->add_option("FROM", state->from, "Start node (id or label)")->required();
  command->add_option("TO", state->to, "End node (id or label)")->required();
  addAnalysisOptions(*command, state->common, DataArgument::optional);
  addConnectionOptions(*command, state->store, false);
  command
      ->add_option("--graph", state->graph,
                   "With --endpoint: the named graph holding the data (pushed with provenance)")
      ->type_name("IRI");
  addJsonOption(*command, state->common);
  addRdfOutputOptions(*command, state->common,
                      "Also write the claims, statement and citation nodes of the paths to FILE");
  command->add_option("--k", state->k, "Number of paths")
      ->default_val(3)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  command->add_option("--max-length", state->maxLength, "Longest path in hops")
      ->default_val(6)
      ->check(CLI::Range(std::size_t{1}, std::size_t{100}));
  command->add_option("--via", state->via, "Predicate or class the path must use (repeatable)")
      ->type_name("TERM")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command->add_option("--avoid", state->avoid, "Predicate or class the path must not use (repeatable)")
      ->type_name("TERM")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  command
      ->add_option("--order", state->order,
                   "Order of equally long paths: date (the earliest days their claims held first; the default on "
                   "files) or hops (by the ids of the nodes they pass; the order with --endpoint, whose claims "
                   "are fetched without dates)")
      ->check(CLI::IsMember({"date", "hops"}));
  command->add_option("--after", state->after, "Only claims valid on or after this EDTF date")->type_name("DATE");
  command->add_option("--before", state->before, "Only claims valid on or before this EDTF date")->type_name("DATE");
  return {command, [state] { return runPath(*state); }};
}

}  // namespace pactgraph::cli

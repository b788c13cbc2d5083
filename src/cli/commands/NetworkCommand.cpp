// `pactgraph network DATA -f FORMAT [-o PATH]`: the actor network for network
// tools (GraphML, GEXF, DOT, or a Palladio node/edge CSV pair).
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/NetworkFormats.h"

namespace pactgraph::cli {

namespace {

struct NetworkState {
  AnalysisInput common;
  std::string format;
  std::string output;
};

int runNetwork(const NetworkState& state) {
  if (state.format == "csv" && isStandardOutput(state.output)) {
    throw UsageError("csv-output", "--format csv writes two files: give -o PATH (PATH-nodes.csv, PATH-edges.csv)");
  }
  const LoadedGraph loaded = loadValidated(state.common.input);
  const analysis::ActorNetwork network =
      analysis::buildActorNetwork(loaded.graph, typeHierarchy(loaded.ontology), {state.common.includeDeprecated});
  const analysis::NetworkScores scores = analysis::computeScores(network);
  if (state.format == "csv") {
    writeFiles({{state.output + "-nodes.csv", textProducer(analysis::toNodesCsv(network, scores))},
                {state.output + "-edges.csv", textProducer(analysis::toEdgesCsv(network))}});
  } else if (state.format == "graphml") {
    writeOutput(state.output, analysis::toGraphml(network, scores));
  } else if (state.format == "gexf") {
    writeOutput(state.output, analysis::toGexf(network, scores));
  } else {
    writeOutput(state.output, analysis::toDot(network, scores));
  }
  return kOk;
}

}  // namespace

Subcommand addNetworkCommand(CLI::App& app) {
  auto state = std::make_shared<NetworkState>();
  CLI::App* command = app.add_subcommand("network", "Export the actor network for network tools");
  addAnalysisOptions(*command, state->common);
  command
      ->add_option("-f,--format", state->format,
                   "graphml, gexf, dot or csv (two files: PATH-nodes.csv, PATH-edges.csv)")
      ->required()
      ->check(CLI::IsMember({"graphml", "gexf", "dot", "csv"}));
  command->add_option("-o,--output", state->output, "Output file (default: standard output; required for csv)")
      ->type_name("PATH");
  return {command, [state] { return runNetwork(*state); }};
}

}  // namespace pactgraph::cli

// `pactgraph analyze DATA`: the actor network's scores (degree, betweenness,
// closeness, PageRank, components), optionally an ego network.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Rendering.h"

namespace pactgraph::cli {

namespace {

struct AnalyzeState {
  AnalysisInput common;
  std::string ego;
  std::size_t radius = 1;
};

int runAnalyze(const AnalyzeState& state) {
  checkRdfOutput(state.common);
  const LoadedGraph loaded = loadValidated(state.common.input);
  const auto types = typeHierarchy(loaded.ontology);
  analysis::ActorNetwork network = analysis::buildActorNetwork(loaded.graph, types, {state.common.includeDeprecated});
  analysis::NetworkContext context;
  context.includeDeprecated = state.common.includeDeprecated;
  if (!state.ego.empty()) {
    context.ego =
        resolveNode(loaded.graph, state.ego, "--ego", [&](const model::Node& node) { return types.isActor(node); });
    context.radius = state.radius;
    network = analysis::egoNetwork(network, *network.find(context.ego), state.radius, &context.egoDistances);
  }
  const analysis::NetworkScores scores = analysis::computeScores(network);
  if (!state.common.rdfPath.empty())
    writeRdfOutput(state.common, analysis::networkQuads(network, scores, state.common.base));
  if (state.common.json) {
    writeOutput({}, analysis::networkJson(network, scores, context));
  } else {
    analysis::printNetwork(std::cout, network, scores, context);
  }
  return kOk;
}

}  // namespace

Subcommand addAnalyzeCommand(CLI::App& app) {
  auto state = std::make_shared<AnalyzeState>();
  CLI::App* command = app.add_subcommand(
      "analyze", "Actor network: degree, betweenness, closeness, PageRank and components of every actor");
  addAnalysisOptions(*command, state->common);
  addJsonOption(*command, state->common);
  addRdfOutputOptions(*command, state->common, "Also write the scores as an analysis named graph to FILE");
  command->add_option("--ego", state->ego, "Only the ego network of this actor (id or label)")->type_name("ACTOR");
  command->add_option("--radius", state->radius, "Radius of the ego network in links")
      ->default_val(1)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  return {command, [state] { return runAnalyze(*state); }};
}

}  // namespace pactgraph::cli

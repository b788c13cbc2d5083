// `pactgraph export DATA -f FORMAT [-o FILE]`: one RDF format, to a file or
// standard output.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "Commands.h"

namespace pactgraph::cli {

namespace {

struct ExportState {
  InputOptions input;
  ExportSettings settings;
  std::string format;
  std::string output;
};

int runExport(ExportState& state) {
  checkBase(state.settings.base);
  util::Progress progress(state.input.progressMode(), std::cerr);
  LoadedGraph loaded = loadValidated(state.input, &progress);
  const rdf::Format format = *rdf::formatFromName(state.format);
  progress.stage("build quads");
  const auto store = rdf::buildQuadStore(loaded.graph, state.settings.options(loaded.ontology));
  const auto jsonld = state.settings.jsonLd(loaded.ontology);
  loaded.graph = model::Graph{};  // the writers need only the store: free the memory before writing
  const auto prefixes = rdf::standardPrefixes(state.settings.base);
  progress.stage("write " + state.format);
  writeOutput(state.output, [&](util::TextSink& sink) { rdf::serialize(store, format, prefixes, sink, jsonld); });
  return kOk;
}

}  // namespace

Subcommand addExportCommand(CLI::App& app) {
  auto state = std::make_shared<ExportState>();
  CLI::App* command = app.add_subcommand("export", "Validate the data and write one RDF format");
  addInputOptions(*command, state->input);
  addExportOptions(*command, state->settings);
  command->add_option("-f,--format", state->format, "turtle, ntriples, nquads, trig or jsonld")
      ->required()
      ->check(CLI::IsMember(rdf::formatNames()));
  addOutputOption(*command, state->output, "Output file (default: standard output)");
  return {command, [state] { return runExport(*state); }};
}

}  // namespace pactgraph::cli

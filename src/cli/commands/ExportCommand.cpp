// `pactgraph export DATA -f FORMAT [-o FILE]`: one RDF format, to a file or
// standard output; `export csl-json DATA` and `export quickstatements DATA`:
// the other things the data can be exported as, as subcommands of export
// (their own files), so that `export --help` lists every target.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "Commands.h"
#include "ExportCslJsonCommand.h"
#include "ExportQuickStatementsCommand.h"

namespace pactgraph::cli {

namespace {

struct ExportState {
  InputOptions input;
  ExportSettings settings;
  std::string format;
  std::string output;
  std::vector<Subcommand> targets;  // csl-json, quickstatements
};

int runExport(ExportState& state) {
  for (const auto& target : state.targets) {
    if (target.app->parsed()) return target.run();
  }
  // DATA and --format are required unless a target subcommand is given,
  // which CLI11 cannot express: a required positional would swallow the
  // target's name.
  if (state.input.data.empty()) {
    throw UsageError("no-data", "export needs DATA (data files or directories)",
                     "pactgraph export data -f turtle, or pactgraph export csl-json data");
  }
  if (state.format.empty()) {
    throw UsageError("no-format", "export needs --format (turtle, ntriples, nquads, trig or jsonld)",
                     "or one of the targets: pactgraph export csl-json DATA, pactgraph export quickstatements DATA");
  }
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
  CLI::App* command = app.add_subcommand(
      "export",
      "Validate the data and write one RDF format (-f), or the sources as CSL-JSON, or a QuickStatements batch");
  command->footer(
      "Forms:\n  pactgraph export DATA... -f FORMAT [-o FILE]\n  pactgraph export csl-json DATA... [-o FILE]\n"
      "  pactgraph export quickstatements DATA... [-o FILE]\n(`pactgraph export TARGET --help` for a target's "
      "options)");
  addInputOptions(*command, state->input, DataArgument::optional);
  addExportOptions(*command, state->settings);
  command
      ->add_option("-f,--format", state->format, "turtle, ntriples, nquads, trig or jsonld (required without a target)")
      ->check(CLI::IsMember(rdf::formatNames()));
  addOutputOption(*command, state->output, "Output file (default: standard output)");
  command->require_subcommand(0, 1);
  state->targets = {addExportCslJsonCommand(*command), addExportQuickStatementsCommand(*command)};
  return {command, [state] { return runExport(*state); }};
}

}  // namespace pactgraph::cli

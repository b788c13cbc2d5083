#include "ExportCslJsonCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "pactgraph/interop/CslJson.h"

namespace pactgraph::cli {

namespace {

struct ExportCslJsonState {
  InputOptions input;
  std::string output;
};

int runExportCslJson(const ExportCslJsonState& state) {
  const auto loaded = std::make_optional(loadValidated(state.input));
  const auto crosswalk = interop::Crosswalk::fromOntology(loaded->ontology);
  writeOutput(state.output, interop::writeCslJson(loaded->graph, crosswalk));
  return kOk;
}

}  // namespace

Subcommand addExportCslJsonCommand(CLI::App& exportCommand) {
  auto state = std::make_shared<ExportCslJsonState>();
  CLI::App* command = exportCommand.add_subcommand(
      "csl-json", "Write the dataset's sources as CSL-JSON (for Zotero and CSL processors)");
  command->add_option("DATA", state->input.data, "Data files or directories of *.json files")
      ->required()
      ->type_name("PATH");
  command->add_option("--ontology", state->input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  command->add_option("-o,--output", state->output, "Output file (default: standard output)")->type_name("FILE");
  state->input.quiet = true;
  return {command, [state] { return runExportCslJson(*state); }};
}

}  // namespace pactgraph::cli

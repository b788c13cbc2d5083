#include "ImportCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "Support.h"
#include "pactgraph/interop/BibTex.h"
#include "pactgraph/interop/CslJson.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

struct ImportState {
  CLI::App* cslJson = nullptr;
  CLI::App* bibtex = nullptr;
  std::string input;
  std::string output;
  std::string ontologyPath;
  InputOptions existing;  // data whose ids the new ones must not take
};

int runImport(const ImportState& state) {
  const auto vocabulary = readOntology(state.ontologyPath, std::cerr);
  if (!vocabulary) return kIoFailure;
  const auto crosswalk = interop::Crosswalk::fromOntology(*vocabulary);
  std::vector<std::string> taken;
  if (!state.existing.data.empty()) {
    int exitCode = kOk;
    InputOptions existing = state.existing;
    existing.ontologyPath = state.ontologyPath;
    existing.quiet = true;
    const auto loaded = loadValidated(existing, std::cerr, exitCode);
    if (!loaded) return exitCode;
    for (const auto& node : loaded->graph.nodes) taken.push_back(node.id);
  }
  const std::string text = util::readFile(state.input);
  util::Diagnostics diagnostics;
  const bool csl = state.cslJson->parsed();
  auto records = csl ? interop::readCslJson(text, state.input, crosswalk, diagnostics)
                     : interop::readBibTex(text, state.input, crosswalk, diagnostics);
  interop::finishRecords(records, crosswalk, csl ? "csl" : "bibtex", diagnostics, taken);
  if (!reportDiagnostics(diagnostics, std::cerr)) return kInvalidData;
  writeOutput(state.output, interop::writeSourceNodes(records, crosswalk));
  if (!isStandardOutput(state.output)) {
    std::cerr << "imported " << records.size() << (records.size() == 1 ? " source" : " sources") << " into "
              << state.output << '\n';
  }
  return kOk;
}

}  // namespace

Subcommand addImportCommand(CLI::App& app) {
  auto state = std::make_shared<ImportState>();
  CLI::App* command = app.add_subcommand("import", "Turn a reference manager's export into a data file of sources");
  command->require_subcommand(1);
  const auto common = [&](CLI::App* sub, const char* what) {
    sub->add_option("FILE", state->input, what)->required()->type_name("FILE");
    sub->add_option("-o,--output", state->output, "Data file to write (default: standard output)")->type_name("FILE");
    sub->add_option("--ontology", state->ontologyPath, "Ontology (Turtle) whose crosswalk to use instead of the built-in one")
        ->type_name("FILE");
    sub->add_option("--existing", state->existing.data,
                    "Data files or directories whose node ids the new sources must not take")
        ->type_name("PATH");
  };
  state->cslJson = command->add_subcommand(
      "csl-json", "CSL-JSON as Zotero or Better BibTeX export it (File > Export Collection > CSL JSON)");
  common(state->cslJson, "CSL-JSON file (a list of items)");
  state->bibtex = command->add_subcommand("bibtex", "BibTeX or BibLaTeX (parsed by btparse)");
  common(state->bibtex, "BibTeX file");
  return {command, [state] { return runImport(*state); }};
}

}  // namespace pactgraph::cli

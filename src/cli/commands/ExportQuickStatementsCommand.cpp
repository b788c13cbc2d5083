#include "ExportQuickStatementsCommand.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "pactgraph/interop/QuickStatements.h"
#include "pactgraph/util/Escape.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

struct ExportQuickStatementsState {
  InputOptions input;
  std::string output;
  std::string wikibase = "http://www.wikidata.org/";
  std::string itemsPath;
  std::string base = std::string(model::vocab::defaultBase);
};

// {"node-id": "Q123", …}: items that exist already.
std::map<std::string, std::string> readItems(const std::string& path) {
  std::map<std::string, std::string> items;
  if (path.empty()) return items;
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(util::readFile(path));
  } catch (const nlohmann::json::exception& error) {
    throw DataError("json.syntax", path + ": " + error.what());
  }
  if (!json.is_object())
    throw DataError("quickstatements.bad-items", path + ": expected an object of node id → item id");
  for (const auto& [id, item] : json.items()) {
    const bool ok = item.is_string() && item.get<std::string>().size() > 1 && item.get<std::string>()[0] == 'Q' &&
                    item.get<std::string>().find_first_not_of("0123456789", 1) == std::string::npos;
    if (!ok) throw DataError("quickstatements.bad-items", path + ": the item of \"" + id + "\" is not a Q-id");
    items[id] = item.get<std::string>();
  }
  return items;
}

int runExportQuickStatements(const ExportQuickStatementsState& state) {
  if (!state.wikibase.ends_with("/") || !rdf::isValidBase(state.wikibase)) {
    throw UsageError("bad-wikibase",
                     "--wikibase must be the root IRI of a Wikibase ending in /, got \"" + state.wikibase + "\"",
                     "http://www.wikidata.org/ or https://database.factgrid.de/");
  }
  const auto items = readItems(state.itemsPath);
  const auto loaded = std::make_optional(loadValidated(state.input));
  const auto batch =
      interop::writeQuickStatements(loaded->graph, loaded->ontology, {state.wikibase}, items, state.base);
  writeOutput(state.output, batch.commands);
  for (const auto& line : batch.unmapped) std::cerr << "note: not written: " << util::terminalSafe(line) << '\n';
  for (const auto& line : batch.deferred) std::cerr << "note: deferred: " << util::terminalSafe(line) << '\n';
  for (const auto& warning : batch.warnings) std::cerr << util::format(warning) << '\n';
  std::cerr << batch.claimsWritten << " claims, " << batch.itemsCreated << " new items";
  if (!batch.warnings.empty()) {
    std::cerr << "; " << batch.warnings.size() << (batch.warnings.size() == 1 ? " value" : " values")
              << " not written: they do not fit their Wikibase property's datatype (see the warnings)";
  }
  if (!batch.deferred.empty()) {
    std::cerr << "; " << batch.deferred.size()
              << " claims wait for items this batch creates: run it, then export again with --items";
  }
  std::cerr << '\n';
  return kOk;
}

}  // namespace

Subcommand addExportQuickStatementsCommand(CLI::App& exportCommand) {
  auto state = std::make_shared<ExportQuickStatementsState>();
  CLI::App* command = exportCommand.add_subcommand(
      "quickstatements", "Write the claims as a QuickStatements batch (ranks, qualifiers, one reference per citation)");
  command->add_option("DATA", state->input.data, "Data files or directories of *.json files")
      ->required()
      ->type_name("PATH");
  command
      ->add_option("--ontology", state->input.ontologyPath,
                   "Ontology (Turtle) whose Wikibase alignment to use instead of the built-in one")
      ->type_name("FILE");
  command
      ->add_option("--wikibase", state->wikibase,
                   "Root IRI of the Wikibase: its entity/ and prop/direct/ namespaces select the alignment")
      ->capture_default_str();
  command
      ->add_option("--items", state->itemsPath,
                   "JSON file mapping node ids to existing items ({\"mao-zedong\": \"Q5816\"})")
      ->type_name("FILE");
  command->add_option("--base", state->base, "Base IRI of the node IRIs (described at URL, P973)")
      ->capture_default_str();
  command->add_option("-o,--output", state->output, "Output file (default: standard output)")->type_name("FILE");
  state->input.quiet = true;
  return {command, [state] { return runExportQuickStatements(*state); }};
}

}  // namespace pactgraph::cli

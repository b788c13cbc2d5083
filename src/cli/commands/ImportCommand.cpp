#include "ImportCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "pactgraph/interop/BibTex.h"
#include "pactgraph/interop/CslJson.h"
#include "pactgraph/interop/RdfImport.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Artifacts.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/util/Escape.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

struct ImportState {
  CLI::App* cslJson = nullptr;
  CLI::App* bibtex = nullptr;
  CLI::App* rdf = nullptr;
  std::string base;  // import rdf: the base IRI of the nodes (empty: found in the data)
  std::string wikibase = "http://www.wikidata.org/";  // import rdf: whose Wikibase RDF to read
  std::string input;
  std::string output;
  std::string ontologyPath;
  InputOptions existing;  // data whose ids the new ones must not take
};

// Loads and validates data files an import is about to write (name → text):
// what an import writes always validates. Prints the diagnostics; true when
// there are no errors.
bool validateImported(const std::vector<std::pair<std::string, std::string>>& files,
                      const ontology::Ontology& vocabulary) {
  util::Diagnostics diagnostics;
  model::Graph graph;
  io::Loader loader(graph, diagnostics);
  for (const auto& [name, text] : files) loader.loadText(name, text);
  graph.index();
  ontology::validate(vocabulary, graph, diagnostics);
  return reportDiagnostics(diagnostics, std::cerr);
}

// `import rdf`: an export back into data files (nodes, citations,
// statements), checked by loading and validating them before they are written.
int runImportRdf(const ImportState& state, const ontology::Ontology& vocabulary) {
  const std::filesystem::path input(state.input);
  const auto syntax = rdf::inputSyntaxFromExtension(input.extension().string());
  if (!syntax) {
    throw UsageError("rdf-format", "cannot tell the syntax of \"" + state.input + "\" from its extension",
                     "import reads .ttl, .nt, .trig, .nq and .jsonld files");
  }
  if (isStandardOutput(state.output)) throw UsageError("no-output", "import rdf writes a directory: give -o DIR");
  std::vector<model::Quad> quads;
  try {
    // A JSON-LD export written with --jsonld-context refers to the context
    // generated from the ontology (ontology/context.jsonld).
    rdf::ReadOptions read;
    read.jsonLdContext = ontology::jsonLdContext(vocabulary);
    quads = rdf::readRdf(util::readFile(input), *syntax, read, state.input);
  } catch (const rdf::ReadError& error) {
    throw DataError("rdf.syntax", error.what());
  }
  // N-Triples and N-Quads carry language tags in lower case.
  const bool lowercaseTags = *syntax == rdf::InputSyntax::ntriples || *syntax == rdf::InputSyntax::nquads;
  interop::RdfImportOptions options;
  options.base = state.base;
  options.inputName = input.filename().string();
  options.conventionalTagCase = lowercaseTags;
  options.wikibase = {state.wikibase};
  const auto imported = interop::importRdf(quads, vocabulary, options);
  std::vector<std::pair<std::string, std::string>> named;
  std::vector<OutputFile> files;
  for (const auto& [name, text] : imported.files) {
    named.push_back({(std::filesystem::path(state.output) / name).string(), text});
    files.push_back(
        {std::filesystem::path(state.output) / name, [&text = text](util::TextSink& sink) { sink.write(text); }});
  }
  for (const auto& line : imported.leftOut) std::cerr << "note: left out: " << util::terminalSafe(line) << '\n';
  if (!validateImported(named, vocabulary)) return kInvalidData;
  writeFiles(files);
  std::cerr << "imported " << imported.nodes << " nodes, " << imported.citations << " citations, "
            << imported.statements << " statements into " << state.output;
  if (imported.uncitedClaims > 0)
    std::cerr << " (" << imported.uncitedClaims << " claims without citation cite rdf-import)";
  std::cerr << '\n';
  return kOk;
}

int runImport(const ImportState& state) {
  const auto vocabulary = std::make_optional(loadOntology(state.ontologyPath));
  if (state.rdf->parsed()) return runImportRdf(state, *vocabulary);
  const auto crosswalk = interop::Crosswalk::fromOntology(*vocabulary);
  std::vector<std::string> taken;
  if (!state.existing.data.empty()) {
    InputOptions existing = state.existing;
    existing.ontologyPath = state.ontologyPath;
    existing.quiet = true;
    const auto loaded = std::make_optional(loadValidated(existing));
    for (const auto& node : loaded->graph.nodes) taken.push_back(node.id);
  }
  const std::string text = util::readFile(state.input);
  util::Diagnostics diagnostics;
  const bool csl = state.cslJson->parsed();
  auto records = csl ? interop::readCslJson(text, state.input, crosswalk, diagnostics)
                     : interop::readBibTex(text, state.input, crosswalk, diagnostics);
  interop::finishRecords(records, crosswalk, csl ? "csl" : "bibtex", diagnostics, taken);
  if (!reportDiagnostics(diagnostics, std::cerr)) return kInvalidData;
  const std::string data = interop::writeSourceNodes(records, crosswalk);
  if (!validateImported({{isStandardOutput(state.output) ? std::string("(imported sources)") : state.output, data}},
                        *vocabulary)) {
    return kInvalidData;
  }
  writeOutput(state.output, data);
  if (!isStandardOutput(state.output)) {
    std::cerr << "imported " << records.size() << (records.size() == 1 ? " source" : " sources") << " into "
              << state.output << '\n';
  }
  return kOk;
}

}  // namespace

Subcommand addImportCommand(CLI::App& app) {
  auto state = std::make_shared<ImportState>();
  CLI::App* command =
      app.add_subcommand("import", "Data files from a reference manager's export (CSL-JSON, BibTeX) or from RDF");
  command->require_subcommand(1);
  const auto common = [&](CLI::App* sub, const char* what) {
    sub->add_option("FILE", state->input, what)->required()->type_name("FILE");
    sub->add_option("-o,--output", state->output, "Data file to write (default: standard output)")->type_name("FILE");
    sub->add_option("--ontology", state->ontologyPath,
                    "Ontology (Turtle) whose crosswalk to use instead of the built-in one")
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
  state->rdf = command->add_subcommand(
      "rdf",
      "RDF (a pactgraph export or other Turtle, N-Triples, TriG, N-Quads, JSON-LD) back into data files in -o DIR");
  state->rdf->add_option("FILE", state->input, "RDF file (.ttl, .nt, .trig, .nq, .jsonld)")
      ->required()
      ->type_name("FILE");
  state->rdf->add_option("-o,--output", state->output, "Directory for nodes.json, citations.json, statements.json")
      ->required()
      ->type_name("DIR");
  state->rdf->add_option("--ontology", state->ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  state->rdf->add_option("--base", state->base, "Base IRI of the node IRIs (default: found in the data)");
  state->rdf
      ->add_option("--wikibase", state->wikibase,
                   "Root IRI of the Wikibase whose RDF (p:, ps:, pq:, pr:) to read through the ontology's alignment")
      ->capture_default_str();
  return {command, [state] { return runImport(*state); }};
}

}  // namespace pactgraph::cli

#include "DiffCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "pactgraph/interop/Diff.h"
#include "pactgraph/ontology/Artifacts.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

struct DiffState {
  std::string before, after;
  std::string format = "text";
  std::string output;
  std::string sparql;
  std::string title = "Changes";
  std::string base = std::string(model::vocab::defaultBase);
  std::string ontologyPath;
};

// The RDF file of a build: a directory written by `build` (its N-Quads,
// TriG or JSON-LD file, the first there is), or an RDF file of any format
// the reader knows by its extension; nothing for data.
std::optional<std::pair<std::filesystem::path, rdf::InputSyntax>> rdfInput(const std::filesystem::path& path) {
  if (std::filesystem::is_directory(path)) {
    for (const rdf::Format format : {rdf::Format::nquads, rdf::Format::trig, rdf::Format::jsonld}) {
      const auto file = path / ("pactgraph." + std::string(rdf::fileExtension(format)));
      if (std::filesystem::exists(file))
        return std::pair{file, *rdf::inputSyntaxFromExtension(rdf::fileExtension(format))};
    }
    return std::nullopt;
  }
  if (const auto syntax = rdf::inputSyntaxFromExtension(path.extension().string())) return std::pair{path, *syntax};
  return std::nullopt;
}

}  // namespace

std::vector<model::Quad> readDatasetVersion(const InputOptions& input, const std::string& base) {
  if (input.data.size() == 1) {
    if (const auto file = rdfInput(input.data.front())) {
      rdf::ReadOptions options;
      // A JSON-LD build written with --jsonld-context refers to the context
      // generated from the ontology.
      if (file->second == rdf::InputSyntax::jsonld) {
        options.jsonLdContext = ontology::jsonLdContext(loadOntology(input.ontologyPath));
      }
      try {
        return rdf::readRdf(util::readFile(file->first), file->second, options, file->first.string());
      } catch (const rdf::ReadError& error) {
        throw DataError("rdf.syntax", error.what());
      }
    }
  }
  const LoadedGraph loaded = loadValidated(input);
  return rdf::buildDataset(loaded.graph, exportOptionsFor(loaded.ontology, base));
}

namespace {

int runDiff(const DiffState& state) {
  checkBase(state.base);
  const auto version = [&](const std::string& path) {
    InputOptions input;
    input.data = {path};
    input.ontologyPath = state.ontologyPath;
    input.quiet = true;
    return readDatasetVersion(input, state.base);
  };
  auto before = version(state.before);
  auto after = version(state.after);
  const auto diff = interop::diffDatasets(std::move(before), std::move(after), state.base);
  const std::string report = state.format == "json"       ? interop::formatDiffJson(diff)
                             : state.format == "markdown" ? interop::formatDiffMarkdown(diff, state.title)
                                                          : interop::formatDiffText(diff);
  if (!state.sparql.empty()) {
    const std::string update = interop::sparqlUpdate(diff);
    if (isStandardOutput(state.output)) {
      writeOutput(state.sparql, update);
    } else {
      writeFiles({{state.sparql, [&](util::TextSink& sink) { sink.write(update); }},
                  {state.output, [&](util::TextSink& sink) { sink.write(report); }}});
      return kOk;
    }
  }
  writeOutput(state.output, report);
  return kOk;
}

}  // namespace

Subcommand addDiffCommand(CLI::App& app) {
  auto state = std::make_shared<DiffState>();
  CLI::App* command = app.add_subcommand(
      "diff", "List the claims, nodes and citations that changed between two versions (data or builds)");
  command
      ->add_option("OLD", state->before,
                   "The old version: a data directory or file, a build directory, or an "
                   "N-Quads/TriG/JSON-LD/Turtle/N-Triples export")
      ->required()
      ->type_name("PATH");
  command->add_option("NEW", state->after, "The new version, as OLD")->required()->type_name("PATH");
  command->add_option("--format", state->format, "text, json or markdown (a CHANGES.md section)")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  command->add_option("-o,--output", state->output, "Report file (default: standard output)")->type_name("FILE");
  command
      ->add_option("--sparql", state->sparql,
                   "Also write the change as SPARQL 1.1 Update (DELETE DATA / INSERT DATA per graph) to FILE")
      ->type_name("FILE");
  command->add_option("--title", state->title, "Heading of the Markdown report")->capture_default_str();
  command->add_option("--base", state->base, "Base IRI both versions are minted under (data is built with it)")
      ->capture_default_str();
  command
      ->add_option("--ontology", state->ontologyPath,
                   "Ontology (Turtle) for data versions and JSON-LD builds instead of the built-in one")
      ->type_name("FILE");
  return {command, [state] { return runDiff(*state); }};
}

}  // namespace pactgraph::cli

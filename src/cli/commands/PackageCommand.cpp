#include "PackageCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "pactgraph/interop/Package.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/report/Report.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

struct PackageState {
  InputOptions input;
  std::filesystem::path outDir;
  std::string base = std::string(model::vocab::defaultBase);
};

struct Export {
  rdf::Format format;
  const char* mediaType;
  const char* title;
};
constexpr Export kExports[] = {
    {rdf::Format::turtle, "text/turtle", "The knowledge graph in Turtle (the union of the named graphs)"},
    {rdf::Format::ntriples, "application/n-triples", "The knowledge graph in N-Triples (the union of the named graphs)"},
    {rdf::Format::trig, "application/trig", "The knowledge graph in TriG (facts, provenance and ontology graphs)"},
    {rdf::Format::nquads, "application/n-quads", "The knowledge graph in N-Quads (facts, provenance and ontology graphs)"},
    {rdf::Format::jsonld, "application/ld+json", "The knowledge graph in JSON-LD 1.1 (named graphs kept)"},
};

interop::PackageFile describe(std::string name, std::string mediaType, std::string title, const std::string& text) {
  return {std::move(name), std::move(mediaType), std::move(title), text.size(), util::sha256Hex(text)};
}

int runPackage(const PackageState& state) {
  checkBase(state.base);
  const auto loaded = std::make_optional(loadValidated(state.input));
  if (loaded->graph.datasets.empty()) {
    throw DataError("package.no-metadata", "the data has no \"dataset\" section to describe the release",
                    "add a file such as data/dataset.json with title, description, version, license, released and "
                    "creators (data/README.md)");
  }
  const auto& metadata = loaded->graph.datasets.front();
  ExportSettings settings;  // the exports are exactly what `build` writes
  settings.base = state.base;
  const auto store = rdf::buildQuadStore(loaded->graph, settings.options(loaded->ontology));
  const auto jsonld = settings.jsonLd(loaded->ontology);
  const auto prefixes = rdf::standardPrefixes(state.base);

  // Every file is made in memory first: the descriptions need their sizes and hashes.
  std::vector<std::pair<std::string, std::string>> contents;  // name, text
  std::vector<interop::PackageFile> distributions;
  for (const auto& e : kExports) {
    const std::string name = "pactgraph." + std::string(rdf::fileExtension(e.format));
    contents.push_back({name, rdf::serialize(store, e.format, prefixes, jsonld)});
    distributions.push_back(describe(name, e.mediaType, e.title, contents.back().second));
  }
  const auto descriptions =
      interop::describeRelease(metadata, interop::computeStatistics(store, state.base), distributions, state.base);
  const std::string preview = "ro-crate-preview.html";
  contents.push_back({preview, report::renderReport(loaded->graph, {loaded->ontology.classAncestry()}, {})});
  contents.push_back({"void.ttl", descriptions.voidTurtle});
  contents.push_back({"dcat.ttl", descriptions.dcatTurtle});
  contents.push_back({"CITATION.cff", descriptions.citationCff});
  std::vector<interop::PackageFile> parts = distributions;
  parts.push_back(describe(preview, "text/html", "Report: the actor network, the timeline, tables and the evidence of every claim",
                           contents[5].second));
  parts.push_back(describe("void.ttl", "text/turtle", "VoID description with statistics per graph", contents[6].second));
  parts.push_back(describe("dcat.ttl", "text/turtle", "DCAT and schema.org description of the dataset and its distributions",
                           contents[7].second));
  parts.push_back(describe("CITATION.cff", "application/x-yaml", "How to cite the dataset (Citation File Format 1.2.0)",
                           contents[8].second));
  contents.push_back({"ro-crate-metadata.json", interop::roCrateMetadata(metadata, parts, preview, state.base)});

  std::vector<OutputFile> files;
  for (const auto& [name, text] : contents) {
    files.push_back({state.outDir / name, [&text = text](util::TextSink& sink) { sink.write(text); }});
  }
  writeFiles(files);
  if (!state.input.quiet) {
    std::cout << "packaged " << metadata.title << " " << metadata.version << " into " << state.outDir.string() << ": "
              << files.size() << " files\n";
  }
  return kOk;
}

}  // namespace

Subcommand addPackageCommand(CLI::App& app) {
  auto state = std::make_shared<PackageState>();
  CLI::App* command = app.add_subcommand(
      "package", "Write the exports and a citable release package: VoID, DCAT, RO-Crate (with the report), CITATION.cff");
  command->add_option("DATA", state->input.data, "Data files or directories (with a \"dataset\" section)")
      ->required()
      ->type_name("PATH");
  command->add_option("-o,--output", state->outDir, "Output directory (created if missing)")->required()->type_name("OUTDIR");
  command->add_option("--base", state->base, "Base IRI for minted IRIs (ends in / or #)")->capture_default_str();
  command->add_option("--ontology", state->input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  command->add_flag("-q,--quiet", state->input.quiet, "Print only errors");
  return {command, [state] { return runPackage(*state); }};
}

}  // namespace pactgraph::cli

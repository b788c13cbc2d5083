#include "PackageCommand.h"

#include <iostream>
#include <memory>

#include "../Errors.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
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

// "The knowledge graph in TriG (facts, provenance and ontology graphs)".
std::string exportTitle(rdf::Format format) {
  return "The knowledge graph in " + std::string(rdf::formatTitle(format)) +
         (rdf::carriesGraphs(format) ? " (facts, provenance and ontology graphs)" : " (the union of the named graphs)");
}

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
  for (const auto& formatName : rdf::formatNames()) {  // every format build writes, in its order
    const rdf::Format format = *rdf::formatFromName(formatName);
    const std::string name = "pactgraph." + std::string(rdf::fileExtension(format));
    contents.push_back({name, rdf::serialize(store, format, prefixes, jsonld)});
    distributions.push_back(
        describe(name, std::string(rdf::mediaType(format)), exportTitle(format), contents.back().second));
  }
  const auto descriptions =
      interop::describeRelease(metadata, interop::computeStatistics(store, state.base), distributions, state.base);
  const std::string preview = "ro-crate-preview.html";
  std::vector<interop::PackageFile> parts = distributions;
  const auto add = [&](const std::string& name, const char* mediaType, const char* title, std::string text) {
    parts.push_back(describe(name, mediaType, title, text));
    contents.push_back({name, std::move(text)});
  };
  const analysis::TypeHierarchy types = typeHierarchy(loaded->ontology);
  add(preview, "text/html", "Report: the actor network, the timeline, tables and the evidence of every claim",
      report::renderReport(loaded->graph, types, reportAnalyses(loaded->graph, types, false)));
  add("void.ttl", "text/turtle", "VoID description with statistics per graph", descriptions.voidTurtle);
  add("dcat.ttl", "text/turtle", "DCAT and schema.org description of the dataset and its distributions",
      descriptions.dcatTurtle);
  add("CITATION.cff", "application/x-yaml", "How to cite the dataset (Citation File Format 1.2.0)",
      descriptions.citationCff);
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
      "package",
      "Write the exports and a citable release package: VoID, DCAT, RO-Crate (with the report), CITATION.cff");
  command->add_option("DATA", state->input.data, "Data files or directories (with a \"dataset\" section)")
      ->required()
      ->type_name("PATH");
  command->add_option("-o,--output", state->outDir, "Output directory (created if missing)")
      ->required()
      ->type_name("OUTDIR");
  command->add_option("--base", state->base, "Base IRI for minted IRIs (ends in / or #)")->capture_default_str();
  command->add_option("--ontology", state->input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  command->add_flag("-q,--quiet", state->input.quiet, "Print only errors");
  return {command, [state] { return runPackage(*state); }};
}

}  // namespace pactgraph::cli

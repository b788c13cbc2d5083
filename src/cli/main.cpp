// pactgraph — command-line entry point. Parses options and calls the
// libraries; no domain logic lives here.
#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include "Pipeline.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/OutputTransaction.h"

namespace {

using namespace pactgraph;
using cli::ExitCode;

constexpr const char* kVersion = "0.1.0";

void addInputOptions(CLI::App& command, cli::InputOptions& input, std::string& base) {
  command.add_option("DATA", input.data, "Data files or directories of *.json files")->required()->type_name("PATH");
  command.add_option("--base", base, "Base IRI for minted node, statement and citation IRIs (ends in / or #)")
      ->default_val(std::string(model::vocab::defaultBase));
  command.add_option("--ontology", input.ontologyPath,
                     "Ontology (Turtle) to validate against instead of the built-in ontology/pactgraph.ttl")
      ->type_name("FILE");
  command.add_flag("-q,--quiet", input.quiet, "Print only errors");
}

std::string humanBytes(std::size_t bytes) {
  std::ostringstream out;
  if (bytes < 1024) {
    out << bytes << " B";
  } else {
    out << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1024.0 << " KiB";
  }
  return out.str();
}

std::size_t countTriples(const std::vector<model::Quad>& quads, bool keepGraphs) {
  if (keepGraphs) return quads.size();
  std::vector<model::Quad> triples = quads;
  for (auto& q : triples) q.graph = model::Term::iri({});
  std::sort(triples.begin(), triples.end());
  return static_cast<std::size_t>(std::unique(triples.begin(), triples.end()) - triples.begin());
}

int runValidate(const cli::InputOptions& input) {
  int exitCode = ExitCode::kOk;
  auto loaded = cli::loadValidated(input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  if (!input.quiet) {
    const auto counts = loaded->graph.counts();
    std::cout << "valid: " << loaded->files << " files, " << counts.nodes << " nodes, " << counts.statements
              << " statements, " << counts.citations << " citations\n";
  }
  return ExitCode::kOk;
}

int runExport(const cli::InputOptions& input, const std::string& base, const std::string& formatName,
              const std::string& outputPath) {
  int exitCode = ExitCode::kOk;
  auto loaded = cli::loadValidated(input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const rdf::Format format = *rdf::formatFromName(formatName);
  const auto quads = rdf::buildDataset(loaded->graph, {base});
  const std::string text = rdf::serialize(quads, format, rdf::standardPrefixes(base));
  if (outputPath.empty() || outputPath == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
  }
  util::OutputTransaction output;
  output.stage(outputPath, text);
  output.commit();
  return ExitCode::kOk;
}

int runBuild(const cli::InputOptions& input, const std::string& base, const std::filesystem::path& outDir) {
  int exitCode = ExitCode::kOk;
  auto loaded = cli::loadValidated(input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const auto quads = rdf::buildDataset(loaded->graph, {base});
  const auto prefixes = rdf::standardPrefixes(base);

  struct Written {
    std::filesystem::path path;
    std::size_t triples;
    std::size_t bytes;
  };
  std::vector<Written> written;
  util::OutputTransaction output;
  for (const rdf::Format format : {rdf::Format::turtle, rdf::Format::ntriples, rdf::Format::trig, rdf::Format::nquads,
                                   rdf::Format::jsonld}) {
    const std::string text = rdf::serialize(quads, format, prefixes);
    const auto path = outDir / ("pactgraph." + std::string(rdf::fileExtension(format)));
    output.stage(path, text);
    written.push_back({path, countTriples(quads, rdf::carriesGraphs(format)), text.size()});
  }
  output.commit();

  if (input.quiet) return ExitCode::kOk;
  const auto counts = loaded->graph.counts();
  std::set<std::string> sourcesCited;
  for (const auto& citation : loaded->graph.citations) sourcesCited.insert(citation.sourceId);
  const std::string citationType = std::string(model::vocab::pg) + "Citation";
  const std::string rdfType = std::string(model::vocab::rdf) + "type";
  std::size_t citationNodeCount = 0;
  std::size_t factQuads = 0;
  for (const auto& q : quads) {
    if (q.predicate.value == rdfType && q.object.value == citationType) ++citationNodeCount;
    if (q.graph.value == rdf::factsGraphIri(base)) ++factQuads;
  }
  std::cout << "pactgraph " << kVersion << ": built the knowledge graph from " << loaded->files << " data files\n";
  std::cout << "  nodes       " << std::setw(6) << counts.nodes << "\n";
  for (const auto& [type, n] : counts.nodesByType) {
    std::cout << "    " << std::left << std::setw(20) << type << std::right << std::setw(6) << n << "\n";
  }
  std::cout << "  statements  " << std::setw(6) << counts.statements << "\n";
  std::cout << "  citations   " << std::setw(6) << counts.citations << "  (" << citationNodeCount
            << " distinct source+pages nodes, " << sourcesCited.size() << " sources cited)\n";
  std::cout << "  quads       " << std::setw(6) << quads.size() << "  (facts " << factQuads << ", provenance "
            << quads.size() - factQuads << ")\n";
  std::cout << "files written:\n";
  for (const auto& file : written) {
    std::cout << "  " << std::left << std::setw(28) << file.path.string() << std::right << std::setw(8)
              << file.triples << (file.path.extension() == ".ttl" || file.path.extension() == ".nt" ? " triples " : " quads   ")
              << std::setw(10) << humanBytes(file.bytes) << "\n";
  }
  return ExitCode::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pactgraph — provenance-rich knowledge graphs of diplomatic history, exported as linked data"};
  app.set_version_flag("--version", std::string("pactgraph ") + kVersion);
  app.require_subcommand(1);

  cli::InputOptions input;
  std::string base;
  std::filesystem::path outDir;
  std::string formatName;
  std::string outputPath;

  CLI::App* build = app.add_subcommand("build", "Validate the data and write every RDF format into OUTDIR");
  addInputOptions(*build, input, base);
  build->add_option("-o,--output", outDir, "Output directory (created if missing)")->required()->type_name("OUTDIR");

  CLI::App* validate = app.add_subcommand("validate", "Check the data against the ontology; write nothing");
  validate->add_option("DATA", input.data, "Data files or directories of *.json files")->required()->type_name("PATH");
  validate->add_option("--ontology", input.ontologyPath, "Ontology (Turtle) to validate against")->type_name("FILE");
  validate->add_flag("-q,--quiet", input.quiet, "Print only errors");

  CLI::App* exportCommand = app.add_subcommand("export", "Validate the data and write one RDF format");
  addInputOptions(*exportCommand, input, base);
  exportCommand->add_option("-f,--format", formatName, "turtle, ntriples, nquads, trig or jsonld")
      ->required()
      ->check(CLI::IsMember({"turtle", "ntriples", "nquads", "trig", "jsonld"}));
  exportCommand->add_option("-o,--output", outputPath, "Output file (default: standard output)")->type_name("FILE");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? ExitCode::kOk : ExitCode::kUsage;
  }
  if (!base.empty() && !rdf::isValidBase(base)) {
    std::cerr << "error[usage.bad-base]: --base must be an absolute IRI ending in / or #, got \"" << base << "\"\n";
    return ExitCode::kUsage;
  }
  if (base.empty()) base = std::string(model::vocab::defaultBase);

  try {
    if (*build) return runBuild(input, base, outDir);
    if (*validate) return runValidate(input);
    if (*exportCommand) return runExport(input, base, formatName, outputPath);
  } catch (const util::IoError& error) {
    std::cerr << "error[io.write]: " << error.what() << "; nothing was written\n";
    return ExitCode::kIoFailure;
  } catch (const rdf::WriteError& error) {
    std::cerr << "error[rdf.write]: " << error.what() << "; nothing was written\n";
    return ExitCode::kIoFailure;
  }
  return ExitCode::kUsage;
}

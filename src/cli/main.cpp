// pactgraph — command-line entry point. Parses options and calls the
// libraries; no domain logic lives here.
#include <algorithm>
#include <CLI/CLI.hpp>

#include <csignal>

#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include "AnalysisCommands.h"
#include "ReportCommands.h"
#include "StoreCommands.h"
#include "commands/DiffCommand.h"
#include "commands/ExportCslJsonCommand.h"
#include "commands/ExportQuickStatementsCommand.h"
#include "commands/ImportCommand.h"
#include "commands/PackageCommand.h"
#include "Pipeline.h"
#include "pactgraph/ontology/Artifacts.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/rdf/TermCheck.h"
#include "pactgraph/synth/Synth.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/OutputTransaction.h"

namespace {

using namespace pactgraph;
using cli::ExitCode;

constexpr const char* kVersion = "0.1.0";

// Vocabularies `--materialize` can emit, by the names users know them by.
const std::map<std::string, std::string_view> kAlignableVocabularies = {
    {"crm", "http://www.cidoc-crm.org/cidoc-crm/"}, {"schema", model::vocab::schema},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"}, {"prov", model::vocab::prov},
    {"bibo", model::vocab::bibo}, {"dcterms", model::vocab::dcterms}, {"skos", model::vocab::skos},
};

// How to shape the RDF output (build and export).
struct ExportSettings {
  std::string base;
  std::string provenance = "statements";
  std::vector<std::string> materialize;

  rdf::ExportOptions options(const ontology::Ontology& ontology) const {
    rdf::ExportOptions out = cli::exportOptionsFor(ontology, base);
    out.provenance = provenance == "nanopub" ? rdf::ProvenanceEncoding::nanopublications
                                             : rdf::ProvenanceEncoding::statementNodes;
    std::vector<std::string> namespaces;
    for (const auto& name : materialize) namespaces.emplace_back(kAlignableVocabularies.at(name));
    if (!namespaces.empty()) out.alignedTerms = ontology.alignments(namespaces);
    return out;
  }
};

void addDataOptions(CLI::App& command, cli::InputOptions& input) {
  command.add_option("DATA", input.data, "Data files or directories of *.json files")->required()->type_name("PATH");
  command.add_option("--ontology", input.ontologyPath,
                     "Ontology (Turtle) to validate against instead of the built-in ontology/pactgraph.ttl")
      ->type_name("FILE");
  auto* quiet = command.add_flag("-q,--quiet", input.quiet, "Print only errors");
  auto* progress = command.add_flag("--progress", input.progress,
                                    "Report each stage with its time and peak memory on stderr (default: when "
                                    "stderr is a terminal)");
  quiet->excludes(progress);
}

void addExportOptions(CLI::App& command, ExportSettings& settings) {
  command.add_option("--base", settings.base, "Base IRI for minted node, statement and citation IRIs (ends in / or #)")
      ->default_val(std::string(model::vocab::defaultBase));
  command.add_option("--provenance", settings.provenance,
                     "How claims carry provenance: statements (rdf:Statement nodes) or nanopub "
                     "(one nanopublication of named graphs per claim)")
      ->check(CLI::IsMember({"statements", "nanopub"}))
      ->default_val("statements");
  std::vector<std::string> names;
  for (const auto& [name, ns] : kAlignableVocabularies) names.push_back(name);
  command.add_option("--materialize", settings.materialize,
                     "Also emit the aligned terms of these vocabularies (comma-separated): crm, schema, sem, prov, "
                     "bibo, dcterms, skos")
      ->delimiter(',')
      ->check(CLI::IsMember(names));
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

// Counts the bytes a writer produces while passing them on.
class CountingSink : public util::TextSink {
 public:
  explicit CountingSink(util::TextSink& next) : next_(next) {}
  void write(std::string_view text) override {
    bytes_ += text.size();
    next_.write(text);
  }
  std::size_t bytes() const { return bytes_; }

 private:
  util::TextSink& next_;
  std::size_t bytes_ = 0;
};

// stdout as a sink.
class StdoutSink : public util::TextSink {
 public:
  void write(std::string_view text) override { std::cout.write(text.data(), static_cast<std::streamsize>(text.size())); }
};

int runValidate(const cli::InputOptions& input) {
  int exitCode = ExitCode::kOk;
  util::Progress progress(input.progressMode(), std::cerr);
  auto loaded = cli::loadValidated(input, std::cerr, exitCode, &progress);
  if (!loaded) return exitCode;
  if (!input.quiet) {
    const auto counts = loaded->graph.counts();
    std::cout << "valid: " << loaded->files << " files, " << counts.nodes << " nodes, " << counts.statements
              << " statements, " << counts.citations << " citations\n";
  }
  return ExitCode::kOk;
}

int runExport(const cli::InputOptions& input, const ExportSettings& settings, const std::string& formatName,
              const std::string& outputPath) {
  int exitCode = ExitCode::kOk;
  util::Progress progress(input.progressMode(), std::cerr);
  auto loaded = cli::loadValidated(input, std::cerr, exitCode, &progress);
  if (!loaded) return exitCode;
  const rdf::Format format = *rdf::formatFromName(formatName);
  progress.stage("build quads");
  const auto store = rdf::buildQuadStore(loaded->graph, settings.options(loaded->ontology));
  loaded->graph = model::Graph{};  // the writers need only the store: free the memory before writing
  const auto prefixes = rdf::standardPrefixes(settings.base);
  progress.stage("write " + formatName);
  if (outputPath.empty() || outputPath == "-") {
    StdoutSink sink;
    rdf::serialize(store, format, prefixes, sink);
    std::cout.flush();
    return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
  }
  util::OutputTransaction output;
  output.stage(outputPath, [&](util::TextSink& sink) { rdf::serialize(store, format, prefixes, sink); });
  output.commit();
  return ExitCode::kOk;
}

// `formats`: names from --formats, in the order given (all five by default).
int runBuild(const cli::InputOptions& input, const ExportSettings& settings, const std::filesystem::path& outDir,
             const std::vector<std::string>& formats) {
  int exitCode = ExitCode::kOk;
  util::Progress progress(input.progressMode(), std::cerr);
  auto loaded = cli::loadValidated(input, std::cerr, exitCode, &progress);
  if (!loaded) return exitCode;
  const std::string& base = settings.base;
  progress.stage("build quads");
  const auto store = rdf::buildQuadStore(loaded->graph, settings.options(loaded->ontology));
  // The writers need only the store: keep the summary's figures and free the graph before writing.
  const auto counts = loaded->graph.counts();
  std::set<std::string> sourcesCited;
  for (const auto& citation : loaded->graph.citations) sourcesCited.insert(citation.sourceId);
  loaded->graph = model::Graph{};
  const auto prefixes = rdf::standardPrefixes(base);
  // Triples in the union of the graphs (what Turtle and N-Triples carry).
  // The union of the graphs, for the formats without named graphs (once for both).
  const bool anyTripleFormat = std::any_of(formats.begin(), formats.end(), [](const std::string& name) {
    return !rdf::carriesGraphs(*rdf::formatFromName(name));
  });
  const rdf::QuadStore triples = anyTripleFormat ? store.withoutGraphs() : rdf::QuadStore();

  struct Written {
    std::filesystem::path path;
    std::size_t triples;
    std::size_t bytes;
  };
  std::vector<Written> written;
  util::OutputTransaction output;
  for (const std::string& name : formats) {
    const rdf::Format format = *rdf::formatFromName(name);
    const auto path = outDir / ("pactgraph." + std::string(rdf::fileExtension(format)));
    std::size_t bytes = 0;
    progress.stage("write " + std::string(rdf::formatName(format)));
    output.stage(path, [&](util::TextSink& sink) {
      CountingSink counting(sink);
      rdf::serialize(rdf::carriesGraphs(format) ? store : triples, format, prefixes, counting);
      bytes = counting.bytes();
    });
    written.push_back({path, rdf::carriesGraphs(format) ? store.size() : triples.size(), bytes});
  }
  progress.stage("commit");
  output.commit();
  progress.finish();

  if (input.quiet) return ExitCode::kOk;
  const std::string citationType = std::string(model::vocab::pg) + "Citation";
  const std::string rdfType = std::string(model::vocab::rdf) + "type";
  std::size_t citationNodeCount = 0;
  std::map<std::string, std::size_t> quadsPerGraph;
  for (const auto& q : store.quads()) {
    if (store.term(q.predicate).value == rdfType && store.term(q.object).value == citationType) ++citationNodeCount;
    // The named graphs of the shape by name; nanopublication graphs together.
    const std::string& graph = store.term(q.graph).value;
    ++quadsPerGraph[graph.starts_with(base + "graph/") ? graph.substr(base.size() + 6) : "nanopublications"];
  }
  std::cout << "pactgraph " << kVersion << ": built the knowledge graph from " << loaded->files << " data files\n";
  std::cout << "  nodes       " << std::setw(6) << counts.nodes << "\n";
  for (const auto& [type, n] : counts.nodesByType) {
    std::cout << "    " << std::left << std::setw(20) << type << std::right << std::setw(6) << n << "\n";
  }
  std::cout << "  statements  " << std::setw(6) << counts.statements << "\n";
  std::cout << "  citations   " << std::setw(6) << counts.citations << "  (" << citationNodeCount
            << " citation nodes, " << sourcesCited.size() << " sources cited)\n";
  std::cout << "  quads       " << std::setw(6) << store.size() << "  (";
  const char* separator = "";
  for (const auto& [graph, n] : quadsPerGraph) {
    std::cout << separator << graph << " " << n;
    separator = ", ";
  }
  std::cout << ")\n";
  std::cout << "files written:\n";
  for (const auto& file : written) {
    std::cout << "  " << std::left << std::setw(28) << file.path.string() << std::right << std::setw(8)
              << file.triples << (file.path.extension() == ".ttl" || file.path.extension() == ".nt" ? " triples " : " quads   ")
              << std::setw(10) << humanBytes(file.bytes) << "\n";
  }
  return ExitCode::kOk;
}

// Reads any RDF file and writes it in another syntax, with every term
// checked first: the writers' behaviour on arbitrary data, not only on
// model-shaped graphs (used by the W3C suites and for triple-store loads).
int runConvert(const std::string& inputPath, const std::string& from, const std::string& baseIri,
               const std::string& to, const std::string& outputPath, const ExportSettings& settings) {
  const rdf::Format format = *rdf::formatFromName(to);
  std::vector<model::Quad> quads;
  try {
    rdf::ReadOptions options;
    options.baseIri = baseIri;
    quads = rdf::readRdf(util::readFile(inputPath), *rdf::inputSyntaxFromName(from), options, inputPath);
  } catch (const rdf::ReadError& error) {
    std::cerr << error.what() << " [rdf.syntax]\n";
    return ExitCode::kInvalidData;
  }
  const auto problems = rdf::checkTerms(quads, format);
  for (const auto& problem : problems) std::cerr << inputPath << ": error[rdf.bad-term]: " << problem << '\n';
  if (!problems.empty()) {
    std::cerr << problems.size() << (problems.size() == 1 ? " error" : " errors") << "; nothing was written\n";
    return ExitCode::kInvalidData;
  }
  const std::string text = rdf::serialize(std::move(quads), format, rdf::standardPrefixes(settings.base));
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

// Writes the artifacts derived from the ontology (all or nothing).
int runGenerate(const std::string& ontologyPath, const std::string& shapes, const std::string& context,
                const std::string& jsonSchema) {
  std::optional<ontology::Ontology> vocabulary;
  try {
    vocabulary = ontologyPath.empty() ? ontology::Ontology::builtIn()
                                      : ontology::Ontology::fromTurtle(util::readFile(ontologyPath), ontologyPath);
  } catch (const std::exception& error) {
    std::cerr << "error[ontology.unreadable]: " << error.what() << '\n';
    return ExitCode::kIoFailure;
  }
  util::OutputTransaction output;
  output.stage(shapes, ontology::shaclShapes(*vocabulary));
  output.stage(context, ontology::jsonLdContext(*vocabulary));
  output.stage(jsonSchema, ontology::inputJsonSchema(*vocabulary));
  output.commit();
  std::cout << "wrote " << shapes << ", " << context << ", " << jsonSchema << '\n';
  return ExitCode::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit (ulimit -f) must surface as a failed write (EFBIG),
  // which rolls the output back, not as a signal that kills the process
  // while a temporary file is half written.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"pactgraph — provenance-rich knowledge graphs of diplomatic history, exported as linked data"};
  app.set_version_flag("--version", std::string("pactgraph ") + kVersion);
  app.require_subcommand(1);

  cli::InputOptions input;
  ExportSettings exportSettings;
  std::filesystem::path outDir;
  std::string formatName;
  std::string outputPath;

  CLI::App* build = app.add_subcommand("build", "Validate the data and write every RDF format into OUTDIR");
  addDataOptions(*build, input);
  addExportOptions(*build, exportSettings);
  build->add_option("-o,--output", outDir, "Output directory (created if missing)")->required()->type_name("OUTDIR");
  std::vector<std::string> buildFormats{"turtle", "ntriples", "trig", "nquads", "jsonld"};
  build
      ->add_option("--formats", buildFormats,
                   "Formats to write, comma-separated: turtle, ntriples, trig, nquads, jsonld (default: all)")
      ->delimiter(',')
      ->check(CLI::IsMember({"turtle", "ntriples", "nquads", "trig", "jsonld"}))
      ->type_name("LIST");

  CLI::App* validate = app.add_subcommand("validate", "Check the data against the ontology; write nothing");
  addDataOptions(*validate, input);

  CLI::App* exportCommand = app.add_subcommand("export", "Validate the data and write one RDF format");
  addDataOptions(*exportCommand, input);
  addExportOptions(*exportCommand, exportSettings);
  exportCommand->add_option("-f,--format", formatName, "turtle, ntriples, nquads, trig or jsonld")
      ->required()
      ->check(CLI::IsMember({"turtle", "ntriples", "nquads", "trig", "jsonld"}));
  exportCommand->add_option("-o,--output", outputPath, "Output file (default: standard output)")->type_name("FILE");

  std::string shapesPath = "ontology/shapes.ttl";
  std::string contextPath = "ontology/context.jsonld";
  std::string jsonSchemaPath = "data/schema.json";
  std::string generateOntology;
  CLI::App* generate = app.add_subcommand(
      "generate", "Write the files derived from the ontology: SHACL shapes, JSON-LD context, input JSON Schema");
  generate->add_option("--ontology", generateOntology, "Ontology (Turtle) instead of the built-in one")->type_name("FILE");
  generate->add_option("--shapes", shapesPath, "SHACL shapes output")->capture_default_str()->type_name("FILE");
  generate->add_option("--context", contextPath, "JSON-LD context output")->capture_default_str()->type_name("FILE");
  generate->add_option("--json-schema", jsonSchemaPath, "JSON Schema output")->capture_default_str()->type_name("FILE");

  std::string convertInput;
  std::string convertFrom;
  std::string convertBase;
  CLI::App* convert = app.add_subcommand("convert", "Read an RDF file (Turtle, TriG, N-Triples, N-Quads) and write it "
                                                     "in another format; blank nodes become skolem IRIs");
  convert->add_option("FILE", convertInput, "RDF file to read")->required()->type_name("FILE");
  convert->add_option("--from", convertFrom, "turtle, trig, ntriples or nquads")
      ->required()
      ->check(CLI::IsMember({"turtle", "trig", "ntriples", "nquads"}));
  convert->add_option("--input-base", convertBase, "Base IRI for relative IRIs in FILE");
  convert->add_option("-t,--to", formatName, "turtle, ntriples, nquads, trig or jsonld")
      ->required()
      ->check(CLI::IsMember({"turtle", "ntriples", "nquads", "trig", "jsonld"}));
  convert->add_option("-o,--output", outputPath, "Output file (default: standard output)")->type_name("FILE");

  cli::AnalysisCommandState analysis;
  cli::addAnalysisCommands(app, analysis);
  cli::ReportCommandState reportCommands;
  cli::addReportCommands(app, reportCommands);
  cli::StoreCommandState storeCommands;
  cli::addStoreCommands(app, storeCommands);

  // Subcommands in their own files (src/cli/commands/), each run by its own closure.
  const std::vector<cli::Subcommand> subcommands = {cli::addImportCommand(app), cli::addExportCslJsonCommand(app),
                                                      cli::addExportQuickStatementsCommand(app),
                                                      cli::addDiffCommand(app), cli::addPackageCommand(app)};

  synth::SynthOptions synthOptions;
  std::filesystem::path synthDirectory;
  CLI::App* synthCommand = app.add_subcommand("synth", "Write a deterministic synthetic dataset (for scale tests and benchmarks)");
  synthCommand->add_option("--entities", synthOptions.entities, "Approximate number of nodes")->capture_default_str();
  synthCommand->add_option("--seed", synthOptions.seed, "Random seed")->capture_default_str();
  synthCommand->add_option("--records-per-file", synthOptions.recordsPerFile, "Records per data file")
      ->capture_default_str();
  synthCommand->add_option("-o,--output", synthDirectory, "Output directory")->required()->type_name("DIR");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? ExitCode::kOk : ExitCode::kUsage;
  }
  if (const auto blank = cli::blankPathOption(app)) {
    std::cerr << "error[usage.blank-path]: " << *blank << " needs a file or directory name, got an empty one\n"
              << "  hint: an empty path would mean the working directory; name it, e.g. `.` or `out`\n";
    return ExitCode::kUsage;
  }
  std::string& base = exportSettings.base;
  if (base.empty()) base = std::string(model::vocab::defaultBase);
  if (!rdf::isValidBase(base)) {
    std::cerr << "error[usage.bad-base]: --base must be an absolute IRI ending in / or #, got \"" << base << "\"\n";
    return ExitCode::kUsage;
  }

  return cli::runGuarded(
      [&]() -> int {
        if (*build) {
          std::vector<std::string> formats;  // each once, in the order given
          for (const auto& name : buildFormats) {
            if (std::find(formats.begin(), formats.end(), name) == formats.end()) formats.push_back(name);
          }
          return runBuild(input, exportSettings, outDir, formats);
        }
        if (*validate) return runValidate(input);
        if (*exportCommand) return runExport(input, exportSettings, formatName, outputPath);
        if (*synthCommand) {
          const auto summary = synth::writeSynthetic(synthOptions, synthDirectory);
          std::cout << "wrote " << summary.files.size() << " files to " << synthDirectory.string() << ": "
                    << summary.nodes << " nodes, " << summary.citations << " citations, " << summary.statements
                    << " statements\n";
          return ExitCode::kOk;
        }
        if (*convert) return runConvert(convertInput, convertFrom, convertBase, formatName, outputPath, exportSettings);
        if (*generate) return runGenerate(generateOntology, shapesPath, contextPath, jsonSchemaPath);
        if (const auto code = cli::runAnalysisCommands(analysis)) return *code;
        if (const auto code = cli::runReportCommands(reportCommands)) return *code;
        if (const auto code = cli::runStoreCommands(storeCommands)) return *code;
        for (const auto& subcommand : subcommands) {
          if (*subcommand.app) return subcommand.run();
        }
        return ExitCode::kUsage;
      },
      std::cerr);
}

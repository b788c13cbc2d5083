// `pactgraph build DATA -o OUTDIR`: validate, then write every RDF format
// (or those of --formats) into OUTDIR, all files or none.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "../Output.h"
#include "../Pipeline.h"
#include "Commands.h"
#include "pactgraph/util/Escape.h"

namespace pactgraph::cli {

namespace {

constexpr const char* kVersion = "0.1.0";

struct BuildState {
  InputOptions input;
  ExportSettings settings;
  std::filesystem::path outDir;
  std::vector<std::string> formats = rdf::formatNames();
};

struct Written {
  std::filesystem::path path;
  std::size_t triples = 0;
  std::size_t bytes = 0;
};

std::string humanBytes(std::size_t bytes) {
  std::ostringstream out;
  if (bytes < 1024) {
    out << bytes << " B";
  } else {
    out << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1024.0 << " KiB";
  }
  return out.str();
}

void printSummary(const model::GraphCounts& counts, std::size_t files, std::size_t sourcesCited,
                  const rdf::QuadStore& store, const std::string& base, const std::vector<Written>& written) {
  const rdf::DatasetSummary summary = rdf::summarize(store, base);
  std::cout << "pactgraph " << kVersion << ": built the knowledge graph from " << files << " data files\n";
  std::cout << "  nodes       " << std::setw(6) << counts.nodes << "\n";
  for (const auto& [type, n] : counts.nodesByType) {
    std::cout << "    " << std::left << std::setw(20) << type << std::right << std::setw(6) << n << "\n";
  }
  std::cout << "  statements  " << std::setw(6) << counts.statements << "\n";
  std::cout << "  citations   " << std::setw(6) << counts.citations << "  (" << summary.citationNodes
            << " citation nodes, " << sourcesCited << " sources cited)\n";
  std::cout << "  quads       " << std::setw(6) << store.size() << "  (";
  const char* separator = "";
  for (const auto& [graph, n] : summary.quadsPerGraph) {
    std::cout << separator << graph << " " << n;
    separator = ", ";
  }
  std::cout << ")\nfiles written:\n";
  for (const auto& file : written) {
    const bool triples = !rdf::carriesGraphs(*rdf::formatFromExtension(file.path.extension().string()));
    std::cout << "  " << std::left << std::setw(28) << util::terminalSafe(file.path.string()) << std::right
              << std::setw(8) << file.triples << (triples ? " triples " : " quads   ") << std::setw(10)
              << humanBytes(file.bytes) << "\n";
  }
}

int runBuild(BuildState& state) {
  checkBase(state.settings.base);
  std::vector<rdf::Format> formats;  // each once, in the order given
  for (const auto& name : state.formats) {
    const rdf::Format format = *rdf::formatFromName(name);
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) formats.push_back(format);
  }
  util::Progress progress(state.input.progressMode(), std::cerr);
  LoadedGraph loaded = loadValidated(state.input, &progress);
  progress.stage("build quads");
  const auto store = rdf::buildQuadStore(loaded.graph, state.settings.options(loaded.ontology));
  const auto jsonld = state.settings.jsonLd(loaded.ontology);
  // The writers need only the store: keep the summary's figures and free the graph before writing.
  const auto counts = loaded.graph.counts();
  std::set<std::string> sourcesCited;
  for (const auto& citation : loaded.graph.citations) sourcesCited.insert(citation.sourceId);
  loaded.graph = model::Graph{};
  const auto prefixes = rdf::standardPrefixes(state.settings.base);
  // The union of the graphs, for the formats without named graphs (once for both).
  const bool anyTripleFormat =
      std::any_of(formats.begin(), formats.end(), [](rdf::Format f) { return !rdf::carriesGraphs(f); });
  const rdf::QuadStore triples = anyTripleFormat ? store.withoutGraphs() : rdf::QuadStore();

  // The writers run concurrently (writeFiles): each reads the stores,
  // prefixes and context, which nothing changes any more, and writes its own
  // sink and its own `written[i]`. Progress is not thread-safe, so one
  // stage covers the concurrent writing; one writer at a time reports each.
  const bool concurrent = state.input.jobs != 1 && formats.size() > 1;
  if (concurrent) {
    std::string names;
    for (const rdf::Format format : formats)
      names += (names.empty() ? "" : ", ") + std::string(rdf::formatName(format));
    progress.stage("write " + names);
  }
  std::vector<Written> written(formats.size());
  std::vector<OutputFile> files;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const rdf::Format format = formats[i];
    const rdf::QuadStore& content = rdf::carriesGraphs(format) ? store : triples;
    written[i] = {state.outDir / ("pactgraph." + std::string(rdf::fileExtension(format))), content.size(), 0};
    files.push_back({written[i].path, [&, format, i](util::TextSink& sink) {
                       if (!concurrent) progress.stage("write " + std::string(rdf::formatName(format)));
                       CountingSink counting(sink);
                       rdf::serialize(content, format, prefixes, counting, jsonld);
                       written[i].bytes = counting.bytes;
                     }});
  }
  writeFiles(files, &progress, state.input.jobs);
  progress.finish();
  if (!state.input.quiet) printSummary(counts, loaded.files, sourcesCited.size(), store, state.settings.base, written);
  return kOk;
}

}  // namespace

Subcommand addBuildCommand(CLI::App& app) {
  auto state = std::make_shared<BuildState>();
  CLI::App* command = app.add_subcommand("build", "Validate the data and write every RDF format into OUTDIR");
  addInputOptions(*command, state->input);
  addExportOptions(*command, state->settings);
  command->add_option("-o,--output", state->outDir, "Output directory (created if missing)")
      ->required()
      ->type_name("OUTDIR");
  command
      ->add_option("--formats", state->formats,
                   "Formats to write, comma-separated: turtle, ntriples, trig, nquads, jsonld (default: all)")
      ->delimiter(',')
      ->check(CLI::IsMember(rdf::formatNames()))
      ->type_name("LIST");
  return {command, [state] { return runBuild(*state); }};
}

}  // namespace pactgraph::cli

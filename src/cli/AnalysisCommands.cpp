#include "AnalysisCommands.h"

#include <algorithm>
#include <functional>
#include <iostream>

#include "AnalysisReports.h"
#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/NetworkFormats.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

// `dataRequired` false: the command may run on a store instead (path).
void addCommonOptions(CLI::App& command, AnalysisCommandState& state, bool dataRequired = true) {
  command.add_option("DATA", state.input.data, "Data files or directories of *.json files")
      ->required(dataRequired)
      ->type_name("PATH");
  command
      .add_option("--ontology", state.input.ontologyPath,
                  "Ontology (Turtle) to validate against instead of the built-in ontology/pactgraph.ttl")
      ->type_name("FILE");
  command.add_flag("--include-deprecated", state.includeDeprecated,
                   "Also use claims of deprecated rank (left out by default)");
}

void addJsonOption(CLI::App& command, AnalysisCommandState& state) {
  command.add_flag("--json", state.json, "Print machine-readable JSON instead of text");
}

void addRdfOptions(CLI::App& command, AnalysisCommandState& state, const std::string& what) {
  command.add_option("--rdf", state.rdfPath, what + " (format by extension: .nq, .trig, .ttl, .nt, .jsonld)")
      ->type_name("FILE");
  command.add_option("--base", state.base, "Base IRI of node IRIs: in the RDF output, and node ids on a store are <base><id> (ends in / or #)")
      ->default_val(std::string(model::vocab::defaultBase));
}

analysis::TypeHierarchy typeHierarchy(const ontology::Ontology& ontology) { return {ontology.classAncestry()}; }

std::optional<rdf::Format> formatFromExtension(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension == ".nq") return rdf::Format::nquads;
  if (extension == ".trig") return rdf::Format::trig;
  if (extension == ".ttl") return rdf::Format::turtle;
  if (extension == ".nt") return rdf::Format::ntriples;
  if (extension == ".jsonld") return rdf::Format::jsonld;
  return std::nullopt;
}

// Checks the options shared by the subcommands; prints and returns the usage
// exit code on a problem.
std::optional<int> checkCommon(const AnalysisCommandState& state) {
  if (!state.rdfPath.empty() && !formatFromExtension(state.rdfPath)) {
    std::cerr << "error[usage.rdf-format]: cannot tell the RDF format of \"" << state.rdfPath
              << "\": use the extension .nq, .trig, .ttl, .nt or .jsonld\n";
    return ExitCode::kUsage;
  }
  if (!rdf::isValidBase(state.base)) {
    std::cerr << "error[usage.bad-base]: --base must be an absolute IRI ending in / or #, got \"" << state.base
              << "\"\n";
    return ExitCode::kUsage;
  }
  return std::nullopt;
}

int writeText(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
  }
  util::OutputTransaction output;
  output.stage(path, text);
  output.commit();
  return ExitCode::kOk;
}

void writeQuads(const std::string& path, std::vector<model::Quad> quads, const std::string& base) {
  const rdf::Format format = *formatFromExtension(path);
  util::OutputTransaction output;
  output.stage(path, rdf::serialize(std::move(quads), format, rdf::standardPrefixes(base)));
  output.commit();
}

// Resolves a user's name for a node; prints why it failed.
std::optional<std::string> resolveNode(const model::Graph& graph, const std::string& name, const std::string& role,
                                       const std::function<bool(const model::Node&)>& accept = {}) {
  const analysis::NameMatch match = analysis::findNodeByName(graph, name, accept);
  if (!match.id.empty()) return match.id;
  if (!match.candidates.empty()) {
    std::cerr << "error[analysis.ambiguous-name]: " << role << " \"" << name << "\" names " << match.candidates.size()
              << " nodes:";
    for (const auto& id : match.candidates) std::cerr << " " << id << " (" << analysis::displayLabel(graph, id) << ")";
    std::cerr << "\n  hint: give the id\n";
    return std::nullopt;
  }
  std::cerr << "error[analysis.unknown-name]: no " << (accept ? "actor" : "node") << " is called \"" << name
            << "\" (by id or label)\n";
  if (!match.suggestion.empty()) std::cerr << "  hint: " << match.suggestion << "\n";
  return std::nullopt;
}

int runAnalyze(const AnalysisCommandState& state) {
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const auto types = typeHierarchy(loaded->ontology);
  analysis::ActorNetwork network = analysis::buildActorNetwork(loaded->graph, types, {state.includeDeprecated});
  reports::NetworkContext context;
  context.includeDeprecated = state.includeDeprecated;
  if (!state.ego.empty()) {
    const auto ego =
        resolveNode(loaded->graph, state.ego, "--ego", [&](const model::Node& node) { return types.isActor(node); });
    if (!ego) return ExitCode::kInvalidData;
    context.ego = *ego;
    context.radius = state.radius;
    network = analysis::egoNetwork(network, *network.find(*ego), state.radius, &context.egoDistances);
  }
  const analysis::NetworkScores scores = analysis::computeScores(network);
  if (!state.rdfPath.empty()) writeQuads(state.rdfPath, reports::networkQuads(network, scores, state.base), state.base);
  if (state.json) return writeText({}, reports::networkJson(network, scores, context));
  reports::printNetwork(std::cout, network, scores, context);
  return ExitCode::kOk;
}

// A --via/--avoid term must be a predicate or class of the ontology.
bool checkTerms(const ontology::Ontology& ontology, const std::vector<std::string>& terms, const char* option) {
  std::vector<std::string> known = ontology.propertyNames();
  for (const auto& name : ontology.classNames()) known.push_back(name);
  for (const auto& term : terms) {
    if (std::find(known.begin(), known.end(), term) != known.end()) continue;
    std::cerr << "error[usage.unknown-term]: " << option << " \"" << term
              << "\" is neither a predicate nor a class of the ontology\n";
    const std::string hint = util::didYouMean(term, known);
    if (!hint.empty()) std::cerr << "  hint: " << hint << "\n";
    return false;
  }
  return true;
}

// Reads an EDTF date option into the first (`latest` false) or last day it covers.
std::optional<std::string> dayOption(const std::string& text, const char* option, bool latest) {
  std::string error;
  const auto date = model::parseEdtf(text, &error);
  if (!date) {
    std::cerr << "error[usage.bad-date]: " << option << " \"" << text << "\" is not a date: " << error << "\n";
    return std::nullopt;
  }
  const analysis::DayRange range = analysis::dayRange(*date);
  return latest ? range.latest : range.earliest;
}

// `path --endpoint`: the same question put to a store. The filters that need
// the claims' dates, ranks and the ontology's classes are not translated to
// SPARQL (yet), so they are refused rather than silently ignored.
int runPathOnStore(const AnalysisCommandState& state) {
  const std::pair<bool, const char*> fileOnly[] = {{!state.input.data.empty(), "DATA"},
                                                   {!state.via.empty(), "--via"},
                                                   {!state.avoid.empty(), "--avoid"},
                                                   {!state.after.empty(), "--after"},
                                                   {!state.before.empty(), "--before"},
                                                   {state.includeDeprecated, "--include-deprecated"},
                                                   {!state.rdfPath.empty(), "--rdf"},
                                                   {!state.input.ontologyPath.empty(), "--ontology"},
                                                   {state.order == "date", "--order date"}};
  for (const auto& [given, option] : fileOnly) {
    if (!given) continue;
    std::cerr << "error[usage.endpoint-option]: " << option
              << " works on data files only; with --endpoint the store's graph is searched as it is\n"
              << "  hint: run `pactgraph path FROM TO DATA... " << option << " ...` on the files instead\n";
    return ExitCode::kUsage;
  }
  if (state.graph.empty()) {
    std::cerr << "error[usage.no-graph]: --endpoint needs --graph IRI: the named graph that `pactgraph push` "
                 "loaded (with provenance)\n";
    return ExitCode::kUsage;
  }
  EndpointPathRequest request;
  request.connection = state.store;
  request.graph = state.graph;
  request.base = state.base;
  request.from = state.from;
  request.to = state.to;
  request.k = state.k;
  request.maxLength = state.maxLength;
  request.json = state.json;
  return cli::runEndpointPath(request);
}

int runPath(const AnalysisCommandState& state) {
  if (!state.store.endpoint.empty()) return runPathOnStore(state);
  if (state.input.data.empty()) {
    std::cerr << "error[usage.no-data]: path needs DATA (files or directories) or --endpoint URL --graph IRI\n";
    return ExitCode::kUsage;
  }
  if (!state.graph.empty()) {
    std::cerr << "error[usage.graph-without-endpoint]: --graph names a graph on a store: give --endpoint URL too\n";
    return ExitCode::kUsage;
  }
  analysis::PathOptions options;
  options.k = state.k;
  options.maxLength = state.maxLength;
  options.via = state.via;
  options.avoid = state.avoid;
  options.includeDeprecated = state.includeDeprecated;
  options.rankByDate = state.order != "hops";
  if (!state.after.empty()) {
    const auto day = dayOption(state.after, "--after", false);
    if (!day) return ExitCode::kUsage;
    options.after = *day;
  }
  if (!state.before.empty()) {
    const auto day = dayOption(state.before, "--before", true);
    if (!day) return ExitCode::kUsage;
    options.before = *day;
  }
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  if (!checkTerms(loaded->ontology, options.via, "--via") || !checkTerms(loaded->ontology, options.avoid, "--avoid")) {
    return ExitCode::kUsage;
  }
  const auto from = resolveNode(loaded->graph, state.from, "FROM");
  const auto to = resolveNode(loaded->graph, state.to, "TO");
  if (!from || !to) return ExitCode::kInvalidData;
  const auto types = typeHierarchy(loaded->ontology);
  const analysis::PathResult result = analysis::findPaths(loaded->graph, types, *from, *to, options);
  if (!state.rdfPath.empty()) {
    rdf::ExportOptions exportOptions;
    exportOptions.base = state.base;
    writeQuads(state.rdfPath, rdf::buildDataset(reports::pathSubgraph(loaded->graph, result), exportOptions),
               state.base);
  }
  const reports::PathContext context{*from, *to, &options};
  if (state.json) return writeText({}, reports::pathsJson(loaded->graph, result, context));
  reports::printPaths(std::cout, loaded->graph, result, context);
  return ExitCode::kOk;
}

int runTimeline(const AnalysisCommandState& state) {
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const auto types = typeHierarchy(loaded->ontology);
  const analysis::Timeline timeline = analysis::buildTimeline(loaded->graph, types, {state.includeDeprecated});
  for (const auto& warning : timeline.warnings.sorted()) std::cerr << util::format(warning) << "\n";
  if (state.json) return writeText({}, reports::timelineJson(loaded->graph, timeline));
  reports::printTimeline(std::cout, loaded->graph, timeline);
  return ExitCode::kOk;
}

int runAudit(const AnalysisCommandState& state) {
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const auto types = typeHierarchy(loaded->ontology);
  const analysis::Audit audit = analysis::auditGraph(loaded->graph, types);
  if (state.json) return writeText({}, reports::auditJson(loaded->graph, audit));
  reports::printAudit(std::cout, loaded->graph, audit, state.listAll);
  return ExitCode::kOk;
}

int runNetwork(const AnalysisCommandState& state) {
  if (state.format == "csv" && (state.output.empty() || state.output == "-")) {
    std::cerr << "error[usage.csv-output]: --format csv writes two files: give -o PATH (PATH-nodes.csv, "
                 "PATH-edges.csv)\n";
    return ExitCode::kUsage;
  }
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode);
  if (!loaded) return exitCode;
  const auto types = typeHierarchy(loaded->ontology);
  const analysis::ActorNetwork network = analysis::buildActorNetwork(loaded->graph, types, {state.includeDeprecated});
  const analysis::NetworkScores scores = analysis::computeScores(network);
  if (state.format == "csv") {
    util::OutputTransaction output;
    output.stage(state.output + "-nodes.csv", analysis::toNodesCsv(network, scores));
    output.stage(state.output + "-edges.csv", analysis::toEdgesCsv(network));
    output.commit();
    return ExitCode::kOk;
  }
  if (state.format == "graphml") return writeText(state.output, analysis::toGraphml(network, scores));
  if (state.format == "gexf") return writeText(state.output, analysis::toGexf(network, scores));
  return writeText(state.output, analysis::toDot(network, scores));
}

}  // namespace

void addAnalysisCommands(CLI::App& app, AnalysisCommandState& state) {
  state.analyze = app.add_subcommand(
      "analyze", "Actor network: degree, betweenness, closeness, PageRank and components of every actor");
  addCommonOptions(*state.analyze, state);
  addJsonOption(*state.analyze, state);
  addRdfOptions(*state.analyze, state, "Also write the scores as an analysis named graph to FILE");
  state.analyze->add_option("--ego", state.ego, "Only the ego network of this actor (id or label)")->type_name("ACTOR");
  state.analyze->add_option("--radius", state.radius, "Radius of the ego network in links")
      ->default_val(1)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));

  state.path = app.add_subcommand(
      "path", "The k shortest chains of claims from FROM to TO, with their sources (in DATA, or on a store)");
  state.path->add_option("FROM", state.from, "Start node (id or label)")->required();
  state.path->add_option("TO", state.to, "End node (id or label)")->required();
  addCommonOptions(*state.path, state, false);
  addConnectionOptions(*state.path, state.store, false);
  state.path
      ->add_option("--graph", state.graph,
                   "With --endpoint: the named graph holding the data (pushed with provenance)")
      ->type_name("IRI");
  addJsonOption(*state.path, state);
  addRdfOptions(*state.path, state, "Also write the claims, statement and citation nodes of the paths to FILE");
  state.path->add_option("--k", state.k, "Number of paths")
      ->default_val(3)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  state.path->add_option("--max-length", state.maxLength, "Longest path in hops")
      ->default_val(6)
      ->check(CLI::Range(std::size_t{1}, std::size_t{100}));
  state.path->add_option("--via", state.via, "Predicate or class the path must use (repeatable)")->type_name("TERM")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  state.path->add_option("--avoid", state.avoid, "Predicate or class the path must not use (repeatable)")
      ->type_name("TERM")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  state.path
      ->add_option("--order", state.order,
                   "Order of equally long paths: date (the earliest days their claims held first; the default on "
                   "files) or hops (by the ids of the nodes they pass; the order with --endpoint, whose claims "
                   "are fetched without dates)")
      ->check(CLI::IsMember({"date", "hops"}));
  state.path->add_option("--after", state.after, "Only claims valid on or after this EDTF date")->type_name("DATE");
  state.path->add_option("--before", state.before, "Only claims valid on or before this EDTF date")->type_name("DATE");

  state.timeline = app.add_subcommand("timeline", "Events in date order; warns about dates that contradict claims");
  addCommonOptions(*state.timeline, state);
  addJsonOption(*state.timeline, state);

  state.audit = app.add_subcommand(
      "audit", "Provenance coverage: uncited, single-source, ranked and annotated claims, sources, sensitivity");
  addCommonOptions(*state.audit, state);
  addJsonOption(*state.audit, state);
  state.audit->add_flag("--all", state.listAll,
                        "List every single-source claim in the text (default: their number per source)");

  state.network = app.add_subcommand("network", "Export the actor network for network tools");
  addCommonOptions(*state.network, state);
  state.network
      ->add_option("-f,--format", state.format, "graphml, gexf, dot or csv (two files: PATH-nodes.csv, PATH-edges.csv)")
      ->required()
      ->check(CLI::IsMember({"graphml", "gexf", "dot", "csv"}));
  state.network->add_option("-o,--output", state.output, "Output file (default: standard output; required for csv)")
      ->type_name("PATH");
}

std::optional<int> runAnalysisCommands(const AnalysisCommandState& state) {
  const bool any = (state.analyze && *state.analyze) || (state.path && *state.path) ||
                   (state.timeline && *state.timeline) || (state.audit && *state.audit) ||
                   (state.network && *state.network);
  if (!any) return std::nullopt;
  if (const auto usage = checkCommon(state)) return usage;
  try {
    if (*state.analyze) return runAnalyze(state);
    if (*state.path) return runPath(state);
    if (*state.timeline) return runTimeline(state);
    if (*state.audit) return runAudit(state);
    return runNetwork(state);
  } catch (const util::IoError& error) {
    reportWriteFailure(error, std::cerr);
    return ExitCode::kIoFailure;
  } catch (const rdf::WriteError& error) {
    std::cerr << "error[rdf.write]: " << error.what() << "; nothing was written\n";
    return ExitCode::kIoFailure;
  }
}

}  // namespace pactgraph::cli

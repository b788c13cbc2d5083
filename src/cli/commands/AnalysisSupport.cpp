#include "AnalysisSupport.h"

#include "../Errors.h"
#include "../Output.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::cli {

namespace {

// ".ttl, .nt, .trig, .nq, .jsonld" from the writer table, the last one after `lastSeparator`.
std::string rdfExtensions(const std::string& lastSeparator) {
  const std::vector<std::string> names = rdf::formatNames();
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0                  ? ""
            : i + 1 == names.size() ? lastSeparator
                                    : ", ") +
           std::string(".") + std::string(rdf::fileExtension(*rdf::formatFromName(names[i])));
  }
  return out;
}

}  // namespace

void addAnalysisOptions(CLI::App& command, AnalysisInput& state, DataArgument data) {
  addInputOptions(command, state.input, data);
  command.add_flag("--include-deprecated", state.includeDeprecated,
                   "Use every claim, also deprecated ones and those outranked by a preferred claim (default: the "
                   "best-ranked claims, as the export's direct triples)");
}

void addJsonOption(CLI::App& command, AnalysisInput& state) {
  command.add_flag("--json", state.json, "Print machine-readable JSON instead of text");
}

void addRdfOutputOptions(CLI::App& command, AnalysisInput& state, const std::string& what) {
  command.add_option("--rdf", state.rdfPath, what + " (format by extension: " + rdfExtensions(", ") + ")")
      ->type_name("FILE");
  addBaseOption(command, state.base,
                "Base IRI of node IRIs: in the RDF output, and node ids on a store are <base><id> (ends in / or #)");
}

void checkRdfOutput(const AnalysisInput& state) {
  if (!state.rdfPath.empty() && !rdf::formatFromExtension(std::filesystem::path(state.rdfPath).extension().string())) {
    throw UsageError("rdf-format", "cannot tell the RDF format of \"" + state.rdfPath + "\"",
                     "use the extension " + rdfExtensions(" or "));
  }
  checkBase(state.base);
}

void writeRdfOutput(const AnalysisInput& state, std::vector<model::Quad> quads) {
  const rdf::Format format = *rdf::formatFromExtension(std::filesystem::path(state.rdfPath).extension().string());
  writeOutput(state.rdfPath, rdf::serialize(std::move(quads), format, rdf::standardPrefixes(state.base)));
}

analysis::TypeHierarchy typeHierarchy(const ontology::Ontology& ontology) {
  return {ontology.classAncestry(), ontology.propertyAncestry()};
}

report::ReportAnalyses reportAnalyses(const model::Graph& graph, const analysis::TypeHierarchy& types,
                                      bool includeDeprecated, util::Progress* progress) {
  constexpr analysis::ScoreOptions kScores{.exactLimit = 2000, .samples = 256};
  const auto stage = [&](const std::string& name) {
    if (progress) progress->stage("report: " + name);
  };
  stage("actor network");
  analysis::ActorNetwork network = analysis::buildActorNetwork(graph, types, {includeDeprecated});
  const std::size_t actors = network.actors.size();
  stage(actors > kScores.exactLimit
            ? "scores (betweenness and closeness estimated from " + std::to_string(std::min(kScores.samples, actors)) +
                  " sampled sources of " + std::to_string(actors) + " actors)"
            : "scores");
  analysis::NetworkScores scores = analysis::computeScores(network, kScores);
  stage("timeline");
  analysis::Timeline timeline = analysis::buildTimeline(graph, types, {includeDeprecated});
  stage("audit");
  analysis::Audit audit = analysis::auditGraph(graph, types, {.sensitivity = false});
  return {std::move(network), std::move(scores), std::move(timeline), std::move(audit),
          analysis::ClaimDates(graph, types, includeDeprecated)};
}

std::string resolveNode(const model::Graph& graph, const std::string& name, const std::string& role,
                        const std::function<bool(const model::Node&)>& accept) {
  const analysis::NameMatch match = analysis::findNodeByName(graph, name, accept);
  if (!match.id.empty()) return match.id;
  if (!match.candidates.empty()) {
    std::string names;
    for (const auto& id : match.candidates) names += " " + id + " (" + analysis::displayLabel(graph, id) + ")";
    throw DataError("analysis.ambiguous-name",
                    role + " \"" + name + "\" names " + std::to_string(match.candidates.size()) + " nodes:" + names,
                    "give the id");
  }
  throw DataError("analysis.unknown-name",
                  "no " + std::string(accept ? "actor" : "node") + " is called \"" + name + "\" (by id or label)",
                  match.suggestion);
}

}  // namespace pactgraph::cli

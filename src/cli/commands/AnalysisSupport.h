// What the analysis subcommands (analyze, path, timeline, audit, network,
// report) share on the command line: DATA and --include-deprecated, --json,
// --rdf with --base, turning a user's node name into an id, and the
// analyses a report presents.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "../Options.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/model/Term.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/report/Report.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::cli {

struct AnalysisInput {
  InputOptions input;
  bool includeDeprecated = false;
  bool json = false;
  std::string rdfPath;  // --rdf FILE; empty: no RDF output
  std::string base = std::string(model::vocab::defaultBase);
};

// DATA, --ontology, --quiet, --progress and --include-deprecated.
void addAnalysisOptions(CLI::App& command, AnalysisInput& state, DataArgument data = DataArgument::required);
// --json.
void addJsonOption(CLI::App& command, AnalysisInput& state);
// --rdf FILE and --base IRI; `what` says what the file holds.
void addRdfOutputOptions(CLI::App& command, AnalysisInput& state, const std::string& what);
// Throws UsageError when --rdf has no known RDF extension or --base is not usable.
void checkRdfOutput(const AnalysisInput& state);
// Writes `quads` to --rdf FILE in the format of its extension (all or nothing).
void writeRdfOutput(const AnalysisInput& state, std::vector<model::Quad> quads);

// The ontology's class and property hierarchies, for the analyses and the report.
analysis::TypeHierarchy typeHierarchy(const ontology::Ontology& ontology);

// What `report` and `package` present: the actor network with its scores
// (past 2,000 actors betweenness and closeness estimated from 256 sampled
// sources), the timeline, the audit and the claim dates, each a stage of
// `progress` when given.
report::ReportAnalyses reportAnalyses(const model::Graph& graph, const analysis::TypeHierarchy& types,
                                      bool includeDeprecated, util::Progress* progress = nullptr);

// The node a user named by id or label; throws DataError (exit 1) when no
// node or several nodes have that name, with the candidates or a suggestion.
std::string resolveNode(const model::Graph& graph, const std::string& name, const std::string& role,
                        const std::function<bool(const model::Node&)>& accept = {});

}  // namespace pactgraph::cli

// How the analysis subcommands present their results: readable text, JSON
// (nlohmann/json, kept out of this header), and quads for the rdf writers.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/model/Term.h"

namespace pactgraph::cli::reports {

// What was analysed, for headers and JSON summaries.
struct NetworkContext {
  bool includeDeprecated = false;
  std::string ego;  // actor id of an ego network, else empty
  std::size_t radius = 0;
  std::vector<std::size_t> egoDistances;  // parallel to the network's actors when `ego` is set
};

// A table sorted by betweenness (descending), ties by id.
void printNetwork(std::ostream& out, const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                  const NetworkContext& context);
std::string networkJson(const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                        const NetworkContext& context);
// Each actor's scores as literals on its IRI, in the graph <base>graph/analysis.
std::vector<model::Quad> networkQuads(const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                                      const std::string& base);
std::string analysisGraphIri(const std::string& base);

struct PathContext {
  std::string from;
  std::string to;
  const analysis::PathOptions* options = nullptr;
};

void printPaths(std::ostream& out, const model::Graph& graph, const analysis::PathResult& result,
                const PathContext& context);
std::string pathsJson(const model::Graph& graph, const analysis::PathResult& result, const PathContext& context);
// The part of `graph` the paths rest on: their nodes, the claims of their
// hops, those claims' citations and the citations' sources.
model::Graph pathSubgraph(const model::Graph& graph, const analysis::PathResult& result);

void printTimeline(std::ostream& out, const model::Graph& graph, const analysis::Timeline& timeline);
std::string timelineJson(const model::Graph& graph, const analysis::Timeline& timeline);

// Single-source claims as a summary per source; `listAll` lists them too.
void printAudit(std::ostream& out, const model::Graph& graph, const analysis::Audit& audit, bool listAll);
std::string auditJson(const model::Graph& graph, const analysis::Audit& audit);

// "Mao Zedong —participant→ Negotiation of 22 January 1950" style rendering
// of a claim: subject label, predicate, object label or literal value.
std::string describeClaim(const model::Graph& graph, const model::Statement& statement);

}  // namespace pactgraph::cli::reports

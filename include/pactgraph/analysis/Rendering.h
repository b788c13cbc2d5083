// How the analyses are presented: readable text for a terminal (every text
// of the data passed through util::terminalSafe), JSON (documented in
// README.md; the shapes are part of the interface), and quads for the rdf
// writers. The `analyze`, `path`, `timeline` and `audit` subcommands print
// these; nothing else is computed here.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/PathReport.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/model/Term.h"

namespace pactgraph::analysis {

// What was analysed, for headers and JSON summaries.
struct NetworkContext {
  bool includeDeprecated = false;
  std::string ego;  // actor id of an ego network, else empty
  std::size_t radius = 0;
  std::vector<std::size_t> egoDistances;  // parallel to the network's actors when `ego` is set
};

// A table sorted by betweenness (descending), ties by id.
void printNetwork(std::ostream& out, const ActorNetwork& network, const NetworkScores& scores,
                  const NetworkContext& context);
std::string networkJson(const ActorNetwork& network, const NetworkScores& scores, const NetworkContext& context);
// Each actor's scores as literals on its IRI `<base><id>`, in the graph analysisGraphIri(base).
std::vector<model::Quad> networkQuads(const ActorNetwork& network, const NetworkScores& scores,
                                      const std::string& base);
std::string analysisGraphIri(const std::string& base);

// The paths, each hop with its claim and sources; the same for a report
// from memory or from a store.
void printPaths(std::ostream& out, const PathReport& report);
std::string pathsJson(const PathReport& report);

void printTimeline(std::ostream& out, const model::Graph& graph, const Timeline& timeline);
std::string timelineJson(const model::Graph& graph, const Timeline& timeline);

// Single-source claims as a summary per source; `listAll` lists them too.
void printAudit(std::ostream& out, const model::Graph& graph, const Audit& audit, bool listAll);
std::string auditJson(const model::Graph& graph, const Audit& audit);

}  // namespace pactgraph::analysis

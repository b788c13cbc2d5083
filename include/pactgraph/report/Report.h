// The visual report of a validated graph: one self-contained HTML file
// (inline CSS and SVG, no script, no external resource) with
//   - the actor network (force-directed layout, node area by betweenness,
//     colour by kind of actor, link width by citations) and a legend;
//   - the timeline of events over the full range and a detail window, each
//     date drawn by its precision (day point; month, year or interval bar;
//     uncertain and approximate marked, open ends fading);
//   - tables of the actors with their centralities, the events with their
//     claims, the treaties with their articles, and the sources with the
//     number of claims each supports;
//   - the citations of every claim shown ("Heinzig 2004, p. 343 [fn 34]"),
//     linked to the source, and links actor → event → source through
//     fragment ids (#actor-<id>, #event-<id>, #treaty-<id>, #source-<id>).
// Everything shown comes from the analysis module (network, scores,
// timeline, audit, citation formatting); nothing is recomputed here.
//
// Deterministic: the same graph, whatever the order of its input files,
// gives the same bytes (no dates of generation, sorted content, numbers
// through formatNumber).
//
// Readable from a 400 px phone to a wide screen: the figures come in a wide
// and a narrow (portrait) rendering and CSS shows the one that fits; tables
// become one card per row below 640 px; nothing is wider than the page.
//
// Big graphs: past ReportOptions' limits the network shows its top actors
// by PageRank, betweenness and closeness are estimated from sampled
// sources, and the lists and the timeline keep their most relevant entries,
// each with a note saying so; the page is then written in seconds
// (bench/RESULTS.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::report {

struct ReportOptions {
  // Page title; empty: the label of the treaty or agreement that is the
  // subject of the most claims (ties: smallest id), else "pactgraph report".
  std::string title;
  bool includeDeprecated = false;  // also use claims of deprecated rank in the network and timeline
  // Detail window of the timeline; nothing: busiestWindow of three months.
  std::optional<analysis::DayRange> zoom;

  // Past this many actors the network figure draws only this many, those
  // of highest PageRank, and the links among them.
  std::size_t networkLimit = 100;
  // Past this many actors betweenness and closeness are estimated from
  // `scoreSamples` breadth-first sources (analysis::ScoreOptions).
  std::size_t exactScoreLimit = 2000;
  std::size_t scoreSamples = 256;
  // At most this many rows or entries in each table and list (actors by
  // betweenness; events with the most top actors taking part; treaties
  // with the most claims; sources with the most claims).
  std::size_t listLimit = 300;
  // At most this many events on the timeline (chosen as for the list).
  std::size_t timelineLimit = 150;
  // Reports the stages of a long run when given.
  util::Progress* progress = nullptr;
};

// What renderReport left out of a big graph (for the command line).
struct ReportSummary {
  std::size_t actors = 0;
  std::size_t drawnActors = 0;      // < actors when the network was cut to its top actors
  std::size_t sampledSources = 0;   // 0: exact betweenness and closeness
};

// The report of `graph`, which must have passed ontology::validate.
std::string renderReport(const model::Graph& graph, const analysis::TypeHierarchy& types,
                         const ReportOptions& options = {}, ReportSummary* summary = nullptr);

}  // namespace pactgraph::report

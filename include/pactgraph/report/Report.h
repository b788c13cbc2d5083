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
// Everything shown comes from the analysis module: the network, scores,
// timeline, audit and dates are inputs (ReportAnalyses), computed by the
// caller; citation formatting and labels are the analysis module's. The
// ontology terms the report needs (pg:Treaty and pg:Agreement for the
// treaties, pg:articleOf for their articles, pg:Person, pg:Organization and
// pg:State for the colours of actors, the bibliographic properties of
// sources) are matched through the TypeHierarchy: a subclass or
// subproperty that an --ontology extension declares counts as the term.
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
// by PageRank and the lists and the timeline keep their most relevant
// entries, each with a note saying so, as does a network whose betweenness
// and closeness were estimated from sampled sources (NetworkScores::
// sampledSources); the page is then written in seconds (bench/RESULTS.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::report {

// What the report presents, computed by the analysis module from the same
// validated graph and with the same `includeDeprecated` as ReportOptions
// (the `report` and `package` commands compute them as `analyze`,
// `timeline` and `audit` do). The report never recomputes them.
struct ReportAnalyses {
  analysis::ActorNetwork network;  // buildActorNetwork
  analysis::NetworkScores scores;  // computeScores(network): exact or sampled, as the caller chose
  analysis::Timeline timeline;     // buildTimeline
  analysis::Audit audit;           // auditGraph; sensitivity is not shown
  analysis::ClaimDates dates;      // the dates of treaties and agreements
};

struct ReportOptions {
  // Page title; empty: the label of the treaty or agreement that is the
  // subject of the most claims (ties: smallest id), else "pactgraph report".
  std::string title;
  // The analyses used claims of deprecated rank (the header says which).
  bool includeDeprecated = false;
  // Detail window of the timeline; nothing: busiestWindow of three months.
  std::optional<analysis::DayRange> zoom;

  // Past this many actors the network figure draws only this many, those
  // of highest PageRank, and the links among them.
  std::size_t networkLimit = 100;
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
  std::size_t drawnActors = 0;     // < actors when the network was cut to its top actors
  std::size_t sampledSources = 0;  // 0: exact betweenness and closeness (from ReportAnalyses::scores)
};

// The report of `graph`, which must have passed ontology::validate, with
// `analyses` computed from it and `types` the ontology's hierarchies.
std::string renderReport(const model::Graph& graph, const analysis::TypeHierarchy& types,
                         const ReportAnalyses& analyses, const ReportOptions& options = {},
                         ReportSummary* summary = nullptr);

}  // namespace pactgraph::report

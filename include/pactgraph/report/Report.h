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
#pragma once

#include <optional>
#include <string>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::report {

struct ReportOptions {
  // Page title; empty: the label of the treaty or agreement that is the
  // subject of the most claims (ties: smallest id), else "pactgraph report".
  std::string title;
  bool includeDeprecated = false;  // also use claims of deprecated rank in the network and timeline
  // Detail window of the timeline; nothing: busiestWindow of three months.
  std::optional<analysis::DayRange> zoom;
};

// The report of `graph`, which must have passed ontology::validate.
std::string renderReport(const model::Graph& graph, const analysis::TypeHierarchy& types,
                         const ReportOptions& options = {});

}  // namespace pactgraph::report

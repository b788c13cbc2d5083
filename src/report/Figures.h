// The two SVG figures of the report (internal to pactgraph_report): the
// actor network and the timeline, each as an HTML fragment (<figure> with
// inline SVG and an HTML legend). Text in them goes through Html.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::report::detail {

// The kind of an actor, for colours and the legend.
enum class ActorKind { person, organization, state, other };
ActorKind actorKind(const model::Graph& graph, const analysis::TypeHierarchy& types, const std::string& id);
const char* actorKindName(ActorKind kind);

// The network drawing, twice: for wide screens and (portrait, only the most
// central actors named) for narrow ones, CSS showing one. Circles link to
// #actor-<id>. `note` (HTML, may be empty) is shown above the drawing.
std::string networkFigure(const model::Graph& graph, const analysis::TypeHierarchy& types,
                          const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                          const std::string& note);

// The tooltip of a link: the actors, citations and sources, predicates, and
// the first dates it held.
std::string linkDescription(const analysis::ActorNetwork& network, const analysis::Link& link);

// The full-range panel and, when `zoom` is set, the detail panel, each for
// wide and for narrow screens (labels above the marks), CSS showing one;
// marks link to #event-<id>. `events` (in timeline order, pointing into
// `timeline`) are drawn; the full range spans all of the timeline's events.
// Undated ones among `events` are listed after the panels. `note` (HTML,
// may be empty) is shown above them.
std::string timelineFigure(const analysis::Timeline& timeline,
                           const std::vector<const analysis::TimelineEvent*>& events,
                           const std::optional<analysis::DayRange>& zoom, const std::string& note);

}  // namespace pactgraph::report::detail

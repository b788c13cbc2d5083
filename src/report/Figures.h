// The two SVG figures of the report (internal to pactgraph_report): the
// actor network and the timeline, each as an HTML fragment (<figure> with
// inline SVG and an HTML legend). Text in them goes through Html.h.
#pragma once

#include <optional>
#include <string>

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

// The network drawing: circles link to #actor-<id>.
std::string networkFigure(const model::Graph& graph, const analysis::TypeHierarchy& types,
                          const analysis::ActorNetwork& network, const analysis::NetworkScores& scores);

// The full-range panel and, when `zoom` is set, the detail panel; marks link
// to #event-<id>. Undated events are listed after the panels.
std::string timelineFigure(const analysis::Timeline& timeline, const std::optional<analysis::DayRange>& zoom);

}  // namespace pactgraph::report::detail

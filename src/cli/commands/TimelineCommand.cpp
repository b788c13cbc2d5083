// `pactgraph timeline DATA`: events in date order; dates that contradict the
// claims are warnings.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/Rendering.h"
#include "pactgraph/analysis/Timeline.h"

namespace pactgraph::cli {

Subcommand addTimelineCommand(CLI::App& app) {
  auto state = std::make_shared<AnalysisInput>();
  CLI::App* command = app.add_subcommand("timeline", "Events in date order; warns about dates that contradict claims");
  addAnalysisOptions(*command, *state);
  addJsonOption(*command, *state);
  return {command, [state] {
            const LoadedGraph loaded = loadValidated(state->input);
            const analysis::Timeline timeline =
                analysis::buildTimeline(loaded.graph, typeHierarchy(loaded.ontology), {state->includeDeprecated});
            for (const auto& warning : timeline.warnings.sorted()) std::cerr << util::format(warning) << "\n";
            if (state->json) {
              writeOutput({}, analysis::timelineJson(loaded.graph, timeline));
            } else {
              analysis::printTimeline(std::cout, loaded.graph, timeline);
            }
            return int{kOk};
          }};
}

}  // namespace pactgraph::cli

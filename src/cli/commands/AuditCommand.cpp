// `pactgraph audit DATA`: provenance coverage — uncited, single-source and
// disputed claims, sources, and the sensitivity of the network to
// deprecated claims.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/Rendering.h"

namespace pactgraph::cli {

Subcommand addAuditCommand(CLI::App& app) {
  struct AuditState {
    AnalysisInput common;
    bool listAll = false;
  };
  auto state = std::make_shared<AuditState>();
  CLI::App* command = app.add_subcommand(
      "audit", "Provenance coverage: uncited, single-source, ranked and annotated claims, sources, sensitivity");
  addAnalysisOptions(*command, state->common);
  addJsonOption(*command, state->common);
  command->add_flag("--all", state->listAll,
                    "List every single-source claim in the text (default: their number per source)");
  return {command, [state] {
            const LoadedGraph loaded = loadValidated(state->common.input);
            const analysis::Audit audit = analysis::auditGraph(loaded.graph, typeHierarchy(loaded.ontology));
            if (state->common.json) {
              writeOutput({}, analysis::auditJson(loaded.graph, audit));
            } else {
              analysis::printAudit(std::cout, loaded.graph, audit, state->listAll);
            }
            return int{kOk};
          }};
}

}  // namespace pactgraph::cli

// `pactgraph audit DATA`: provenance coverage — uncited, single-source and
// disputed claims, sources, and the sensitivity of the network to
// deprecated claims.
#include <iostream>
#include <memory>

#include "../AnalysisReports.h"
#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/Audit.h"

namespace pactgraph::cli {

Subcommand addAuditCommand(CLI::App& app) {
  auto state = std::make_shared<AnalysisInput>();
  CLI::App* command = app.add_subcommand(
      "audit", "Provenance coverage: uncited, single-source and disputed claims, sources, sensitivity");
  addAnalysisOptions(*command, *state);
  addJsonOption(*command, *state);
  return {command, [state] {
            const LoadedGraph loaded = loadValidated(state->input);
            const analysis::Audit audit = analysis::auditGraph(loaded.graph, typeHierarchy(loaded.ontology));
            if (state->json) {
              writeOutput({}, reports::auditJson(loaded.graph, audit));
            } else {
              reports::printAudit(std::cout, loaded.graph, audit);
            }
            return int{kOk};
          }};
}

}  // namespace pactgraph::cli

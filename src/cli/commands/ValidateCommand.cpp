// `pactgraph validate DATA`: check the data against the ontology, write nothing.
#include <iostream>
#include <memory>

#include "../Pipeline.h"
#include "Commands.h"

namespace pactgraph::cli {

Subcommand addValidateCommand(CLI::App& app) {
  auto input = std::make_shared<InputOptions>();
  CLI::App* command = app.add_subcommand("validate", "Check the data against the ontology; write nothing");
  addInputOptions(*command, *input);
  return {command, [input] {
            util::Progress progress(input->progressMode(), std::cerr);
            const LoadedGraph loaded = loadValidated(*input, &progress);
            if (!input->quiet) {
              const auto counts = loaded.graph.counts();
              std::cout << "valid: " << loaded.files << " files, " << counts.nodes << " nodes, " << counts.statements
                        << " statements, " << counts.citations << " citations\n";
            }
            return int{kOk};
          }};
}

}  // namespace pactgraph::cli

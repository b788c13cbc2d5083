// `pactgraph synth --entities N -o DIR`: a deterministic synthetic dataset
// for scale tests and benchmarks.
#include <iostream>
#include <memory>

#include "../Errors.h"
#include "Commands.h"
#include "pactgraph/synth/Synth.h"

namespace pactgraph::cli {

Subcommand addSynthCommand(CLI::App& app) {
  struct SynthState {
    synth::SynthOptions options;
    std::filesystem::path directory;
  };
  auto state = std::make_shared<SynthState>();
  CLI::App* command =
      app.add_subcommand("synth", "Write a deterministic synthetic dataset (for scale tests and benchmarks)");
  command->add_option("--entities", state->options.entities, "Approximate number of nodes")->capture_default_str();
  command->add_option("--seed", state->options.seed, "Random seed")->capture_default_str();
  command->add_option("--records-per-file", state->options.recordsPerFile, "Records per data file")
      ->capture_default_str();
  command->add_option("-o,--output", state->directory, "Output directory")->required()->type_name("DIR");
  return {command, [state] {
            const auto summary = synth::writeSynthetic(state->options, state->directory);
            std::cout << "wrote " << summary.files.size() << " files to " << state->directory.string() << ": "
                      << summary.nodes << " nodes, " << summary.citations << " citations, " << summary.statements
                      << " statements\n";
            return int{kOk};
          }};
}

}  // namespace pactgraph::cli

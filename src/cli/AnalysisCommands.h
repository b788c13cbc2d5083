// The analysis subcommands of `pactgraph`: analyze, path, timeline, audit and
// network (`path --endpoint` runs on a triple store instead of files). Wiring only: options are parsed here, the work is done by
// pactgraph_analysis, and results are printed (text, JSON) or converted to
// quads for the rdf writers (the analysis library never sees rdf).
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "Pipeline.h"
#include "StoreCommands.h"
#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::cli {

// The options of every analysis subcommand, filled by CLI11.
struct AnalysisCommandState {
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  bool includeDeprecated = false;
  bool json = false;
  std::string rdfPath;  // --rdf FILE; empty: no RDF output

  // analyze
  std::string ego;
  std::size_t radius = 1;
  // path
  std::string from;
  std::string to;
  std::size_t k = 3;
  std::size_t maxLength = 6;
  std::vector<std::string> via;
  std::vector<std::string> avoid;
  std::string before;
  std::string after;
  std::string order;  // "date", "hops" or empty (date on files, hops on a store)
  StoreConnectionOptions store;  // path --endpoint: answered by a store
  std::string graph;             // the store's named graph
  // audit
  bool listAll = false;
  // network
  std::string format;
  std::string output;

  CLI::App* analyze = nullptr;
  CLI::App* path = nullptr;
  CLI::App* timeline = nullptr;
  CLI::App* audit = nullptr;
  CLI::App* network = nullptr;
};

// Adds the subcommands to `app`; their options are stored in `state`, which
// must outlive parsing and runAnalysisCommands.
void addAnalysisCommands(CLI::App& app, AnalysisCommandState& state);

// Runs the analysis subcommand that was parsed and returns its exit code, or
// nothing when none of them was given.
std::optional<int> runAnalysisCommands(const AnalysisCommandState& state);

}  // namespace pactgraph::cli

// The steps every subcommand shares: read the ontology, load the data,
// validate it, and report diagnostics. Wiring only; the work is in the
// libraries.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "Errors.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/util/Diagnostics.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::cli {


struct InputOptions {
  std::vector<std::filesystem::path> data;
  std::string ontologyPath;  // empty: the ontology built into the binary
  bool quiet = false;
  bool progress = false;  // --progress: report stages even when stderr is not a terminal

  // Stages on stderr: with --progress, never with --quiet, else when stderr
  // is a terminal.
  util::Progress::Mode progressMode() const {
    return progress ? util::Progress::Mode::always
           : quiet  ? util::Progress::Mode::never
                    : util::Progress::Mode::automatic;
  }
};

struct LoadedGraph {
  ontology::Ontology ontology;
  model::Graph graph;
  std::size_t files = 0;
};

// Loads and validates; prints every diagnostic to `err`. On failure returns
// nothing and sets `exitCode` (1 for invalid data, 3 when a file could not
// be read or the ontology is broken). Reports the stages to `progress` when
// given.
std::optional<LoadedGraph> loadValidated(const InputOptions& options, std::ostream& err, int& exitCode,
                                         util::Progress* progress = nullptr);

// The first option of the parsed command line that names a file or a
// directory (type name PATH, FILE, DIR or OUTDIR) and was given an empty or
// blank value, as "--output" or "DATA"; nothing when there is none. One
// check for every subcommand, present and future.
std::optional<std::string> blankPathOption(const CLI::App& app);

// Prints an output failure: `error[io.write]: …`, then whether the previous
// outputs are untouched ("nothing was written") or, after a failed restore,
// nothing more (the message already says which file holds what).
void reportWriteFailure(const util::IoError& error, std::ostream& err);

// Export options that carry what the ontology says about the export: its
// own triples (the ontology graph) and the identifier properties that link
// out (pg:linkTemplate). `base` must be valid (rdf::isValidBase).
rdf::ExportOptions exportOptionsFor(const ontology::Ontology& ontology, const std::string& base);

}  // namespace pactgraph::cli

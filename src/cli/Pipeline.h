// The steps every subcommand shares: read the ontology, load the data,
// validate it, and report diagnostics. Wiring only; the work is in the
// libraries.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/io/DataFile.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/util/Diagnostics.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::cli {

// Exit codes (DESIGN.md): 0 ok, 1 data invalid, 2 usage error, 3 I/O failure.
enum ExitCode : int { kOk = 0, kInvalidData = 1, kUsage = 2, kIoFailure = 3 };

struct InputOptions {
  std::vector<std::filesystem::path> data;
  std::string ontologyPath;  // empty: the ontology built into the binary
  std::uint64_t maxFileSize = io::kDefaultMaxFileSize;  // bytes per data file (--max-file-size)
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

// Export options that carry what the ontology says about the export: its
// own triples (the ontology graph) and the identifier properties that link
// out (pg:linkTemplate). `base` must be valid (rdf::isValidBase).
rdf::ExportOptions exportOptionsFor(const ontology::Ontology& ontology, const std::string& base);

}  // namespace pactgraph::cli

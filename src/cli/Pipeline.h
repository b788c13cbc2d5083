// The steps every data subcommand shares: read the ontology, load the data,
// validate it, and report diagnostics. Wiring only; the work is in the
// libraries.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "Options.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/util/Diagnostics.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::cli {

struct LoadedGraph {
  ontology::Ontology ontology;
  model::Graph graph;
  std::size_t files = 0;
};

// The ontology at `path`, or the built-in one when `path` is empty. An
// unreadable or broken ontology is printed as error[ontology.unreadable]
// and throws ReportedFailure (exit 3).
ontology::Ontology loadOntology(const std::string& path);

// Prints every diagnostic (sorted, terminal-safe) and, when there are
// errors, the closing "N errors; nothing was written" line. Returns true
// when there are none.
bool reportDiagnostics(const util::Diagnostics& diagnostics, std::ostream& err);

// Loads and validates the data of `options`; prints every diagnostic (with
// file:line:col, JSON Pointer and hint) to standard error. When there are
// errors, throws ReportedFailure: exit 1 for invalid data, 3 when a file
// could not be read. Reports the stages to `progress` when given.
LoadedGraph loadValidated(const InputOptions& options, util::Progress* progress = nullptr);

// Export options that carry what the ontology says about the export: its
// own triples (the ontology graph) and the identifier properties that link
// out (pg:linkTemplate). `base` must be valid (rdf::isValidBase).
rdf::ExportOptions exportOptionsFor(const ontology::Ontology& ontology, const std::string& base);

// Loads and validates the data of `input` (as loadValidated) and writes its
// dataset to `target` (all or nothing): every graph in `format` (N-Triples:
// their union), or with `factsOnly` only the facts graph, as N-Triples. What
// `push`, `query DATA` and `store export` hand to a store.
void writeGraphFile(const InputOptions& input, const std::string& base, bool factsOnly,
                    const std::filesystem::path& target, rdf::Format format = rdf::Format::ntriples);

// Whether DATA is one N-Triples file, to hand to a store as it is.
bool isNTriplesFile(const std::vector<std::filesystem::path>& data);

}  // namespace pactgraph::cli

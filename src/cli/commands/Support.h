// What the interop subcommands share: reading the ontology they map
// through, and printing a run's diagnostics. Wiring only.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::cli {

// The ontology at `path`, or the built-in one when `path` is empty. A file
// that cannot be read or parsed is printed as `error[ontology.unreadable]`
// and gives nothing.
std::optional<ontology::Ontology> readOntology(const std::string& path, std::ostream& err);

// Prints every diagnostic (sorted) and, when there are errors, the closing
// "N errors; nothing was written" line. Returns true when there are none.
bool reportDiagnostics(const util::Diagnostics& diagnostics, std::ostream& err);

}  // namespace pactgraph::cli

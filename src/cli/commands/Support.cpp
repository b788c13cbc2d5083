#include "Support.h"

#include <ostream>

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

std::optional<ontology::Ontology> readOntology(const std::string& path, std::ostream& err) {
  try {
    return path.empty() ? ontology::Ontology::builtIn() : ontology::Ontology::fromTurtle(util::readFile(path), path);
  } catch (const std::exception& error) {
    err << "error[ontology.unreadable]: " << error.what() << '\n';
    return std::nullopt;
  }
}

bool reportDiagnostics(const util::Diagnostics& diagnostics, std::ostream& err) {
  for (const auto& diagnostic : diagnostics.sorted()) err << util::format(diagnostic) << '\n';
  if (!diagnostics.hasErrors()) return true;
  err << diagnostics.errorCount() << (diagnostics.errorCount() == 1 ? " error" : " errors");
  if (diagnostics.warningCount() > 0) err << ", " << diagnostics.warningCount() << " warnings";
  err << "; nothing was written\n";
  return false;
}

}  // namespace pactgraph::cli

#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph export-quickstatements DATA`: the claims as a QuickStatements
// batch for Wikidata or another Wikibase (interop/QuickStatements.h).
Subcommand addExportQuickStatementsCommand(CLI::App& app);

}  // namespace pactgraph::cli

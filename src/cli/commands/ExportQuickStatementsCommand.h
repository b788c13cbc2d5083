#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph export quickstatements DATA`: the claims as a QuickStatements
// batch for Wikidata or another Wikibase (interop/QuickStatements.h). Added
// as a subcommand of `export` (ExportCommand.cpp runs it).
Subcommand addExportQuickStatementsCommand(CLI::App& exportCommand);

}  // namespace pactgraph::cli

#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph export csl-json DATA`: the dataset's sources as CSL-JSON, for
// Zotero (File > Import) or any CSL processor (interop/CslJson.h). Added
// as a subcommand of `export` (ExportCommand.cpp runs it).
Subcommand addExportCslJsonCommand(CLI::App& exportCommand);

}  // namespace pactgraph::cli

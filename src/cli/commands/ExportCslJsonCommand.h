#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph export-csl-json DATA`: the dataset's sources as CSL-JSON, for
// Zotero (File > Import) or any CSL processor (interop/CslJson.h).
Subcommand addExportCslJsonCommand(CLI::App& app);

}  // namespace pactgraph::cli

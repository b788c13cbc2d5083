#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph package DATA -o OUTDIR`: the exports and, beside them, a
// citable release package (VoID, DCAT/schema.org, RO-Crate with the HTML
// report as its preview, CITATION.cff; interop/Package.h).
Subcommand addPackageCommand(CLI::App& app);

}  // namespace pactgraph::cli

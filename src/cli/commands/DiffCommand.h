#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph diff OLD NEW`: the claims, nodes and citations that changed
// between two versions (data or builds), as text, JSON or Markdown, and the
// change as SPARQL 1.1 Update (interop/Diff.h).
Subcommand addDiffCommand(CLI::App& app);

}  // namespace pactgraph::cli

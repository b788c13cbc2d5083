#pragma once

#include "../Command.h"

namespace pactgraph::cli {

// `pactgraph import csl-json FILE` and `import bibtex FILE`: sources from a
// reference manager as a data file (interop/CslJson.h, interop/BibTex.h);
// `import rdf FILE -o DIR`: RDF back into data files (interop/RdfImport.h).
Subcommand addImportCommand(CLI::App& app);

}  // namespace pactgraph::cli

#pragma once

#include <string>
#include <vector>

#include "../Command.h"
#include "../Options.h"
#include "pactgraph/model/Term.h"

namespace pactgraph::cli {

// `pactgraph diff OLD NEW`: the claims, nodes and citations that changed
// between two versions (data or builds), as text, JSON or Markdown, and the
// change as SPARQL 1.1 Update (interop/Diff.h).
Subcommand addDiffCommand(CLI::App& app);

// The quads of one version of a dataset: `input.data` is one RDF file
// (N-Quads, TriG, Turtle, N-Triples, JSON-LD) or build directory (its
// pactgraph.nq, pactgraph.trig or pactgraph.jsonld), read as it is; or data, which is loaded, validated
// and built under `base` as `build` does. Problems are thrown as in
// Errors.h (DataError `rdf.syntax` for unreadable RDF).
std::vector<model::Quad> readDatasetVersion(const InputOptions& input, const std::string& base);

}  // namespace pactgraph::cli

// Term validation before any writer: what the writers would otherwise pass
// through unchecked and turn into files other tools reject or misread
// (../shared/RDF-PITFALLS.md). Model-shaped data is already checked by
// ontology::validate; this covers arbitrary quads.
#pragma once

#include <string>
#include <vector>

#include "pactgraph/model/Term.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf {

// Problems of the quads for `format`, each a sentence naming the term; empty
// when every term can be written faithfully. Checks: IRIs absolute and
// within RFC 3987's characters; well-formed UTF-8; BCP 47 language tags;
// lexical forms of the XSD datatypes pactgraph knows; no U+0000 in formats
// written through Serd (Turtle, TriG). Reports at most `limit` problems.
std::vector<std::string> checkTerms(const std::vector<model::Quad>& quads, Format format, std::size_t limit = 20);

}  // namespace pactgraph::rdf

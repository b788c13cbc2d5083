// Content identity of statements and citations: equal content, equal key,
// whatever file or order it came from. The RDF layer hashes these keys into
// IRIs, so exports are stable whatever the order of the input.
// Defined on resolved records (after ontology::validate).
#pragma once

#include <string>

#include "pactgraph/model/Graph.h"

namespace pactgraph::model {

// Subject, predicate, object and qualifiers (sorted); not rank, notes or
// citations, which are what may differ between two mentions of one claim.
std::string statementKey(const Statement& statement);

// Source and pages: what two footnotes citing the same pages share (one
// piece of evidence, e.g. for network weights).
std::string locatorKey(const Citation& citation);
// Source, pages and footnote number: one citation node per footnote.
std::string citationKey(const Citation& citation);

}  // namespace pactgraph::model

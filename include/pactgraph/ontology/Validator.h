// Validation: the one place where the meaning of the input is checked
// against the ontology. It reports every problem in one pass and, for
// everything that is valid, fills the resolved fields of the model (class and
// property IRIs, typed literal terms, parsed dates, referenced ids).
//
// Diagnostic ids (stable, tested):
//   data.bad-id, data.duplicate-id, data.unknown-reference, data.unknown-citation
//     (a reference that is no slug names the character that is wrong, e.g. a
//     Cyrillic lookalike, and offers the id it was taken for),
//   data.bad-language-tag (RFC 5646 well-formedness), data.duplicate-language
//     (two tags of one map that differ only by case), data.empty-text (empty
//     or blank), data.duplicate-statement, data.duplicate-footnote (one
//     citation per footnote number),
//   data.bad-date, data.bad-interval (a claim's endDate before its
//     startDate), data.bad-literal, data.pattern-mismatch (pg:pattern),
//   data.object-expected, data.value-expected,
//   data.duplicate-dataset, data.bad-dataset (the dataset metadata file),
//   ontology.unknown-class, ontology.not-a-node-class, ontology.unknown-property,
//   ontology.qualifier-only, ontology.claim-needs-statement, ontology.domain,
//   ontology.range, ontology.missing-citation, ontology.missing-required,
//   ontology.cycle (a node within itself through pg:acyclic links).
// A statement the loader could not give an object (Statement::hasObject)
// is not reported again.
#pragma once

#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::ontology {

void validate(const Ontology& ontology, model::Graph& graph, util::Diagnostics& diagnostics);

}  // namespace pactgraph::ontology

// Validation: the one place where the meaning of the input is checked
// against the ontology. It reports every problem in one pass and, for
// everything that is valid, fills the resolved fields of the model (class and
// property IRIs, typed literal terms, parsed dates, referenced ids).
//
// Diagnostic ids (stable, tested):
//   data.bad-id, data.duplicate-id, data.unknown-reference, data.unknown-citation,
//   data.bad-language-tag, data.empty-text, data.duplicate-statement,
//   data.bad-date, data.bad-literal, data.duplicate-dataset, data.bad-dataset, data.object-expected, data.value-expected,
//   ontology.unknown-class, ontology.not-a-node-class, ontology.unknown-property,
//   ontology.qualifier-only, ontology.claim-needs-statement, ontology.domain,
//   ontology.range, ontology.missing-citation, ontology.missing-required
#pragma once

#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::ontology {

void validate(const Ontology& ontology, model::Graph& graph, util::Diagnostics& diagnostics);

}  // namespace pactgraph::ontology

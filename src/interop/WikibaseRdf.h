// Wikibase RDF (the shape of Wikidata's dumps and Special:EntityData: p:,
// ps:, pq:, pr: properties, wikibase:rank, prov:wasDerivedFrom references)
// rewritten into pactgraph's RDF shape, so that import rdf reads it like an
// export: items become nodes (id "q42", a pg: class from P31 through the
// ontology's Wikibase alignment, labels, aliases, descriptions, the
// Wikidata id), statements become statement nodes (property, value,
// qualifiers, rank), references citations (stated in → source, page(s) →
// pages, "footnote 34" → footnote). Internal to the interop module.
#pragma once

#include <string>
#include <vector>

#include "pactgraph/interop/QuickStatements.h"
#include "pactgraph/model/Term.h"
#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::interop::detail {

struct WikibaseRewrite {
  std::vector<model::Quad> quads;  // pactgraph-shaped, plus every quad that is not Wikibase RDF
  std::vector<std::string> leftOut;
  bool found = false;  // the input had Wikibase statements
};

WikibaseRewrite fromWikibaseRdf(const std::vector<model::Quad>& quads, const ontology::Ontology& ontology,
                                const WikibaseTarget& target, const std::string& base);

}  // namespace pactgraph::interop::detail

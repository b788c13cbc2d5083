// The RDF shape of a validated graph (the contract with triple stores):
//
//   facts graph  <base>graph/facts
//     <base><id> a pg:<Type> ; rdfs:label "…"@lang ; skos:altLabel … ;
//                dcterms:description … ; pg:<attribute> … .
//     <subject> pg:<predicate> <object> .        one direct ("truthy") triple
//                                                per statement not deprecated
//   provenance graph  <base>graph/provenance
//     <base>statement/<hash> a rdf:Statement, pg:Statement ;
//        rdf:subject/predicate/object … ; pg:rank pg:NormalRank ;
//        pg:<qualifier> … ; pg:earliest/pg:latest (date values) ;
//        pg:note … ; prov:wasDerivedFrom <base>citation/<hash> .
//     <base>citation/<hash> a pg:Citation ; dcterms:source <source> ;
//        bibo:pages "…" ; pg:footnote n ; rdfs:label "Source, p. n"@en .
//
// Statement and citation IRIs hash their content (model/Identity.h), so
// identical citations are one node and IRIs survive reordering of the
// input. No blank nodes. The quads come back sorted and unique.
//
// ProvenanceEncoding::nanopublications replaces the statement nodes by one
// nanopublication per claim (http://www.nanopub.org/nschema#):
//   <base>np/<hash>/head        np:hasAssertion, np:hasProvenance, np:hasPublicationInfo
//   <base>np/<hash>/assertion   the claim's triple(s)
//   <base>np/<hash>/provenance  <assertion> prov:wasDerivedFrom <citation> ;
//                               pg:rank … ; qualifiers … ; pg:note …
//   <base>np/<hash>/pubinfo     <np> dcterms:conformsTo <pactgraph ontology>
// with node descriptions in <base>graph/facts and citations in
// <base>graph/citations.
//
// `alignedTerms` (built from the ontology by the caller) materialises
// aligned vocabularies: every rdf:type and every predicate of the facts
// found as a key also gets the listed IRIs (crm:E21_Person, sem:hasActor…).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pactgraph/model/Graph.h"
#include "pactgraph/model/Term.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/QuadStore.h"

namespace pactgraph::rdf {

enum class ProvenanceEncoding { statementNodes, nanopublications };

struct ExportOptions {
  // Absolute IRI ending in '/' or '#'; node `x` becomes <base>x.
  std::string base = std::string(model::vocab::defaultBase);
  ProvenanceEncoding provenance = ProvenanceEncoding::statementNodes;
  // Class or property IRI → aligned IRIs to emit as well (may be empty).
  std::map<std::string, std::vector<std::string>> alignedTerms;
};

// The dataset, compact and sorted: what the CLI writes.
QuadStore buildQuadStore(const model::Graph& graph, const ExportOptions& options);
// The same as plain quads (convenient for small graphs and tests).
std::vector<model::Quad> buildDataset(const model::Graph& graph, const ExportOptions& options);

// IRIs of the two named graphs under `base`.
std::string factsGraphIri(const std::string& base);
std::string provenanceGraphIri(const std::string& base);

// True when `base` is usable: an absolute IRI ending in '/' or '#'.
bool isValidBase(const std::string& base);

}  // namespace pactgraph::rdf

// The RDF shape of a validated graph (the contract with triple stores; the
// README's "The RDF shape" and "Which graph holds what" say it for users):
//
//   facts graph  <base>graph/facts
//     <base><id> a pg:<Type> ; rdfs:label "…"@lang ; skos:altLabel … ;
//                dcterms:description … ; pg:<attribute> … .
//     <subject> pg:<predicate> <object> .        direct ("truthy") triples: per
//                                                subject and predicate only the
//                                                claims of the best rank
//                                                (model::truthyStatements)
//     <id> pg:earliest / pg:latest "yyyy-mm-dd"^^xsd:date   first and last day of
//                                                all the node's truthy dates
//     <id> skos:exactMatch <…/Q42>                an identifier property's link
//                                                (ExportOptions::externalLinks)
//     <s> pgv:<p> <base>value/P30Y .             a duration's quantity node:
//     <base>value/P30Y a pg:Quantity ; pg:quantityAmount 30 ;
//                      pg:quantityUnit wd:Q577 ; rdfs:label "30 years"@en .
//   provenance graph  <base>graph/provenance
//     <base>statement/<hash> a rdf:Statement, pg:Statement ;
//        rdf:subject/predicate/object … ; pg:rank pg:NormalRank ;
//        pg:<qualifier> … ; pg:earliest/pg:latest (its date, or its date
//        qualifiers) ; pgv:<p> (quantities of duration values) ; pg:note … ;
//        prov:wasDerivedFrom <base>citation/<hash> ;
//        prov:qualifiedDerivation <base>derivation/<hash> .
//     <base>derivation/<hash> a prov:Derivation ; prov:entity <citation> ;
//        pg:citationScope pg:SentenceScope | pg:ParagraphScope | pg:ArticleScope .
//     <base>citation/<hash> a pg:Citation ; dcterms:source <source> ;
//        bibo:pages "…" ; pg:footnote n ; rdfs:label "Source, p. n, fn. 3"@en .
//   ontology graph  <base>graph/ontology   (when ExportOptions::ontology is set)
//     the ontology's own triples: labels and comments of classes and properties.
//
// Statement, derivation and citation IRIs hash their content
// (model/Identity.h): one citation node per footnote, IRIs that survive
// reordering of the input. No blank nodes. The quads come back sorted and
// unique.
//
// ProvenanceEncoding::nanopublications replaces the statement nodes by one
// nanopublication per claim (http://www.nanopub.org/nschema#):
//   <base>np/<hash>/head        np:hasAssertion, np:hasProvenance, np:hasPublicationInfo
//   <base>np/<hash>/assertion   the claim's triple(s)
//   <base>np/<hash>/provenance  <assertion> prov:wasDerivedFrom <citation> ;
//                               prov:qualifiedDerivation … ; pg:rank … ;
//                               qualifiers … ; pg:note …
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
  // Identifier property IRI → how to link a node to what the identifier
  // names: `linkTemplate` with "{id}" replaced by the value, through
  // `linkPredicate` (pg:wikidata "Q42" → skos:exactMatch <…/entity/Q42>).
  struct ExternalLink {
    std::string linkTemplate;
    std::string linkPredicate;
  };
  std::map<std::string, ExternalLink> externalLinks;
  // The ontology's triples, written into <base>graph/ontology (graph terms
  // ignored); empty: no ontology graph.
  std::vector<model::Quad> ontology;
};

// The dataset, compact and sorted: what the CLI writes.
QuadStore buildQuadStore(const model::Graph& graph, const ExportOptions& options);
// The same as plain quads (convenient for small graphs and tests).
std::vector<model::Quad> buildDataset(const model::Graph& graph, const ExportOptions& options);

// IRIs of the named graphs under `base`.
std::string factsGraphIri(const std::string& base);
std::string provenanceGraphIri(const std::string& base);
std::string ontologyGraphIri(const std::string& base);

// The namespace of the quantity companions of duration-valued properties
// (pgv:duration next to pg:duration), as Wikidata's psv:/pqv: namespaces.
inline constexpr std::string_view kValueNamespace = model::vocab::pgValue;

// What a built dataset holds, for summaries: quads per named graph of the
// shape ("facts", "provenance", "ontology"; nanopublication graphs together
// as "nanopublications") and the number of citation nodes.
struct DatasetSummary {
  std::map<std::string, std::size_t> quadsPerGraph;
  std::size_t citationNodes = 0;
};
DatasetSummary summarize(const QuadStore& store, const std::string& base);

// True when `base` is usable: an absolute IRI ending in '/' or '#'.
bool isValidBase(const std::string& base);

}  // namespace pactgraph::rdf

// RDF back into data files: the reverse of rdf/Dataset.h.
//
// An export of pactgraph (Turtle, TriG, N-Triples or N-Quads, statement-node
// encoding) gives back data that builds to the same dataset: nodes from the
// subjects minted under the base with a pg: node class (labels, alternative
// labels, descriptions, and the attributes: every pg: property without
// pg:requiresCitation), citations from the pg:Citation nodes (ids fn-<n>
// from their footnote numbers; the ids are not part of the RDF), statements
// from the pg:Statement nodes (value, qualifiers, rank, notes, and each
// qualified derivation as a cite entry with its scope). What the exporter
// computes (direct triples, day bounds, quantity nodes, links out, citation
// labels, the ontology graph) is recognised and not imported twice.
// Language tags come back as the file writes them; N-Triples and N-Quads
// write them in lower case (RDF 1.2 canonical form), so for those
// `conventionalTagCase` restores BCP 47's conventional case (zh-Hans,
// en-GB, zh-Latn-pinyin), the case the data is written in.
//
// Wikibase RDF (Wikidata's p:/ps:/pq:/pr: statements with ranks and
// references) is read through the ontology's Wikibase alignment, the
// reverse of export quickstatements: items become nodes "q<digits>" of the
// class their P31 aligns to (a reference's stated-in item a Source at
// least), statements claims with qualifiers and rank, each reference a
// citation (stated in, page(s), "footnote N"); a statement without a
// reference cites `rdf-import` (below).
//
// RDF from elsewhere: a subject under the base with a pg: node class is a
// node; a triple whose predicate is a claim property of the ontology
// (pg:requiresCitation) and that has no statement node becomes a statement
// citing `rdf-import`, a citation of a Source node `rdf-import-source` named
// after the input (the claim's only provenance is the file). Everything
// else — resources without a pg: class, predicates outside the ontology,
// blank-node leftovers, nanopublication graphs — is counted in `leftOut`,
// never dropped silently.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pactgraph/interop/QuickStatements.h"
#include "pactgraph/model/Term.h"
#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::interop {

struct RdfImport {
  // Data files, name → JSON text: nodes.json, citations.json, statements.json.
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t nodes = 0, citations = 0, statements = 0;
  std::size_t uncitedClaims = 0;     // plain claim triples, now citing rdf-import
  std::vector<std::string> leftOut;  // "12 triples with predicates outside the ontology (crm:P11_had_participant …)"
};

struct RdfImportOptions {
  // The base IRI the nodes were minted under; empty: found from the data
  // (<base>graph/facts, <base>statement/…), else the default.
  std::string base;
  std::string inputName;  // names the input in the rdf-import source
  // N-Triples and N-Quads input: language tags back in BCP 47's conventional case.
  bool conventionalTagCase = false;
  // Whose Wikibase RDF (p:, ps:, pq:, pr:) to read through the ontology's alignment.
  WikibaseTarget wikibase{"http://www.wikidata.org/"};
};

RdfImport importRdf(const std::vector<model::Quad>& quads, const ontology::Ontology& ontology,
                    const RdfImportOptions& options);

// RFC 5646 §2.1.1: language subtag lower case, script (four letters) title
// case, region (two letters) upper case, everything after a singleton lower case.
std::string conventionalTagCase(std::string_view tag);

}  // namespace pactgraph::interop

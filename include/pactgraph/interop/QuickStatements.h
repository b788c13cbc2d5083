// Claims as QuickStatements batches (the V1 command syntax of
// QuickStatements 3, which Wikidata and Wikibase instances such as FactGrid
// run), with ranks, qualifiers and one reference per citation.
//
// The mapping lives in the ontology (its last section): a pg: property
// rdfs:subPropertyOf a property of the target's direct-property namespace
// (wdt:P710) is written as that property, as a claim or a qualifier; a pg:
// class rdfs:subClassOf an item of the entity namespace (wd:Q5) becomes
// P31 (instance of) of new items; dcterms:source, bibo:pages and pg:footnote
// name the reference's properties (stated in P248, page(s) P304, section,
// verse, paragraph, or clause P958 with "footnote 34"); rdf:type and
// rdfs:seeAlso the properties of new items' class (P31) and pactgraph IRI
// (described at URL, P973).
//
// Items: a node's item is the one `knownItems` gives, or, for Wikidata,
// its verified `wikidata` id. Every other node a claim needs (subject,
// object, a cited source) is created: CREATE, its labels, descriptions (up
// to 250 characters) and aliases in every language, its class (P31) and
// its pactgraph IRI (P973); the claims whose subject it
// is follow at once (subject LAST). A claim whose object or source is an
// item still to be created cannot be written in the same batch
// (QuickStatements names a new item only as LAST): it is listed in
// `deferred`, for a second export with `knownItems` once the first batch
// ran. Claims of properties or qualifiers the target has no property for
// (or date intervals, which have no single Wikibase time) are listed in
// `unmapped`, never dropped silently.
//
// Datatypes: every value is checked against the datatype the ontology
// declares for its target property (`wd:P3831 wikibase:propertyType
// wikibase:WikibaseItem`, the Wikibase RDF vocabulary, on the property in
// the target's entity namespace) before it is written: items for
// WikibaseItem, dates for Time, language-tagged text for Monolingualtext,
// strings, IRIs and numbers (as their decimal text) for String and
// ExternalId, IRIs for Url, numbers and (on Wikidata) durations for
// Quantity. A value that does not fit, or whose property declares no
// datatype (or two), is not written: a claim whose own value does not fit
// is left out, a qualifier or reference part that does not fit is left out
// of its claim; each is a `quickstatements.datatype` warning at the
// statement (or node) it comes from, in `warnings`.
//
// Syntax: items as Q-ids, EDTF dates as +yyyy-mm-ddT00:00:00Z/11 (/10
// month, /9 year precision; on Wikidata "~" adds sourcing circumstances
// (P1480) circa (Q5727902)), language strings as lang:"text", strings quoted (quotes and
// backslashes escaped with a backslash, control characters as spaces, so a
// value can neither end the field nor the line), durations as quantities with their Wikidata unit
// (30U577) for Wikidata. Rank: R+ preferred, R- deprecated.
// Deterministic: sorted by node id, then predicate and value.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::interop {

struct WikibaseTarget {
  std::string root;  // "http://www.wikidata.org/", "https://database.factgrid.de/"
  std::string entityNamespace() const { return root + "entity/"; }
  std::string directPropertyNamespace() const { return root + "prop/direct/"; }
  bool isWikidata() const { return root == "http://www.wikidata.org/"; }
};

struct QuickStatementsBatch {
  std::string commands;  // one command per line, fields separated by TAB
  std::size_t itemsCreated = 0;
  std::size_t claimsWritten = 0;
  std::vector<std::string> deferred;  // "subject predicate object: waits for items of a, b"
  std::vector<std::string> unmapped;  // "amount: no property of the target (2 claims)"
  // One `quickstatements.datatype` warning per value not written because it
  // does not fit its property's datatype; the claim's (node's) origin.
  std::vector<util::Diagnostic> warnings;
};

// `graph` validated; `base` is the base IRI of the node IRIs (for P973).
QuickStatementsBatch writeQuickStatements(const model::Graph& graph, const ontology::Ontology& ontology,
                                          const WikibaseTarget& target,
                                          const std::map<std::string, std::string>& knownItems,
                                          const std::string& base);

}  // namespace pactgraph::interop

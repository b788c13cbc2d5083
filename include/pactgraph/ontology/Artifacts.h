// Files generated from the ontology so that they cannot drift from it
// (`pactgraph generate`; a test regenerates them and compares):
//   ontology/shapes.ttl     SHACL shapes an export must satisfy
//   ontology/context.jsonld the JSON-LD context exports use, naming every term
//   data/schema.json        JSON Schema (2020-12) of the input files, for editors
#pragma once

#include <string>

#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::ontology {

// SHACL Core shapes (Turtle) for exports in the statement-node encoding:
// a label on every typed node, required properties, each property's domain
// and range (expanded over subclasses, since exports carry no
// rdfs:subClassOf triples), and the shape of statement and citation nodes,
// including "a claim whose predicate requires a citation has one".
std::string shaclShapes(const Ontology& ontology);

// {"@context": {...}}, the context JSON-LD exports follow
// (rdf::JsonLdOptions): the prefixes of every namespace an export uses; terms
// for the export's own scaffolding (label, altLabel, description, comment as
// language maps; subject, predicate, object; wasDerivedFrom,
// qualifiedDerivation, entity, source, citedPages for bibo:pages); reverse
// terms to frame with (articles, participatedIn, statements, citedBy,
// citations, …); one term per class, per individual of an enumerated range
// (NormalRank, SentenceScope), and per property — object properties typed
// @id (@vocab for enumerated ranges), langString ones language maps,
// others their datatype, except data dates, which carry their own; the
// quantity companions of duration properties (durationQuantity) and the
// link predicates of identifiers (exactMatch). A name keeps its first
// definition; no @vocab, no default language.
std::string jsonLdContext(const Ontology& ontology);

// JSON Schema of data files: the shape data/README.md documents, with the
// ontology's classes and properties as enumerations and per-predicate value
// types. It cannot see across files (references, duplicate ids) or
// duplicate keys; the loader and validator remain the authority.
std::string inputJsonSchema(const Ontology& ontology);

}  // namespace pactgraph::ontology

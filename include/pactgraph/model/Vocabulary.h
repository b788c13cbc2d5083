// Namespaces and the fixed terms of pactgraph's RDF shape. The domain
// vocabulary (classes, properties) comes from the ontology file; the terms
// here are the provenance model's own scaffolding, which the code must know.
#pragma once

#include <string_view>

namespace pactgraph::model::vocab {

inline constexpr std::string_view pg = "https://w3id.org/pactgraph/ontology#";
inline constexpr std::string_view pgOntology = "https://w3id.org/pactgraph/ontology";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view bibo = "http://purl.org/ontology/bibo/";
inline constexpr std::string_view schema = "https://schema.org/";
inline constexpr std::string_view crm = "http://www.cidoc-crm.org/cidoc-crm/";
inline constexpr std::string_view sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
inline constexpr std::string_view np = "http://www.nanopub.org/nschema#";
// The Wikibase RDF vocabulary (property types in the ontology's alignment).
inline constexpr std::string_view wikibase = "http://wikiba.se/ontology#";
// The quantity companions of duration-valued properties (pgv:duration next
// to pg:duration; rdf/Dataset.h).
inline constexpr std::string_view pgValue = "https://w3id.org/pactgraph/ontology/value#";

// The default base under which node, statement and citation IRIs are minted.
inline constexpr std::string_view defaultBase = "https://w3id.org/pactgraph/id/";

}  // namespace pactgraph::model::vocab

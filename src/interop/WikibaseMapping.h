// The Wikibase alignment of the ontology (its last section) for one
// target, as export quickstatements and import rdf read it: which target
// property a pg: property becomes, and which datatype each target property
// has (`wikibase:propertyType` on the property entity, as in the Wikibase
// RDF dump format). Internal to the interop module.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pactgraph/interop/QuickStatements.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::interop::detail {

// The Wikibase datatypes whose values a batch can write; `other` is any
// further type (globe coordinate, Commons media, …), none of whose values
// pactgraph writes.
enum class WikibaseDatatype { item, time, string, externalId, monolingualText, quantity, url, other };

// The datatype's name in the Wikibase RDF vocabulary (`WikibaseItem`, …).
std::string_view datatypeName(WikibaseDatatype type);

struct WikibaseMapping {
  std::map<std::string, std::string> properties;            // pg property IRI → P-id
  std::map<std::string, std::vector<std::string>> classes;  // pg class IRI → Q-ids
  std::string statedIn, pages, footnote;                    // P-ids of the reference
  std::string instanceOf, describedAt;                      // P-ids for new items (P31, P973)
  // P-id → its datatype, from `<entity/P…> wikibase:propertyType wikibase:…`;
  // a property without one (or with two) is absent: none of its values can
  // be checked, so none is written.
  std::map<std::string, WikibaseDatatype> datatypes;
  // P-id → the local names of its declared types, when more than one or an
  // unknown one was declared (for the message).
  std::map<std::string, std::string> typeProblems;

  WikibaseMapping(const ontology::Ontology& ontology, const WikibaseTarget& target);
  const std::string* property(const std::string& pgIri) const {
    const auto it = properties.find(pgIri);
    return it == properties.end() ? nullptr : &it->second;
  }
  const WikibaseDatatype* datatype(const std::string& pid) const {
    const auto it = datatypes.find(pid);
    return it == datatypes.end() ? nullptr : &it->second;
  }
};

}  // namespace pactgraph::interop::detail

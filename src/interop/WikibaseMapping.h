// The Wikibase alignment of the ontology (its last section) for one
// target, as export quickstatements and import rdf read it. Internal to
// the interop module.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pactgraph/interop/QuickStatements.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::interop::detail {

struct WikibaseMapping {
  std::map<std::string, std::string> properties;           // pg property IRI → P-id
  std::map<std::string, std::vector<std::string>> classes;  // pg class IRI → Q-ids
  std::string statedIn, pages, footnote;                    // P-ids of the reference
  std::string instanceOf, describedAt;                      // P-ids for new items (P31, P973)

  WikibaseMapping(const ontology::Ontology& ontology, const WikibaseTarget& target);
  const std::string* property(const std::string& pgIri) const {
    const auto it = properties.find(pgIri);
    return it == properties.end() ? nullptr : &it->second;
  }
};

}  // namespace pactgraph::interop::detail

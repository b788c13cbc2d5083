// What the analyses need to know of the ontology's class hierarchy, as plain
// data: the analysis module does not link the ontology module (DESIGN.md).
// The CLI fills it from ontology::Ontology::ancestors().
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

struct TypeHierarchy {
  // For every class IRI, all of its superclasses including itself (full
  // IRIs, any namespace). A class missing here is its own only ancestor.
  std::map<std::string, std::set<std::string>, std::less<>> ancestors;

  // True when `classIri` is `ancestorIri` or one of its subclasses.
  bool isA(std::string_view classIri, std::string_view ancestorIri) const;
  // True when the node's resolved type is the pg: class `classLocalName`
  // ("Agent", "Event", "EncyclopediaArticle") or one of its subclasses.
  bool nodeIs(const model::Node& node, std::string_view classLocalName) const;

  bool isActor(const model::Node& node) const { return nodeIs(node, "Agent"); }
  bool isEvent(const model::Node& node) const { return nodeIs(node, "Event"); }
};

}  // namespace pactgraph::analysis

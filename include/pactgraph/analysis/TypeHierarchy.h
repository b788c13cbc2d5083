// What the analyses and the report need to know of the ontology's class and
// property hierarchies, as plain data: neither module links the ontology
// module (DESIGN.md). The CLI fills it from ontology::Ontology::ancestors()
// and propertyAncestors(), so that a term an --ontology extension puts below
// a pg: class or property counts as that class or property.
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

  // For every pg: property IRI, all of its superproperties including itself
  // (full IRIs). A property missing here is its own only ancestor.
  std::map<std::string, std::set<std::string>, std::less<>> propertyAncestors;

  // True when `classIri` is `ancestorIri` or one of its subclasses.
  bool isA(std::string_view classIri, std::string_view ancestorIri) const;
  // True when the node's resolved type is the pg: class `classLocalName`
  // ("Agent", "Event", "EncyclopediaArticle") or one of its subclasses.
  bool nodeIs(const model::Node& node, std::string_view classLocalName) const;

  // True when the pg: property `propertyLocalName` (a predicate or attribute
  // as the graph holds it) is the pg: property `ancestorLocalName`
  // ("articleOf", "participant") or one of its subproperties.
  bool propertyIs(std::string_view propertyLocalName, std::string_view ancestorLocalName) const;

  bool isActor(const model::Node& node) const { return nodeIs(node, "Agent"); }
  bool isEvent(const model::Node& node) const { return nodeIs(node, "Event"); }
};

}  // namespace pactgraph::analysis

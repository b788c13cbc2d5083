#include "pactgraph/analysis/TypeHierarchy.h"

#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::analysis {

bool TypeHierarchy::isA(std::string_view classIri, std::string_view ancestorIri) const {
  if (classIri == ancestorIri) return true;
  const auto it = ancestors.find(classIri);
  return it != ancestors.end() && it->second.contains(std::string(ancestorIri));
}

bool TypeHierarchy::nodeIs(const model::Node& node, std::string_view classLocalName) const {
  return isA(node.typeIri, std::string(model::vocab::pg) + std::string(classLocalName));
}

bool TypeHierarchy::propertyIs(std::string_view propertyLocalName, std::string_view ancestorLocalName) const {
  if (propertyLocalName == ancestorLocalName) return true;
  if (propertyAncestors.empty()) return false;
  const std::string pg(model::vocab::pg);
  const auto it = propertyAncestors.find(pg + std::string(propertyLocalName));
  return it != propertyAncestors.end() && it->second.contains(pg + std::string(ancestorLocalName));
}

}  // namespace pactgraph::analysis

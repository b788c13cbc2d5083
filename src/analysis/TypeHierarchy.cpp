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

}  // namespace pactgraph::analysis

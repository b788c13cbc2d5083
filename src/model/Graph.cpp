#include "pactgraph/model/Graph.h"

namespace pactgraph::model {

std::string_view rankName(Rank rank) {
  switch (rank) {
    case Rank::preferred:
      return "preferred";
    case Rank::normal:
      return "normal";
    case Rank::deprecated:
      return "deprecated";
  }
  return "normal";
}

void Graph::index() {
  nodeIndex_.clear();
  citationIndex_.clear();
  for (std::size_t i = 0; i < nodes.size(); ++i) nodeIndex_.emplace(nodes[i].id, i);
  for (std::size_t i = 0; i < citations.size(); ++i) citationIndex_.emplace(citations[i].id, i);
}

const Node* Graph::findNode(const std::string& id) const {
  const auto it = nodeIndex_.find(id);
  return it == nodeIndex_.end() ? nullptr : &nodes[it->second];
}

const Citation* Graph::findCitation(const std::string& id) const {
  const auto it = citationIndex_.find(id);
  return it == citationIndex_.end() ? nullptr : &citations[it->second];
}

GraphCounts Graph::counts() const {
  GraphCounts counts;
  for (const auto& node : nodes) ++counts.nodesByType[node.type];
  counts.nodes = nodes.size();
  counts.statements = statements.size();
  counts.citations = citations.size();
  return counts;
}

}  // namespace pactgraph::model

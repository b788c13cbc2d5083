#include "pactgraph/model/Graph.h"

#include <iterator>
#include <string_view>
#include <utility>

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

std::string_view scopeName(CitationScope scope) {
  switch (scope) {
    case CitationScope::sentence:
      return "sentence";
    case CitationScope::paragraph:
      return "paragraph";
    case CitationScope::article:
      return "article";
    case CitationScope::unspecified:
      break;
  }
  return "unspecified";
}

std::vector<bool> truthyStatements(const Graph& graph) {
  // Best rank per (subject, predicate): preferred < normal < deprecated in
  // declaration order, so the minimum is the best.
  const auto key = [](const Statement& s) {
    return s.subjectId + '\n' + (s.predicateIri.empty() ? s.predicate : s.predicateIri);
  };
  std::unordered_map<std::string, Rank> best(graph.statements.size());
  for (const auto& statement : graph.statements) {
    auto [it, inserted] = best.try_emplace(key(statement), statement.rank);
    if (!inserted && statement.rank < it->second) it->second = statement.rank;
  }
  std::vector<bool> truthy(graph.statements.size());
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const auto& statement = graph.statements[i];
    truthy[i] = statement.rank != Rank::deprecated && statement.rank == best.at(key(statement));
  }
  return truthy;
}

namespace {

template <typename T>
void moveAppend(std::vector<T>& to, std::vector<T>& from) {
  if (to.empty()) {
    to = std::move(from);
  } else {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  }
  from = std::vector<T>();  // releases the buffer, not only the elements
}

}  // namespace

void Graph::append(Graph&& other) {
  moveAppend(nodes, other.nodes);
  moveAppend(citations, other.citations);
  moveAppend(statements, other.statements);
  moveAppend(datasets, other.datasets);
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

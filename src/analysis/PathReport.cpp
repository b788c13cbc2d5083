#include "pactgraph/analysis/PathReport.h"

#include <set>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/model/Labels.h"

namespace pactgraph::analysis {

namespace {

std::string valueText(const model::Value& value) {
  if (!value.referencedId.empty()) return value.referencedId;
  if (value.shape == model::Value::Shape::languageMap) return model::preferredText(value.languages);
  return value.text;
}

ReportedCitation reportedCitation(const model::Graph& graph, const model::Citation& citation) {
  ReportedCitation out;
  out.id = citation.id;
  out.source = citation.sourceId;
  out.pages = citation.pages;
  if (citation.footnote) {
    out.footnote = *citation.footnote;
    out.footnotes.push_back(std::to_string(*citation.footnote));
  }
  out.reference = formatCitation(graph, citation);
  return out;
}

}  // namespace

ReportedClaim reportedClaim(const model::Graph& graph, std::size_t index) {
  const model::Statement& statement = graph.statements[index];
  ReportedClaim claim;
  claim.subject = statement.subjectId;
  claim.subjectLabel = displayLabel(graph, statement.subjectId);
  claim.predicate = statement.predicate;
  claim.predicateIri = statement.predicateIri;
  if (!statement.object.referencedId.empty()) {
    claim.object = statement.object.referencedId;
    claim.objectLabel = displayLabel(graph, statement.object.referencedId);
  } else {
    claim.value = valueText(statement.object);
  }
  claim.rank = std::string(model::rankName(statement.rank));
  for (const auto& qualifier : statement.qualifiers)
    claim.qualifiers.emplace_back(qualifier.property, valueText(qualifier.value));
  if (!statement.notes.empty()) claim.note = statement.notes.front().text;
  claim.at = util::positionText(statement.origin.position());
  for (const model::Citation* citation : citationsOf(graph, statement)) {
    claim.citations.push_back(reportedCitation(graph, *citation));
  }
  return claim;
}

PathReport pathReport(const model::Graph& graph, const PathResult& result, const PathOptions& options,
                      const std::string& from, const std::string& to) {
  PathReport report;
  report.from = from;
  report.to = to;
  report.fromLabel = displayLabel(graph, from);
  report.toLabel = displayLabel(graph, to);
  report.options = options;
  report.truncated = result.truncated;
  report.truncationReason = "search stopped after " + std::to_string(options.enumerationLimit) + " candidate paths";
  report.rankedPaths = result.rankedPaths;
  report.datePartial = result.datePartial;
  for (const auto& path : result.paths) {
    ReportedPath out;
    for (const auto& id : path.nodes) {
      const model::Node* node = graph.findNode(id);
      out.nodes.push_back({id, displayLabel(graph, id), node ? node->type : "", ""});
    }
    for (const auto& hop : path.hops) {
      out.hops.push_back({hop.from, hop.to, hop.forward, hop.dates, reportedClaim(graph, hop.statement)});
    }
    out.dates = pathDates(path);
    report.paths.push_back(std::move(out));
  }
  return report;
}

model::Graph pathSubgraph(const model::Graph& graph, const PathResult& result) {
  std::set<std::string> nodeIds;
  std::set<std::size_t> statements;
  for (const auto& path : result.paths) {
    nodeIds.insert(path.nodes.begin(), path.nodes.end());
    for (const auto& hop : path.hops) statements.insert(hop.statement);
  }
  model::Graph out;
  std::set<std::string> citationIds;
  for (const std::size_t i : statements) {
    out.statements.push_back(graph.statements[i]);
    citationIds.insert(graph.statements[i].citationIds.begin(), graph.statements[i].citationIds.end());
  }
  for (const auto& citation : graph.citations) {
    if (!citationIds.contains(citation.id)) continue;
    out.citations.push_back(citation);
    nodeIds.insert(citation.sourceId);
  }
  for (const auto& node : graph.nodes) {
    if (nodeIds.contains(node.id)) out.nodes.push_back(node);
  }
  out.index();
  return out;
}

std::string describeClaim(const ReportedClaim& claim) {
  const std::string object = claim.object.empty() ? "\"" + claim.value + "\"" : claim.objectLabel;
  return claim.subjectLabel + " —" + claim.predicate + "→ " + object;
}

}  // namespace pactgraph::analysis

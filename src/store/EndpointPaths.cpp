#include "pactgraph/store/EndpointPaths.h"

#include <set>

#include "pactgraph/analysis/Paths.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Labels.h"
#include "pactgraph/store/StoreError.h"

namespace pactgraph::store {

std::string nodeIdOf(const std::string& iri, const std::string& base) {
  return iri.starts_with(base) && iri.size() > base.size() ? iri.substr(base.size()) : iri;
}

namespace {

// The claims as a graph for analysis::findPaths: node ids are the IRIs
// without the base (as in the input files); statements keep the order of
// their IRIs (the last tie-break of the path order).
struct ClaimGraph {
  model::Graph graph;
  std::vector<const StoreClaim*> statements;  // parallel to graph.statements
  std::map<std::string, std::string> iris;    // node id → IRI
};

ClaimGraph claimGraph(const ClaimNeighbourhood& neighbourhood, const std::string& from, const std::string& to,
                      const std::string& base) {
  ClaimGraph out;
  const auto node = [&](const std::string& iri) {
    const std::string id = nodeIdOf(iri, base);
    if (out.iris.emplace(id, iri).second) {
      model::Node added;
      added.id = id;
      out.graph.nodes.push_back(std::move(added));
    }
    return id;
  };
  node(from);
  node(to);
  for (const auto& claim : neighbourhood.claims) {
    model::Statement statement;
    statement.subjectId = node(claim.subject);
    statement.predicate = localName(claim.predicate);
    statement.predicateIri = claim.predicate;
    statement.object.isReference = true;
    statement.object.referencedId = node(claim.object);
    out.graph.statements.push_back(std::move(statement));
    out.statements.push_back(&claim);
  }
  out.graph.index();
  return out;
}

}  // namespace

ClaimPaths pathsInClaims(const ClaimNeighbourhood& claims, const std::string& from, const std::string& to,
                         const EndpointPathQuery& query) {
  const ClaimGraph graph = claimGraph(claims, from, to, query.base);
  analysis::PathOptions options;
  options.k = query.k;
  options.maxLength = query.maxLength;
  options.rankByDate = false;
  const analysis::PathResult found = analysis::findPaths(graph.graph, analysis::TypeHierarchy{},
                                                         nodeIdOf(from, query.base), nodeIdOf(to, query.base), options);
  ClaimPaths out;
  out.iris = graph.iris;
  out.base = query.base;
  analysis::PathReport& report = out.report;
  report.from = nodeIdOf(from, query.base);
  report.to = nodeIdOf(to, query.base);
  report.graph = query.graph;
  report.options = options;
  report.datesKnown = false;
  report.truncated = claims.truncated || found.truncated;
  report.truncationReason = "a chain query hit its row limit";
  report.rankedPaths = found.rankedPaths;
  for (const auto& path : found.paths) {
    analysis::ReportedPath reported;
    for (const auto& id : path.nodes) reported.nodes.push_back({id, {}, {}, graph.iris.at(id)});
    for (const auto& hop : path.hops) {
      const StoreClaim& claim = *graph.statements[hop.statement];
      analysis::ReportedClaim reportedClaim;
      reportedClaim.statement = claim.statement;
      reportedClaim.subject = nodeIdOf(claim.subject, query.base);
      reportedClaim.predicate = localName(claim.predicate);
      reportedClaim.predicateIri = claim.predicate;
      reportedClaim.object = nodeIdOf(claim.object, query.base);
      reported.hops.push_back({hop.from, hop.to, hop.forward, std::nullopt, std::move(reportedClaim)});
    }
    report.paths.push_back(std::move(reported));
  }
  return out;
}

void attachEvidence(ClaimPaths& paths, const std::map<std::string, std::string>& labels,
                    const std::map<std::string, std::vector<StoreCitation>>& citations) {
  const auto label = [&](const std::string& iri) {
    const auto found = labels.find(iri);
    return found == labels.end() ? nodeIdOf(iri, paths.base) : found->second;
  };
  const auto labelOfId = [&](const std::string& id) {
    const auto iri = paths.iris.find(id);
    return iri == paths.iris.end() ? id : label(iri->second);
  };
  analysis::PathReport& report = paths.report;
  report.fromLabel = labelOfId(report.from);
  report.toLabel = labelOfId(report.to);
  for (auto& path : report.paths) {
    for (auto& node : path.nodes) node.label = label(node.iri);
    for (auto& hop : path.hops) {
      analysis::ReportedClaim& claim = hop.claim;
      claim.subjectLabel = labelOfId(claim.subject);
      claim.objectLabel = labelOfId(claim.object);
      claim.citations.clear();
      const auto cited = citations.find(claim.statement);
      if (cited == citations.end()) continue;
      for (const StoreCitation& citation : cited->second) {
        analysis::ReportedCitation out;
        out.id = nodeIdOf(citation.iri, paths.base);
        out.iri = citation.iri;
        out.source = nodeIdOf(citation.source, paths.base);
        out.pages = citation.pages;
        out.footnotes = citation.footnotes;
        const std::string sourceLabel = labels.contains(citation.source) ? labels.at(citation.source)
                                        : !citation.sourceLabel.empty()  ? citation.sourceLabel
                                                                         : out.source;
        out.reference = model::citationText(sourceLabel, citation.pages, citation.footnotes);
        claim.citations.push_back(std::move(out));
      }
    }
  }
}

analysis::PathReport findPathsOnStore(GraphStore& store, const EndpointPathQuery& query) {
  const std::string from = resolveNode(store, query.graph, query.base, query.from);
  const std::string to = resolveNode(store, query.graph, query.base, query.to);
  const ClaimNeighbourhood neighbourhood = fetchClaimsAround(store, query.graph, from, to, query.maxLength);
  ClaimPaths paths = pathsInClaims(neighbourhood, from, to, query);
  std::set<std::string> statements;
  std::set<std::string> nodes{from, to};
  for (const auto& path : paths.report.paths) {
    for (const auto& node : path.nodes) nodes.insert(node.iri);
    for (const auto& hop : path.hops) statements.insert(hop.claim.statement);
  }
  const auto citations = fetchCitations(store, query.graph, statements);
  for (const auto& [statement, cited] : citations) {
    for (const auto& citation : cited) nodes.insert(citation.source);
  }
  attachEvidence(paths, fetchLabels(store, query.graph, nodes), citations);
  paths.report.endpoint = redactUrl(store.endpoints().query);
  return std::move(paths.report);
}

}  // namespace pactgraph::store

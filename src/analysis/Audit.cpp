#include "pactgraph/analysis/Audit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace pactgraph::analysis {

namespace {

// Average ranks, 1-based, of `values` in ascending order.
std::vector<double> averageRanks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double average = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = average;
    i = j + 1;
  }
  return ranks;
}

// Competition ranks ("1224"), 1 = largest value.
std::vector<std::size_t> competitionRanks(const std::vector<double>& values) {
  std::vector<std::size_t> ranks(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    ranks[i] = 1 + static_cast<std::size_t>(
                       std::count_if(values.begin(), values.end(), [&](double v) { return v > values[i]; }));
  }
  return ranks;
}

}  // namespace

std::optional<double> spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y) {
  if (x.size() != y.size() || x.size() < 2) return std::nullopt;
  const auto rx = averageRanks(x);
  const auto ry = averageRanks(y);
  const double n = static_cast<double>(x.size());
  const double mean = (n + 1.0) / 2.0;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < rx.size(); ++i) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) * (rx[i] - mean);
    syy += (ry[i] - mean) * (ry[i] - mean);
  }
  if (sxx == 0 || syy == 0) return std::nullopt;
  return sxy / std::sqrt(sxx * syy);
}

Audit auditGraph(const model::Graph& graph, const TypeHierarchy& types, const AuditOptions& options) {
  Audit audit;
  audit.claims = graph.statements.size();
  std::map<std::string, std::set<std::size_t>> claimsBySource;
  std::map<std::string, std::size_t> singleBySource;
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& statement = graph.statements[i];
    const auto citations = citationsOf(graph, statement);
    if (statement.rank == model::Rank::deprecated) ++audit.deprecatedClaims;
    if (statement.rank != model::Rank::normal) {
      audit.ranked.push_back(i);
    } else if (!statement.notes.empty()) {
      audit.annotated.push_back(i);
    }
    if (citations.empty()) {
      audit.uncited.push_back(i);
      continue;
    }
    std::set<std::string> sources;
    bool articleOnly = true;
    for (const model::Citation* citation : citations) {
      sources.insert(citation->sourceId);
      claimsBySource[citation->sourceId].insert(i);
      const model::Node* source = graph.findNode(citation->sourceId);
      if (citation->footnote || !source || !types.nodeIs(*source, "EncyclopediaArticle")) articleOnly = false;
    }
    if (sources.size() == 1) {
      audit.singleSource.push_back(i);
      ++singleBySource[*sources.begin()];
    }
    if (articleOnly) audit.articleOnly.push_back(i);
  }

  std::map<std::string, std::size_t> citationsBySource;
  for (const auto& citation : graph.citations) ++citationsBySource[citation.sourceId];
  for (const auto& node : graph.nodes) {
    if (!types.nodeIs(node, "Source")) continue;
    const auto claims = claimsBySource.find(node.id);
    audit.sources.push_back({node.id, displayLabel(node), claims == claimsBySource.end() ? 0 : claims->second.size(),
                             citationsBySource[node.id]});
  }
  std::sort(audit.sources.begin(), audit.sources.end(), [](const SourceSupport& a, const SourceSupport& b) {
    return a.claims != b.claims ? a.claims > b.claims : a.id < b.id;
  });

  for (const auto& [id, claims] : singleBySource) {
    audit.singleSourceBySource.push_back({id, displayLabel(graph, id), claims});
  }
  std::stable_sort(audit.singleSourceBySource.begin(), audit.singleSourceBySource.end(),
                   [](const SingleSourceShare& a, const SingleSourceShare& b) { return a.claims > b.claims; });

  if (!options.sensitivity) return audit;
  const ActorNetwork without = buildActorNetwork(graph, types, {false});
  const ActorNetwork with = buildActorNetwork(graph, types, {true});
  // Only betweenness is compared: the other scores are not computed.
  std::vector<double> bWithout = betweennessCentrality(without);
  std::vector<double> bWith = betweennessCentrality(with);
  for (std::size_t i = 0; i < without.actors.size(); ++i) {
    // Rounded so that values equal up to floating-point noise tie.
    bWithout[i] = std::round(bWithout[i] * 1e9) / 1e9;
    bWith[i] = std::round(bWith[i] * 1e9) / 1e9;
  }
  audit.spearman = spearmanCorrelation(bWithout, bWith);
  const auto ranksWithout = competitionRanks(bWithout);
  const auto ranksWith = competitionRanks(bWith);
  for (std::size_t i = 0; i < without.actors.size(); ++i) {
    if (ranksWithout[i] == ranksWith[i]) continue;
    audit.rankChanges.push_back(
        {without.actors[i].id, without.actors[i].label, ranksWithout[i], ranksWith[i], bWithout[i], bWith[i]});
  }
  std::sort(audit.rankChanges.begin(), audit.rankChanges.end(), [](const RankChange& a, const RankChange& b) {
    return a.rankWithout != b.rankWithout ? a.rankWithout < b.rankWithout : a.id < b.id;
  });
  return audit;
}

}  // namespace pactgraph::analysis

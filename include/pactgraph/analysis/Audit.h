// Provenance audit: how well the claims of a graph are supported, and how
// much the network's picture depends on disputed (deprecated) claims.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

struct SourceSupport {
  std::string id;
  std::string label;
  std::size_t claims = 0;     // claims citing at least one citation of the source
  std::size_t citations = 0;  // citation records pointing at the source
};

// The claims that rest on one source alone, counted per source.
struct SingleSourceShare {
  std::string id;  // the source
  std::string label;
  std::size_t claims = 0;  // claims whose every citation points at this source
};

struct RankChange {
  std::string id;
  std::string label;
  std::size_t rankWithout = 0;  // competition rank (1 = highest betweenness) without deprecated claims
  std::size_t rankWith = 0;     // … with them
  double betweennessWithout = 0;
  double betweennessWith = 0;
};

struct Audit {
  std::size_t claims = 0;  // all statements
  // Indexes into Graph::statements, in input order.
  std::vector<std::size_t> uncited;       // no citation at all
  std::vector<std::size_t> singleSource;  // cited, and every citation points at the same source
  std::vector<std::size_t> articleOnly;   // cited, and only by citations without a footnote of an EncyclopediaArticle
  // Claims a curator ranked: preferred or deprecated (Wikibase ranks; the
  // truthy claims are the best rank per subject and predicate).
  std::vector<std::size_t> ranked;
  // Claims of normal rank carrying a note: annotated, not ranked.
  std::vector<std::size_t> annotated;
  std::vector<SourceSupport> sources;  // every Source node; most claims first, then id
  // singleSource summarised: one entry per source that alone supports a
  // claim; most claims first, then id.
  std::vector<SingleSourceShare> singleSourceBySource;

  // Sensitivity of betweenness to the deprecated claims: Spearman's rank
  // correlation (average ranks for ties) of the actors' betweenness without
  // and with them; nothing when either ranking is constant (all ties).
  std::optional<double> spearman;
  std::size_t deprecatedClaims = 0;
  std::vector<RankChange> rankChanges;  // actors whose competition rank differs; by rank without, then id
};

struct AuditOptions {
  // Compute the sensitivity of betweenness to the deprecated claims (two
  // actor networks and their betweenness: O(n·m) for n actors and m links);
  // when false, `spearman` and `rankChanges` stay empty.
  bool sensitivity = true;
};

Audit auditGraph(const model::Graph& graph, const TypeHierarchy& types, const AuditOptions& options = {});

// Spearman's ρ of two equally long samples: the Pearson correlation of their
// average ranks. Nothing when fewer than two values or a sample is constant.
std::optional<double> spearmanCorrelation(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace pactgraph::analysis

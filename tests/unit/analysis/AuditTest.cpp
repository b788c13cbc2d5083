#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Audit.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using ::testing::ElementsAre;
using testing::validated;

const std::string kData = R"({"nodes": [
  {"id": "a", "type": "Person", "label": {"en": "A"}},
  {"id": "b", "type": "Person", "label": {"en": "B"}},
  {"id": "c", "type": "Person", "label": {"en": "C"}},
  {"id": "here", "type": "Place", "label": {"en": "Here"}},
  {"id": "there", "type": "Place", "label": {"en": "There"}}],
  "statements": [
  {"subject": "a", "predicate": "servedUnder", "object": "b", "cite": ["fn-1", "fn-3"]},
  {"subject": "b", "predicate": "servedUnder", "object": "c", "cite": ["fn-1", "fn-4"], "rank": "preferred"},
  {"subject": "a", "predicate": "alliedWith", "object": "c", "cite": ["text"], "rank": "deprecated"},
  {"subject": "here", "predicate": "locatedIn", "object": "there",
   "note": {"en": "uncited: locatedIn needs no citation"}}]})";

TEST(AuditTest, ClassifiesClaimsByTheirSupport) {
  const auto audit = auditGraph(validated(kData), builtInTypes());
  EXPECT_EQ(audit.claims, 4u);
  EXPECT_THAT(audit.uncited, ElementsAre(3u));
  EXPECT_THAT(audit.singleSource, ElementsAre(0u, 2u));
  EXPECT_THAT(audit.articleOnly, ElementsAre(2u));
  EXPECT_THAT(audit.ranked, ElementsAre(1u, 2u));
  EXPECT_THAT(audit.annotated, ElementsAre(3u));
  EXPECT_EQ(audit.deprecatedClaims, 1u);
  ASSERT_EQ(audit.sources.size(), 3u);
  EXPECT_EQ(audit.sources[0].id, "book");
  EXPECT_EQ(audit.sources[0].claims, 2u);
  EXPECT_EQ(audit.sources[0].citations, 3u);
}

TEST(AuditTest, SummarisesSingleSourceClaimsPerSource) {
  const auto audit = auditGraph(validated(kData), builtInTypes(), {.sensitivity = false});
  ASSERT_EQ(audit.singleSourceBySource.size(), 2u);
  // Ties (one claim each) by source id.
  EXPECT_EQ(audit.singleSourceBySource[0].id, "article");
  EXPECT_EQ(audit.singleSourceBySource[0].claims, 1u);
  EXPECT_EQ(audit.singleSourceBySource[1].id, "book");
  EXPECT_EQ(audit.singleSourceBySource[1].label, "Heinzig 2004");
  EXPECT_TRUE(audit.rankChanges.empty());
  EXPECT_FALSE(audit.spearman.has_value());
}

TEST(AuditTest, SensitivityToDeprecatedClaims) {
  const auto audit = auditGraph(validated(kData), builtInTypes());
  // Without the deprecated a–c link, b brokers the path a–b–c; with it, the
  // triangle has no broker: every betweenness is 0, a constant ranking.
  EXPECT_FALSE(audit.spearman.has_value());
  ASSERT_EQ(audit.rankChanges.size(), 2u);
  EXPECT_EQ(audit.rankChanges[0].id, "a");
  EXPECT_EQ(audit.rankChanges[0].rankWithout, 2u);
  EXPECT_EQ(audit.rankChanges[0].rankWith, 1u);
  EXPECT_EQ(audit.rankChanges[1].id, "c");
}

TEST(AuditTest, SpearmanWithTies) {
  EXPECT_DOUBLE_EQ(*spearmanCorrelation({1, 2, 3, 4}, {10, 20, 30, 40}), 1.0);
  EXPECT_DOUBLE_EQ(*spearmanCorrelation({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
  // Ranks (1.5, 1.5, 3) and (1, 2, 3): r = 0.5 / sqrt(0.5 · 2).
  EXPECT_NEAR(*spearmanCorrelation({5, 5, 7}, {1, 2, 3}), 0.8660254037844386, 1e-15);
  EXPECT_FALSE(spearmanCorrelation({1, 1, 1}, {1, 2, 3}).has_value());
  EXPECT_FALSE(spearmanCorrelation({1}, {1}).has_value());
}

}  // namespace
}  // namespace pactgraph::analysis

#include "pactgraph/interop/Diff.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"
#include "pactgraph/rdf/Dataset.h"

namespace pactgraph::interop {
namespace {

const std::string kBase = "https://example.org/kg/";

// A small dataset in the data format, built into quads as `build` does.
std::vector<model::Quad> build(const std::string& data) {
  const auto graph = testing::validatedGraph(data);
  rdf::ExportOptions options;
  options.base = kBase;
  return rdf::buildDataset(graph, options);
}

std::string version(const std::string& rank, const std::string& cite, const std::string& pages, const std::string& label,
                    bool extraClaim) {
  return R"({"nodes": [
    {"id": "mao", "type": "Person", "label": {"en": ")" + label + R"("}},
    {"id": "talks", "type": "Meeting", "label": {"en": "Talks"}},
    {"id": "book", "type": "Book", "label": {"en": "Book 2004"}, "props": {"title": "Book"}}],
  "citations": [
    {"id": "fn-1", "source": "book", "pages": ")" + pages + R"(", "footnote": 1},
    {"id": "fn-2", "source": "book", "pages": "9", "footnote": 2}],
  "statements": [
    {"subject": "talks", "predicate": "participant", "object": "mao", "rank": ")" + rank + R"(", "cite": [)" + cite + R"(]},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-2"]})" +
         (extraClaim ? R"(, {"subject": "talks", "predicate": "date", "value": "1950-01-23", "rank": "deprecated", "cite": ["fn-2"]})"
                     : "") +
         "]}";
}

TEST(DiffTest, SameDataNoChange) {
  const auto quads = build(version("normal", R"("fn-1")", "5", "Mao", false));
  const auto diff = diffDatasets(quads, quads, kBase);
  EXPECT_TRUE(diff.empty());
  EXPECT_TRUE(diff.claims.empty());
  EXPECT_EQ(sparqlUpdate(diff), "");
}

TEST(DiffTest, ClassifiesEveryKindOfChange) {
  const auto before = build(version("normal", R"("fn-1")", "5", "Mao", false));
  const auto after = build(version("preferred", R"("fn-1", "fn-2")", "6", "Mao Zedong", true));
  const auto diff = diffDatasets(before, after, kBase);
  EXPECT_EQ(diff.count(ClaimChange::Kind::added), 1u);
  EXPECT_EQ(diff.count(ClaimChange::Kind::removed), 0u);
  EXPECT_EQ(diff.count(ClaimChange::Kind::reranked), 1u);
  EXPECT_EQ(diff.count(ClaimChange::Kind::recited), 1u);
  const std::string text = formatDiffText(diff);
  EXPECT_NE(text.find("added claim talks date \"1950-01-23\"^^xsd:date\n    rank deprecated\n"), std::string::npos) << text;
  EXPECT_NE(text.find("reranked claim talks participant mao\n    rank normal → preferred\n"), std::string::npos) << text;
  // fn-1's pages changed (a new citation IRI, matched by footnote) and fn-2 was added.
  EXPECT_NE(text.find("recited claim talks participant mao\n    no longer cites Book 2004, p. 5 (fn. 1) [sentence]\n"
                      "    now cites Book 2004, p. 6 (fn. 1) [sentence]\n    now cites Book 2004, p. 9 (fn. 2) [sentence]\n"),
            std::string::npos)
      << text;
  ASSERT_EQ(diff.citations.size(), 1u);
  EXPECT_EQ(diff.citations[0].kind, CitationChange::Kind::changed);
  EXPECT_EQ(diff.citations[0].footnote, 1);
  ASSERT_EQ(diff.nodes.size(), 1u);
  EXPECT_EQ(diff.nodes[0].node, kBase + "mao");
  // The update is exactly the quad difference, per graph.
  EXPECT_EQ(diff.removed.size() + diff.added.size(), [&] {
    std::size_t n = 0;
    for (const auto& g : diff.graphs) n += g.removed + g.added;
    return n;
  }());
  const std::string update = sparqlUpdate(diff);
  EXPECT_TRUE(update.starts_with("DELETE DATA {\n  GRAPH <https://example.org/kg/graph/facts> {\n<")) << update;
  EXPECT_NE(update.find(";\nINSERT DATA {\n  GRAPH <https://example.org/kg/graph/facts> {\n"), std::string::npos);
}

TEST(DiffTest, RemovedNodesAndClaimsAreListed) {
  const auto before = build(version("normal", R"("fn-1")", "5", "Mao", true));
  const auto after = build(R"({"nodes": [{"id": "talks", "type": "Meeting", "label": {"en": "Talks"}}]})");
  const auto diff = diffDatasets(before, after, kBase);
  EXPECT_EQ(diff.count(ClaimChange::Kind::removed), 3u);
  EXPECT_EQ(diff.citations.size(), 2u);
  std::vector<std::string> removedNodes;
  for (const auto& n : diff.nodes) {
    if (n.kind == NodeChange::Kind::removed) removedNodes.push_back(n.node);
  }
  EXPECT_EQ(removedNodes, (std::vector<std::string>{kBase + "book", kBase + "mao"}));
  EXPECT_EQ(diff.added.size(), 0u);
}

TEST(DiffTest, ReportsCannotBeHijackedByLabels) {
  const auto before = build(version("normal", R"("fn-1")", "5", "Mao", false));
  const auto after = build(version("preferred", R"("fn-1")", "5", "[x](javascript:alert(1)) \\u001b[2J", false));
  const auto diff = diffDatasets(before, after, kBase);
  const std::string markdown = formatDiffMarkdown(diff, "Release <2>");
  EXPECT_TRUE(markdown.starts_with("## Release \\<2\\>\n")) << markdown;
  EXPECT_NE(markdown.find("\\[x\\](javascript:alert(1))  \\[2J"), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("[x]("), std::string::npos);
  const std::string text = formatDiffText(diff);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(formatDiffJson(diff).find("\"claims reranked\": 1"), std::string::npos);
}

}  // namespace
}  // namespace pactgraph::interop

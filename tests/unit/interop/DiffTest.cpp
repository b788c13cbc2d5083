#include "pactgraph/interop/Diff.h"

#include <gtest/gtest.h>

#include <limits>
#include <set>

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

std::string version(const std::string& rank, const std::string& cite, const std::string& pages,
                    const std::string& label, bool extraClaim) {
  return R"({"nodes": [
    {"id": "mao", "type": "Person", "label": {"en": ")" +
         label + R"("}},
    {"id": "talks", "type": "Meeting", "label": {"en": "Talks"}},
    {"id": "book", "type": "Book", "label": {"en": "Book 2004"}, "props": {"title": "Book"}}],
  "citations": [
    {"id": "fn-1", "source": "book", "pages": ")" +
         pages + R"(", "footnote": 1},
    {"id": "fn-2", "source": "book", "pages": "9", "footnote": 2}],
  "statements": [
    {"subject": "talks", "predicate": "participant", "object": "mao", "rank": ")" +
         rank + R"(", "cite": [)" + cite + R"(]},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-2"]})" +
         (extraClaim
              ? R"(, {"subject": "talks", "predicate": "date", "value": "1950-01-23", "rank": "deprecated", "cite": ["fn-2"]})"
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
  EXPECT_NE(text.find("added claim talks date \"1950-01-23\"^^xsd:date\n    rank deprecated\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("reranked claim talks participant mao\n    rank normal → preferred\n"), std::string::npos)
      << text;
  // fn-1's pages changed (a new citation IRI, matched by footnote) and fn-2 was added.
  EXPECT_NE(
      text.find("recited claim talks participant mao\n    no longer cites Book 2004, p. 5 (fn. 1) [sentence]\n"
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

// The triples of `lines` inside DELETE DATA (`deleting`) or INSERT DATA
// blocks of a SPARQL Update request, as the N-Triples lines they are.
std::vector<std::string> dataLines(const std::string& request, bool deleting) {
  std::vector<std::string> out;
  bool inside = false;
  std::size_t from = 0;
  while (from < request.size()) {
    std::size_t to = request.find('\n', from);
    if (to == std::string::npos) to = request.size();
    const std::string line = request.substr(from, to - from);
    if (line.starts_with("DELETE DATA {")) inside = deleting;
    if (line.starts_with("INSERT DATA {")) inside = !deleting;
    if (inside && line.starts_with("<")) out.push_back(line);
    from = to + 1;
  }
  return out;
}

TEST(DiffTest, UpdateRequestsSplitTheChangeWithinTheBound) {
  const auto before = build(version("normal", R"("fn-1")", "5", "Mao", false));
  const auto after = build(version("preferred", R"("fn-1", "fn-2")", "6", "Mao Zedong", true));
  const auto diff = diffDatasets(before, after, kBase);
  // Unbounded: the one request sparqlUpdate writes.
  const auto whole = sparqlUpdateRequests(diff, std::numeric_limits<std::size_t>::max());
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole.front(), sparqlUpdate(diff));
  // Bounded: several requests, none over the bound (no triple here is
  // longer than it), together exactly the removed and the added triples.
  const std::size_t bound = 600;
  const auto requests = sparqlUpdateRequests(diff, bound);
  EXPECT_GT(requests.size(), 2u);
  std::multiset<std::string> removed, added;
  for (const auto& request : requests) {
    EXPECT_LE(request.size(), bound) << request;
    EXPECT_TRUE(request.starts_with("DELETE DATA {\n  GRAPH <") || request.starts_with("INSERT DATA {\n  GRAPH <"))
        << request;
    EXPECT_TRUE(request.ends_with("  }\n}\n")) << request;
    for (const auto& line : dataLines(request, true)) removed.insert(line);
    for (const auto& line : dataLines(request, false)) added.insert(line);
  }
  EXPECT_EQ(removed.size(), diff.removed.size());
  EXPECT_EQ(added.size(), diff.added.size());
  std::multiset<std::string> removedWhole, addedWhole;
  for (const auto& line : dataLines(whole.front(), true)) removedWhole.insert(line);
  for (const auto& line : dataLines(whole.front(), false)) addedWhole.insert(line);
  EXPECT_EQ(removed, removedWhole);
  EXPECT_EQ(added, addedWhole);
  // A bound smaller than one triple still sends every triple, one per block.
  const auto tiny = sparqlUpdateRequests(diff, 10);
  EXPECT_EQ(tiny.size(), diff.removed.size() + diff.added.size());
  // Nothing changed: no request.
  EXPECT_TRUE(sparqlUpdateRequests(diffDatasets(before, before, kBase), 600).empty());
}

}  // namespace
}  // namespace pactgraph::interop

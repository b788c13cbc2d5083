#include "pactgraph/analysis/PathReport.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "AnalysisTestData.h"
#include "pactgraph/analysis/Rendering.h"

namespace pactgraph::analysis {
namespace {

using testing::builtInTypes;
using testing::validated;

// chen —participant— talks (1950-01-22) —participant— molotov; chen's
// representation of the PRC has no date and a note.
const std::string kData = R"({"nodes": [
  {"id": "chen", "type": "Person", "label": {"en": "Chen Boda", "zh": "陈伯达"}},
  {"id": "molotov", "type": "Person", "label": {"ru": "Вячеслав Молотов"}},
  {"id": "prc", "type": "State", "label": {"en": "PRC"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}}],
  "statements": [
  {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "chen", "cite": ["fn-1", "fn-3"]},
  {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["text"]},
  {"subject": "chen", "predicate": "represented", "object": "prc", "rank": "preferred", "cite": ["fn-4"],
   "note": {"en": "as adviser"}}]})";

PathReport report(const model::Graph& graph, const std::string& from, const std::string& to, PathOptions options = {}) {
  return pathReport(graph, findPaths(graph, builtInTypes(), from, to, options), options, from, to);
}

TEST(PathReportTest, CarriesLabelsClaimsAndCitationsOfEveryHop) {
  const auto graph = validated(kData);
  const PathReport paths = report(graph, "chen", "molotov");
  EXPECT_EQ(paths.fromLabel, "Chen Boda");
  EXPECT_EQ(paths.toLabel, "Вячеслав Молотов");  // no English label: the first
  ASSERT_EQ(paths.paths.size(), 1u);
  const ReportedPath& path = paths.paths[0];
  ASSERT_EQ(path.nodes.size(), 3u);
  EXPECT_EQ(path.nodes[1].id, "talks");
  EXPECT_EQ(path.nodes[1].type, "Negotiation");
  ASSERT_EQ(path.hops.size(), 2u);
  const ReportedHop& first = path.hops[0];
  EXPECT_FALSE(first.forward);  // walked from chen back to the negotiation
  EXPECT_EQ(first.claim.subject, "talks");
  EXPECT_EQ(first.claim.objectLabel, "Chen Boda");
  EXPECT_EQ(first.claim.rank, "normal");
  EXPECT_EQ(first.claim.predicateIri, std::string(model::vocab::pg) + "participant");
  EXPECT_TRUE(first.claim.at.starts_with("data.json:"));
  ASSERT_EQ(first.claim.citations.size(), 2u);
  EXPECT_EQ(first.claim.citations[0].reference, "Heinzig 2004, p. 343 [fn 1]");
  EXPECT_EQ(first.claim.citations[1].reference, "Heinzig 2004, pp. 318–319 [fn 3]");
  EXPECT_EQ(first.claim.citations[1].footnotes, std::vector<std::string>{"3"});
  EXPECT_EQ(path.hops[1].claim.citations[0].reference, "Article [no footnote]");
  ASSERT_TRUE(first.dates);
  EXPECT_EQ(first.dates->earliest, "1950-01-22");
}

TEST(PathReportTest, DescribesAClaimWithItsObjectOrValue) {
  const auto graph = validated(kData);
  EXPECT_EQ(describeClaim(reportedClaim(graph, 1)), "Talks —participant→ Chen Boda");
  EXPECT_EQ(describeClaim(reportedClaim(graph, 0)), "Talks —date→ \"1950-01-22\"");
  EXPECT_EQ(reportedClaim(graph, 3).note, "as adviser");
}

TEST(PathReportTest, SubgraphHoldsThePathsClaimsCitationsAndSources) {
  const auto graph = validated(kData);
  const PathOptions options;
  const model::Graph sub = pathSubgraph(graph, findPaths(graph, builtInTypes(), "chen", "molotov", options));
  EXPECT_EQ(sub.statements.size(), 2u);
  EXPECT_EQ(sub.citations.size(), 3u);  // fn-1, fn-3, text
  EXPECT_NE(sub.findNode("book"), nullptr);
  EXPECT_NE(sub.findNode("article"), nullptr);
  EXPECT_EQ(sub.findNode("prc"), nullptr);
}

TEST(PathRenderingTest, TextShowsHopsClaimsAndSources) {
  const auto graph = validated(kData);
  std::ostringstream out;
  printPaths(out, report(graph, "chen", "molotov"));
  const std::string text = out.str();
  EXPECT_NE(text.find("path 1 (2 hops; 1950-01-22): Chen Boda → Talks → Вячеслав Молотов\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("  1. Chen Boda  ←participant—  Talks\n"), std::string::npos) << text;
  EXPECT_NE(text.find("     claim: Talks —participant→ Chen Boda (1950-01-22)  data.json:"), std::string::npos) << text;
  EXPECT_NE(text.find("     source: Article [no footnote]\n"), std::string::npos) << text;
  EXPECT_NE(text.find("(1 of 3 requested paths exist within 6 hops)\n"), std::string::npos) << text;
}

TEST(PathRenderingTest, TextSaysWhenThereIsNoPath) {
  auto graph = validated(kData);
  PathOptions options;
  options.maxLength = 1;
  std::ostringstream out;
  printPaths(out, report(graph, "chen", "molotov", options));
  EXPECT_EQ(out.str(), "no path from Chen Boda to Вячеслав Молотов within 1 hops\n");
}

TEST(PathRenderingTest, TextNeutralisesTerminalControls) {
  PathReport hostile;
  hostile.fromLabel = "a\x1b[2Jb";
  hostile.toLabel = "c";
  std::ostringstream out;
  printPaths(out, hostile);
  EXPECT_EQ(out.str().find('\x1b'), std::string::npos) << out.str();
}

TEST(PathRenderingTest, JsonHasOneShapeWithNullForWhatTheSourceCannotKnow) {
  const auto graph = validated(kData);
  const auto json = nlohmann::json::parse(pathsJson(report(graph, "chen", "prc")));
  EXPECT_EQ(json["from"], "chen");
  EXPECT_TRUE(json["endpoint"].is_null());
  EXPECT_TRUE(json["graph"].is_null());
  const auto& hop = json["paths"][0]["hops"][0];
  EXPECT_EQ(hop["direction"], "forward");
  EXPECT_EQ(hop["dated"], false);
  EXPECT_TRUE(hop["claim"]["statement"].is_null());  // statement IRIs are minted by the rdf layer
  EXPECT_EQ(hop["claim"]["rank"], "preferred");
  EXPECT_EQ(hop["claim"]["note"], "as adviser");
  const auto& citation = hop["claim"]["citations"][0];
  EXPECT_EQ(citation["id"], "fn-4");
  EXPECT_TRUE(citation["iri"].is_null());
  EXPECT_EQ(citation["pages"], "95");
  EXPECT_EQ(citation["footnote"], 4);
  EXPECT_EQ(citation["footnotes"], nlohmann::json::array({4}));
  EXPECT_EQ(citation["reference"], "Other 1993, p. 95 [fn 4]");
  EXPECT_TRUE(json["paths"][0]["nodes"][0]["iri"].is_null());
}

}  // namespace
}  // namespace pactgraph::analysis

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "../analysis/AnalysisTestData.h"
#include "pactgraph/report/Report.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::report {
namespace {

using analysis::testing::builtInTypes;
using analysis::testing::typesOf;
using analysis::testing::validated;
using ::testing::HasSubstr;
using ::testing::Not;

const char* const kData = R"({"nodes": [
  {"id": "mao", "type": "Person", "label": {"en": "Mao <Zedong> & \"Co\""}},
  {"id": "stalin", "type": "Person", "label": {"en": "Stalin"}},
  {"id": "ussr", "type": "State", "label": {"en": "USSR"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks \u202eevil"}},
  {"id": "signing", "type": "Signing", "label": {"en": "Signing"}},
  {"id": "pact", "type": "Treaty", "label": {"en": "Pact", "ru": "Договор"}},
  {"id": "pact-article-2", "type": "TreatyArticle", "label": {"en": "Article 2"},
   "props": {"articleNumber": 2, "articleOf": "pact"}},
  {"id": "pact-article-10", "type": "TreatyArticle", "label": {"en": "Article 10"},
   "props": {"articleNumber": 10, "articleOf": "pact"}}],
  "statements": [
  {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-1"]},
  {"subject": "signing", "predicate": "date", "value": "1950-02-14?", "cite": ["fn-2"]},
  {"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "participant", "object": "stalin", "cite": ["fn-3"]},
  {"subject": "pact", "predicate": "party", "object": "ussr", "cite": ["text"]},
  {"subject": "pact-article-10", "predicate": "summary", "value": {"en": "Ten & more"}, "cite": ["fn-4"]},
  {"subject": "pact-article-2", "predicate": "summary", "value": {"en": "Two"}, "cite": ["fn-4"]}]})";

// The report of `graph` with its analyses computed as the `report` command
// computes them, the scores with `scoreOptions`.
std::string reportOf(const model::Graph& graph, const ReportOptions& options = {}, ReportSummary* summary = nullptr,
                     const analysis::TypeHierarchy& types = builtInTypes(),
                     const analysis::ScoreOptions& scoreOptions = {}) {
  analysis::ActorNetwork network = analysis::buildActorNetwork(graph, types, {options.includeDeprecated});
  analysis::NetworkScores scores = analysis::computeScores(network, scoreOptions);
  const ReportAnalyses analyses{std::move(network), std::move(scores),
                                analysis::buildTimeline(graph, types, {options.includeDeprecated}),
                                analysis::auditGraph(graph, types, {.sensitivity = false}),
                                analysis::ClaimDates(graph, types, options.includeDeprecated)};
  return renderReport(graph, types, analyses, options, summary);
}

TEST(ReportTest, IsOneSelfContainedDocument) {
  const std::string html = reportOf(validated(kData));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_THAT(html, HasSubstr("<title>Pact</title>"));  // the treaty with the most claims
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  EXPECT_THAT(html, HasSubstr("@media print"));
}

TEST(ReportTest, EscapesCuratedText) {
  const std::string html = reportOf(validated(kData));
  EXPECT_THAT(html, HasSubstr("Mao &lt;Zedong&gt; &amp; \"Co\""));
  EXPECT_THAT(html, Not(HasSubstr("<Zedong>")));
  EXPECT_THAT(html, HasSubstr("<bdi>Talks \u202eevil</bdi>"));
  EXPECT_THAT(html, HasSubstr("\u2068Talks \u202eevil\u2069"));  // in the SVG timeline
  EXPECT_THAT(html, HasSubstr("Ten &amp; more"));
}

TEST(ReportTest, ShowsCitationsAndLinksSections) {
  const std::string html = reportOf(validated(kData));
  EXPECT_THAT(html, HasSubstr("<a href=\"#source-book\">Heinzig 2004, p. 343 [fn 1]</a>"));
  EXPECT_THAT(html, HasSubstr("<tr id=\"actor-mao\">"));
  EXPECT_THAT(html, HasSubstr("<article class=\"entry\" id=\"event-talks\">"));
  EXPECT_THAT(html, HasSubstr("id=\"treaty-pact\""));
  // Every in-page link has its target.
  std::set<std::string> ids;
  const std::regex id(R"( id="([^"]+)\")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator(); ++it) {
    ids.insert((*it)[1]);
  }
  const std::regex href(R"(href="#([^"]+)\")");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    EXPECT_TRUE(ids.count((*it)[1])) << (*it)[1];
    ++links;
  }
  EXPECT_GT(links, 10u);
  // Ids are unique (two renderings of each figure).
  std::size_t idCount = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator(); ++it) ++idCount;
  EXPECT_EQ(idCount, ids.size());
}

TEST(ReportTest, OrdersArticlesByNumber) {
  const std::string html = reportOf(validated(kData));
  EXPECT_LT(html.find("id=\"article-pact-article-2\""), html.find("id=\"article-pact-article-10\""));
}

// The circles of the network drawing of class `variant` ("wide", "narrow").
std::size_t networkCircles(const std::string& html, const std::string& variant) {
  const auto start = html.find("<svg class=\"network " + variant + "\"");
  EXPECT_NE(start, std::string::npos) << variant;
  if (start == std::string::npos) return 0;
  const std::string drawing = html.substr(start, html.find("</svg>", start) - start);
  std::size_t circles = 0;
  for (std::size_t at = drawing.find("<circle"); at != std::string::npos; at = drawing.find("<circle", at + 1))
    ++circles;
  return circles;
}

// The fragment links of `html` without a target.
std::vector<std::string> brokenLinks(const std::string& html) {
  std::set<std::string> ids;
  const std::regex id(R"( id="([^"]+)\")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator(); ++it) {
    ids.insert((*it)[1]);
  }
  std::vector<std::string> broken;
  const std::regex href(R"(href="#([^"]+)\")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    if (!ids.count((*it)[1])) broken.push_back((*it)[1]);
  }
  return broken;
}

TEST(ReportTest, DrawsOneCirclePerActorInBothRenderingsAndMarksUncertainDates) {
  const std::string html = reportOf(validated(kData));
  EXPECT_EQ(networkCircles(html, "wide"), 3u);
  EXPECT_EQ(networkCircles(html, "narrow"), 3u);
  EXPECT_THAT(html, HasSubstr("<svg class=\"timeline wide\""));
  EXPECT_THAT(html, HasSubstr("<svg class=\"timeline narrow\""));
  EXPECT_THAT(html, HasSubstr("class=\"mark uncertain\""));
  // Nothing forces a width wider than a phone.
  EXPECT_THAT(html, Not(HasSubstr("min-width:8")));
  EXPECT_THAT(html, Not(HasSubstr("overflow-x")));
}

TEST(ReportTest, BigGraphsShowTheirTopActorsAndSayWhatWasLeftOut) {
  // 30 persons; each meeting m joins persons m, m+1 and m+2.
  std::string nodes;
  std::string statements;
  for (int i = 0; i < 30; ++i) {
    nodes += R"({"id": "p)" + std::to_string(i) + R"(", "type": "Person", "label": {"en": "P)" + std::to_string(i) +
             R"("}},)";
  }
  for (int m = 0; m < 28; ++m) {
    const std::string id = "m" + std::to_string(m);
    nodes += R"({"id": ")" + id + R"(", "type": "Meeting", "label": {"en": "Meeting )" + std::to_string(m) + R"("}},)";
    statements += R"({"subject": ")" + id + R"(", "predicate": "date", "value": "1950-01-)" + (m + 1 < 10 ? "0" : "") +
                  std::to_string(m + 1) + R"(", "cite": ["fn-1"]},)";
    for (int k = 0; k < 3; ++k) {
      statements += R"({"subject": ")" + id + R"(", "predicate": "participant", "object": "p)" + std::to_string(m + k) +
                    R"(", "cite": ["fn-1"]},)";
    }
  }
  nodes.pop_back();
  statements.pop_back();
  const auto graph = validated(R"({"nodes": [)" + nodes + R"(], "statements": [)" + statements + "]}");
  ReportOptions options;
  options.networkLimit = 6;
  options.listLimit = 8;
  options.timelineLimit = 5;
  ReportSummary summary;
  const std::string html = reportOf(graph, options, &summary, builtInTypes(), {.exactLimit = 10, .samples = 7});
  EXPECT_EQ(summary.actors, 30u);
  EXPECT_EQ(summary.drawnActors, 6u);
  EXPECT_EQ(summary.sampledSources, 7u);
  EXPECT_EQ(networkCircles(html, "wide"), 6u);
  EXPECT_EQ(networkCircles(html, "narrow"), 6u);
  EXPECT_THAT(html, HasSubstr("The 6 actors of highest PageRank of 30"));
  EXPECT_THAT(html, HasSubstr("estimated from 7 of the 30 actors"));
  EXPECT_THAT(html, HasSubstr("Showing 8 of 28 events"));
  EXPECT_THAT(html, HasSubstr("The 5 of 28 events"));
  EXPECT_THAT(brokenLinks(html), ::testing::IsEmpty());
  // The table holds the drawn actors and the most central others.
  std::size_t rows = 0;
  for (std::size_t at = html.find("<tr id=\"actor-"); at != std::string::npos;
       at = html.find("<tr id=\"actor-", at + 1))
    ++rows;
  EXPECT_GE(rows, 8u);
  EXPECT_LE(rows, 14u);
}

TEST(ReportTest, IsDeterministicWhateverTheOrderOfStatements) {
  const std::string first = reportOf(validated(kData));
  EXPECT_EQ(first, reportOf(validated(kData)));
  // The same data with its statements in reverse order.
  std::string reversed = kData;
  const std::string a =
      R"({"subject": "pact-article-10", "predicate": "summary", "value": {"en": "Ten & more"}, "cite": ["fn-4"]})";
  const std::string b = R"({"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"]})";
  const auto at = reversed.find(a);
  const auto bt = reversed.find(b);
  ASSERT_NE(at, std::string::npos);
  ASSERT_NE(bt, std::string::npos);
  reversed.replace(at, a.size(), b);
  reversed.replace(bt, b.size(), a);
  EXPECT_EQ(first, reportOf(validated(reversed)));
}

TEST(ReportTest, TitleAndZoomCanBeGiven) {
  ReportOptions options;
  options.title = "A <title>";
  options.zoom = analysis::DayRange{"1950-01-01", "1950-01-31"};
  const std::string html = reportOf(validated(kData), options);
  EXPECT_THAT(html, HasSubstr("<title>A &lt;title&gt;</title>"));
  EXPECT_THAT(html, HasSubstr("Detail, 1 January 1950 – 31 January 1950"));
}

// The ontology's terms reach the report through its hierarchies: a subclass
// of pg:Treaty is listed with the treaties, a subproperty of pg:articleOf
// gives it articles, a subclass of pg:Person is coloured as a person and a
// subproperty of pg:participant makes co-participants.
TEST(ReportTest, AnExtendedOntologyReachesTheReport) {
  const std::string source(PACTGRAPH_SOURCE_DIR);
  const auto extended =
      ontology::Ontology::fromTurtle(util::readFile(source + "/ontology/pactgraph.ttl") +
                                         util::readFile(source + "/tests/fixtures/ontology-extension.ttl"),
                                     "extended.ttl");
  const auto graph = validated(R"({"nodes": [
  {"id": "mao", "type": "Person", "label": {"en": "Mao"}},
  {"id": "envoy", "type": "Envoy", "label": {"en": "The envoy"}},
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
  {"id": "secret", "type": "SecretProtocol", "label": {"en": "Secret protocol"}},
  {"id": "clause", "type": "ProtocolClause", "label": {"en": "Clause"}, "props": {"clauseOf": "secret"}}],
  "statements": [
  {"subject": "talks", "predicate": "participant", "object": "mao", "cite": ["fn-1"]},
  {"subject": "talks", "predicate": "negotiator", "object": "envoy", "cite": ["fn-2"]},
  {"subject": "clause", "predicate": "summary", "value": {"en": "Spheres"}, "cite": ["fn-4"]}]})",
                               extended);
  const std::string html = reportOf(graph, {}, nullptr, typesOf(extended));
  EXPECT_THAT(html, HasSubstr("1 treaty or agreement"));
  EXPECT_THAT(html, HasSubstr("<article class=\"entry\" id=\"treaty-secret\">"));
  EXPECT_THAT(html, HasSubstr("<tr id=\"article-clause\">"));
  EXPECT_THAT(html, HasSubstr("Spheres"));
  EXPECT_THAT(html, HasSubstr("2 actors and 1 link"));
  EXPECT_THAT(html, HasSubstr("class=\"actor person"));
  EXPECT_THAT(html, Not(HasSubstr("other agent")));
  // The envoy takes part in the talks.
  const auto row = html.find("<tr id=\"actor-envoy\">");
  ASSERT_NE(row, std::string::npos);
  EXPECT_THAT(html.substr(row, html.find("</tr>", row) - row), HasSubstr("<a href=\"#event-talks\">Talks</a>"));
}

}  // namespace
}  // namespace pactgraph::report

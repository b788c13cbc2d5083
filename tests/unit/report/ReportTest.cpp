#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "../analysis/AnalysisTestData.h"
#include "pactgraph/report/Report.h"

namespace pactgraph::report {
namespace {

using analysis::testing::builtInTypes;
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

TEST(ReportTest, IsOneSelfContainedDocument) {
  const std::string html = renderReport(validated(kData), builtInTypes());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_THAT(html, HasSubstr("<title>Pact</title>"));  // the treaty with the most claims
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  EXPECT_THAT(html, HasSubstr("@media print"));
}

TEST(ReportTest, EscapesCuratedText) {
  const std::string html = renderReport(validated(kData), builtInTypes());
  EXPECT_THAT(html, HasSubstr("Mao &lt;Zedong&gt; &amp; \"Co\""));
  EXPECT_THAT(html, Not(HasSubstr("<Zedong>")));
  EXPECT_THAT(html, HasSubstr("<bdi>Talks \u202eevil</bdi>"));
  EXPECT_THAT(html, HasSubstr("\u2068Talks \u202eevil\u2069"));  // in the SVG timeline
  EXPECT_THAT(html, HasSubstr("Ten &amp; more"));
}

TEST(ReportTest, ShowsCitationsAndLinksSections) {
  const std::string html = renderReport(validated(kData), builtInTypes());
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
}

TEST(ReportTest, OrdersArticlesByNumber) {
  const std::string html = renderReport(validated(kData), builtInTypes());
  EXPECT_LT(html.find("id=\"article-pact-article-2\""), html.find("id=\"article-pact-article-10\""));
}

TEST(ReportTest, DrawsOneCirclePerActorAndMarksUncertainDates) {
  const std::string html = renderReport(validated(kData), builtInTypes());
  const std::string network = html.substr(html.find("<svg class=\"network\""));
  const std::string drawing = network.substr(0, network.find("</svg>"));
  std::size_t circles = 0;
  for (std::size_t at = drawing.find("<circle"); at != std::string::npos; at = drawing.find("<circle", at + 1))
    ++circles;
  EXPECT_EQ(circles, 3u);
  EXPECT_THAT(html, HasSubstr("class=\"mark uncertain\""));
}

TEST(ReportTest, IsDeterministicWhateverTheOrderOfStatements) {
  const std::string first = renderReport(validated(kData), builtInTypes());
  EXPECT_EQ(first, renderReport(validated(kData), builtInTypes()));
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
  EXPECT_EQ(first, renderReport(validated(reversed), builtInTypes()));
}

TEST(ReportTest, TitleAndZoomCanBeGiven) {
  ReportOptions options;
  options.title = "A <title>";
  options.zoom = analysis::DayRange{"1950-01-01", "1950-01-31"};
  const std::string html = renderReport(validated(kData), builtInTypes(), options);
  EXPECT_THAT(html, HasSubstr("<title>A &lt;title&gt;</title>"));
  EXPECT_THAT(html, HasSubstr("Detail, 1 January 1950 – 31 January 1950"));
}

}  // namespace
}  // namespace pactgraph::report

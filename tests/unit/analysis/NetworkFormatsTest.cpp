#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "pactgraph/analysis/NetworkFormats.h"

namespace pactgraph::analysis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Two actors linked at two dated events and by an undated direct claim.
ActorNetwork twoActors() {
  ActorNetwork network;
  network.actors.push_back({"a", "A & \"B\" <C>", "Person", DayRange{"1950-01-01", "1950-02-14"}});
  network.actors.push_back({"b", "Plain, \"quoted\"", "State", std::nullopt});
  network.citations = {{"fn-1", "book", "Heinzig 2004", "343", 1, "Heinzig 2004, p. 343 [fn 1]"},
                       {"fn-4", "other", "Other 1993", "95", 4, "Other 1993, p. 95 [fn 4]"},
                       {"text", "article", "Article", "", std::nullopt, "=Article [no footnote]"}};
  network.contextLabels = {{"talks", "Talks"}, {"signing", "Signing"}};
  Link link;
  link.a = 0;
  link.b = 1;
  link.weight = 2;
  link.predicates = {"participant", "represented"};
  link.contexts = {"signing", "talks"};
  link.statements = {1, 2, 3, 4, 5};
  link.citations = {0, 1, 2};
  link.sources = 3;
  link.dates = DayRange{"1950-01-01", "1950-02-14"};
  link.spells = {{{"1950-01-01", "1950-01-31"}, {"talks"}, {"participant"}, {1, 2}, {0}},
                 {{"1950-02-14", "1950-02-14"}, {"signing"}, {"participant"}, {3, 4}, {0, 1}}};
  link.undated = {{}, {}, {"represented"}, {5}, {2}};
  network.links.push_back(link);
  return network;
}

TEST(NetworkFormatsTest, DoublesRoundTrip) {
  for (const double value : {0.1, 1.0 / 3.0, 2.5e-7, 0.0, 123456.789}) {
    EXPECT_EQ(std::strtod(formatDouble(value).c_str(), nullptr), value);
  }
  EXPECT_EQ(formatDouble(0.5), "0.5");
}

TEST(NetworkFormatsTest, GraphmlCarriesScoresEvidenceAndEscapedLabels) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  scores.actors[0].betweenness = 0.25;
  const std::string graphml = toGraphml(network, scores);
  EXPECT_THAT(graphml, HasSubstr("edgedefault=\"undirected\""));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"label\">A &amp; &quot;B&quot; &lt;C&gt;</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"betweenness\">0.25</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"start\">1950-01-01</data>"));  // the actor's own dates
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_predicates\">participant represented</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_citations\">Heinzig 2004, p. 343 [fn 1]; Other 1993, p. 95 [fn 4]; "
                                 "=Article [no footnote]</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_sources\">article book other</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_sourceCount\">3</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_footnotes\">1 4</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"e_spells\">1950-01-01/1950-01-31 1950-02-14/1950-02-14</data>"));
  EXPECT_THAT(graphml, HasSubstr("<key id=\"e_sourceCount\" for=\"edge\" attr.name=\"sourceCount\" "
                                 "attr.type=\"int\"/>"));
}

TEST(NetworkFormatsTest, GexfIsDynamic12DraftWithOneSpellPerDatedEvent) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string gexf = toGexf(network, scores);
  EXPECT_THAT(gexf, HasSubstr("xmlns=\"http://www.gexf.net/1.2draft\""));
  EXPECT_THAT(gexf, HasSubstr("version=\"1.2\""));
  EXPECT_THAT(gexf, HasSubstr("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">"));
  EXPECT_THAT(gexf, HasSubstr("<node id=\"a\" label=\"A &amp; &quot;B&quot; &lt;C&gt;\">"));
  EXPECT_THAT(gexf, HasSubstr("<spells><spell start=\"1950-01-01\" end=\"1950-02-14\"/></spells>"));
  EXPECT_THAT(gexf, HasSubstr("<spells><spell start=\"1950-01-01\" end=\"1950-01-31\"/>"
                              "<spell start=\"1950-02-14\" end=\"1950-02-14\"/></spells>"));
  EXPECT_THAT(gexf, HasSubstr("<attvalue for=\"footnotes\" value=\"1 4\"/>"));
  EXPECT_THAT(gexf, Not(HasSubstr("for=\"spells\"")));
}

TEST(NetworkFormatsTest, SpellsSharingADayAreMergedForGephi) {
  Link link;
  const auto spell = [](std::string from, std::string to) {
    return LinkSpell{{std::move(from), std::move(to)}, {}, {}, {}, {}};
  };
  link.spells = {spell("1949-12-01", "1949-12-31"), spell("1949-12-16", "1949-12-16"),
                 spell("1950-01-02", "1950-01-02"), spell("1950-01-02", "1950-01-05"),
                 spell("1950-01-06", "1950-01-06")};
  const auto merged = mergedSpells(link);
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].latest, "1949-12-31");
  EXPECT_EQ(merged[1].earliest, "1950-01-02");
  EXPECT_EQ(merged[1].latest, "1950-01-05");
  EXPECT_EQ(merged[2].earliest, "1950-01-06");  // the next day: no overlap
  link.spells = {spell("1949-12-01", "1949-12-31"), spell("", "1950-01-20"), spell("1950-01-20", "")};
  const auto open = mergedSpells(link);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].earliest, "");
  EXPECT_EQ(open[0].latest, "");
}

TEST(NetworkFormatsTest, DotCarriesLayoutSettingsAndEvidenceWithoutEdgeLabels) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string dot = toDot(network, scores);
  EXPECT_THAT(dot, HasSubstr("overlap=false"));
  EXPECT_THAT(dot, HasSubstr("pack=true"));
  EXPECT_THAT(dot, HasSubstr("\"a\" [label=\"A &amp; \\\"B\\\" <C>\""));
  EXPECT_THAT(dot, HasSubstr("\"a\" -- \"b\" [weight=2, penwidth=3.2, tooltip="));
  EXPECT_THAT(dot, HasSubstr("sourceCount=\"3\", footnotes=\"1 4\", spells=\"1950-01-01/1950-01-31 "
                             "1950-02-14/1950-02-14\""));
  EXPECT_THAT(dot, Not(HasSubstr(", label=\"participant")));
}

TEST(NetworkFormatsTest, PalladioCsvHasOneRowPerDatedLinkAndNeutralisedCells) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string nodes = toNodesCsv(network, scores);
  EXPECT_THAT(nodes, HasSubstr("b,\"Plain, \"\"quoted\"\"\",State,"));
  EXPECT_THAT(nodes, Not(HasSubstr("\n\n")));
  EXPECT_EQ(toEdgesCsv(network),
            "Source,Target,Weight,Context,Context label,Start,End,Predicates,Citations,Sources,Source count,"
            "Footnotes\r\n"
            "a,b,2,talks,Talks,1950-01-01,1950-01-31,participant,\"Heinzig 2004, p. 343 [fn 1]\",book,1,1\r\n"
            "a,b,2,signing,Signing,1950-02-14,1950-02-14,participant,"
            "\"Heinzig 2004, p. 343 [fn 1]; Other 1993, p. 95 [fn 4]\",book other,2,1 4\r\n"
            "a,b,2,,,,,represented,\"'=Article [no footnote]\",article,1,\r\n");
}

}  // namespace
}  // namespace pactgraph::analysis

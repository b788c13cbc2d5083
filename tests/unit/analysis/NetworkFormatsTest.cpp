#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "pactgraph/analysis/NetworkFormats.h"

namespace pactgraph::analysis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

ActorNetwork twoActors() {
  ActorNetwork network;
  network.actors.push_back({"a", "A & \"B\" <C>", "Person", DayRange{"1950-01-01", "1950-02-14"}});
  network.actors.push_back({"b", "Plain, \"quoted\"", "State", std::nullopt});
  Link link;
  link.a = 0;
  link.b = 1;
  link.weight = 2;
  link.predicates = {"participant", "represented"};
  link.contexts = {"talks"};
  link.dates = DayRange{"1950-01-01", "1950-02-14"};
  network.links.push_back(link);
  return network;
}

TEST(NetworkFormatsTest, DoublesRoundTrip) {
  for (const double value : {0.1, 1.0 / 3.0, 2.5e-7, 0.0, 123456.789}) {
    EXPECT_EQ(std::strtod(formatDouble(value).c_str(), nullptr), value);
  }
  EXPECT_EQ(formatDouble(0.5), "0.5");
}

TEST(NetworkFormatsTest, GraphmlCarriesScoresAndEscapedLabels) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  scores.actors[0].betweenness = 0.25;
  const std::string graphml = toGraphml(network, scores);
  EXPECT_THAT(graphml, HasSubstr("edgedefault=\"undirected\""));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"label\">A &amp; &quot;B&quot; &lt;C&gt;</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"betweenness\">0.25</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"predicates\">participant represented</data>"));
  EXPECT_THAT(graphml, HasSubstr("<data key=\"start\">1950-01-01</data>"));
}

TEST(NetworkFormatsTest, GexfHasTimeIntervalsWhereKnown) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string gexf = toGexf(network, scores);
  EXPECT_THAT(gexf, HasSubstr("xmlns=\"http://gexf.net/1.3\""));
  EXPECT_THAT(gexf, HasSubstr("<node id=\"a\" label=\"A &amp; &quot;B&quot; &lt;C&gt;\" start=\"1950-01-01\" "
                              "end=\"1950-02-14\">"));
  EXPECT_THAT(gexf, HasSubstr("<node id=\"b\" label=\"Plain, &quot;quoted&quot;\">"));
  EXPECT_THAT(gexf, HasSubstr("weight=\"2\" start=\"1950-01-01\" end=\"1950-02-14\""));
}

TEST(NetworkFormatsTest, DotQuotesIdsAndLabels) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string dot = toDot(network, scores);
  EXPECT_THAT(dot, HasSubstr("\"a\" [label=\"A &amp; \\\"B\\\" <C>\""));
  EXPECT_THAT(dot, HasSubstr("\"a\" -- \"b\" [weight=2, label=\"participant represented\"]"));
}

TEST(NetworkFormatsTest, CsvQuotesFieldsThatNeedIt) {
  const auto network = twoActors();
  NetworkScores scores;
  scores.actors.resize(2);
  const std::string nodes = toNodesCsv(network, scores);
  EXPECT_THAT(nodes, HasSubstr("b,\"Plain, \"\"quoted\"\"\",State,"));
  EXPECT_THAT(nodes, Not(HasSubstr("\n\n")));
  EXPECT_EQ(toEdgesCsv(network),
            "Source,Target,Weight,Predicates,Contexts,Start,End\r\n"
            "a,b,2,participant represented,talks,1950-01-01,1950-02-14\r\n");
}

}  // namespace
}  // namespace pactgraph::analysis

#include "pactgraph/rdf/Writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pactgraph::rdf {
namespace {

using model::Quad;
using model::Term;
using ::testing::HasSubstr;

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

std::vector<Quad> sample() {
  const Term s = Term::iri("https://example.org/s");
  const Term g = Term::iri("https://example.org/g");
  return {
      {s, Term::iri("https://example.org/p"), Term::string("quote \" backslash \\ newline \n tab \t"), g},
      {s, Term::iri("https://example.org/p"), Term::langString("毛泽东", "zh-Hans"), g},
      {s, Term::iri("https://example.org/n"), Term::literal("300000000", kXsd + "decimal"), g},
      {s, Term::iri("https://example.org/n"), Term::literal("42", kXsd + "integer"), g},
      {Term::iri("https://example.org/a"), Term::iri("https://example.org/p"), Term::iri("https://example.org/b"), {}},
  };
}

TEST(WriterTest, NTriplesIsOneSortedLinePerTripleWithEscapes) {
  const std::string out = serialize(sample(), Format::ntriples, {});
  EXPECT_EQ(out,
            "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
            "<https://example.org/s> <https://example.org/n> \"300000000\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
            "<https://example.org/s> <https://example.org/n> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            "<https://example.org/s> <https://example.org/p> \"quote \\\" backslash \\\\ newline \\n tab \\t\" .\n"
            "<https://example.org/s> <https://example.org/p> \"毛泽东\"@zh-hans .\n");  // c14n: lowercase tags
}

TEST(WriterTest, NTriplesEscapesFollowTheCanonicalForm) {
  const Term s = Term::iri("https://example.org/s");
  const Term p = Term::iri("https://example.org/p");
  const std::string text = std::string("\0\x01\b\f\x7F", 5) + "\xEF\xBF\xBE\xEF\xBF\xBF é";
  EXPECT_EQ(serialize({{s, p, Term::string(text), {}}}, Format::ntriples, {}),
            "<https://example.org/s> <https://example.org/p> \"\\u0000\\u0001\\b\\f\\u007F\\uFFFE\\uFFFF é\" .\n");
}

TEST(WriterTest, TurtleNeverUsesLongStringsOrBareNumbers) {
  const Term s = Term::iri("https://example.org/s");
  const Term p = Term::iri("https://example.org/p");
  const std::string out = serialize({{s, p, Term::string("line\r\nbreak \"\"\""), {}},
                                     {s, p, Term::literal("+1", kXsd + "integer"), {}},
                                     {s, p, Term::literal("true", kXsd + "boolean"), {}}},
                                    Format::turtle, {});
  EXPECT_THAT(out, HasSubstr("\"line\\r\\nbreak \\\"\\\"\\\"\""));
  EXPECT_THAT(out, HasSubstr("\"+1\"^^xsd:integer"));
  EXPECT_THAT(out, HasSubstr("\"true\"^^xsd:boolean"));
  EXPECT_THAT(out, ::testing::Not(HasSubstr("\n\"\"\"")));
}

TEST(WriterTest, NQuadsKeepsGraphs) {
  const std::string out = serialize(sample(), Format::nquads, {});
  EXPECT_THAT(out, HasSubstr("<https://example.org/s> <https://example.org/p> \"毛泽东\"@zh-hans <https://example.org/g> .\n"));
  EXPECT_THAT(out, HasSubstr("<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"));
}

TEST(WriterTest, TurtleKeepsDecimalsDecimal) {
  // A bare 300000000 would re-read as xsd:integer.
  const std::string out = serialize(sample(), Format::turtle, {{"ex", "https://example.org/"}, {"xsd", kXsd}});
  EXPECT_THAT(out, HasSubstr("@prefix ex: <https://example.org/> ."));
  EXPECT_THAT(out, ::testing::Not(HasSubstr(" 300000000 ")));
}

TEST(WriterTest, OutputDoesNotDependOnInputOrder) {
  auto quads = sample();
  std::reverse(quads.begin(), quads.end());
  for (Format f : {Format::turtle, Format::ntriples, Format::nquads, Format::trig, Format::jsonld}) {
    EXPECT_EQ(serialize(quads, f, {}), serialize(sample(), f, {})) << formatName(f);
  }
}

TEST(WriterTest, JsonLdUsesExplicitValueObjectsAndNamedGraphs) {
  const auto doc = nlohmann::json::parse(serialize(sample(), Format::jsonld, {{"ex", "https://example.org/"}, {"xsd", kXsd}}));
  EXPECT_EQ(doc["@context"]["ex"], "https://example.org/");
  EXPECT_FALSE(doc["@context"].contains("@vocab"));
  EXPECT_FALSE(doc["@context"].contains("@language"));
  const auto& graphs = doc["@graph"];
  ASSERT_EQ(graphs.size(), 2u);
  EXPECT_EQ(graphs[0]["@id"], "https://example.org/a");  // default graph first
  EXPECT_EQ(graphs[1]["@id"], "https://example.org/g");
  const auto& node = graphs[1]["@graph"][0];
  EXPECT_EQ(node["ex:n"][0]["@value"], "300000000");  // a string, never a JSON number
  EXPECT_EQ(node["ex:n"][0]["@type"], "xsd:decimal");
  EXPECT_EQ(node["ex:p"][1]["@language"], "zh-Hans");
}

TEST(WriterTest, FormatNamesRoundTrip) {
  for (Format f : {Format::turtle, Format::ntriples, Format::nquads, Format::trig, Format::jsonld}) {
    EXPECT_EQ(formatFromName(formatName(f)), f);
  }
  EXPECT_EQ(formatFromName("rdfxml"), std::nullopt);
}

}  // namespace
}  // namespace pactgraph::rdf

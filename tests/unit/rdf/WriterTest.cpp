#include "pactgraph/rdf/Writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Contract.h"

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
  EXPECT_EQ(
      out,
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
  EXPECT_THAT(
      out, HasSubstr("<https://example.org/s> <https://example.org/p> \"毛泽东\"@zh-hans <https://example.org/g> .\n"));
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
  const auto doc =
      nlohmann::json::parse(serialize(sample(), Format::jsonld, {{"ex", "https://example.org/"}, {"xsd", kXsd}}));
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

// A small context in the shape `pactgraph generate` writes.
const char* const kContext = R"({"@context": {
  "@version": 1.1,
  "ex": "https://example.org/",
  "xsd": "http://www.w3.org/2001/XMLSchema#",
  "label": {"@id": "ex:label", "@container": "@language"},
  "count": {"@id": "ex:count", "@type": "xsd:integer"},
  "footnote": {"@id": "ex:footnote", "@type": "xsd:positiveInteger"},
  "amount": {"@id": "ex:amount", "@type": "xsd:decimal"},
  "ratio": {"@id": "ex:ratio", "@type": "xsd:double"},
  "flag": {"@id": "ex:flag", "@type": "xsd:boolean"},
  "knows": {"@id": "ex:knows", "@type": "@id"},
  "rank": {"@id": "ex:rank", "@type": "@vocab"},
  "tags": {"@id": "ex:tags", "@container": "@set"},
  "title": {"@id": "ex:title"},
  "knownBy": {"@reverse": "ex:knows", "@type": "@id"},
  "Person": "ex:Person",
  "Normal": "ex:Normal"
}})";

const Term kS = Term::iri("https://example.org/s");
Quad quad(const std::string& predicate, Term object) {
  return {kS, Term::iri("https://example.org/" + predicate), std::move(object), {}};
}

nlohmann::json writeWithContext(const std::vector<Quad>& quads, const std::string& reference = {}) {
  const std::string text = serialize(quads, Format::jsonld, {}, JsonLdOptions{kContext, reference});
  return nlohmann::json::parse(text);
}

// The node object of kS (in the default graph).
nlohmann::json node(const nlohmann::json& document) {
  for (const auto& item : document["@graph"]) {
    if (item["@id"] == "ex:s" || item["@id"] == "https://example.org/s") return item;
  }
  return nullptr;
}

TEST(WriterTest, JsonLdWithContextEmbedsItAndUsesItsTerms) {
  const auto doc =
      writeWithContext({quad("title", Term::string("Mao")), quad("knows", Term::iri("https://example.org/b"))});
  EXPECT_EQ(doc["@context"], nlohmann::json::parse(kContext)["@context"]);
  const auto s = node(doc);
  EXPECT_EQ(s["@id"], "ex:s");          // a compact IRI where a prefix fits
  EXPECT_EQ(s["title"], "Mao");         // one value: bare; xsd:string: a plain string
  EXPECT_EQ(s["knows"], "ex:b");        // @type @id: the IRI as a string
  EXPECT_FALSE(s.contains("knownBy"));  // reverse terms are for framing only
}

TEST(WriterTest, JsonLdWithContextLayout) {
  const std::string text =
      serialize({quad("knows", Term::iri("https://example.org/b")), quad("knows", Term::iri("https://example.org/a")),
                 quad("label", Term::langString("Mao", "en")), quad("count", Term::literal("42", kXsd + "integer"))},
                Format::jsonld, {}, JsonLdOptions{kContext, "https://example.org/context.jsonld"});
  EXPECT_EQ(text,
            "{\n"
            "  \"@context\": \"https://example.org/context.jsonld\",\n"
            "  \"@graph\": [\n"
            "    {\n"
            "      \"@id\": \"ex:s\",\n"
            "      \"count\": 42,\n"
            "      \"knows\": [\n"
            "        \"ex:a\",\n"
            "        \"ex:b\"\n"
            "      ],\n"
            "      \"label\": {\"en\": \"Mao\"}\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(WriterTest, JsonLdWithContextWritesLosslessNumbersAsJsonNumbers) {
  const auto s = node(writeWithContext({
      quad("count", Term::literal("42", kXsd + "integer")),
      quad("count", Term::literal("-9007199254740991", kXsd + "integer")),
      quad("count", Term::literal("0", kXsd + "integer")),
      quad("count",
           Term::literal("9007199254740992", kXsd + "integer")),  // 2^53: a JavaScript reader rounds 2^53 + 1 onto it
      quad("count", Term::literal("+5", kXsd + "integer")),       // not canonical
      quad("count", Term::literal("007", kXsd + "integer")),
      quad("count", Term::literal("-0", kXsd + "integer")),
      quad("footnote", Term::literal("38", kXsd + "positiveInteger")),
      quad("amount", Term::literal("300000000", kXsd + "decimal")),
      quad("amount", Term::literal("1.5", kXsd + "decimal")),  // toRDF would make a non-integral number an xsd:double
      quad("ratio", Term::literal("1", kXsd + "double")),      // and an xsd:double 1 "1.0E0"
      quad("flag", Term::literal("true", kXsd + "boolean")),
      quad("flag", Term::literal("1", kXsd + "boolean")),
  }));
  // In the order of the sorted quads (by lexical form).
  EXPECT_EQ(s["count"], nlohmann::json::parse(R"(["+5", "-0", -9007199254740991, 0, "007", 42, "9007199254740992"])"));
  EXPECT_EQ(s["footnote"], 38);
  EXPECT_EQ(s["amount"], nlohmann::json::parse(R"(["1.5", 300000000])"));
  EXPECT_EQ(s["ratio"], "1");
  EXPECT_EQ(s["flag"], nlohmann::json::parse(R"(["1", true])"));
}

TEST(WriterTest, JsonLdWithContextWritesLanguageMaps) {
  const auto s = node(writeWithContext({quad("label", Term::langString("Mao Zedong", "en")),
                                        quad("label", Term::langString("毛泽东", "zh-Hans")),
                                        quad("label", Term::langString("Chairman Mao", "en"))}));
  EXPECT_EQ(s["label"], nlohmann::json::parse(R"({"en": ["Chairman Mao", "Mao Zedong"], "zh-Hans": "毛泽东"})"));
}

TEST(WriterTest, JsonLdWithContextWritesVocabularyTermsAndSets) {
  const auto s = node(writeWithContext(
      {{kS, Term::iri(std::string(model::vocab::rdf) + "type"), Term::iri("https://example.org/Person"), {}},
       quad("rank", Term::iri("https://example.org/Normal")),
       quad("tags", Term::string("one"))}));
  EXPECT_EQ(s["@type"], "Person");
  EXPECT_EQ(s["rank"], "Normal");                             // @type @vocab: the individual's term
  EXPECT_EQ(s["tags"], nlohmann::json::parse(R"(["one"])"));  // @set: always an array
}

TEST(WriterTest, JsonLdWithContextPutsValuesNoTermFitsUnderTheCompactIri) {
  const auto s = node(writeWithContext({
      quad("count", Term::string("many")),                   // not an integer
      quad("count", Term::literal("4", kXsd + "decimal")),   // another datatype
      quad("knows", Term::literal("Bob", kXsd + "string")),  // a literal where an IRI is expected
      quad("label", Term::string("no language")),            // a language map takes tagged text only
      quad("label", Term::iri("https://example.org/label-node")),
      quad("title", Term::literal("1950", kXsd + "gYear")),  // a term without @type takes any value
      quad("title", Term::langString("Titel", "de")),
      quad("unknown", Term::iri("https://example.org/b")),  // no term at all
      quad("count", Term::literal("7", kXsd + "integer")),
  }));
  EXPECT_EQ(s["count"], 7);
  EXPECT_EQ(s["ex:count"], nlohmann::json::parse(R"([{"@value": "4", "@type": "xsd:decimal"}, "many"])"));
  EXPECT_EQ(s["ex:knows"], "Bob");
  EXPECT_EQ(s["ex:label"], nlohmann::json::parse(R"([{"@id": "ex:label-node"}, "no language"])"));
  EXPECT_EQ(s["title"], nlohmann::json::parse(
                            R"([{"@value": "1950", "@type": "xsd:gYear"}, {"@value": "Titel", "@language": "de"}])"));
  EXPECT_EQ(s["ex:unknown"], nlohmann::json::parse(R"({"@id": "ex:b"})"));
}

TEST(WriterTest, JsonLdWithContextKeepsNamedGraphsAndAbsoluteIris) {
  const auto doc = writeWithContext({{Term::iri("http://other.org/x"), Term::iri("http://other.org/p"),
                                      Term::string("v"), Term::iri("https://example.org/g")}});
  EXPECT_EQ(doc["@graph"][0]["@id"], "ex:g");
  EXPECT_EQ(doc["@graph"][0]["@graph"][0]["@id"], "http://other.org/x");
  EXPECT_EQ(doc["@graph"][0]["@graph"][0]["http://other.org/p"], "v");
}

TEST(WriterTest, JsonLdWithContextReferenceWritesTheReference) {
  const auto doc = writeWithContext({quad("title", Term::string("Mao"))}, "https://example.org/context.jsonld");
  EXPECT_EQ(doc["@context"], "https://example.org/context.jsonld");
  EXPECT_EQ(node(doc)["title"], "Mao");
}

TEST(WriterTest, JsonLdContextReferenceNeedsTheContext) {
  EXPECT_THROW(
      serialize({quad("title", Term::string("Mao"))}, Format::jsonld, {}, JsonLdOptions{{}, "https://example.org/c"}),
      util::ContractViolation);
}

TEST(WriterTest, JsonLdRefusesContextsThatChangeHowPlainValuesRead) {
  const std::vector<Quad> quads{quad("title", Term::string("Mao"))};
  for (const char* context :
       {R"({"@context": {"@vocab": "https://example.org/"}})", R"({"@context": {"@language": "en"}})",
        R"({"@context": {"@base": "https://example.org/"}})", R"({"@context": ["https://example.org/context.jsonld"]})",
        R"({"@context": {"t": {"@id": "https://example.org/t", "@context": {}}}})",
        R"({"@context": {"t": {"@id": "https://example.org/t", "@container": "@list"}}})",
        R"({"@context": {"t": "relative"}})", "not json"}) {
    EXPECT_THROW(serialize(quads, Format::jsonld, {}, JsonLdOptions{context, {}}), WriteError) << context;
  }
}

TEST(WriterTest, JsonLdRefusesIrisThatWouldReadAsCompactIris) {
  // <ex:thing> is an absolute IRI with scheme "ex", which the context makes a prefix.
  const std::vector<Quad> quads{{Term::iri("ex:thing"), Term::iri("https://example.org/title"), Term::string("x"), {}}};
  EXPECT_THROW(serialize(quads, Format::jsonld, {}, JsonLdOptions{kContext, {}}), WriteError);
  EXPECT_NO_THROW(serialize(quads, Format::jsonld, {}));  // without a context, no prefix is a term
}

TEST(WriterTest, FormatNamesRoundTrip) {
  for (Format f : {Format::turtle, Format::ntriples, Format::nquads, Format::trig, Format::jsonld}) {
    EXPECT_EQ(formatFromName(formatName(f)), f);
  }
  EXPECT_EQ(formatFromName("rdfxml"), std::nullopt);
}

}  // namespace
}  // namespace pactgraph::rdf

// JSON-LD input (rdf/JsonLdReader.cpp through readRdf): what the writer
// writes reads back as the same quads, with and without a context; native
// values and embedded nodes read as JSON-LD's toRDF gives them; every
// feature outside the subset is refused at its JSON Pointer.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf {
namespace {

using ::testing::HasSubstr;
using Quad = model::Quad;
using Term = model::Term;

const std::string kEx = "https://example.org/";
const std::string kXsd(model::vocab::xsd);

std::vector<Quad> sorted(std::vector<Quad> quads) {
  std::sort(quads.begin(), quads.end());
  return quads;
}

std::vector<Quad> readJsonLd(const std::string& text, const ReadOptions& options = {}) {
  return sorted(readRdf(text, InputSyntax::jsonld, options, "doc.jsonld"));
}

std::vector<Quad> sample() {
  const Term s = Term::iri(kEx + "s");
  const Term g = Term::iri(kEx + "g");
  return sorted({
      {s, Term::iri(kEx + "name"), Term::string("quote \" backslash \\ newline \n"), g},
      {s, Term::iri(kEx + "name"), Term::langString("毛泽东", "zh-Hans"), g},
      {s, Term::iri(kEx + "name"), Term::langString("Mao", "en"), g},
      {s, Term::iri(kEx + "count"), Term::literal("42", kXsd + "integer"), g},
      {s, Term::iri(kEx + "count"), Term::literal("007", kXsd + "integer"), g},
      {s, Term::iri(kEx + "count"), Term::literal("1.5", kXsd + "decimal"), g},
      {s, Term::iri(kEx + "flag"), Term::literal("true", kXsd + "boolean"), g},
      {s, Term::iri(kEx + "link"), Term::iri(kEx + "b"), g},
      {s, Term::iri(kEx + "link"), Term::literal("not an IRI", kXsd + "string"), g},
      {s, Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Term::iri(kEx + "Thing"), g},
      {Term::iri(kEx + "a"), Term::iri(kEx + "link"), Term::iri("urn:isbn:0451450523"), {}},
  });
}

const std::string kContext = R"({"@context": {
  "@version": 1.1,
  "ex": "https://example.org/",
  "xsd": "http://www.w3.org/2001/XMLSchema#",
  "Thing": "ex:Thing",
  "name": {"@id": "ex:name", "@container": "@language"},
  "count": {"@id": "ex:count", "@type": "xsd:integer"},
  "flag": {"@id": "ex:flag", "@type": "xsd:boolean"},
  "link": {"@id": "ex:link", "@type": "@id", "@container": "@set"}
}})";

TEST(JsonLdReaderTest, WhatTheWriterWritesReadsBackWithoutAContext) {
  const std::string text = serialize(sample(), Format::jsonld, {{"ex", kEx}});
  EXPECT_EQ(readJsonLd(text), sample());
}

TEST(JsonLdReaderTest, WhatTheWriterWritesReadsBackWithAContextInlineOrReferenced) {
  const std::string inlined = serialize(sample(), Format::jsonld, {}, {kContext, ""});
  EXPECT_THAT(inlined, HasSubstr("\"count\": [\n"));  // native numbers and terms are exercised
  EXPECT_THAT(inlined, HasSubstr("\"flag\": true"));
  EXPECT_EQ(readJsonLd(inlined), sample());
  const std::string referenced = serialize(sample(), Format::jsonld, {}, {kContext, "https://example.org/context"});
  ReadOptions options;
  options.jsonLdContext = kContext;
  EXPECT_EQ(readJsonLd(referenced, options), sample());
  EXPECT_THROW(readJsonLd(referenced), ReadError);  // nothing is fetched
}

TEST(JsonLdReaderTest, NativeValuesEmbeddedNodesAndBlankNodesReadAsToRdfGivesThem) {
  const std::string prefix = std::string(kDefaultSkolemPrefix);
  const auto quads = readJsonLd(R"([{
    "@id": "https://example.org/s",
    "https://example.org/i": [5, -0, 1e3, 2.5, {"@value": 7, "@type": "http://www.w3.org/2001/XMLSchema#double"}],
    "https://example.org/b": false,
    "https://example.org/e": {"https://example.org/q": "nested"},
    "https://example.org/r": [{"@id": "_:x"}, {"@id": "_:x"}, {"@value": null}],
    "https://example.org/l": {"@set": [{"@value": "chat", "@language": "fr"}]}
  }])");
  const Term s = Term::iri(kEx + "s");
  const auto xsd = [](const std::string& local) { return kXsd + local; };
  EXPECT_EQ(quads, sorted({
                       {s, Term::iri(kEx + "i"), Term::literal("5", xsd("integer")), {}},
                       {s, Term::iri(kEx + "i"), Term::literal("0", xsd("integer")), {}},
                       {s, Term::iri(kEx + "i"), Term::literal("1000", xsd("integer")), {}},
                       {s, Term::iri(kEx + "i"), Term::literal("2.5E0", xsd("double")), {}},
                       {s, Term::iri(kEx + "i"), Term::literal("7.0E0", xsd("double")), {}},
                       {s, Term::iri(kEx + "b"), Term::literal("false", xsd("boolean")), {}},
                       {s, Term::iri(kEx + "e"), Term::iri(prefix + "b0"), {}},
                       {Term::iri(prefix + "b0"), Term::iri(kEx + "q"), Term::string("nested"), {}},
                       {s, Term::iri(kEx + "r"), Term::iri(prefix + "b1"), {}},
                       {s, Term::iri(kEx + "r"), Term::iri(prefix + "b1"), {}},
                       {s, Term::iri(kEx + "l"), Term::langString("chat", "fr"), {}},
                   }));
}

TEST(JsonLdReaderTest, FeaturesOutsideTheSubsetAreRefusedWhereTheyStand) {
  const std::pair<std::string, std::string> cases[] = {
      {R"({"@context": {"@vocab": "https://example.org/"}, "@id": "https://example.org/s", "p": "o"})",
       "doc.jsonld: /@context: "},
      {R"({"@id": "https://example.org/s", "https://example.org/p": {"@list": [1]}})",
       "doc.jsonld: /https:~1~1example.org~1p: @list"},
      {R"({"@id": "https://example.org/s", "p": "o"})", "doc.jsonld: /p: \"p\" is not a term"},
      {R"({"@id": "https://example.org/s", "@reverse": {}})", "doc.jsonld: /@reverse: @reverse is not supported"},
      {R"({"@id": "https://example.org/s", "https://example.org/p": {"@value": "x", "@direction": "rtl"}})",
       "doc.jsonld: /https:~1~1example.org~1p/@direction: "},
      {R"({"@graph": [{"@id": "https://example.org/s", "https://example.org/p": [{"@value": {}}]}]})",
       "doc.jsonld: /@graph/0/https:~1~1example.org~1p/0/@value: "},
      {R"("just a string")", "doc.jsonld: /: "},
      {R"({"@id": )", "doc.jsonld: [json.exception.parse_error"},
  };
  for (const auto& [document, message] : cases) {
    try {
      readJsonLd(document);
      ADD_FAILURE() << "accepted: " << document;
    } catch (const ReadError& error) {
      EXPECT_THAT(error.what(), HasSubstr(message)) << document;
    }
  }
}

}  // namespace
}  // namespace pactgraph::rdf

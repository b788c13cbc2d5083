#include "pactgraph/interop/RdfImport.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {
namespace {

const std::string kBase = "https://example.org/kg/";

std::vector<model::Quad> build(const model::Graph& graph) {
  rdf::ExportOptions options;
  options.base = kBase;
  auto quads = rdf::buildDataset(graph, options);
  return quads;
}

const std::string kData = R"({
  "nodes": [
    {"id": "talks", "type": "Negotiation", "label": {"en": "Talks", "zh-Hans": "会谈"}, "altLabel": {"en": ["b", "a"]},
     "description": {"en": "Talks in Moscow."}},
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}, "props": {"wikidata": "Q5816"}},
    {"id": "treaty", "type": "Treaty", "label": {"en": "Treaty"}, "props": {}},
    {"id": "book", "type": "Book", "label": {"en": "Book 2004"}, "props": {"title": "Book", "isbn": ["2", "1"]}}],
  "citations": [
    {"id": "fn-1", "source": "book", "pages": "5", "footnote": 1, "note": {"en": "as printed"}},
    {"id": "text", "source": "book"}],
  "statements": [
    {"subject": "talks", "predicate": "participant", "object": "mao", "rank": "preferred",
     "qualifiers": {"role": {"en": "host"}, "ordinal": 2}, "cite": [{"id": "fn-1", "scope": "paragraph"}, "text"],
     "note": {"en": "why"}},
    {"subject": "talks", "predicate": "date", "value": "1950-01~", "cite": ["fn-1"]},
    {"subject": "treaty", "predicate": "duration", "value": "P30Y", "cite": ["fn-1"]},
    {"subject": "treaty", "predicate": "summary", "value": {"en": "A treaty.", "ru": "Договор."}, "cite": ["text"]}]})";

TEST(RdfImportTest, ConventionalTagCase) {
  EXPECT_EQ(conventionalTagCase("zh-hans"), "zh-Hans");
  EXPECT_EQ(conventionalTagCase("zh-latn-pinyin"), "zh-Latn-pinyin");
  EXPECT_EQ(conventionalTagCase("en-gb"), "en-GB");
  EXPECT_EQ(conventionalTagCase("EN"), "en");
  EXPECT_EQ(conventionalTagCase("de-ch-x-phonebk"), "de-CH-x-phonebk");
}

TEST(RdfImportTest, AnExportComesBackAsTheSameDataset) {
  const auto original = build(testing::validatedGraph(kData));
  const auto imported = importRdf(original, testing::builtInOntology(), {"", "x.nq"});
  EXPECT_TRUE(imported.leftOut.empty()) << imported.leftOut.front();
  EXPECT_EQ(imported.nodes, 4u);
  EXPECT_EQ(imported.citations, 2u);
  EXPECT_EQ(imported.statements, 4u);
  // The three files together, as one document per file.
  util::Diagnostics diagnostics;
  model::Graph graph;
  io::Loader loader(graph, diagnostics);
  for (const auto& [name, text] : imported.files) loader.loadText(name, text);
  graph.index();
  ontology::validate(testing::builtInOntology(), graph, diagnostics);
  ASSERT_FALSE(diagnostics.hasErrors());
  EXPECT_EQ(build(graph), original);
  // Citation ids come from footnotes; a paragraph-scope citation keeps its scope.
  EXPECT_NE(imported.files[2].second.find(R"({
          "id": "fn-1",
          "scope": "paragraph"
        })"),
            std::string::npos)
      << imported.files[2].second;
}

TEST(RdfImportTest, TagsOfLineFormatsComeBackInConventionalCase) {
  auto quads = build(testing::validatedGraph(kData));
  for (auto& q : quads) q.object.language = util::toLowerAscii(q.object.language);
  const auto imported = importRdf(quads, testing::builtInOntology(), {kBase, "x.nq", true});
  EXPECT_NE(imported.files[0].second.find("\"zh-Hans\": \"会谈\""), std::string::npos);
}

TEST(RdfImportTest, WikibaseStatementsThroughTheAlignment) {
  const std::string turtle = R"(
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix pr: <http://www.wikidata.org/prop/reference/> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
wd:Q1 rdfs:label "Talks"@en ; wdt:P31 wd:Q131569 ; p:P1891 <http://x/s1> .
<http://x/s1> ps:P1891 wd:Q2 ; pq:P1545 "3" ; wikibase:rank wikibase:DeprecatedRank ; prov:wasDerivedFrom <http://x/r1> .
<http://x/r1> pr:P248 wd:Q3 ; pr:P304 "12" ; pr:P958 "footnote 7" .
wd:Q2 rdfs:label "Someone"@en ; wdt:P31 wd:Q5 .
wd:Q3 rdfs:label "A book"@en ; wdt:P31 wd:Q571 .
)";
  const auto quads = rdf::readRdf(turtle, rdf::InputSyntax::turtle, {}, "wikibase.ttl");
  const auto imported = importRdf(quads, testing::builtInOntology(), {kBase, "wikibase.ttl"});
  EXPECT_TRUE(imported.leftOut.empty()) << imported.leftOut.front();
  EXPECT_EQ(imported.nodes, 3u);
  EXPECT_EQ(imported.statements, 1u);
  EXPECT_EQ(imported.files[2].second, R"({
  "statements": [
    {
      "subject": "q1",
      "predicate": "signatory",
      "object": "q2",
      "qualifiers": {
        "ordinal": "3"
      },
      "rank": "deprecated",
      "cite": [
        "fn-7"
      ]
    }
  ]
}
)");
  EXPECT_NE(imported.files[1].second.find("\"source\": \"q3\",\n      \"pages\": \"12\",\n      \"footnote\": 7"),
            std::string::npos)
      << imported.files[1].second;
}

}  // namespace
}  // namespace pactgraph::interop

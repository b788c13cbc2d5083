#include "pactgraph/ontology/Artifacts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::ontology {
namespace {

using Json = nlohmann::ordered_json;

Json contextOf(const Ontology& ontology) { return Json::parse(jsonLdContext(ontology))["@context"]; }

// The JSON-LD context names every term an export writes, one name per property.
TEST(ArtifactsTest, ContextNamesEveryPropertyOnce) {
  const Ontology ontology = Ontology::builtIn();
  const Json context = contextOf(ontology);
  for (const OntologyProperty* p : ontology.properties()) {
    ASSERT_TRUE(context.contains(p->localName)) << p->localName;
    EXPECT_EQ(context[p->localName]["@id"], "pg:" + p->localName);
  }
  std::map<std::string, std::string> termOf;  // forward IRI -> term
  for (const auto& [name, definition] : context.items()) {
    if (!definition.is_object() || !definition.contains("@id")) continue;
    const auto [it, added] = termOf.emplace(definition["@id"].get<std::string>(), name);
    EXPECT_TRUE(added) << definition["@id"] << " is both " << it->second << " and " << name;
  }
  // A source's extent and a citation's pages are different properties.
  EXPECT_EQ(context["pages"]["@id"], "pg:pages");
  EXPECT_EQ(context["citedPages"]["@id"], "bibo:pages");
  EXPECT_FALSE(context.contains("@vocab"));
  EXPECT_FALSE(context.contains("@language"));
}

TEST(ArtifactsTest, ContextCoercesValuesAsTheExportWritesThem) {
  const Json context = contextOf(Ontology::builtIn());
  EXPECT_EQ(context["footnote"]["@type"], "xsd:positiveInteger");
  EXPECT_EQ(context["articleNumber"]["@type"], "xsd:integer");
  EXPECT_EQ(context["quantityAmount"]["@type"], "xsd:decimal");
  EXPECT_EQ(context["earliest"]["@type"], "xsd:date");  // computed days are always xsd:date
  EXPECT_FALSE(context["date"].contains("@type"));      // data dates keep their precision
  EXPECT_EQ(context["participant"]["@type"], "@id");
  EXPECT_EQ(context["label"]["@container"], "@language");
  EXPECT_EQ(context["note"]["@container"], "@language");
  // Statement parts and provenance.
  EXPECT_EQ(context["subject"], Json::parse(R"({"@id": "rdf:subject", "@type": "@id"})"));
  EXPECT_EQ(context["predicate"], Json::parse(R"({"@id": "rdf:predicate", "@type": "@id"})"));
  EXPECT_EQ(context["object"], Json::parse(R"({"@id": "rdf:object"})"));
  EXPECT_EQ(context["qualifiedDerivation"]["@id"], "prov:qualifiedDerivation");
  EXPECT_EQ(context["entity"]["@id"], "prov:entity");
  EXPECT_EQ(context["source"]["@id"], "dcterms:source");
  // Enumerated ranges: the individuals are terms, values are written as them.
  EXPECT_EQ(context["rank"]["@type"], "@vocab");
  EXPECT_EQ(context["NormalRank"], "pg:NormalRank");
  EXPECT_EQ(context["citationScope"]["@type"], "@vocab");
  EXPECT_EQ(context["SentenceScope"], "pg:SentenceScope");
  // Companions: quantity nodes of durations, links made from identifiers.
  EXPECT_EQ(context["pgv"], "https://w3id.org/pactgraph/ontology/value#");
  EXPECT_EQ(context["durationQuantity"], Json::parse(R"({"@id": "pgv:duration", "@type": "@id"})"));
  EXPECT_EQ(context["exactMatch"], Json::parse(R"({"@id": "skos:exactMatch", "@type": "@id"})"));
  EXPECT_EQ(context["closeMatch"], Json::parse(R"({"@id": "skos:closeMatch", "@type": "@id"})"));
}

TEST(ArtifactsTest, ContextHasReverseTermsForFraming) {
  const Json context = contextOf(Ontology::builtIn());
  EXPECT_EQ(context["articles"], Json::parse(R"({"@reverse": "pg:articleOf", "@type": "@id", "@container": "@set"})"));
  EXPECT_EQ(context["participatedIn"]["@reverse"], "pg:participant");
  EXPECT_EQ(context["statements"]["@reverse"], "rdf:subject");
  EXPECT_EQ(context["citedBy"]["@reverse"], "prov:wasDerivedFrom");
  EXPECT_EQ(context["citations"]["@reverse"], "dcterms:source");
}

// An extension's property whose name is taken keeps no term (writers use
// its compact IRI): a name keeps its first meaning.
TEST(ArtifactsTest, ContextKeepsTheFirstMeaningOfAName) {
  const std::string base = util::readFile(std::string(PACTGRAPH_SOURCE_DIR) + "/ontology/pactgraph.ttl");
  const Json context = contextOf(Ontology::fromTurtle(base + R"(
pg:source a owl:DatatypeProperty ; rdfs:label "source"@en ; rdfs:range xsd:string .
)",
                                                      "extended"));
  EXPECT_EQ(context["source"]["@id"], "dcterms:source");
}

}  // namespace
}  // namespace pactgraph::ontology

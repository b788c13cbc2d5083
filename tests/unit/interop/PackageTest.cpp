#include "pactgraph/interop/Package.h"

#include <gtest/gtest.h>

#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::interop {
namespace {

using model::Term;

const std::string kBase = "https://example.org/kg/";

rdf::QuadStore store() {
  const std::string type = std::string(model::vocab::rdf) + "type";
  const std::string person = std::string(model::vocab::pg) + "Person";
  const std::string facts = kBase + "graph/facts";
  const std::string exact = std::string(model::vocab::skos) + "exactMatch";
  std::vector<model::Quad> quads = {
      {Term::iri(kBase + "mao"), Term::iri(type), Term::iri(person), Term::iri(facts)},
      {Term::iri(kBase + "zhou"), Term::iri(type), Term::iri(person), Term::iri(facts)},
      {Term::iri(kBase + "mao"), Term::iri(exact), Term::iri("http://www.wikidata.org/entity/Q5816"), Term::iri(facts)},
      {Term::iri(kBase + "mao"), Term::iri(std::string(model::vocab::rdfs) + "label"), Term::langString("Mao", "en"),
       Term::iri(kBase + "graph/other")},
  };
  auto s = rdf::QuadStore::fromQuads(quads);
  s.finalize();
  return s;
}

model::DatasetMetadata metadata() {
  model::DatasetMetadata m;
  m.title = "Title with \"quotes\" and a\nline break";
  m.description = "D";
  m.version = "1.0";
  m.license = "CC0-1.0";
  m.released = "2026-11-29";
  m.creators = {{"", "Carberry", "Josiah", "https://orcid.org/0000-0002-1825-0097", "Brown University", {}},
                {"The pactgraph contributors", "", "", "", "", {}}};
  return m;
}

TEST(PackageTest, StatisticsPerGraphAndLinks) {
  const auto s = computeStatistics(store(), kBase);
  EXPECT_EQ(s.all.triples, 4u);
  EXPECT_EQ(s.all.entities, 2u);
  EXPECT_EQ(s.all.classes, 1u);
  EXPECT_EQ(s.all.properties, 3u);
  EXPECT_EQ(s.all.entitiesPerClass.at(std::string(model::vocab::pg) + "Person"), 2u);
  ASSERT_EQ(s.graphs.size(), 2u);
  EXPECT_EQ(s.graphs[0].graph, kBase + "graph/facts");
  EXPECT_EQ(s.graphs[0].triples, 3u);
  ASSERT_EQ(s.links.size(), 1u);
  EXPECT_EQ(s.links[0].targetNamespace, "http://www.wikidata.org/entity/");
  EXPECT_EQ(s.links[0].triples, 1u);
}

TEST(PackageTest, DescriptionsCarryTheMetadataAndTheFiles) {
  const std::vector<PackageFile> files = {{"pactgraph.ttl", "text/turtle", "Turtle", 123, std::string(64, 'a')}};
  const auto d = describeRelease(metadata(), computeStatistics(store(), kBase), files, kBase);
  EXPECT_NE(d.voidTurtle.find("void:triples \"4\"^^xsd:integer"), std::string::npos) << d.voidTurtle;
  EXPECT_NE(d.voidTurtle.find("void:feature <http://www.w3.org/ns/formats/Turtle>"), std::string::npos);
  EXPECT_NE(d.dcatTurtle.find("dcat:byteSize \"123\"^^xsd:nonNegativeInteger"), std::string::npos) << d.dcatTurtle;
  EXPECT_NE(d.dcatTurtle.find("<https://orcid.org/0000-0002-1825-0097>"), std::string::npos);
  EXPECT_NE(d.dcatTurtle.find("dcterms:license <https://spdx.org/licenses/CC0-1.0>"), std::string::npos);
  // YAML: quoted and escaped, so no value can add keys.
  EXPECT_NE(d.citationCff.find("title: \"Title with \\\"quotes\\\" and a\\x0aline break\"\n"), std::string::npos)
      << d.citationCff;
  EXPECT_NE(d.citationCff.find("  - family-names: \"Carberry\"\n    given-names: \"Josiah\"\n    orcid: "
                               "\"https://orcid.org/0000-0002-1825-0097\"\n"),
            std::string::npos);
  EXPECT_NE(d.citationCff.find("  - name: \"The pactgraph contributors\"\n"), std::string::npos);
}

TEST(PackageTest, RoCrateListsEveryFile) {
  const std::vector<PackageFile> files = {{"pactgraph.ttl", "text/turtle", "Turtle", 1, "x"},
                                          {"ro-crate-preview.html", "text/html", "Report", 2, "y"}};
  const std::string crate = roCrateMetadata(metadata(), files, "ro-crate-preview.html", kBase);
  EXPECT_NE(crate.find("\"@context\": \"https://w3id.org/ro/crate/1.2/context\""), std::string::npos);
  EXPECT_NE(crate.find("\"hasPart\": [\n        {\n          \"@id\": \"pactgraph.ttl\""), std::string::npos) << crate;
  EXPECT_NE(crate.find("\"license\": {\n        \"@id\": \"https://spdx.org/licenses/CC0-1.0\""), std::string::npos);
}

}  // namespace
}  // namespace pactgraph::interop

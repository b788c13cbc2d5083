#include "pactgraph/interop/Crosswalk.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"

namespace pactgraph::interop {
namespace {

const Crosswalk& builtIn() { return testing::builtInCrosswalk(); }

TEST(CrosswalkTest, ReadsClassesAndVariablesFromTheOntology) {
  const auto& c = builtIn();
  ASSERT_NE(c.classForCslType("manuscript"), nullptr);
  EXPECT_EQ(*c.classForCslType("manuscript"), "ArchivalDocument");
  EXPECT_EQ(*c.classForCslType("article-journal"), "JournalArticle");
  EXPECT_EQ(c.classForCslType("song"), nullptr);
  EXPECT_EQ(c.cslTypeOf("Letter"), "letter");
  EXPECT_EQ(c.cslTypeOf("Book"), "book");
  EXPECT_EQ(c.cslTypeOf("Person"), "document");  // not a source
  EXPECT_TRUE(c.isSourceClass("ArchivalDocument"));
  EXPECT_FALSE(c.isSourceClass("Treaty"));

  const CslField* archive = c.fieldForCslVariable("archive_location");
  ASSERT_NE(archive, nullptr);
  EXPECT_EQ(archive->property, "archiveLocation");
  EXPECT_EQ(archive->kind, CslKind::text);
  EXPECT_EQ(c.fieldForCslVariable("author")->kind, CslKind::names);
  EXPECT_EQ(c.fieldForCslVariable("author")->property, "creator");
  EXPECT_EQ(c.fieldForCslVariable("issued")->kind, CslKind::date);
  EXPECT_TRUE(c.fieldForCslVariable("ISBN")->multiple);
  EXPECT_EQ(c.fieldForNoteLabel("oclc")->property, "oclc");
  EXPECT_EQ(c.fieldForNoteLabel("QID")->property, "wikidata");
  EXPECT_EQ(c.fieldForCslVariable("OCLC"), nullptr);  // a note field, not a variable
}

TEST(CrosswalkTest, ReadsBibTexTypesAndFields) {
  const auto& c = builtIn();
  EXPECT_EQ(*c.classForBibtexType("incollection"), "Chapter");
  EXPECT_EQ(*c.classForBibtexType("unpublished"), "ArchivalDocument");
  EXPECT_EQ(*c.propertyForBibtexField("journaltitle"), "containerTitle");
  EXPECT_EQ(*c.propertyForBibtexField("library"), "callNumber");
  EXPECT_EQ(c.propertyForBibtexField("keywords"), nullptr);
}

TEST(CrosswalkTest, AnExtendedOntologyChangesTheMappingWithoutCode) {
  const std::string turtle = R"(
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
pg:Source a owl:Class ; pg:cslType "document" .
pg:Interview a owl:Class ; rdfs:subClassOf pg:Source ; pg:cslType "interview" .
pg:OralHistory a owl:Class ; rdfs:subClassOf pg:Interview .
pg:interviewer a owl:DatatypeProperty ; rdfs:range xsd:string ; pg:cslVariable "interviewer" .
)";
  const auto ontology = ontology::Ontology::fromTurtle(turtle, "test.ttl");
  const auto c = Crosswalk::fromOntology(ontology);
  EXPECT_EQ(*c.classForCslType("interview"), "Interview");
  EXPECT_EQ(c.cslTypeOf("OralHistory"), "interview");  // inherited
  EXPECT_EQ(c.fieldForCslVariable("interviewer")->kind, CslKind::names);
}

TEST(CrosswalkTest, AmbiguousAnnotationsAreOntologyErrors) {
  const std::string turtle = R"(
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
pg:Source a owl:Class ; pg:cslType "book" .
pg:Book a owl:Class ; pg:cslType "book" .
)";
  const auto ontology = ontology::Ontology::fromTurtle(turtle, "test.ttl");
  EXPECT_THROW(Crosswalk::fromOntology(ontology), ontology::OntologyError);
}

}  // namespace
}  // namespace pactgraph::interop

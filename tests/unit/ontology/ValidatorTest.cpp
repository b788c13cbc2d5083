#include "pactgraph/ontology/Validator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pactgraph/io/Loader.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::ontology {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// A small valid world the cases below modify.
constexpr const char* kWorld = R"({
  "nodes": [
    {"id": "mao-zedong", "type": "Person", "label": {"en": "Mao Zedong", "zh-Hans": "毛泽东"}},
    {"id": "molotov", "type": "Person", "label": {"en": "Vyacheslav Molotov"}},
    {"id": "moscow", "type": "Place", "label": {"en": "Moscow"}},
    {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
    {"id": "book", "type": "Book", "label": {"en": "Book"}, "props": {"title": "A Book"}}
  ],
  "citations": [{"id": "fn-1", "source": "book", "pages": "1", "footnote": 1}]
})";

struct Result {
  model::Graph graph;
  util::Diagnostics diagnostics;
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(d.id);
    return out;
  }
  const util::Diagnostic& first() const { return diagnostics.all().at(0); }
};

Result check(const std::string& extra, const Ontology& ontology = Ontology::builtIn()) {
  Result result;
  io::Loader loader(result.graph, result.diagnostics);
  loader.loadText("world.json", kWorld);
  loader.loadText("case.json", extra);
  validate(ontology, result.graph, result.diagnostics);
  return result;
}

TEST(ValidatorTest, ValidWorldHasNoDiagnostics) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-1"],
     "qualifiers": {"role": {"en": "foreign minister"}, "pointInTime": "1950-01-22"}},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-1"]}]})");
  EXPECT_FALSE(result.diagnostics.hasErrors()) << util::format(result.diagnostics.all().at(0));
  const auto& statement = result.graph.statements[0];
  EXPECT_EQ(statement.predicateIri, "https://w3id.org/pactgraph/ontology#participant");
  EXPECT_EQ(statement.object.referencedId, "molotov");
  EXPECT_EQ(result.graph.statements[1].object.terms.at(0).datatype, "http://www.w3.org/2001/XMLSchema#date");
}

TEST(ValidatorTest, UnknownClassSuggestsTheNearestName) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Persn", "label": {"en": "X"}}]})");
  ASSERT_THAT(result.ids(), ElementsAre("ontology.unknown-class"));
  EXPECT_EQ(result.first().origin.position.file, "case.json");
  EXPECT_EQ(result.first().origin.position.line, 1u);
  EXPECT_EQ(result.first().origin.position.column, 32u);
  EXPECT_EQ(result.first().origin.pointer, "/nodes/0/type");
  EXPECT_EQ(result.first().hint, "did you mean `Person`?");
}

TEST(ValidatorTest, UnknownReferenceSuggestsTheNearestId) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "molotof", "cite": ["fn-1"]}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.unknown-reference"));
  EXPECT_EQ(result.first().origin.pointer, "/statements/0/object");
  EXPECT_EQ(result.first().hint, "did you mean `molotov`?");
}

TEST(ValidatorTest, DuplicateIdPointsAtTheFirstDefinition) {
  const auto result = check(R"({"nodes": [{"id": "moscow", "type": "Place", "label": {"en": "Moscow again"}}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.duplicate-id"));
  EXPECT_EQ(result.first().origin.position.file, "case.json");
  EXPECT_THAT(result.first().hint, HasSubstr("world.json:5:"));
}

TEST(ValidatorTest, BadDatesSayWhy) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "date", "value": "1950-02-30", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "date", "value": "22 January 1950", "cite": ["fn-1"]}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.bad-date", "data.bad-date"));
  EXPECT_THAT(result.diagnostics.sorted()[0].message, HasSubstr("day 30 does not exist"));
  EXPECT_EQ(result.diagnostics.sorted()[1].origin.pointer, "/statements/1/value");
}

TEST(ValidatorTest, RangeAndDomainViolations) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "moscow", "cite": ["fn-1"]},
    {"subject": "molotov", "predicate": "participant", "object": "mao-zedong", "cite": ["fn-1"]}]})");
  ASSERT_THAT(result.ids(), ElementsAre("ontology.range", "ontology.domain"));
  EXPECT_THAT(result.diagnostics.sorted()[0].message, HasSubstr("is a Place"));
}

TEST(ValidatorTest, ClaimsNeedCitationsAndCitationsMustExist) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "molotov"},
    {"subject": "talks", "predicate": "location", "object": "moscow", "cite": ["fn-2"]}]})");
  ASSERT_THAT(result.ids(), ElementsAre("ontology.missing-citation", "data.unknown-citation"));
  EXPECT_EQ(result.diagnostics.sorted()[1].hint, "did you mean `fn-1`?");
}

TEST(ValidatorTest, ShapeOfValuesFollowsThePropertyKind) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "value": "molotov", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "date", "object": "moscow", "cite": ["fn-1"]},
    {"subject": "book", "predicate": "summary", "value": "not a language map", "cite": ["fn-1"]}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.object-expected", "data.value-expected", "data.bad-literal"));
}

TEST(ValidatorTest, LiteralsAreCheckedAgainstTheirDatatype) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "amount", "value": "abc", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "amount", "value": 1e5, "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "duration", "value": "30 years", "cite": ["fn-1"]}],
    "nodes": [{"id": "art", "type": "TreatyArticle", "label": {"en": "Article"},
               "props": {"articleNumber": 1.5}}]})");
  // In position order: three statements, then the article (which also lacks
  // its required articleOf), then its bad articleNumber.
  EXPECT_THAT(result.ids(), ElementsAre("data.bad-literal", "data.bad-literal", "data.bad-literal",
                                        "ontology.missing-required", "data.bad-literal"));
}

TEST(ValidatorTest, LanguageTagsAreBcp47) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en_US": "X", "": "Y"}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.bad-language-tag", "data.bad-language-tag"));
}

TEST(ValidatorTest, NulCharactersAreRefused) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": "a\u0000b"}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.nul-character"));
}

TEST(ValidatorTest, ClaimsCannotHideInProps) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Meeting", "label": {"en": "X"},
    "props": {"date": "1950-01-01", "role": {"en": "r"}}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("ontology.claim-needs-statement", "ontology.qualifier-only"));
}

TEST(ValidatorTest, CitationSourceMustBeASource) {
  const auto result = check(R"({"citations": [{"id": "fn-2", "source": "moscow"}]})");
  ASSERT_THAT(result.ids(), ElementsAre("ontology.range"));
  EXPECT_EQ(result.first().origin.pointer, "/citations/0/source");
}

TEST(ValidatorTest, SameClaimTwiceIsReported) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-1"], "rank": "preferred"}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.duplicate-statement"));
}

TEST(ValidatorTest, ReportsEveryProblemInOneRun) {
  const auto result = check(R"({"nodes": [{"id": "Bad Id", "type": "Nope", "label": {"en": "X"}}],
    "statements": [{"subject": "ghost", "predicate": "nonsense", "object": "molotov", "cite": ["fn-1"]}]})");
  EXPECT_GE(result.diagnostics.errorCount(), 4u);
}

// The ontology drives validation: a property added only to the ontology is
// accepted; the same data fails against the ontology without it.
TEST(ValidatorTest, OntologyIsTheSourceOfTruth) {
  const std::string data = R"({"statements": [
    {"subject": "talks", "predicate": "chairedBy", "object": "molotov", "cite": ["fn-1"]}]})";
  const std::string base = util::readFile(std::string(PACTGRAPH_SOURCE_DIR) + "/ontology/pactgraph.ttl");
  const auto without = check(data, Ontology::fromTurtle(base, "base"));
  ASSERT_THAT(without.ids(), ElementsAre("ontology.unknown-property"));
  EXPECT_THAT(without.first().message, HasSubstr("chairedBy"));

  const std::string extended = base + R"(
pg:chairedBy a owl:ObjectProperty ; rdfs:label "chaired by"@en ;
    rdfs:domain pg:Meeting ; rdfs:range pg:Person ; pg:requiresCitation true .
)";
  const auto with = check(data, Ontology::fromTurtle(extended, "extended"));
  EXPECT_FALSE(with.diagnostics.hasErrors());

  // The new property's range is enforced too.
  const auto wrongRange = check(R"({"statements": [
    {"subject": "talks", "predicate": "chairedBy", "object": "moscow", "cite": ["fn-1"]}]})",
                                Ontology::fromTurtle(extended, "extended"));
  EXPECT_THAT(wrongRange.ids(), ElementsAre("ontology.range"));
}

TEST(ValidatorTest, BrokenOntologyIsRefusedWithAPosition) {
  try {
    Ontology::fromTurtle("@prefix pg: <https://w3id.org/pactgraph/ontology#> .\npg:x a .", "bad.ttl");
    FAIL() << "expected OntologyError";
  } catch (const OntologyError& error) {
    EXPECT_THAT(error.what(), HasSubstr("bad.ttl:2:"));
  }
}

}  // namespace
}  // namespace pactgraph::ontology

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
    {"subject": "talks", "predicate": "amount", "value": "1e5", "cite": ["fn-1"]},
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

TEST(ValidatorTest, LanguageTagsAreWellFormedPerRfc5646) {
  // A dangling singleton, two regions, an extension without subtag: all
  // look like tags, none is well-formed.
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": "X", "de-x": "Y",
    "fr-FR-BE": "Z", "ru-a": "W"}, "description": {"sr-Cyrl-RS-u-nu-latn": "ok", "en-GB-oed": "ok"}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.bad-language-tag", "data.bad-language-tag", "data.bad-language-tag"));
  EXPECT_EQ(result.diagnostics.sorted()[0].origin.pointer, "/nodes/0/label/de-x");
  EXPECT_THAT(result.first().message, HasSubstr("RFC 5646"));
}

TEST(ValidatorTest, TagsThatDifferOnlyByCaseAreOneLanguage) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": "X", "ZH-hans": "甲", "EN": "Y",
      "zh-Hans": "乙"},
    "altLabel": {"ru": ["А"], "RU": ["Б", "В"]}, "description": {"de": "ok", "en": "ok"}}]})");
  EXPECT_THAT(result.ids(),
              ElementsAre("data.duplicate-language", "data.duplicate-language", "data.duplicate-language"));
  const auto sorted = result.diagnostics.sorted();
  EXPECT_EQ(sorted[0].origin.pointer, "/nodes/0/label/EN");
  EXPECT_EQ(sorted[0].message, "\"EN\" and \"en\" are the same language (tags ignore case): one label per language");
  EXPECT_EQ(sorted[2].origin.pointer, "/nodes/0/altLabel/RU/0");
  EXPECT_THAT(sorted[2].message, HasSubstr("one alternative label list per language"));
}

TEST(ValidatorTest, BlankTextsAreRefusedLikeEmptyOnes) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": " \t\n", "ru": ""},
    "altLabel": {"en": ["\u00a0\u3000"]}, "description": {"en": " a "}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.empty-text", "data.empty-text", "data.empty-text"));
  EXPECT_EQ(result.first().message, "blank label (only white space)");
  EXPECT_EQ(result.diagnostics.all()[1].message, "empty label");
}

TEST(ValidatorTest, FootnoteBelongsToOneCitation) {
  const auto result = check(R"({"citations": [{"id": "fn-1b", "source": "book", "pages": "2", "footnote": 1},
    {"id": "fn-2", "source": "book", "footnote": 2}, {"id": "text", "source": "book"}, {"id": "text-2", "source": "book"}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.duplicate-footnote"));
  EXPECT_EQ(result.first().origin.pointer, "/citations/0/footnote");
  EXPECT_EQ(result.first().message, "footnote 1 is already citation \"fn-1\"");
  EXPECT_THAT(result.first().hint, HasSubstr("world.json:"));
}

TEST(ValidatorTest, WikidataIdsMatchTheOntologyPatternAndHintsShowTheFix) {
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"},
    "props": {"wikidata": ["https://www.wikidata.org/wiki/Q148", "q42", "Q0", "Q42 ", "\uff31\uff14\uff12", "Q1",
                           "Berlin"],
              "wikidataCloseMatch": "http://www.wikidata.org/entity/Q183"}}]})");
  EXPECT_THAT(result.ids(), ElementsAre("data.pattern-mismatch", "data.pattern-mismatch", "data.pattern-mismatch",
                                        "data.pattern-mismatch", "data.pattern-mismatch", "data.pattern-mismatch",
                                        "data.pattern-mismatch"));
  std::vector<std::string> hints;
  for (const auto& d : result.diagnostics.sorted()) hints.push_back(d.hint);
  EXPECT_THAT(hints,
              ElementsAre("write \"Q148\"", "write \"Q42\"", "the pattern is the property's pg:pattern in the ontology",
                          "write \"Q42\"", "write \"Q42\"", "the pattern is the property's pg:pattern in the ontology",
                          "write \"Q183\""));
  EXPECT_EQ(result.first().message,
            "\"https://www.wikidata.org/wiki/Q148\" is not a value of \"wikidata\", which matches ^Q[1-9][0-9]*$");
  EXPECT_EQ(result.first().origin.pointer, "/nodes/0/props/wikidata/0");
}

// pg:pattern is general: any datatype property of an extended ontology.
TEST(ValidatorTest, PatternOfAnyPropertyComesFromTheOntology) {
  const std::string base = util::readFile(std::string(PACTGRAPH_SOURCE_DIR) + "/ontology/pactgraph.ttl");
  const Ontology extended = Ontology::fromTurtle(base + R"(
pg:viafId a owl:DatatypeProperty ; rdfs:label "VIAF id"@en ; rdfs:range xsd:string ; pg:pattern "^[1-9][0-9]{1,21}$" .
)",
                                                 "extended");
  const auto result = check(R"({"nodes": [{"id": "x", "type": "Person", "label": {"en": "X"},
    "props": {"viafId": ["https://viaf.org/viaf/24604282", "97006051"]}}]})",
                            extended);
  ASSERT_THAT(result.ids(), ElementsAre("data.pattern-mismatch"));
  EXPECT_EQ(result.first().hint, "write \"24604282\"");
  EXPECT_TRUE(result.graph.nodes.back().attributes[1].value.terms.size() == 1);
}

TEST(ValidatorTest, UnusablePatternsAndAnnotationsBreakTheOntology) {
  const std::string base = util::readFile(std::string(PACTGRAPH_SOURCE_DIR) + "/ontology/pactgraph.ttl");
  for (const char* extra : {R"(pg:a a owl:DatatypeProperty ; rdfs:range xsd:string ; pg:pattern "^(Q" .)",
                            R"(pg:a a owl:DatatypeProperty ; rdfs:range xsd:string ; pg:pattern "^Qé$" .)",
                            R"(pg:a a owl:ObjectProperty ; pg:pattern "^Q$" .)",
                            R"(pg:a a owl:DatatypeProperty ; rdfs:range xsd:integer ; pg:pattern "^1$" .)",
                            R"(pg:a a owl:DatatypeProperty ; rdfs:range xsd:string ; pg:acyclic true .)"}) {
    EXPECT_THROW(Ontology::fromTurtle(base + extra, "extended"), OntologyError) << extra;
  }
}

TEST(ValidatorTest, ContainmentNeverCycles) {
  const auto result = check(R"({"nodes": [
    {"id": "here", "type": "Place", "label": {"en": "Here"}, "props": {"locatedIn": "here"}},
    {"id": "a", "type": "Place", "label": {"en": "A"}, "props": {"locatedIn": "b"}},
    {"id": "b", "type": "Place", "label": {"en": "B"}, "props": {"locatedIn": ["c", "moscow"]}},
    {"id": "c", "type": "Place", "label": {"en": "C"}, "props": {"locatedIn": "a"}},
    {"id": "session", "type": "Meeting", "label": {"en": "Session"}}],
    "statements": [
    {"subject": "session", "predicate": "partOfEvent", "object": "talks", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "partOfEvent", "object": "session", "cite": ["fn-1"], "rank": "deprecated"}]})");
  ASSERT_THAT(result.ids(), ElementsAre("ontology.cycle", "ontology.cycle"));
  const auto sorted = result.diagnostics.sorted();
  EXPECT_EQ(sorted[0].origin.pointer, "/nodes/0/props/locatedIn");
  EXPECT_EQ(sorted[0].message,
            "\"here\" would lie within itself: here → here (\"locatedIn\" links never form a cycle)");
  EXPECT_EQ(sorted[0].hint, "a node cannot be located in itself");
  EXPECT_EQ(sorted[1].message, "\"a\" would lie within itself: a → b → c → a (\"locatedIn\" links never form a cycle)");
  EXPECT_EQ(sorted[1].origin.pointer, "/nodes/3/props/locatedIn");
  EXPECT_THAT(sorted[1].hint, HasSubstr("the others are at case.json:3:79, case.json:4:80"));
}

TEST(ValidatorTest, PartOfCyclesAcrossFilesAreFound) {
  Result result;
  io::Loader loader(result.graph, result.diagnostics);
  loader.loadText("world.json", kWorld);
  loader.loadText("a.json", R"({"nodes": [{"id": "s1", "type": "Meeting", "label": {"en": "S1"}}],
    "statements": [{"subject": "talks", "predicate": "partOfEvent", "object": "s1", "cite": ["fn-1"]}]})");
  loader.loadText("b.json", R"({"statements": [{"subject": "s1", "predicate": "partOfEvent", "object": "talks",
    "cite": ["fn-1"]}]})");
  validate(Ontology::builtIn(), result.graph, result.diagnostics);
  ASSERT_THAT(result.ids(), ElementsAre("ontology.cycle"));
  EXPECT_THAT(result.first().message, HasSubstr("s1 → talks → s1"));
  EXPECT_EQ(result.first().origin.position.file, "a.json");
  EXPECT_THAT(result.first().hint, HasSubstr("b.json:1:"));
}

TEST(ValidatorTest, QualifierIntervalsDoNotRunBackwards) {
  const auto result = check(R"({"statements": [
    {"subject": "molotov", "predicate": "memberOf", "object": "talks", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-1"],
     "qualifiers": {"startDate": "1950-03", "endDate": "1950-02-28"}},
    {"subject": "talks", "predicate": "participant", "object": "mao-zedong", "cite": ["fn-1"],
     "qualifiers": {"startDate": "1950-02", "endDate": "1950-02-01"}}]})");
  // (the first is a range error that has nothing to do with dates)
  ASSERT_THAT(result.ids(), ElementsAre("ontology.range", "data.bad-interval"));
  const auto interval = result.diagnostics.sorted()[1];
  EXPECT_EQ(interval.origin.pointer, "/statements/1/qualifiers/endDate");
  EXPECT_EQ(interval.message, "the claim ends (endDate 1950-02-28) before it begins (startDate 1950-03)");
}

TEST(ValidatorTest, YearZeroSaysWhatIsWrong) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "date", "value": "0000-01-22", "cite": ["fn-1"]}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.bad-date"));
  EXPECT_THAT(result.first().message, HasSubstr("year 0000 is not supported"));
}

TEST(ValidatorTest, LookalikeCharactersInReferencesAreNamed) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "m\u043elotov", "cite": ["fn\u20131"]},
    {"subject": "t\u0430lks", "predicate": "participant", "object": "mao\u200b-zedong", "cite": ["fn-1"]}],
    "nodes": [{"id": "\u0445-place", "type": "Place", "label": {"en": "X"}}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.unknown-reference", "data.unknown-citation", "data.unknown-reference",
                                        "data.unknown-reference", "data.bad-id"));
  const auto sorted = result.diagnostics.sorted();
  EXPECT_EQ(sorted[0].message,
            "no node has the id \"m\u043elotov\": it contains U+043E CYRILLIC SMALL LETTER O, which looks like \"o\"");
  EXPECT_EQ(sorted[0].hint, "did you mean `molotov`?");
  EXPECT_THAT(sorted[1].message, HasSubstr("U+2013 EN DASH"));
  EXPECT_EQ(sorted[1].hint, "did you mean `fn-1`?");
  EXPECT_THAT(sorted[3].message, HasSubstr("U+200B ZERO WIDTH SPACE, which is invisible"));
  EXPECT_EQ(sorted[3].hint, "did you mean `mao-zedong`?");
  EXPECT_EQ(sorted[4].message,
            "node id \"\u0445-place\" is not a slug: it contains U+0445 CYRILLIC SMALL LETTER HA, "
            "which looks like \"x\"");
  EXPECT_EQ(sorted[4].hint, "type it as \"x-place\"");
}

TEST(ValidatorTest, NumbersInExponentFormAreExactDecimals) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "amount", "value": 2.5E3, "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "interestRate", "value": 1e-7, "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "amount", "value": 1e-2000, "cite": ["fn-1"]}],
    "nodes": [{"id": "art", "type": "TreatyArticle", "label": {"en": "Article"},
               "props": {"articleNumber": [2e0, 1.0, 3.5e0], "articleOf": "treaty"}},
              {"id": "treaty", "type": "Treaty", "label": {"en": "Treaty"}}]})");
  ASSERT_THAT(result.ids(), ElementsAre("data.bad-literal", "data.bad-literal"));
  const auto sorted = result.diagnostics.sorted();
  EXPECT_EQ(sorted[0].origin.pointer, "/statements/2/value");
  EXPECT_THAT(sorted[0].message, HasSubstr("more than 1000 digits"));
  EXPECT_EQ(sorted[1].origin.pointer, "/nodes/0/props/articleNumber/2");
  EXPECT_THAT(sorted[1].message, HasSubstr("expected an integer"));
  EXPECT_EQ(result.graph.statements[0].object.terms.at(0).value, "2500");
  EXPECT_EQ(result.graph.statements[1].object.terms.at(0).value, "0.0000001");
  EXPECT_EQ(result.graph.nodes[5].attributes[0].value.terms.at(0).value, "2");
  EXPECT_EQ(result.graph.nodes[5].attributes[1].value.terms.at(0).value, "1");
}

TEST(ValidatorTest, EveryDiagnosticHasALocation) {
  const auto result = check(R"({"statements": [
    {"subject": "talks", "predicate": "date", "value": null, "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "date", "value": "1950", "object": "moscow", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "participant", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "date", "value": [1950], "cite": ["fn-1"]}]})");
  EXPECT_THAT(result.ids(),
              ElementsAre("data.wrong-type", "data.object-and-value", "data.missing-key", "data.wrong-type"));
  for (const auto& d : result.diagnostics.all()) {
    EXPECT_FALSE(d.origin.position.file.empty()) << util::format(d);
    EXPECT_GT(d.origin.position.line, 0u) << util::format(d);
  }
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

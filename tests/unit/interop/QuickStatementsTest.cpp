#include "pactgraph/interop/QuickStatements.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::interop {
namespace {

const ontology::Ontology& vocabulary() { return testing::builtInOntology(); }
model::Graph validated(const std::string& data) { return testing::validatedGraph(data); }

const std::string kData = R"({
  "nodes": [
    {"id": "talks", "type": "Meeting", "label": {"en": "Talks \"in\"\tMoscow", "ru": "Переговоры"},
     "altLabel": {"en": ["The talks"]}, "description": {"en": "Two\nlines"}},
    {"id": "mao", "type": "Person", "label": {"en": "Mao"}, "props": {"wikidata": "Q5816"}},
    {"id": "book", "type": "Book", "label": {"en": "Book 2004"}, "props": {"title": "Book"}}],
  "citations": [
    {"id": "fn-1", "source": "book", "pages": "5", "footnote": 1},
    {"id": "fn-2", "source": "book", "pages": "9", "footnote": 2}],
  "statements": [
    {"subject": "talks", "predicate": "participant", "object": "mao", "rank": "preferred",
     "qualifiers": {"role": {"en": "host"}, "pointInTime": "1950-01~"},
     "cite": ["fn-1", {"id": "fn-2", "scope": "paragraph"}]},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-1"]},
    {"subject": "talks", "predicate": "startDate", "value": "1949/1950", "cite": ["fn-1"]}]})";

TEST(QuickStatementsTest, OnePassWithKnownItems) {
  const auto graph = validated(kData);
  const auto batch = writeQuickStatements(graph, vocabulary(), {"http://www.wikidata.org/"}, {{"book", "Q4115189"}},
                                          "https://example.org/kg/");
  EXPECT_EQ(batch.itemsCreated, 1u);
  EXPECT_EQ(batch.claimsWritten, 2u);
  EXPECT_TRUE(batch.deferred.empty());
  ASSERT_EQ(batch.unmapped.size(), 1u);
  EXPECT_EQ(batch.unmapped[0], "startDate: a date interval has no single Wikibase time (1 claim)");
  EXPECT_EQ(batch.commands,
            "CREATE\n"
            "LAST\tLen\t\"Talks \\\"in\\\" Moscow\"\n"
            "LAST\tLru\t\"Переговоры\"\n"
            "LAST\tDen\t\"Two lines\"\n"
            "LAST\tAen\t\"The talks\"\n"
            "LAST\tP973\t\"https://example.org/kg/talks\"\n"
            "LAST\tP585\t+1950-01-22T00:00:00Z/11\tS248\tQ4115189\tS304\t\"5\"\tS958\t\"footnote 1\"\n"
            "LAST\tP710\tQ5816\tR+\tP1480\tQ5727902\tP585\t+1950-01-00T00:00:00Z/10"
            "\tS248\tQ4115189\tS304\t\"5\"\tS958\t\"footnote 1\""
            "\t!S248\tQ4115189\tS304\t\"9\"\tS958\t\"footnote 2, closing the paragraph\"\n");
  // The role is text, P3831 takes items: left out of the claim, and said so at the statement.
  ASSERT_EQ(batch.warnings.size(), 1u);
  EXPECT_EQ(util::format(batch.warnings[0]),
            "data.json:11:5: warning[quickstatements.datatype]: talks participant mao: qualifier role (P3831) "
            "\"host\"@en: P3831 takes items (wikibase:WikibaseItem), not text in a language; written without it "
            "(at /statements/0)");
}

TEST(QuickStatementsTest, ClaimsNeedingNewItemsAreDeferred) {
  const auto graph = validated(kData);
  const auto batch =
      writeQuickStatements(graph, vocabulary(), {"http://www.wikidata.org/"}, {}, "https://example.org/kg/");
  EXPECT_EQ(batch.itemsCreated, 2u);  // the talks and the book
  EXPECT_EQ(batch.claimsWritten, 0u);
  EXPECT_EQ(batch.deferred, (std::vector<std::string>{"talks date 1950-01-22: waits for the items of book",
                                                      "talks participant mao: waits for the items of book"}));
  EXPECT_NE(batch.commands.find("LAST\tP31\tQ571\n"), std::string::npos);  // the book: instance of book
}

TEST(QuickStatementsTest, AnotherWikibaseUsesOnlyItsOwnAlignment) {
  const auto graph = validated(kData);
  const auto batch = writeQuickStatements(graph, vocabulary(), {"https://database.factgrid.de/"}, {{"book", "Q1"}},
                                          "https://example.org/kg/");
  EXPECT_EQ(batch.claimsWritten, 0u);
  EXPECT_EQ(batch.itemsCreated, 0u);
  EXPECT_EQ(batch.unmapped.size(), 3u);
}

// The built-in ontology with `pid`'s declared datatype replaced by `type`
// (removed when `type` is empty), plus `extra` Turtle.
ontology::Ontology retyped(const std::string& pid, const std::string& type, const std::string& extra = "") {
  std::string turtle = util::readFile(std::string(PACTGRAPH_SOURCE_DIR) + "/ontology/pactgraph.ttl");
  const std::string declaration = "wd:" + pid + " wikibase:propertyType wikibase:";
  const auto at = turtle.find(declaration);
  EXPECT_NE(at, std::string::npos) << pid;
  const auto end = turtle.find('\n', at);
  turtle.replace(at, end - at, type.empty() ? "" : declaration + type + " .");
  return ontology::Ontology::fromTurtle(turtle + extra, "retyped.ttl");
}

QuickStatementsBatch exported(const model::Graph& graph, const ontology::Ontology& ontology) {
  return writeQuickStatements(graph, ontology, {"http://www.wikidata.org/"}, {{"book", "Q4115189"}},
                              "https://example.org/kg/");
}

std::vector<std::string> messages(const QuickStatementsBatch& batch) {
  std::vector<std::string> out;
  for (const auto& w : batch.warnings) {
    EXPECT_EQ(w.id, "quickstatements.datatype");
    EXPECT_EQ(w.severity, util::Severity::warning);
    out.push_back(w.origin.pointer + " " + w.message);
  }
  return out;
}

// The datatypes are the ontology's: declared as monolingual text, the role is written.
TEST(QuickStatementsTest, DatatypesComeFromTheOntology) {
  const auto graph = validated(kData);
  const auto batch = exported(graph, retyped("P3831", "Monolingualtext"));
  EXPECT_NE(batch.commands.find("\tP3831\ten:\"host\"\t"), std::string::npos) << batch.commands;
  EXPECT_TRUE(batch.warnings.empty());
  EXPECT_EQ(batch.claimsWritten, 2u);
}

// A number is its decimal text for a string property (series ordinal) and an
// amount for a quantity; a date property takes neither.
TEST(QuickStatementsTest, NumbersAreWrittenInTheSyntaxOfTheirPropertysDatatype) {
  const auto graph = validated(R"({
  "nodes": [{"id": "talks", "type": "Meeting", "label": {"en": "Talks"}},
            {"id": "mao", "type": "Person", "label": {"en": "Mao"}, "props": {"wikidata": "Q5816"}},
            {"id": "book", "type": "Book", "label": {"en": "Book"}, "props": {"title": "Book"}}],
  "citations": [{"id": "fn-1", "source": "book"}],
  "statements": [{"subject": "talks", "predicate": "participant", "object": "mao", "qualifiers": {"ordinal": 7},
                  "cite": ["fn-1"]}]})");
  const std::map<std::string, std::string> items{{"talks", "Q1"}, {"book", "Q2"}};
  const WikibaseTarget wikidata{"http://www.wikidata.org/"};
  const auto asString = writeQuickStatements(graph, vocabulary(), wikidata, items, "https://example.org/kg/");
  EXPECT_EQ(asString.commands, "Q1\tP710\tQ5816\tP1545\t\"7\"\tS248\tQ2\n");
  const auto asQuantity =
      writeQuickStatements(graph, retyped("P1545", "Quantity"), wikidata, items, "https://example.org/kg/");
  EXPECT_EQ(asQuantity.commands, "Q1\tP710\tQ5816\tP1545\t+7\tS248\tQ2\n");
  const auto asTime = writeQuickStatements(graph, retyped("P1545", "Time"), wikidata, items, "https://example.org/kg/");
  EXPECT_EQ(asTime.commands, "Q1\tP710\tQ5816\tS248\tQ2\n");
  EXPECT_EQ(messages(asTime),
            (std::vector<std::string>{
                "/statements/0 talks participant mao: qualifier ordinal (P1545) \"7\": P1545 takes dates "
                "(wikibase:Time), not a number; written without it"}));
}

// A claim whose own value does not fit is not written at all; its qualifiers
// of that property are left out of the other claims.
TEST(QuickStatementsTest, AClaimWhoseValueDoesNotFitIsNotWritten) {
  const auto graph = validated(kData);
  const auto batch = exported(graph, retyped("P585", "String"));
  EXPECT_EQ(batch.claimsWritten, 1u);
  EXPECT_EQ(batch.commands.find("\tP585\t"), std::string::npos) << batch.commands;
  EXPECT_EQ(batch.commands.find("\tP1480\t"), std::string::npos) << batch.commands;  // no circa without its date
  EXPECT_EQ(
      messages(batch),
      (std::vector<std::string>{
          "/statements/1 talks date 1950-01-22: the value 1950-01-22 as P585: P585 takes strings (wikibase:String), "
          "not a date; claim not written",
          "/statements/0 talks participant mao: qualifier role (P3831) \"host\"@en: P3831 takes items "
          "(wikibase:WikibaseItem), not text in a language; written without it",
          "/statements/0 talks participant mao: qualifier pointInTime (P585) 1950-01~: P585 takes strings "
          "(wikibase:String), not a date; written without it"}));
}

// Without one declared datatype nothing can be checked, so nothing is written.
TEST(QuickStatementsTest, UndeclaredAmbiguousOrUnknownDatatypesWriteNothing) {
  const auto graph = validated(kData);
  const std::vector<std::pair<ontology::Ontology, std::string>> cases{
      {retyped("P710", ""), "P710 has no datatype in the ontology (wikibase:propertyType)"},
      {retyped("P710", "WikibaseItem", "wd:P710 wikibase:propertyType wikibase:String .\n"),
       "P710 has several datatypes in the ontology (String, WikibaseItem)"},
      {retyped("P710", "Globecoordinate"), "P710 is of a datatype pactgraph does not write (Globecoordinate)"}};
  for (const auto& [ontology, why] : cases) {
    const auto batch = exported(graph, ontology);
    EXPECT_EQ(batch.claimsWritten, 1u) << why;
    EXPECT_EQ(batch.commands.find("\tP710\t"), std::string::npos) << batch.commands;
    ASSERT_FALSE(batch.warnings.empty()) << why;
    EXPECT_EQ(batch.warnings[0].message,
              "talks participant mao: the value mao as P710: " + why + "; claim not written");
  }
}

// References and the properties of new items are checked as well.
TEST(QuickStatementsTest, ReferencePartsAndNewItemPropertiesAreChecked) {
  const auto graph = validated(kData);
  const auto pages = exported(graph, retyped("P304", "Quantity"));
  EXPECT_EQ(pages.claimsWritten, 2u);
  EXPECT_EQ(pages.commands.find("S304"), std::string::npos) << pages.commands;
  EXPECT_EQ(messages(pages)[0],
            "/statements/1 talks date 1950-01-22: pages of fn-1 (P304): P304 takes quantities "
            "(wikibase:Quantity), not a string; written without it");
  const auto statedIn = exported(graph, retyped("P248", "String"));
  EXPECT_EQ(statedIn.commands.find("S248"), std::string::npos) << statedIn.commands;
  EXPECT_EQ(messages(statedIn)[0],
            "/statements/1 talks date 1950-01-22: reference fn-1 (stated in, P248): P248 takes "
            "strings (wikibase:String), not an item; written without it");
  const auto describedAt = exported(graph, retyped("P973", "Time"));
  EXPECT_EQ(describedAt.commands.find("P973"), std::string::npos) << describedAt.commands;
  EXPECT_EQ(messages(describedAt)[0],
            "/nodes/0 talks: its pactgraph IRI (described at URL, P973) not written: P973 "
            "takes dates (wikibase:Time), not an IRI");
}

}  // namespace
}  // namespace pactgraph::interop

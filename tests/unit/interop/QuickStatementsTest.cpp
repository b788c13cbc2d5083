#include "pactgraph/interop/QuickStatements.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"

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
            "LAST\tP710\tQ5816\tR+\tP1480\tQ5727902\tP3831\ten:\"host\"\tP585\t+1950-01-00T00:00:00Z/10"
            "\tS248\tQ4115189\tS304\t\"5\"\tS958\t\"footnote 1\""
            "\t!S248\tQ4115189\tS304\t\"9\"\tS958\t\"footnote 2, closing the paragraph\"\n");
}

TEST(QuickStatementsTest, ClaimsNeedingNewItemsAreDeferred) {
  const auto graph = validated(kData);
  const auto batch = writeQuickStatements(graph, vocabulary(), {"http://www.wikidata.org/"}, {}, "https://example.org/kg/");
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

}  // namespace
}  // namespace pactgraph::interop

#include "pactgraph/interop/SourceRecord.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"

namespace pactgraph::interop {
namespace {

const Crosswalk& builtIn() { return testing::builtInCrosswalk(); }

SourceRecord record(std::string key, std::vector<std::pair<std::string, std::vector<std::string>>> props) {
  SourceRecord r;
  r.key = std::move(key);
  r.type = "Book";
  r.props = std::move(props);
  return r;
}

TEST(SourceRecordTest, SlugsFoldLatinLettersAndDropTheRest) {
  EXPECT_EQ(slugify("heinzigSovietUnion2004"), "heinzigsovietunion2004");
  EXPECT_EQ(slugify("Šedivý:2001 (b)"), "sedivy-2001-b");
  EXPECT_EQ(slugify("Straße"), "strasse");
  EXPECT_EQ(slugify("毛泽东"), "");
}

TEST(SourceRecordTest, IdsComeFromKeysElseFromAuthorAndYear) {
  std::vector<SourceRecord> records = {
      record("heinzig2004", {{"title", {"The Arduous Road"}}, {"creator", {"Heinzig, Dieter"}}}),
      record("", {{"title", {"A"}}, {"creator", {"Zhou, Hong", "Zhang, Jun"}}, {"issued", {"2015"}}}),
      record("", {{"title", {"B"}}, {"creator", {"Zhou, Hong"}}, {"issued", {"2015-03"}}}),
      record("", {{"title", {"Договор"}}}),
      record("", {{"title", {"C"}}, {"editor", {"Zhou, Hong", "Zhang, Jun", "Zhang, Min"}}, {"issued", {"2015"}}}),
  };
  util::Diagnostics diagnostics;
  finishRecords(records, builtIn(), "csl", diagnostics, {"zhou-2015"});
  EXPECT_FALSE(diagnostics.hasErrors());
  EXPECT_EQ(records[0].id, "heinzig2004");
  EXPECT_EQ(records[0].label, "Heinzig");
  EXPECT_EQ(records[1].id, "zhou-2015-2");  // zhou-2015 is taken
  EXPECT_EQ(records[1].label, "Zhou and Zhang 2015");
  EXPECT_EQ(records[2].id, "zhou-2015-3");
  EXPECT_EQ(records[3].id, "source");
  EXPECT_EQ(records[3].label, "Договор");
  EXPECT_EQ(records[4].label, "Zhou et al. 2015");
  ASSERT_NE(records[1].values("creatorList"), nullptr);
  EXPECT_EQ(records[1].values("creatorList")->front(), "Zhou, Hong; Zhang, Jun");
}

TEST(SourceRecordTest, ValuesOutsideTheirRangeAreLeftOutWithAWarning) {
  std::vector<SourceRecord> records = {
      record("k", {{"title", {"T"}}, {"issued", {"22 January 1950"}}, {"url", {"not a url with spaces"}}})};
  util::Diagnostics diagnostics;
  finishRecords(records, builtIn(), "csl", diagnostics);
  EXPECT_FALSE(diagnostics.hasErrors());
  ASSERT_EQ(diagnostics.warningCount(), 2u);
  EXPECT_EQ(diagnostics.all()[0].id, "csl.bad-value");
  EXPECT_FALSE(records[0].has("issued"));
  EXPECT_FALSE(records[0].has("url"));
}

TEST(SourceRecordTest, ATitleIsRequired) {
  std::vector<SourceRecord> records = {record("k", {{"creator", {"Mao, Zedong"}}})};
  util::Diagnostics diagnostics;
  finishRecords(records, builtIn(), "bibtex", diagnostics);
  ASSERT_EQ(diagnostics.errorCount(), 1u);
  EXPECT_EQ(diagnostics.all()[0].id, "bibtex.missing-title");
}

TEST(SourceRecordTest, WritesOneDataFileDeterministically) {
  std::vector<SourceRecord> records = {record("ballis1951", {{"issued", {"1951-09"}},
                                                             {"isbn", {"1", "2"}},
                                                             {"title", {"The Pattern"}},
                                                             {"creator", {"Ballis, William B."}}})};
  util::Diagnostics diagnostics;
  finishRecords(records, builtIn(), "csl", diagnostics);
  EXPECT_EQ(writeSourceNodes(records, builtIn()), R"({
  "nodes": [
    {
      "id": "ballis1951",
      "type": "Book",
      "label": {
        "en": "Ballis 1951"
      },
      "props": {
        "title": "The Pattern",
        "creator": [
          "Ballis, William B."
        ],
        "creatorList": "Ballis, William B.",
        "issued": "1951-09",
        "isbn": [
          "1",
          "2"
        ]
      }
    }
  ]
}
)");
}

}  // namespace
}  // namespace pactgraph::interop

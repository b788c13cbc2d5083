#include "pactgraph/interop/CslJson.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "InteropTestData.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::interop {
namespace {

const Crosswalk& builtIn() { return testing::builtInCrosswalk(); }

const std::string kFixture = std::string(PACTGRAPH_SOURCE_DIR) + "/tests/fixtures/zotero/sino-soviet-sources.json";

std::vector<SourceRecord> importFixture(util::Diagnostics& diagnostics) {
  auto records = readCslJson(util::readFile(kFixture), "sino-soviet-sources.json", builtIn(), diagnostics);
  finishRecords(records, builtIn(), "csl", diagnostics);
  return records;
}

model::Graph validated(const std::string& dataFile) { return testing::validatedGraph(dataFile); }

const SourceRecord& byKey(const std::vector<SourceRecord>& records, const std::string& key) {
  for (const auto& r : records) {
    if (r.key == key) return r;
  }
  throw std::runtime_error("no record " + key);
}

TEST(CslJsonTest, ImportsAZoteroExportWithArchivalFields) {
  util::Diagnostics diagnostics;
  const auto records = importFixture(diagnostics);
  EXPECT_FALSE(diagnostics.hasErrors());
  ASSERT_EQ(records.size(), 8u);

  const auto& conversation = byKey(records, "stalinMaoConversation1949");
  EXPECT_EQ(conversation.id, "stalinmaoconversation1949");
  EXPECT_EQ(conversation.type, "ArchivalDocument");
  EXPECT_EQ(conversation.values("archive")->front(), "Archive of the President of the Russian Federation (APRF)");
  EXPECT_EQ(conversation.values("archiveLocation")->front(), "Fond 45, Opis 1, Delo 329, Listy 9–17");
  EXPECT_EQ(conversation.values("archivePlace")->front(), "Moscow");
  EXPECT_EQ(conversation.values("genre")->front(), "Record of conversation");
  EXPECT_EQ(conversation.values("translator")->front(), "Rozas, Danny");
  EXPECT_EQ(conversation.values("issued")->front(), "1949-12-16");

  const auto& telegram = byKey(records, "maoTelegramLiuShaoqi1950");
  EXPECT_EQ(telegram.type, "Letter");
  EXPECT_EQ(telegram.values("recipient")->front(), "Liu, Shaoqi");
  EXPECT_EQ(telegram.label, "Mao 1950");

  const auto& book = byKey(records, "heinzigSovietUnionCommunist2004");
  EXPECT_EQ(book.values("callNumber")->front(), "DS740.5.S65 H4513 2004");
  EXPECT_EQ(book.values("oclc")->front(), "929510021");  // from the note (Zotero's Extra)
  EXPECT_EQ(book.values("citationKey")->front(), "heinzigSovietUnionCommunist2004");

  const auto& chapter = byKey(records, "zhouSovietAidChina2015");
  EXPECT_EQ(*chapter.values("isbn"), (std::vector<std::string>{"978-3-662-44272-2", "978-3-662-44273-9"}));
  EXPECT_EQ(chapter.values("editor")->size(), 3u);
  EXPECT_EQ(chapter.values("accessed")->front(), "2022-03-17");

  const auto& report = byKey(records, "mfaReport1950");
  EXPECT_EQ(report.values("creator")->front(), "Ministry of Foreign Affairs of the People's Republic of China");
  EXPECT_EQ(report.values("issued")->front(), "1950~");

  // Plain Zotero: an item URI is no citation key; the id comes from the title.
  EXPECT_EQ(records.back().key, "");
  EXPECT_EQ(records.back().id, "sino-soviet-treaty-of-friendship");
  EXPECT_EQ(records.back().type, "WebPage");

  // What the ontology has no property for is reported, item by item.
  std::vector<std::string> reported;
  for (const auto& d : diagnostics.sorted()) {
    EXPECT_EQ(d.id, "csl.not-modelled");
    reported.push_back(std::to_string(d.origin.position.line) + " " + d.message);
  }
  EXPECT_EQ(reported,
            (std::vector<std::string>{"2 left out, the ontology has no property for them: source, title-short",
                                      "79 left out, the ontology has no property for them: container-title-short"}));
}

TEST(CslJsonTest, ImportedSourcesValidate) {
  util::Diagnostics diagnostics;
  const auto records = importFixture(diagnostics);
  const auto graph = validated(writeSourceNodes(records, builtIn()));
  EXPECT_EQ(graph.nodes.size(), 8u);
}

TEST(CslJsonTest, RoundTripKeepsEveryModelledVariable) {
  util::Diagnostics diagnostics;
  const auto records = importFixture(diagnostics);
  const auto exported = nlohmann::json::parse(writeCslJson(validated(writeSourceNodes(records, builtIn())), builtIn()));
  auto original = nlohmann::json::parse(util::readFile(kFixture));
  // What the import reported as not modelled, and the plain Zotero item's URI id.
  for (auto& item : original) {
    for (const char* leftOut : {"source", "title-short", "container-title-short"}) item.erase(leftOut);
    if (!item.contains("citation-key")) item["id"] = "sino-soviet-treaty-of-friendship";
  }
  std::sort(original.begin(), original.end(), [](const auto& a, const auto& b) {
    return a["id"].template get<std::string>() < b["id"].template get<std::string>();
  });
  ASSERT_EQ(exported.size(), original.size());
  for (std::size_t i = 0; i < original.size(); ++i) EXPECT_EQ(exported[i], original[i]) << original[i]["id"];
}

TEST(CslJsonTest, DataToCslJsonToDataIsByteIdentical) {
  util::Diagnostics diagnostics;
  const auto records = importFixture(diagnostics);
  const std::string data = writeSourceNodes(records, builtIn());
  const std::string csl = writeCslJson(validated(data), builtIn());
  util::Diagnostics again;
  auto back = readCslJson(csl, "exported.json", builtIn(), again);
  finishRecords(back, builtIn(), "csl", again);
  EXPECT_EQ(again.all().size(), 0u);
  // Same records, though in id order: compare as sets of nodes.
  const auto a = nlohmann::json::parse(data)["nodes"];
  const auto b = nlohmann::json::parse(writeSourceNodes(back, builtIn()))["nodes"];
  ASSERT_EQ(a.size(), b.size());
  for (const auto& node : a) EXPECT_NE(std::find(b.begin(), b.end(), node), b.end()) << node["id"];
  // And CSL-JSON written by pactgraph comes back byte for byte.
  EXPECT_EQ(writeCslJson(validated(writeSourceNodes(back, builtIn())), builtIn()), csl);
}

TEST(CslJsonTest, UncertainAndApproximateDatesSurvive) {
  const std::string data = R"({"nodes": [{"id": "a", "type": "Report", "label": {"en": "A"},
    "props": {"title": "A", "issued": "1950?/1951~", "creator": ["Ministry"]}}]})";
  const std::string csl = writeCslJson(validated(data), builtIn());
  EXPECT_NE(csl.find("\"raw\": \"1950?/1951~\""), std::string::npos) << csl;
  EXPECT_NE(csl.find("\"literal\": \"Ministry\""), std::string::npos) << csl;
  util::Diagnostics diagnostics;
  const auto back = readCslJson(csl, "x.json", builtIn(), diagnostics);
  EXPECT_EQ(back.at(0).values("issued")->front(), "1950?/1951~");
}

TEST(CslJsonTest, ProblemsAreDiagnosticsWithPositions) {
  util::Diagnostics diagnostics;
  readCslJson(R"({"title": "x"})", "x.json", builtIn(), diagnostics);
  ASSERT_EQ(diagnostics.errorCount(), 1u);
  EXPECT_EQ(diagnostics.all()[0].id, "csl.not-a-list");

  util::Diagnostics more;
  const auto records = readCslJson(R"([
  42,
  {"type": "song", "title": "x", "issued": {"date-parts": [["spring"]]},
   "author": [{"given": "Zedong"}]}
])",
                                   "x.json", builtIn(), more);
  std::vector<std::string> seen;
  for (const auto& d : more.sorted()) seen.push_back(std::to_string(d.origin.position.line) + " " + d.id);
  EXPECT_EQ(seen,
            (std::vector<std::string>{"2 csl.not-an-item", "3 csl.unknown-type", "3 csl.bad-date", "4 csl.bad-name"}));
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].type, "Source");

  util::Diagnostics syntax;
  readCslJson("[{", "x.json", builtIn(), syntax);
  EXPECT_EQ(syntax.all().at(0).id, "json.syntax");
}

}  // namespace
}  // namespace pactgraph::interop

#include "pactgraph/io/Loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace pactgraph::io {
namespace {

using ::testing::ElementsAre;

struct Loaded {
  model::Graph graph;
  util::Diagnostics diagnostics;
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(d.id);
    return out;
  }
};

Loaded load(std::string_view text) {
  Loaded loaded;
  Loader loader(loaded.graph, loaded.diagnostics);
  loader.loadText("t.json", text);
  return loaded;
}

std::string utf16le(std::u16string_view text, bool mark) {
  std::string out = mark ? "\xFF\xFE" : "";
  for (char16_t unit : text) {
    out += static_cast<char>(unit & 0xFF);
    out += static_cast<char>(unit >> 8);
  }
  return out;
}

TEST(LoaderTest, Utf16FileGetsOneMessageAndIsStillRead) {
  for (const bool mark : {true, false}) {
    const auto loaded =
        load(utf16le(u"{\"nodes\": [{\"id\": \"mao\", \"type\": \"Person\", \"label\": {\"zh\": \"毛泽东\"}},\n"
                     u"  {\"id\": \"x\", \"type\": \"Place\", \"label\": {\"en\": \"X\"}, \"colour\": 1}]}",
                     mark));
    ASSERT_THAT(loaded.ids(), ElementsAre("json.encoding", "data.unknown-key")) << mark;
    const auto diagnostics = loaded.diagnostics.sorted();
    const auto& encoding = diagnostics[0];
    EXPECT_EQ(encoding.message, "the file is UTF-16 (little-endian); data files are UTF-8");
    EXPECT_EQ(encoding.hint, "save the file as UTF-8");
    EXPECT_EQ(encoding.origin.position.line, 1u);
    // The records exist (no cascade of unknown references elsewhere), with
    // the texts and the positions of the original file.
    ASSERT_EQ(loaded.graph.nodes.size(), 2u);
    EXPECT_EQ(loaded.graph.nodes[0].labels.at(0).text, "毛泽东");
    const auto& unknown = diagnostics[1].origin.position;
    EXPECT_EQ(unknown.line, 2u);
    EXPECT_EQ(unknown.column, 54u);
  }
}

TEST(LoaderTest, IllFormedUtf16IsOneMessageAndNothingElse) {
  std::string text = utf16le(u"{\"nodes\": []}", true);
  text += std::string("\x00\xD8", 2);  // a high surrogate without its low half
  const auto loaded = load(text);
  ASSERT_THAT(loaded.ids(), ElementsAre("json.encoding"));
  EXPECT_THAT(loaded.diagnostics.all()[0].message, ::testing::HasSubstr("not even well-formed"));
}

TEST(LoaderTest, EmptyMapsAndListsAreRefusedWhereTheyStand) {
  const auto loaded = load(R"({"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"},
    "description": {}, "altLabel": {"en": []}, "props": {"title": []}},
    {"id": "y", "type": "Place", "label": {}, "altLabel": {}}],
    "statements": [{"subject": "x", "predicate": "summary", "value": {}, "note": {}}]})");
  EXPECT_THAT(loaded.ids(), ElementsAre("data.empty-map", "data.empty-list", "data.empty-list", "data.empty-map",
                                        "data.empty-map", "data.empty-map"));
  std::vector<std::string> pointers;
  for (const auto& d : loaded.diagnostics.sorted()) pointers.push_back(d.origin.pointer);
  EXPECT_THAT(pointers, ElementsAre("/nodes/0/description", "/nodes/0/altLabel/en", "/nodes/0/props/title",
                                    "/nodes/1/altLabel", "/statements/0/value", "/statements/0/note"));
  // An empty label is validation's data.missing-label, not reported twice.
  EXPECT_TRUE(loaded.graph.nodes[1].labels.empty());
}

TEST(LoaderTest, StatementWithoutAUsableObjectIsMarkedSo) {
  const auto loaded = load(R"({"statements": [
    {"subject": "a", "predicate": "date", "value": null},
    {"subject": "a", "predicate": "date", "value": "1950", "object": "b"},
    {"subject": "a", "predicate": "date"},
    {"subject": "a", "predicate": "date", "value": "1950"}]})");
  EXPECT_THAT(loaded.ids(), ElementsAre("data.wrong-type", "data.object-and-value", "data.missing-key"));
  for (const auto& d : loaded.diagnostics.all()) EXPECT_GT(d.origin.position.line, 0u) << d.id;
  std::vector<bool> given;
  for (const auto& statement : loaded.graph.statements) given.push_back(statement.hasObject);
  EXPECT_THAT(given, ElementsAre(false, false, false, true));
}

TEST(LoaderTest, FootnoteIsAnyIntegralPositiveNumber) {
  const auto loaded = load(R"({"citations": [
    {"id": "a", "source": "s", "footnote": 12}, {"id": "b", "source": "s", "footnote": 1.3e1},
    {"id": "c", "source": "s", "footnote": 14.0}, {"id": "d", "source": "s", "footnote": 1.5},
    {"id": "e", "source": "s", "footnote": 0}, {"id": "f", "source": "s", "footnote": -1},
    {"id": "g", "source": "s", "footnote": "3"}, {"id": "h", "source": "s", "footnote": 1e10}]})");
  EXPECT_THAT(loaded.ids(), ElementsAre("data.bad-footnote", "data.bad-footnote", "data.bad-footnote",
                                        "data.bad-footnote", "data.bad-footnote"));
  std::vector<long long> numbers;
  for (const auto& citation : loaded.graph.citations) numbers.push_back(citation.footnote.value_or(0));
  EXPECT_THAT(numbers, ElementsAre(12, 13, 14, 0, 0, 0, 0, 0));
}

TEST(LoaderTest, MaxFileSizeReachesTheReader) {
  const auto dir = std::filesystem::temp_directory_path() / ("pactgraph-loader-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.json") << R"({"nodes": []})";
  model::Graph graph;
  util::Diagnostics diagnostics;
  Loader(graph, diagnostics, {.maxFileSize = 5}).loadPath(dir);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].id, "io.too-large");
}

TEST(LoaderTest, FilesReadAtOnceGiveTheGraphAndDiagnosticsOfOneByOne) {
  const auto dir = std::filesystem::temp_directory_path() / ("pactgraph-loader-jobs-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub");
  for (int f = 0; f < 9; ++f) {
    std::ofstream file(dir / (f % 3 == 0 ? "sub" : ".") / ("f" + std::to_string(f) + ".json"));
    file << "{\"nodes\": [";
    for (int n = 0; n < 50; ++n) {
      file << (n ? ",\n" : "") << "{\"id\": \"n" << f << "-" << n
           << "\", \"type\": \"Place\", \"label\": {\"en\": \"N\"}" << (n % 20 == 7 ? ", \"colour\": 1" : "") << "}";
    }
    file << (f == 4 ? "" : "]}");  // f4.json is cut short
  }
  const auto loadWith = [&](unsigned jobs) {
    Loaded loaded;
    Loader loader(loaded.graph, loaded.diagnostics, {.jobs = jobs});
    loader.loadPath(dir);
    EXPECT_EQ(loader.filesRead(), 9u);
    return loaded;
  };
  const Loaded one = loadWith(1);
  const auto describe = [](const Loaded& loaded) {
    std::vector<std::string> out;
    for (const auto& node : loaded.graph.nodes) out.push_back(node.id + " " + node.origin.position().file.str());
    for (const auto& d : loaded.diagnostics.all()) {
      out.push_back(d.id + " " + util::format(d));
    }
    return out;
  };
  ASSERT_EQ(one.diagnostics.all().size(), 8u * 3 + 1);
  EXPECT_EQ(one.graph.nodes.size(), 8u * 50);
  for (const unsigned jobs : {2u, 4u, 0u}) EXPECT_EQ(describe(loadWith(jobs)), describe(one)) << "jobs " << jobs;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace pactgraph::io

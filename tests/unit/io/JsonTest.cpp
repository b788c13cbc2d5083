#include "pactgraph/io/Json.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

namespace pactgraph::io {
namespace {

struct Parsed {
  std::optional<JsonValue> root;
  util::Diagnostics diagnostics;
};

Parsed parse(const std::string& text) {
  Parsed parsed;
  const LineIndex lines("t.json", text);
  parsed.root = parseJson(text, lines, parsed.diagnostics);
  return parsed;
}

TEST(JsonTest, RecordsTheOffsetOfEveryValueAndKey) {
  const std::string text = "{\n  \"a\": \"x\\\"y\",\n  \"b\": [1, -2.5e3, true, null, {\"c\": \"毛\"}]\n}";
  auto parsed = parse(text);
  ASSERT_TRUE(parsed.root);
  const JsonValue& root = *parsed.root;
  EXPECT_EQ(root.offset, 0u);
  EXPECT_EQ(root.members[0].value.text, "x\"y");
  EXPECT_EQ(root.members[0].value.offset, text.find("\"x"));
  EXPECT_EQ(root.keyOffsets[1], text.find("\"b\""));
  const JsonValue& array = root.members[1].value;
  EXPECT_EQ(array.items[0].offset, text.find('1'));
  EXPECT_EQ(array.items[1].text, "-2.5e3");  // exact lexeme
  EXPECT_EQ(array.items[1].offset, text.find("-2.5e3"));
  EXPECT_EQ(array.items[2].offset, text.find("true"));
  EXPECT_EQ(array.items[3].offset, text.find("null"));
  EXPECT_EQ(array.items[4].offset, text.find("{\"c\""));
  EXPECT_EQ(array.items[4].members[0].value.offset, text.find("\"毛\""));
}

TEST(JsonTest, LineIndexCountsCodePointColumns) {
  const std::string text = "{\n  \"毛泽东\": 1}";
  const LineIndex lines("f.json", text);
  const auto position = lines.position(text.find('1'));
  EXPECT_EQ(position.line, 2u);
  EXPECT_EQ(position.column, 10u);
  EXPECT_EQ(position.file, "f.json");
}

TEST(JsonTest, LineIndexGivesTheSameColumnsInAnyOrder) {
  // position() counts on from the previous position of the same line: asking
  // backwards, forwards and across lines must not change any answer.
  const std::string text = "{\"名\": \"毛\", \"b\": [1, \"é\", 3]}\n  {\"c\": 4}";
  const LineIndex fresh("f.json", text);
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  std::vector<std::pair<std::size_t, std::size_t>> expected;
  for (const std::size_t offset : offsets) {
    const LineIndex alone("f.json", text);
    const auto position = alone.position(offset);
    expected.emplace_back(position.line, position.column);
  }
  for (std::size_t pass = 0; pass < 2; ++pass) {
    for (std::size_t k = 0; k < offsets.size(); ++k) {
      const std::size_t i = pass == 0 ? k : offsets.size() - 1 - k;
      const auto position = fresh.position(offsets[i]);
      EXPECT_EQ(std::make_pair(position.line, position.column), expected[i]) << "offset " << offsets[i];
    }
  }
  EXPECT_EQ(expected[offsets.size() - 1].first, 2u);
}

TEST(JsonTest, DuplicateKeysInLargeObjects) {
  std::string text = "{";
  for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  text += "\"k3\": 99, \"k39x\": 1}";
  auto parsed = parse(text);
  ASSERT_TRUE(parsed.root);
  ASSERT_EQ(parsed.diagnostics.errorCount(), 1u);
  EXPECT_EQ(parsed.diagnostics.all()[0].id, "json.duplicate-key");
  EXPECT_EQ(parsed.diagnostics.all()[0].origin.pointer, "/k3");
  EXPECT_EQ(parsed.root->members.size(), 41u);  // the duplicate dropped, k39x kept
  EXPECT_EQ(parsed.root->member("k3")->text, "3");
}

TEST(JsonTest, NumberAtEndOfInputKeepsItsLastDigit) {
  auto parsed = parse("12345");
  ASSERT_TRUE(parsed.root);
  EXPECT_EQ(parsed.root->text, "12345");
}

TEST(JsonTest, HugeIntegersKeepTheirDigits) {
  auto parsed = parse("[123456789012345678901234567890]");
  ASSERT_TRUE(parsed.root);
  EXPECT_EQ(parsed.root->items[0].text, "123456789012345678901234567890");
}

TEST(JsonTest, DuplicateKeysAreReportedWithBothPositions) {
  auto parsed = parse("{\"id\": \"a\",\n \"id\": \"b\"}");
  ASSERT_TRUE(parsed.root);
  ASSERT_EQ(parsed.diagnostics.all().size(), 1u);
  const auto& d = parsed.diagnostics.all()[0];
  EXPECT_EQ(d.id, "json.duplicate-key");
  EXPECT_EQ(d.origin.position.line, 2u);
  EXPECT_EQ(d.origin.position.column, 2u);
  EXPECT_EQ(d.origin.pointer, "/id");
  EXPECT_NE(d.hint.find("line 1, column 2"), std::string::npos);
  EXPECT_EQ(parsed.root->member("id")->text, "a");  // first kept, not last
}

TEST(JsonTest, DuplicateKeyWithContainerValueIsDroppedCleanly) {
  auto parsed = parse("{\"a\": {\"x\": [1, {\"y\": 2}]}, \"a\": {\"x\": [3]}, \"b\": 1}");
  ASSERT_TRUE(parsed.root);
  EXPECT_EQ(parsed.root->members.size(), 2u);
  EXPECT_EQ(parsed.root->member("a")->member("x")->items.size(), 2u);
}

TEST(JsonTest, NestedDuplicatePointerIsEscaped) {
  auto parsed = parse("{\"a/b\": [{\"k~\": 1, \"k~\": 2}]}");
  ASSERT_EQ(parsed.diagnostics.all().size(), 1u);
  EXPECT_EQ(parsed.diagnostics.all()[0].origin.pointer, "/a~1b/0/k~0");
}

TEST(JsonTest, SyntaxErrorsCarryLineAndColumn) {
  auto parsed = parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
  EXPECT_FALSE(parsed.root);
  ASSERT_EQ(parsed.diagnostics.all().size(), 1u);
  const auto& d = parsed.diagnostics.all()[0];
  EXPECT_EQ(d.id, "json.syntax");
  EXPECT_EQ(d.origin.position.line, 3u);
  EXPECT_EQ(d.origin.position.column, 7u);
  EXPECT_EQ(d.message.find("[json.exception"), std::string::npos);
}

TEST(JsonTest, ClassifiesEmptyOutOfRangeTooDeepAndBadUtf8) {
  EXPECT_EQ(parse("").diagnostics.all().at(0).id, "json.empty");
  EXPECT_EQ(parse("  \n").diagnostics.all().at(0).id, "json.empty");
  EXPECT_EQ(parse("[1e400]").diagnostics.all().at(0).id, "json.number-range");
  EXPECT_EQ(parse(std::string(100, '[') + std::string(100, ']')).diagnostics.all().at(0).id, "json.too-deep");
  const auto bad = parse("{\"a\": \"\xC0\xAF\"}");
  EXPECT_EQ(bad.diagnostics.all().at(0).id, "json.syntax");
  EXPECT_NE(bad.diagnostics.all().at(0).hint.find("UTF-8"), std::string::npos);
  EXPECT_EQ(parse("{\"a\": \"\\ud800\"}").diagnostics.all().at(0).id, "json.syntax");  // lone surrogate
  EXPECT_EQ(parse("{\"a\": 1} trailing").diagnostics.all().at(0).id, "json.syntax");
}

// Line and column of the first diagnostic.
std::pair<std::size_t, std::size_t> where(const Parsed& parsed) {
  if (parsed.diagnostics.all().empty()) return {0, 0};
  const auto& position = parsed.diagnostics.all()[0].origin.position;
  return {position.line, position.column};
}

TEST(JsonTest, SyntaxErrorsPointAtTheOffendingToken) {
  using Where = std::pair<std::size_t, std::size_t>;
  // A comment, anywhere: at its slash, with a hint.
  const auto comment = parse("{\n  \"nodes\": [],\n  /* the sources */ \"citations\": []\n}");
  EXPECT_EQ(where(comment), Where(3, 3));
  EXPECT_NE(comment.diagnostics.all().at(0).hint.find("no comments"), std::string::npos);
  EXPECT_EQ(where(parse("[1, 2] // end")), Where(1, 8));
  // A second document: where it starts, not at the end of the file.
  const auto second = parse("{\"nodes\": []}\n\n  {\"citations\": []}\n\n");
  EXPECT_EQ(where(second), Where(3, 3));
  EXPECT_NE(second.diagnostics.all().at(0).hint.find("one JSON object"), std::string::npos);
  // Each kind of token, after a long string (nlohmann's "last read" spans it).
  const std::string prefix = "{\"a\": \"" + std::string(40, 'x') + "\", \"b\": ";
  const std::size_t column = prefix.size() + 1;
  EXPECT_EQ(where(parse(prefix + "tru}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "nul")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "-}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "1.}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"ab\\qc\"}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"abc")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"a\\\"")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"\\ud800\"}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "\"\n\"}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "1 \"c\": 2}")), Where(1, column + 2));
  EXPECT_EQ(where(parse(prefix + "1 true}")), Where(1, column + 2));
  EXPECT_EQ(where(parse(prefix + "1 23}")), Where(1, column + 2));
  EXPECT_EQ(where(parse(prefix + "1 ]")), Where(1, column + 2));
  EXPECT_EQ(where(parse(prefix + "#}")), Where(1, column));
  EXPECT_EQ(where(parse(prefix + "1e999}")), Where(1, column));
  // The end of input is the end of the file.
  EXPECT_EQ(where(parse("{\"a\": [1,\n")), Where(2, 1));
}

TEST(JsonTest, NulByteIsAnErrorNotTheEndOfTheText) {
  // nlohmann/json stops at a NUL byte and would accept the text before it.
  const auto parsed = parse(std::string("{\"nodes\": []}\0{\"garbage", 23));
  EXPECT_FALSE(parsed.root);
  ASSERT_EQ(parsed.diagnostics.all().size(), 1u);
  EXPECT_EQ(parsed.diagnostics.all()[0].id, "json.syntax");
  EXPECT_EQ(where(parsed), (std::pair<std::size_t, std::size_t>(1, 14)));
  EXPECT_NE(parsed.diagnostics.all()[0].message.find("NUL byte"), std::string::npos);
}

std::string bytes(std::initializer_list<int> values) {
  std::string out;
  for (int v : values) out += static_cast<char>(v);
  return out;
}

TEST(JsonTest, DetectsUtf16AndUtf32ByMarkOrByNulBytes) {
  EXPECT_EQ(detectEncoding("{\"a\": 1}"), TextEncoding::utf8);
  EXPECT_EQ(detectEncoding("\xEF\xBB\xBF{}"), TextEncoding::utf8);
  EXPECT_EQ(detectEncoding(""), TextEncoding::utf8);
  EXPECT_EQ(detectEncoding(bytes({0xFF, 0xFE, '{', 0})), TextEncoding::utf16le);
  EXPECT_EQ(detectEncoding(bytes({0xFE, 0xFF, 0, '{'})), TextEncoding::utf16be);
  EXPECT_EQ(detectEncoding(bytes({'{', 0, '}', 0})), TextEncoding::utf16le);
  EXPECT_EQ(detectEncoding(bytes({0, ' ', 0, '{'})), TextEncoding::utf16be);
  EXPECT_EQ(detectEncoding(bytes({'[', 0})), TextEncoding::utf16le);
  EXPECT_EQ(detectEncoding(bytes({0xFF, 0xFE, 0, 0, '{', 0, 0, 0})), TextEncoding::utf32le);
  EXPECT_EQ(detectEncoding(bytes({0, 0, 0xFE, 0xFF})), TextEncoding::utf32be);
  EXPECT_EQ(detectEncoding(bytes({'{', 0, 0, 0})), TextEncoding::utf32le);
  EXPECT_EQ(detectEncoding(bytes({0, 0, 0, '{'})), TextEncoding::utf32be);
  EXPECT_EQ(encodingName(TextEncoding::utf16le), "UTF-16 (little-endian)");
}

TEST(JsonTest, TranscodesUtf16KeepingEveryCodePoint) {
  // BOM, "é", U+1F600 as a surrogate pair, a line break, "毛".
  EXPECT_EQ(transcodeToUtf8(bytes({0xFF, 0xFE, 0xE9, 0x00, 0x3D, 0xD8, 0x00, 0xDE, '\n', 0, 0xDB, 0x6B}),
                            TextEncoding::utf16le),
            "é\U0001F600\n毛");
  EXPECT_EQ(transcodeToUtf8(bytes({0, 'a', 0xD8, 0x3D, 0xDE, 0x00}), TextEncoding::utf16be), "a\U0001F600");
  EXPECT_EQ(transcodeToUtf8(bytes({0, 0, 0xFE, 0xFF, 0, 0x01, 0xF6, 0x00}), TextEncoding::utf32be), "\U0001F600");
  EXPECT_FALSE(transcodeToUtf8(bytes({0x3D, 0xD8, 'a', 0}), TextEncoding::utf16le));  // lone high surrogate
  EXPECT_FALSE(transcodeToUtf8(bytes({0x00, 0xDC}), TextEncoding::utf16le));          // lone low surrogate
  EXPECT_FALSE(transcodeToUtf8(bytes({'a', 0, 'b'}), TextEncoding::utf16le));         // half a code unit
  EXPECT_FALSE(transcodeToUtf8(bytes({0, 0x11, 0, 0}), TextEncoding::utf32be));       // beyond U+10FFFF
}

}  // namespace
}  // namespace pactgraph::io

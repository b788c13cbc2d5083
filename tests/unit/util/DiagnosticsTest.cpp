#include "pactgraph/util/Diagnostics.h"

#include <gtest/gtest.h>

#include <string>

namespace pactgraph::util {
namespace {

TEST(DiagnosticsTest, ShortValuesAreQuotedWhole) {
  EXPECT_EQ(quotedValue(""), "\"\"");
  EXPECT_EQ(quotedValue("kremlin"), "\"kremlin\"");
  EXPECT_EQ(quotedValue(std::string(kShownValueLength, 'a')), "\"" + std::string(kShownValueLength, 'a') + "\"");
}

TEST(DiagnosticsTest, LongValuesAreCutWithTheirLength) {
  const std::string value(50 * 1024 * 1024, 'x');
  EXPECT_EQ(quotedValue(value), "\"" + std::string(kShownValueLength, 'x') + "…\" (52428800 bytes)");
}

TEST(DiagnosticsTest, CutsFallBetweenCodePoints) {
  std::string value;
  for (int i = 0; i < 100; ++i) value += "鯨";  // 3 bytes each
  std::string expected = "\"";
  for (std::size_t i = 0; i < kShownValueLength; ++i) expected += "鯨";
  EXPECT_EQ(quotedValue(value), expected + "…\" (300 bytes)");
}

TEST(DiagnosticsTest, LongMessagesAndHintsAreCutAsASafetyNet) {
  Diagnostics diagnostics;
  diagnostics.error("data.x", {}, "id \"" + std::string(100000, 'y') + "\"", std::string(100000, 'z'));
  const Diagnostic& d = diagnostics.all().at(0);
  EXPECT_LE(d.message.size(), kMaxDiagnosticText + 40);
  EXPECT_NE(d.message.find("… (100005 bytes)"), std::string::npos) << d.message.substr(0, 100);
  EXPECT_NE(d.hint.find("… (100000 bytes)"), std::string::npos);
  diagnostics.warning("data.y", {}, "short", "hint");
  EXPECT_EQ(diagnostics.all().at(1).message, "short");
}

TEST(DiagnosticsTest, LongPointersAreCutWhenShown) {
  Origin origin;
  origin.position.file = "f.json";
  origin.position.line = 1;
  origin.position.column = 2;
  origin.pointer = "/nodes/0/" + std::string(100000, 'k');
  Diagnostics diagnostics;
  diagnostics.error("data.unknown-key", origin, "unknown key");
  const std::string shown = format(diagnostics.all().at(0));
  EXPECT_LT(shown.size(), 300u) << shown.substr(0, 400);
  EXPECT_NE(shown.find("(at /nodes/0/kkk"), std::string::npos);
  EXPECT_NE(shown.find("… ("), std::string::npos);
}

TEST(DiagnosticsTest, StoredOriginsResolveToTheOriginTheyWereMadeFrom) {
  Origin origin;
  origin.position = {"data/people.json", 12, 7, 345};
  origin.pointer = "/statements/12345/cite/0";
  const StoredOrigin stored = origin;
  const Origin back = stored.resolved();
  EXPECT_EQ(back.position.file, "data/people.json");
  EXPECT_EQ(back.position.line, 12u);
  EXPECT_EQ(back.position.column, 7u);
  EXPECT_EQ(back.position.byteOffset, 345u);
  EXPECT_EQ(back.pointer, "/statements/12345/cite/0");
  EXPECT_EQ(stored.pointer(), "/statements/12345/cite/0");

  // Copies own their pointer; another file gets another entry of the table.
  StoredOrigin copy = stored;
  Origin other;  // field by field: GCC 12 warns (maybe-uninitialized) on the nested braces
  other.position = {"other.json", 1, 2, 3};
  other.pointer = "/k";
  copy = StoredOrigin(other);
  EXPECT_EQ(stored.position().file, "data/people.json");
  EXPECT_EQ(copy.position().file, "other.json");
  EXPECT_EQ(copy.pointer(), "/k");
  const StoredOrigin copied(stored);
  EXPECT_EQ(copied.pointer(), stored.pointer());

  // A diagnostic given a stored origin prints what the Origin would have.
  Diagnostics diagnostics;
  diagnostics.error("data.x", stored, "m");
  EXPECT_EQ(format(diagnostics.all().at(0)), "data/people.json:12:7: error[data.x]: m (at /statements/12345/cite/0)");
}

TEST(DiagnosticsTest, EmptyStoredOriginsStayEmpty) {
  const StoredOrigin none;
  EXPECT_TRUE(none.position().file.empty());
  EXPECT_EQ(none.position().line, 0u);
  EXPECT_TRUE(none.pointer().empty());
  const StoredOrigin fromEmpty = Origin{};
  EXPECT_TRUE(fromEmpty.resolved().pointer.empty());
  EXPECT_TRUE(fromEmpty.resolved().position.file.empty());
}

TEST(DiagnosticsTest, StoredOffsetsSaturateAt32Bits) {
  const StoredOrigin far = Origin{{"big.json", 1, 1, std::size_t{1} << 40}, {}};
  EXPECT_EQ(far.position().byteOffset, 0xFFFFFFFFu);
}

TEST(DiagnosticsTest, AppendKeepsOrderAndCounts) {
  Diagnostics first;
  first.error("a", {}, "1");
  Diagnostics second;
  second.warning("b", {}, "2");
  second.error("c", {}, "3");
  first.append(std::move(second));
  ASSERT_EQ(first.all().size(), 3u);
  EXPECT_EQ(first.all()[1].id, "b");
  EXPECT_EQ(first.all()[2].id, "c");
  EXPECT_EQ(first.errorCount(), 2u);
  EXPECT_EQ(first.warningCount(), 1u);
}

}  // namespace
}  // namespace pactgraph::util

#include <gtest/gtest.h>

#include <string>

#include "pactgraph/store/NTriples.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::store {
namespace {

TEST(SplitLines, CutsOnLineEndsWithinTheBudget) {
  const std::string text = "<a> <b> <c> .\n<d> <e> <f> .\n<g> <h> <i> .\n";  // 14 bytes a line
  const auto chunks = splitLines(text, 30);
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[0], "<a> <b> <c> .\n<d> <e> <f> .\n");
  EXPECT_EQ(chunks[1], "<g> <h> <i> .\n");
  std::string joined;
  for (const auto chunk : chunks) joined += chunk;
  EXPECT_EQ(joined, text);
}

TEST(SplitLines, ALineLongerThanTheBudgetIsAChunkOfItsOwn) {
  const std::string text = "<a> <b> \"a long literal\" .\n<d> <e> <f> .\n";
  const auto chunks = splitLines(text, 10);
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[0], "<a> <b> \"a long literal\" .\n");
  EXPECT_EQ(chunks[1], "<d> <e> <f> .\n");
}

TEST(SplitLines, EverythingFitsOrNothingToSend) {
  EXPECT_TRUE(splitLines("", 100).empty());
  const auto one = splitLines("<a> <b> <c> .", 100);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0], "<a> <b> <c> .");
}

TEST(SplitLines, ZeroBudgetIsAContractViolation) {
  EXPECT_THROW(splitLines("<a> <b> <c> .\n", 0), util::ContractViolation);
}

TEST(CountDistinctTriples, IgnoresDuplicatesBlankLinesAndComments) {
  EXPECT_EQ(countDistinctTriples("<a> <b> <c> .\n<a> <b> <c> .\n\n# comment\n<a> <b> \"c\" .  \r\n"), 2u);
  EXPECT_EQ(countDistinctTriples(""), 0u);
  EXPECT_EQ(countDistinctTriples("<a> <b> <c> ."), 1u);
}

}  // namespace
}  // namespace pactgraph::store

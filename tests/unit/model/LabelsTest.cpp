#include "pactgraph/model/Labels.h"

#include <gtest/gtest.h>

namespace pactgraph::model {
namespace {

TEST(LabelsTest, PreferredTextIsEnglishElseTheFirstElseTheFallback) {
  EXPECT_EQ(preferredText({{"ru", "Мао Цзэдун", {}}, {"en", "Mao Zedong", {}}}), "Mao Zedong");
  EXPECT_EQ(preferredText({{"ru", "Мао Цзэдун", {}}, {"zh", "毛泽东", {}}}), "Мао Цзэдун");
  EXPECT_EQ(preferredText({}, "mao-zedong"), "mao-zedong");
}

TEST(LabelsTest, SeveralPagesReadPp) {
  EXPECT_FALSE(isPageRange("343"));
  EXPECT_FALSE(isPageRange("xiv"));
  EXPECT_TRUE(isPageRange("318-319"));
  EXPECT_TRUE(isPageRange("318–319"));  // en dash
  EXPECT_TRUE(isPageRange("3, 7"));
  EXPECT_FALSE(isPageRange("§ 4"));  // a non-ASCII character is not a dash
  EXPECT_EQ(citationLocator("Heinzig 2004", "343"), "Heinzig 2004, p. 343");
  EXPECT_EQ(citationLocator("Heinzig 2004", "318–319"), "Heinzig 2004, pp. 318–319");
  EXPECT_EQ(citationLocator("Heinzig 2004", ""), "Heinzig 2004");
}

TEST(LabelsTest, CitationTextListsTheFootnotes) {
  EXPECT_EQ(citationText("Heinzig 2004", "343", {"34"}), "Heinzig 2004, p. 343 [fn 34]");
  EXPECT_EQ(citationText("Heinzig 2004", "318–319", {"3", "7"}), "Heinzig 2004, pp. 318–319 [fn 3, 7]");
  EXPECT_EQ(citationText("Article", "", {}), "Article [no footnote]");
}

}  // namespace
}  // namespace pactgraph::model

#include <gtest/gtest.h>

#include "pactgraph/report/Html.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::report {
namespace {

TEST(HtmlTest, EscapesMarkupCharactersInText) {
  EXPECT_EQ(escapeText("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
  EXPECT_EQ(escapeText("\"quoted\" 'single'"), "\"quoted\" 'single'");
  EXPECT_EQ(escapeText("</script><b>"), "&lt;/script&gt;&lt;b&gt;");
}

TEST(HtmlTest, EscapesQuotesInAttributes) {
  EXPECT_EQ(escapeAttribute("say \"hi\" & 'bye' <x>"), "say &quot;hi&quot; &amp; &#39;bye&#39; &lt;x&gt;");
}

TEST(HtmlTest, ShowsControlCharactersAsControlPictures) {
  EXPECT_EQ(escapeText(std::string("a\x01"
                                   "b\x1f"
                                   "c\x7f",
                                   6)),
            "a\u2401b\u241fc\u2421");
  EXPECT_EQ(escapeText(std::string("nul\0", 4)), "nul\u2400");
  EXPECT_EQ(escapeText("tab\tand\nline"), "tab\tand\nline");
  EXPECT_EQ(escapeText("crlf\r\nand\rcr"), "crlf\nand\ncr");
  // C1 controls (U+0085 here) are replaced.
  EXPECT_EQ(escapeText("x\u0085y"), "x\uFFFDy");
}

TEST(HtmlTest, ReplacesMalformedUtf8) {
  EXPECT_EQ(escapeText("a\xff"
                       "b"),
            "a\uFFFDb");
  EXPECT_EQ(escapeText("\xe4\xb8"), "\uFFFD\uFFFD");
  EXPECT_EQ(escapeText("\xc0\xaf"), "\uFFFD\uFFFD");            // overlong '/'
  EXPECT_EQ(escapeText("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD");  // surrogate
}

TEST(HtmlTest, KeepsNonAsciiText) {
  EXPECT_EQ(escapeText("中苏友好同盟互助条约 🙂 é"), "中苏友好同盟互助条约 🙂 é");
}

TEST(HtmlTest, IsolatesRightToLeftTextAndOverrides) {
  EXPECT_FALSE(needsBidiIsolation("Mao Zedong 毛泽东"));
  EXPECT_TRUE(needsBidiIsolation("אמנת ידידות"));
  EXPECT_TRUE(needsBidiIsolation("معاهدة"));
  EXPECT_TRUE(needsBidiIsolation("override: \u202eabc\u202c"));
  EXPECT_EQ(isolatedHtml("Mao & Stalin"), "Mao &amp; Stalin");
  EXPECT_EQ(isolatedHtml("\u202eabc"), "<bdi>\u202eabc</bdi>");
  EXPECT_EQ(isolatedSvg("\u202eabc<"), "\u2068\u202eabc&lt;\u2069");
}

TEST(HtmlTest, AnchorIdsComeFromSlugs) {
  EXPECT_EQ(anchorId("actor", "mao-zedong"), "actor-mao-zedong");
  EXPECT_EQ(anchorId("event", "9"), "event-9");
  EXPECT_THROW(anchorId("actor", "Not a slug"), util::ContractViolation);
  EXPECT_THROW(anchorId("actor", "a\"b"), util::ContractViolation);
}

TEST(HtmlTest, EstimatesWidthAndTruncatesOnCodePoints) {
  EXPECT_DOUBLE_EQ(textWidth("", 12), 0);
  EXPECT_GT(textWidth("WWW", 12), textWidth("iii", 12));
  EXPECT_DOUBLE_EQ(textWidth("中", 10), 10);
  EXPECT_DOUBLE_EQ(textWidth("e\u0301", 10), textWidth("e", 10));  // combining mark
  EXPECT_EQ(truncateToWidth("short", 12, 500), "short");
  const std::string cut = truncateToWidth("中苏友好同盟互助条约", 10, 45);
  EXPECT_EQ(cut, "中苏友\u2026");
  EXPECT_LE(textWidth(cut, 10), 45);
}

TEST(HtmlTest, FormatsNumbersWithoutLocaleOrNegativeZero) {
  EXPECT_EQ(formatNumber(1.25, 1), "1.2");  // round half to even, as to_chars does
  EXPECT_EQ(formatNumber(0.10604, 4), "0.1060");
  EXPECT_EQ(formatNumber(-0.0001, 2), "0.00");
  EXPECT_EQ(formatNumber(-3.5, 1), "-3.5");
  EXPECT_EQ(formatNumber(12, 0), "12");
  EXPECT_THROW(formatNumber(1, 7), util::ContractViolation);
}

}  // namespace
}  // namespace pactgraph::report

#include "pactgraph/util/Escape.h"

#include <gtest/gtest.h>

#include <string>

namespace pactgraph::util {
namespace {

TEST(EscapeTest, CsvQuotesWhatRfc4180Needs) {
  EXPECT_EQ(csvField("plain"), "plain");
  EXPECT_EQ(csvField("a,b"), "\"a,b\"");
  EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
}

// OWASP's list: cells a spreadsheet would evaluate become text.
TEST(EscapeTest, CsvNeutralisesFormulasButKeepsNumbers) {
  EXPECT_EQ(csvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csvField("+cmd|' /C calc'!A0"), "\"'+cmd|' /C calc'!A0\"");
  EXPECT_EQ(csvField("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(csvField("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(csvField("\tx"), "\"'\tx\"");
  EXPECT_EQ(csvField("\rx"), "\"'\rx\"");
  EXPECT_EQ(csvField("-0.5"), "-0.5");
  EXPECT_EQ(csvField("+3"), "+3");
  EXPECT_EQ(csvField("-1e-7"), "-1e-7");
  EXPECT_EQ(csvField("-"), "\"'-\"");
  EXPECT_EQ(csvField("a=b"), "a=b");
}

TEST(EscapeTest, XmlEscapesMarkupAndDropsForbiddenControls) {
  EXPECT_EQ(xmlEscape("a&b<c>\"d\"'e'"), "a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
  EXPECT_EQ(xmlEscape(std::string("x\x01y\nz\x1b")), "xy&#10;z");
  EXPECT_EQ(xmlEscape("毛泽东"), "毛泽东");
}

TEST(EscapeTest, DotQuotesEscapesEntitiesAndDropsControls) {
  EXPECT_EQ(dotQuoted("Mao \"Chairman\" \\ x"), "\"Mao \\\"Chairman\\\" \\\\ x\"");
  EXPECT_EQ(dotQuoted("A & B &amp;"), "\"A &amp; B &amp;amp;\"");
  EXPECT_EQ(dotQuoted(std::string("a\x01\x1b[31mb\nc")), "\"a[31mb\\nc\"");
}

TEST(EscapeTest, MarkdownTextCannotOpenMarkupOrBlocks) {
  EXPECT_EQ(markdownEscape("Sino-Soviet Treaty (1950)"), "Sino-Soviet Treaty (1950)");
  EXPECT_EQ(markdownEscape("[click](javascript:x) <img src=x> *a* _b_ `c` a|b ~~d~~ &amp; \\"),
            "\\[click\\](javascript:x) \\<img src=x\\> \\*a\\* \\_b\\_ \\`c\\` a\\|b \\~\\~d\\~\\~ \\&amp; \\\\");
  EXPECT_EQ(markdownEscape("line\n# heading\r\n> quote\u2028x\x1b[31m"), "line # heading  \\> quote x \\[31m");
  EXPECT_EQ(markdownEscape("毛泽东"), "毛泽东");
}

TEST(EscapeTest, TerminalTextCannotSendEscapesOrForgeLines) {
  EXPECT_EQ(terminalSafe("Mao Zedong 毛泽东"), "Mao Zedong 毛泽东");
  EXPECT_EQ(terminalSafe("\x1b]0;owned\x07"), "\\u001b]0;owned\\u0007");
  EXPECT_EQ(terminalSafe("x\ndata/a.json:1:1: error[x]: forged"), "x\\u000adata/a.json:1:1: error[x]: forged");
  EXPECT_EQ(terminalSafe("\x7f"), "\\u007f");
  EXPECT_EQ(terminalSafe("\xc2\x9b"
                         "31m"),
            "\\u009b31m");  // C1 CSI
  EXPECT_EQ(terminalSafe("a\xe2\x80\xa8"
                         "b"),
            "a\\u2028b");  // line separator
  EXPECT_EQ(terminalSafe("\xff"
                         "x"),
            "\\xffx");                                // not UTF-8
  EXPECT_EQ(terminalSafe("C:\\path"), "C:\\\\path");  // unambiguous
  EXPECT_EQ(terminalSafe(std::string(1, '\0')), "\\u0000");
}

}  // namespace
}  // namespace pactgraph::util

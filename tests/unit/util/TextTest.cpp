#include "pactgraph/util/Text.h"

#include <gtest/gtest.h>

#include <regex>
#include <utility>
#include <vector>

namespace pactgraph::util {
namespace {

TEST(TextTest, Utf8AcceptsWellFormedAndRejectsMalformed) {
  EXPECT_TRUE(isValidUtf8("plain"));
  EXPECT_TRUE(isValidUtf8("毛泽东 Иосиф 🙂"));
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // surrogate U+D800 (CESU-8)
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(isValidUtf8("\xE6\xAF"));          // truncated
}

TEST(TextTest, FindsNoncharacters) {
  EXPECT_EQ(findNoncharacter("plain 毛 🙂"), std::nullopt);
  EXPECT_EQ(findNoncharacter("a\xEF\xBF\xBE"), "U+FFFE");
  EXPECT_EQ(findNoncharacter("\xEF\xBF\xBF"), "U+FFFF");
  EXPECT_EQ(findNoncharacter("\xEF\xB7\x90"), "U+FDD0");
  EXPECT_EQ(findNoncharacter("\xF0\x9F\xBF\xBE"), "U+1FFFE");
  EXPECT_EQ(findNoncharacter("\xEF\xBF\xBD"), std::nullopt);  // U+FFFD is a character
}

TEST(TextTest, CountsCodePoints) {
  EXPECT_EQ(countCodePoints("abc"), 3u);
  EXPECT_EQ(countCodePoints("毛泽东"), 3u);
  EXPECT_EQ(countCodePoints("a🙂b"), 3u);
}

TEST(TextTest, SuggestsNearestNameOnlyWhenClose) {
  const std::vector<std::string> ids = {"molotov", "malenkov", "mikoyan"};
  EXPECT_EQ(nearest("molotof", ids), "molotov");
  EXPECT_EQ(nearest("MALENKOV", ids), "malenkov");
  EXPECT_EQ(nearest("zhou-enlai", ids), std::nullopt);
  EXPECT_EQ(didYouMean("mikojan", ids), "did you mean `mikoyan`?");
}

TEST(TextTest, SlugsAreLowercaseAsciiWithInnerDashes) {
  EXPECT_TRUE(isSlug("treaty-1950-article-2"));
  EXPECT_TRUE(isSlug("1950"));
  EXPECT_FALSE(isSlug("Mao"));
  EXPECT_FALSE(isSlug("-mao"));
  EXPECT_FALSE(isSlug("mao-"));
  EXPECT_FALSE(isSlug("mao zedong"));
  EXPECT_FALSE(isSlug("mao_zedong"));
  EXPECT_FALSE(isSlug(""));
}

// Tags and whether RFC 5646 calls them well-formed; checked against both
// isLanguageTag and the JSON Schema pattern built from the same rule.
const std::vector<std::pair<std::string, bool>> kLanguageTags = {
    {"en", true},
    {"ru", true},
    {"zh-Hans", true},
    {"zh-Hant", true},
    {"zh-Latn-pinyin", true},
    {"de-CH-1996", true},
    {"x-private", true},
    {"EN-gb", true},
    {"es-419", true},
    {"sr-Latn-RS", true},
    {"zh-yue-HK", true},
    {"zh-min-nan", true},
    {"sl-rozaj-biske", true},
    {"de-1901", true},
    {"en-a-bbb-x-a-ccc", true},
    {"en-US-u-islamcal", true},
    {"i-klingon", true},
    {"EN-GB-OED", true},
    {"sgn-BE-FR", true},
    {"qaa-Qaaa-QM-x-southern", true},
    {"abcd", true},
    {"abcdefgh", true},
    {"ar-aaa-bbb-ccc", true},
    {"", false},
    {"e", false},
    {"en_US", false},
    {"x bad", false},
    {"en-", false},
    {"-en", false},
    {"toolongtag", false},
    {"zh--Hans", false},
    {"1en", false},
    {"de-x", false},
    {"en-a", false},
    {"en-a-x-foo", false},
    {"de-DE-AT", false},
    {"en-US-GB", false},
    {"x", false},
    {"i-foo", false},
    {"ar-aaa-bbb-ccc-ddd", false},
    {"en-Latn-Latn", false},
    {"en-1234567890", false},
    {"zh-Hans-", false},
    {"en-US-x-", false},
    {"é", false},
    {"en-gb-oed-x", false},
};

TEST(TextTest, LanguageTagsAreWellFormedPerRfc5646) {
  const std::regex pattern(languageTagPattern());
  for (const auto& [tag, wellFormed] : kLanguageTags) {
    EXPECT_EQ(isLanguageTag(tag), wellFormed) << tag;
    EXPECT_EQ(std::regex_search(tag, pattern), wellFormed) << "JSON Schema pattern on " << tag;
  }
}

TEST(TextTest, BlankMeansWhiteSpaceAsEcmaScriptSeesIt) {
  EXPECT_TRUE(isBlank(""));
  EXPECT_TRUE(isBlank(" \t\r\n\v\f"));
  EXPECT_TRUE(isBlank("\u00A0\u2003\u3000\uFEFF\u2028"));
  EXPECT_FALSE(isBlank(" a "));
  EXPECT_FALSE(isBlank("\u200B"));  // zero width space is not white space to ECMAScript either
  EXPECT_FALSE(isBlank("\xFF"));
}

TEST(TextTest, SlugProblemsAreNamed) {
  EXPECT_EQ(slugProblem("molotov"), "");
  EXPECT_EQ(slugProblem("m\u043Elotov"), "it contains U+043E CYRILLIC SMALL LETTER O, which looks like \"o\"");
  EXPECT_EQ(slugProblem("treaty\u20131950"), "it contains U+2013 EN DASH, which looks like \"-\"");
  EXPECT_EQ(slugProblem("mao\u200B"), "it contains U+200B ZERO WIDTH SPACE, which is invisible");
  EXPECT_EQ(slugProblem("\uFF4Dao"), "it contains U+FF4D (a fullwidth form), which looks like \"m\"");
  EXPECT_EQ(slugProblem("zh\u00E9"), "it contains U+00E9 \"\u00E9\"");
  EXPECT_EQ(slugProblem("Zhou Enlai"), "it contains the uppercase letter \"Z\"");
  EXPECT_EQ(slugProblem("zhou enlai"), "it contains a space");
  EXPECT_EQ(slugProblem("zhou_enlai"), "it contains \"_\"");
  EXPECT_EQ(slugProblem("zhou\tenlai"), "it contains U+0009 (a control character)");
  EXPECT_EQ(slugProblem("-mao"), "it starts with '-'");
  EXPECT_EQ(slugProblem("mao-"), "it ends with '-'");
  EXPECT_EQ(slugProblem(""), "it is empty");
  EXPECT_EQ(slugProblem(std::string(201, 'a')), "it is longer than 200 characters");
}

TEST(TextTest, LookalikesFoldToWhatTheyLookLike) {
  EXPECT_EQ(foldLookalikes("m\u043El\u043Et\u043Ev"), "molotov");
  EXPECT_EQ(foldLookalikes("treaty\u20141950\u200B"), "treaty-1950");
  EXPECT_EQ(foldLookalikes("\uFF51\uFF14\uFF12"), "q42");
  EXPECT_EQ(foldLookalikes("\u00E9\u6BDB"), "\u00E9\u6BDB");  // not lookalikes: kept
}

TEST(TextTest, AbsoluteIrisFollowRfc3987) {
  for (const char* good :
       {"https://w3id.org/pactgraph/id/mao", "urn:isbn:9781317328155", "https://example.org/kg/",
        "https://example.org/kg#", "http://[::1]:8080/a", "http://[2001:db8::7]/", "http://[::ffff:192.0.2.1]/",
        "http://[v7.a:b]/", "http://user:pw@host:80/p?q=1#f", "http://例え.jp/パス?クエリ#断片", "http://h/%C3%A9",
        "urn:", "http://h?\uE000", "mailto:a@b.org", "http://h/a?b#c/d?e", "http://h:/"}) {
    EXPECT_TRUE(isAbsoluteIri(good)) << good;
  }
  for (const char* bad : {"relative/path",
                          "https://example.org/a b",
                          "https://example.org/a>b",
                          "https://example.org/{x}",
                          "1http://example.org/",
                          "http://h/a#b#c",
                          "http://h/%4",
                          "http://h/%zz",
                          "http://h/%",
                          "http://h/a\u202Eb",
                          "http://h/\u200Fa",
                          "http://[::1/a",
                          "http://[::1",
                          "http://[1:2:3:4:5:6:7:8:9]/",
                          "http://[1::2::3]/",
                          "http://[::1]x/",
                          "http://[g::1]/",
                          "http://h:8o/",
                          "http://a@b@c/",
                          "http://h/\uE000",
                          "http://h/\xFF",
                          "http://h/\uFFFE",
                          "http://[::256.1.1.1]/",
                          ":no-scheme",
                          "http://h/^"}) {
    EXPECT_FALSE(isAbsoluteIri(bad)) << bad;
  }
}

TEST(TextTest, CharactersAnIriCannotHoldArePercentEncoded) {
  EXPECT_EQ(percentEncodeNonIriCharacters("a-b_\u00C0\u6BDB\U00010000"), "a-b_\u00C0\u6BDB\U00010000");
  EXPECT_EQ(percentEncodeNonIriCharacters("x\uFFFD"), "x%EF%BF%BD");
  EXPECT_EQ(percentEncodeNonIriCharacters("\U000EFFFF\u202E"), "%F3%AF%BF%BF%E2%80%AE");
  EXPECT_EQ(percentEncodeNonIriCharacters("\xFF"), "%FF");
  EXPECT_TRUE(isAbsoluteIri("urn:x:" + percentEncodeNonIriCharacters("AZaz\u00C0\uFDF0\uFFFD\U00010000\U000EFFFF")));
}

TEST(TextTest, Sha256MatchesFipsVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000, 'a')), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST(TextTest, CountOfAgreesWithTheNumber) {
  EXPECT_EQ(countOf(0, "triple", "triples"), "0 triples");
  EXPECT_EQ(countOf(1, "triple", "triples"), "1 triple");
  EXPECT_EQ(countOf(2, "query", "queries"), "2 queries");
}

}  // namespace
}  // namespace pactgraph::util

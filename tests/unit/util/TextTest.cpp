#include "pactgraph/util/Text.h"

#include <gtest/gtest.h>

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

TEST(TextTest, LanguageTagsFollowBcp47Syntax) {
  for (const char* good : {"en", "ru", "zh-Hans", "zh-Hant", "zh-Latn-pinyin", "de-CH-1996", "x-private"}) {
    EXPECT_TRUE(isLanguageTag(good)) << good;
  }
  for (const char* bad : {"", "e", "en_US", "x bad", "en-", "-en", "toolongtag", "zh--Hans", "1en"}) {
    EXPECT_FALSE(isLanguageTag(bad)) << bad;
  }
}

TEST(TextTest, AbsoluteIrisRejectCharactersSerdWouldMangle) {
  EXPECT_TRUE(isAbsoluteIri("https://w3id.org/pactgraph/id/mao"));
  EXPECT_TRUE(isAbsoluteIri("urn:isbn:9781317328155"));
  EXPECT_FALSE(isAbsoluteIri("relative/path"));
  EXPECT_FALSE(isAbsoluteIri("https://example.org/a b"));
  EXPECT_FALSE(isAbsoluteIri("https://example.org/a>b"));
  EXPECT_FALSE(isAbsoluteIri("https://example.org/{x}"));
  EXPECT_FALSE(isAbsoluteIri("1http://example.org/"));
}

TEST(TextTest, Sha256MatchesFipsVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000, 'a')), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

}  // namespace
}  // namespace pactgraph::util

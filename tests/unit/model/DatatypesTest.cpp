#include "pactgraph/model/Datatypes.h"

#include <gtest/gtest.h>

namespace pactgraph::model {
namespace {

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

bool valid(const std::string& type, std::string_view lexical) { return checkLexical(kXsd + type, lexical).empty(); }

TEST(DatatypesTest, LexicalFormsFollowXsd) {
  for (const char* ok : {"0", "-5", "+7", "123456789012345678901234567890"}) EXPECT_TRUE(valid("integer", ok)) << ok;
  for (const char* bad : {"", "1.5", "abc", "1e5", "+", " 1"}) EXPECT_FALSE(valid("integer", bad)) << bad;
  for (const char* ok : {"1", "1.", ".5", "-0.25", "300000000"}) EXPECT_TRUE(valid("decimal", ok)) << ok;
  for (const char* bad : {".", "1e5", "1,5", "--1"}) EXPECT_FALSE(valid("decimal", bad)) << bad;
  for (const char* ok : {"1e5", "-1.5E-3", "INF", "NaN", ".5e1"}) EXPECT_TRUE(valid("double", ok)) << ok;
  EXPECT_FALSE(valid("double", "e5"));
  EXPECT_TRUE(valid("boolean", "true"));
  EXPECT_FALSE(valid("boolean", "1"));
  EXPECT_FALSE(valid("boolean", "TRUE"));
  EXPECT_TRUE(valid("positiveInteger", "34"));
  EXPECT_FALSE(valid("positiveInteger", "0"));
  EXPECT_FALSE(valid("positiveInteger", "-3"));
  for (const char* ok : {"P30Y", "P1Y6M", "PT5M", "P1DT2H", "-P5Y", "PT1.5S"}) EXPECT_TRUE(valid("duration", ok)) << ok;
  for (const char* bad : {"P", "PT", "30Y", "P1Y2", "P1.5Y", "PT1.S"}) EXPECT_FALSE(valid("duration", bad)) << bad;
  EXPECT_TRUE(valid("date", "1950-02-14"));
  EXPECT_FALSE(valid("date", "1950-02"));
  EXPECT_TRUE(valid("gYearMonth", "1950-02"));
  EXPECT_TRUE(valid("gYear", "1950"));
  EXPECT_TRUE(valid("string", "anything\nat all"));
  EXPECT_TRUE(valid("anyURI", "https://example.org/x"));
  EXPECT_FALSE(valid("anyURI", "not a uri"));
}

TEST(DatatypesTest, LongInputIsLinearAndSafe) {
  EXPECT_TRUE(valid("integer", std::string(10'000'000, '7')));
  EXPECT_FALSE(valid("decimal", std::string(10'000'000, '7') + "x"));
}

TEST(DatatypesTest, JsonNumbersWithExponentsBecomeExactDecimals) {
  EXPECT_EQ(jsonNumberAsDecimal("1e-7"), "0.0000001");
  EXPECT_EQ(jsonNumberAsDecimal("2.5E3"), "2500");
  EXPECT_EQ(jsonNumberAsDecimal("2.5E+3"), "2500");
  EXPECT_EQ(jsonNumberAsDecimal("1.50e1"), "15.0");
  EXPECT_EQ(jsonNumberAsDecimal("-1.5e-2"), "-0.015");
  EXPECT_EQ(jsonNumberAsDecimal("0e5"), "0");
  EXPECT_EQ(jsonNumberAsDecimal("123.456e-1"), "12.3456");
  EXPECT_EQ(jsonNumberAsDecimal("7E0000000002"), "700");
  EXPECT_EQ(jsonNumberAsDecimal("0.5"), "0.5");
  EXPECT_EQ(jsonNumberAsDecimal("12345678901234567890123"), "12345678901234567890123");
  EXPECT_EQ(jsonNumberAsDecimal("1e-999")->size(), 1001u);
  for (const char* bad : {"", "-", "01", "1.", ".5", "1e", "1e+", "1x", "+1", "1e-1000", "1e9999999999", "--1"}) {
    EXPECT_EQ(jsonNumberAsDecimal(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(jsonNumberAsInteger("1e2"), "100");
  EXPECT_EQ(jsonNumberAsInteger("1.0"), "1");
  EXPECT_EQ(jsonNumberAsInteger("2.50e1"), "25");
  EXPECT_EQ(jsonNumberAsInteger("-3"), "-3");
  EXPECT_EQ(jsonNumberAsInteger("1.5"), std::nullopt);
  EXPECT_EQ(jsonNumberAsInteger("1e-1"), std::nullopt);
}

TEST(DatatypesTest, UnknownDatatypesAreNamed) {
  EXPECT_FALSE(isSupportedDatatype("http://example.org/dt"));
  EXPECT_TRUE(isSupportedDatatype("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"));
  EXPECT_NE(checkLexical("http://example.org/dt", "x").find("unsupported"), std::string::npos);
}

}  // namespace
}  // namespace pactgraph::model

#include "pactgraph/model/Date.h"

#include <gtest/gtest.h>

namespace pactgraph::model {
namespace {

TEST(DateTest, ParsesEachPrecisionToItsXsdType) {
  const auto day = parseEdtf("1950-02-14");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->begin.xsdLexical(), "1950-02-14");
  EXPECT_EQ(day->begin.xsdDatatype(), "http://www.w3.org/2001/XMLSchema#date");
  const auto month = parseEdtf("1945-08");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->begin.xsdDatatype(), "http://www.w3.org/2001/XMLSchema#gYearMonth");
  EXPECT_EQ(month->begin.latestDay(), "1945-08-31");
  const auto year = parseEdtf("1979");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->begin.xsdDatatype(), "http://www.w3.org/2001/XMLSchema#gYear");
  EXPECT_EQ(year->begin.earliestDay(), "1979-01-01");
}

TEST(DateTest, IntervalsKeepBothEnds) {
  const auto interval = parseEdtf("1954/1959");
  ASSERT_TRUE(interval);
  ASSERT_TRUE(interval->isInterval());
  EXPECT_EQ(interval->begin.earliestDay(), "1954-01-01");
  EXPECT_EQ(interval->end->latestDay(), "1959-12-31");
  EXPECT_EQ(interval->edtf(), "1954/1959");
  EXPECT_TRUE(parseEdtf("1949-10/1950-02"));
}

TEST(DateTest, QualifiersAreKept) {
  const auto uncertain = parseEdtf("1949-12-06?");
  ASSERT_TRUE(uncertain);
  EXPECT_TRUE(uncertain->begin.uncertain);
  EXPECT_FALSE(uncertain->begin.approximate);
  EXPECT_EQ(uncertain->edtf(), "1949-12-06?");
  EXPECT_TRUE(parseEdtf("1950~")->begin.approximate);
  const auto both = parseEdtf("1950-01%");
  EXPECT_TRUE(both->begin.uncertain && both->begin.approximate);
}

TEST(DateTest, RejectsWhatIsNotADateWithAReason) {
  std::string error;
  EXPECT_FALSE(parseEdtf("1950-13-01", &error));
  EXPECT_EQ(error, "month 13 is out of range");
  EXPECT_FALSE(parseEdtf("1950-02-30", &error));
  EXPECT_EQ(error, "day 30 does not exist in 1950-02");
  EXPECT_FALSE(parseEdtf("February 14, 1950", &error));
  EXPECT_FALSE(parseEdtf("1959/1954", &error));
  EXPECT_NE(error.find("before it begins"), std::string::npos);
  for (const char* bad : {"", "50", "1950-1-2", "1950-01-02T10:00", "1950/", "0000"}) {
    EXPECT_FALSE(parseEdtf(bad)) << bad;
  }
  EXPECT_TRUE(parseEdtf("1952-02-29"));
  EXPECT_FALSE(parseEdtf("1950-02-29"));
}

TEST(DateTest, YearZeroSaysWhatIsWrong) {
  for (const char* zero : {"0000", "0000-01-01", "0000~", "0000/1950", "1950/0000"}) {
    std::string error;
    EXPECT_FALSE(parseEdtf(zero, &error)) << zero;
    EXPECT_EQ(error, "year 0000 is not supported: dates run from 0001 to 9999 (in EDTF and ISO 8601, 0000 is 1 BC)")
        << zero;
  }
  EXPECT_TRUE(parseEdtf("0001-01-01"));
}

}  // namespace
}  // namespace pactgraph::model

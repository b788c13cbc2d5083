#include <gtest/gtest.h>

#include <stdexcept>

#include "pactgraph/store/SparqlResults.h"

namespace pactgraph::store {
namespace {

// Virtuoso's answer shape: the pre-standard "typed-literal", an unbound cell.
constexpr const char* kVirtuosoAnswer = R"({ "head": { "link": [], "vars": ["s", "n", "label"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "s": { "type": "uri", "value": "http://e/a" },
      "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "42" },
      "label": { "type": "literal", "xml:lang": "zh-Hans", "value": "毛泽东" } },
    { "s": { "type": "bnode", "value": "b0" },
      "label": { "type": "literal", "value": "a, \"quoted\"\nline" } } ] } })";

TEST(ParseResultsJson, ReadsEveryKindOfBinding) {
  const SelectResult result = parseResultsJson(kVirtuosoAnswer);
  ASSERT_EQ(result.variables, (std::vector<std::string>{"s", "n", "label"}));
  ASSERT_EQ(result.rows.size(), 2u);
  EXPECT_EQ(result.rows[0][0]->kind, RdfValue::Kind::iri);
  EXPECT_EQ(result.rows[0][1]->kind, RdfValue::Kind::literal);
  EXPECT_EQ(result.rows[0][1]->datatype, "http://www.w3.org/2001/XMLSchema#integer");
  EXPECT_EQ(result.rows[0][2]->language, "zh-Hans");
  EXPECT_FALSE(result.rows[1][1].has_value());
  EXPECT_EQ(plainText(result.rows[1][0]), "_:b0");
  EXPECT_EQ(plainText(result.rows[1][1]), "");
}

TEST(ParseResultsJson, ReadsAsk) {
  const SelectResult result = parseResultsJson(R"({"head": {}, "boolean": true})");
  ASSERT_TRUE(result.boolean.has_value());
  EXPECT_TRUE(*result.boolean);
  EXPECT_EQ(formatTable(result), "true\n");
}

TEST(ParseResultsJson, RejectsWhatIsNotAResultsDocument) {
  EXPECT_THROW(parseResultsJson("<html>Error</html>"), std::invalid_argument);
  EXPECT_THROW(parseResultsJson(R"({"head": {"vars": ["x"]}})"), std::invalid_argument);
  EXPECT_THROW(parseResultsJson(R"({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "triple",
      "value": "?"}}]}})"),
               std::invalid_argument);
}

TEST(FormatCsv, FollowsRfc4180) {
  const SelectResult result = parseResultsJson(kVirtuosoAnswer);
  EXPECT_EQ(formatCsv(result),
            "s,n,label\r\n"
            "http://e/a,42,毛泽东\r\n"
            "_:b0,,\"a, \"\"quoted\"\"\nline\"\r\n");
}

TEST(FormatTable, AlignsColumnsByCodePoints) {
  SelectResult result;
  result.variables = {"name", "n"};
  result.rows = {
      {RdfValue{RdfValue::Kind::literal, "毛泽东", "", "zh"}, RdfValue{RdfValue::Kind::literal, "1", "", ""}},
      {RdfValue{RdfValue::Kind::literal, "Mao Zedong", "", "en"}, std::nullopt}};
  EXPECT_EQ(formatTable(result),
            "name        n\n"
            "----------  -\n"
            "毛泽东         1\n"
            "Mao Zedong\n"
            "(2 rows)\n");
}

TEST(FormatJson, WritesStandardLiterals) {
  const std::string json = formatJson(parseResultsJson(kVirtuosoAnswer));
  EXPECT_EQ(json.find("typed-literal"), std::string::npos);
  const SelectResult again = parseResultsJson(json);
  EXPECT_EQ(again.rows.size(), 2u);
  EXPECT_EQ(again.rows[0][1]->datatype, "http://www.w3.org/2001/XMLSchema#integer");
  EXPECT_EQ(again.rows[0][2]->language, "zh-Hans");
}

}  // namespace
}  // namespace pactgraph::store

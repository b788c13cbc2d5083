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

TEST(ParseResultsJson, ReadsVirtuosoAskRetvalTable) {
  // A minimal virtuoso.ini: ASK as a one-row table (seen with Virtuoso 7.2.5).
  const char* answer = R"({ "head": { "link": [], "vars": ["__ASK_RETVAL"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "__ASK_RETVAL": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer",
      "value": "1" }} ] } })";
  EXPECT_EQ(parseResultsJson(answer).boolean, std::optional<bool>(true));
  std::string no = answer;
  no.replace(no.find("\"1\""), 3, "\"0\"");
  EXPECT_EQ(parseResultsJson(no).boolean, std::optional<bool>(false));
  // What Virtuoso 7.2.5 with a minimal ini really sends for a false ASK: no row.
  EXPECT_EQ(parseResultsJson(R"({ "head": { "link": [], "vars": ["__ASK_RETVAL"] },
    "results": { "distinct": false, "ordered": true, "bindings": [ ] } })")
                .boolean,
            std::optional<bool>(false));
}

TEST(ParseResultsJson, ReadsAStringBooleanAndKeepsOneColumnSelects) {
  EXPECT_EQ(parseResultsJson(R"({"boolean": "false"})").boolean, std::optional<bool>(false));
  const char* select = R"({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal",
      "value": "1"}}]}})";
  EXPECT_FALSE(parseResultsJson(select).boolean.has_value());
  EXPECT_EQ(parseResultsJson(select, true).boolean, std::optional<bool>(true));
}

TEST(ParseResultsXml, ReadsEveryKindOfBinding) {
  const char* answer = R"(<?xml version="1.0"?>
<!-- a comment -->
<sparql xmlns="http://www.w3.org/2005/sparql-results#">
 <head><variable name="s"/><variable name="label"/><variable name="n"/><link href="x"/></head>
 <results distinct="false" ordered="true">
  <result>
   <binding name="s"><uri>http://e/a?x=1&amp;y=2</uri></binding>
   <binding name="label"><literal xml:lang="zh-Hans">&#x6BDB;&#27901;东 &lt;&quot;&apos;&gt;</literal></binding>
   <binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">42</literal></binding>
  </result>
  <result><binding name="s"><bnode>b0</bnode></binding><binding name="label"><literal/></binding></result>
  <result><binding name="label"><literal><![CDATA[a <b> & c]]></literal></binding></result>
 </results>
</sparql>)";
  const SelectResult result = parseResultsXml(answer);
  ASSERT_EQ(result.variables, (std::vector<std::string>{"s", "label", "n"}));
  ASSERT_EQ(result.rows.size(), 3u);
  EXPECT_EQ(result.rows[0][0]->kind, RdfValue::Kind::iri);
  EXPECT_EQ(result.rows[0][0]->value, "http://e/a?x=1&y=2");
  EXPECT_EQ(result.rows[0][1]->value, "毛泽东 <\"'>");
  EXPECT_EQ(result.rows[0][1]->language, "zh-Hans");
  EXPECT_EQ(result.rows[0][2]->datatype, "http://www.w3.org/2001/XMLSchema#integer");
  EXPECT_EQ(plainText(result.rows[1][0]), "_:b0");
  ASSERT_TRUE(result.rows[1][1].has_value());
  EXPECT_EQ(result.rows[1][1]->value, "");
  EXPECT_FALSE(result.rows[1][2].has_value());
  EXPECT_EQ(result.rows[2][1]->value, "a <b> & c");
}

TEST(ParseResultsXml, ReadsAskInBothShapes) {
  EXPECT_EQ(parseResultsXml("<sparql xmlns='http://www.w3.org/2005/sparql-results#'><head/>"
                            "<boolean>true</boolean></sparql>")
                .boolean,
            std::optional<bool>(true));
  // Virtuoso 7.2 with a minimal virtuoso.ini, as it answers.
  EXPECT_EQ(parseResultsXml(R"(<sparql xmlns="http://www.w3.org/2005/sparql-results#">
 <head><variable name="__ASK_RETVAL"/></head>
 <results distinct="false" ordered="true"><result>
   <binding name="__ASK_RETVAL"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">0</literal></binding>
 </result></results></sparql>)")
                .boolean,
            std::optional<bool>(false));
}

TEST(ParseResultsXml, RejectsBrokenXml) {
  EXPECT_THROW(parseResultsXml("<sparql><head></sparql>"), std::invalid_argument);
  EXPECT_THROW(parseResultsXml("<html><body>Error</body></html>"), std::invalid_argument);
  EXPECT_THROW(parseResultsXml("<sparql><results><result><binding name='x'><uri>&nbsp;</uri></binding></result>"
                               "</results></sparql>"),
               std::invalid_argument);
  EXPECT_THROW(parseResultsXml("no xml"), std::invalid_argument);
}

TEST(ParseResultsCsv, ReadsQuotedFieldsAndGuessesKinds) {
  const SelectResult result = parseResultsCsv("s,label,n\r\nhttp://e/a,\"a, \"\"q\"\"\nline\",42\r\n_:b0,,\r\n");
  ASSERT_EQ(result.variables, (std::vector<std::string>{"s", "label", "n"}));
  ASSERT_EQ(result.rows.size(), 2u);
  EXPECT_EQ(result.rows[0][0]->kind, RdfValue::Kind::iri);
  EXPECT_EQ(result.rows[0][1]->value, "a, \"q\"\nline");
  EXPECT_EQ(result.rows[0][2]->value, "42");
  EXPECT_EQ(result.rows[1][0]->kind, RdfValue::Kind::blank);
  EXPECT_FALSE(result.rows[1][1].has_value());
  EXPECT_THROW(parseResultsCsv("a,b\r\n1\r\n"), std::invalid_argument);
  EXPECT_THROW(parseResultsCsv("a\r\n\"open\r\n"), std::invalid_argument);
}

TEST(ParseResultsCsv, ReadsVirtuosoAsk) {
  // What Virtuoso 7.2 writes for ASK: a full ini gives "bool", a minimal one "__ASK_RETVAL".
  EXPECT_EQ(parseResultsCsv("\"bool\"\n1\n", true).boolean, std::optional<bool>(true));
  EXPECT_EQ(parseResultsCsv("\"__ASK_RETVAL\"\n0\n").boolean, std::optional<bool>(false));
  EXPECT_FALSE(parseResultsCsv("\"bool\"\n1\n").boolean.has_value());
}

TEST(ParseResultsTsv, ReadsTurtleTerms) {
  const SelectResult result = parseResultsTsv(
      "?s\t?label\t?n\t?x\n"
      "<http://e/a>\t\"tab\\there \\\"q\\\" \\u00e9\"@fr\t42\t\"1950-02-14\"^^<http://www.w3.org/2001/XMLSchema#date>\n"
      "_:b0\t\t-1.5e3\ttrue\n"
      "\t\"plain\"\t3.25\t\n");
  ASSERT_EQ(result.variables, (std::vector<std::string>{"s", "label", "n", "x"}));
  ASSERT_EQ(result.rows.size(), 3u);
  EXPECT_EQ(result.rows[0][0]->kind, RdfValue::Kind::iri);
  EXPECT_EQ(result.rows[0][0]->value, "http://e/a");
  EXPECT_EQ(result.rows[0][1]->value, "tab\there \"q\" é");
  EXPECT_EQ(result.rows[0][1]->language, "fr");
  EXPECT_EQ(result.rows[0][2]->datatype, "http://www.w3.org/2001/XMLSchema#integer");
  EXPECT_EQ(result.rows[0][3]->datatype, "http://www.w3.org/2001/XMLSchema#date");
  EXPECT_EQ(result.rows[1][0]->kind, RdfValue::Kind::blank);
  EXPECT_FALSE(result.rows[1][1].has_value());
  EXPECT_EQ(result.rows[1][2]->datatype, "http://www.w3.org/2001/XMLSchema#double");
  EXPECT_EQ(result.rows[1][3]->datatype, "http://www.w3.org/2001/XMLSchema#boolean");
  EXPECT_FALSE(result.rows[2][0].has_value());
  EXPECT_EQ(result.rows[2][2]->datatype, "http://www.w3.org/2001/XMLSchema#decimal");
  EXPECT_THROW(parseResultsTsv("?x\n<http://open\n"), std::invalid_argument);
  EXPECT_THROW(parseResultsTsv("?x\nbare words\n"), std::invalid_argument);
}

TEST(ParseResultsTsv, ReadsVirtuosoTsv) {
  // Virtuoso 7.2 quotes its TSV like CSV.
  const SelectResult table = parseResultsTsv("\"x\"\t\"y\"\n\"http://a/b\"\t\"x\"\"y\"\n1\t\n");
  ASSERT_EQ(table.variables, (std::vector<std::string>{"x", "y"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0][0]->kind, RdfValue::Kind::iri);
  EXPECT_EQ(table.rows[0][1]->value, "x\"y");
  EXPECT_FALSE(table.rows[1][1].has_value());
  EXPECT_EQ(parseResultsTsv("\"__ASK_RETVAL\"\n1\n").boolean, std::optional<bool>(true));
  EXPECT_EQ(parseResultsTsv("?b\ntrue\n", true).boolean, std::optional<bool>(true));
}

TEST(ParseResults, DispatchesOnTheContentType) {
  EXPECT_EQ(resultsFormatFromContentType("application/sparql-results+json; charset=UTF-8"), ResultsFormat::json);
  EXPECT_EQ(resultsFormatFromContentType("Application/SPARQL-Results+XML"), ResultsFormat::xml);
  EXPECT_EQ(resultsFormatFromContentType("text/csv; charset=UTF-8"), ResultsFormat::csv);
  EXPECT_EQ(resultsFormatFromContentType("text/tab-separated-values"), ResultsFormat::tsv);
  EXPECT_EQ(resultsFormatFromContentType("text/html"), std::nullopt);
  EXPECT_EQ(parseResults("?x\n1\n", ResultsFormat::tsv).rows.size(), 1u);
}

TEST(IsAskQuery, LooksAtTheFirstKeywordAfterThePrologue) {
  EXPECT_TRUE(isAskQuery("ASK {}"));
  EXPECT_TRUE(isAskQuery("# is it there?\nPREFIX pg: <https://e/#>\nBASE <http://b/>\n  ask WHERE { ?s ?p ?o }"));
  EXPECT_FALSE(isAskQuery("PREFIX ask: <http://e/>\nSELECT ?ask WHERE { ?ask ?p ?o }"));
  EXPECT_FALSE(isAskQuery("# ASK\nSELECT * {}"));
  EXPECT_FALSE(isAskQuery(""));
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

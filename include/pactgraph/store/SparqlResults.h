// SPARQL query results in the four W3C formats (SPARQL 1.1 Query Results
// JSON, XML, CSV and TSV) as real servers write them, and their
// presentation: an aligned text table, CSV (RFC 4180), or normalised JSON.
//
// Deviations of real servers that are read as what they mean:
//   - Virtuoso's pre-standard binding type "typed-literal" (JSON);
//   - an ASK answered as a one-column table: Virtuoso's `__ASK_RETVAL`
//     with one row "1" for true and no row for false (JSON, XML, CSV, TSV;
//     a minimal virtuoso.ini gives it), or any such table when the query was an ASK
//     (Virtuoso's CSV/TSV `"bool"` column, for which the standard defines
//     no ASK form);
//   - Virtuoso's TSV, which quotes names and values as CSV does ("x", not ?x).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::store {

// One bound value. Virtuoso's pre-standard "typed-literal" reads as a
// literal with a datatype.
struct RdfValue {
  enum class Kind { iri, literal, blank };
  Kind kind = Kind::literal;
  std::string value;     // IRI, lexical form or blank node label
  std::string datatype;  // literals: empty for plain / language-tagged strings
  std::string language;  // literals: BCP 47 tag, or empty
};

struct SelectResult {
  std::vector<std::string> variables;  // in the order of the query head
  // One entry per solution, one cell per variable; nothing when unbound.
  std::vector<std::vector<std::optional<RdfValue>>> rows;
  // Set for ASK queries (then `variables` and `rows` are empty).
  std::optional<bool> boolean;
};

enum class ResultsFormat { json, xml, csv, tsv };

// The format a Content-Type names (parameters and case ignored):
// application/sparql-results+json or application/json, …+xml or
// application/xml or text/xml, text/csv, text/tab-separated-values.
std::optional<ResultsFormat> resultsFormatFromContentType(std::string_view contentType);

// The Accept header asking for any results format, JSON preferred.
inline constexpr const char* kResultsAccept =
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.8, "
    "text/csv;q=0.7";

// Whether `query` is an ASK query: its first keyword after the prologue
// (BASE, PREFIX) and comments.
bool isAskQuery(std::string_view query);

// Parses a results document; throws std::invalid_argument with the reason
// when `text` is not one. `askQuery`: the query was an ASK, so a one-row,
// one-column table of 1/0/true/false is its boolean (see above).
SelectResult parseResults(std::string_view text, ResultsFormat format, bool askQuery = false);
SelectResult parseResultsJson(std::string_view text, bool askQuery = false);
SelectResult parseResultsXml(std::string_view text, bool askQuery = false);
// CSV carries no term types: `_:x` reads as a blank node, an absolute IRI as
// an IRI, anything else as a plain literal.
SelectResult parseResultsCsv(std::string_view text, bool askQuery = false);
SelectResult parseResultsTsv(std::string_view text, bool askQuery = false);

// The value as a plain string: the IRI, the lexical form, `_:label`; "" when unbound.
std::string plainText(const std::optional<RdfValue>& value);

// Columns padded to the widest cell (in code points), a header and a rule.
std::string formatTable(const SelectResult& result);
// RFC 4180: CRLF line ends, fields quoted when they hold `,`, `"`, CR or LF,
// quotes doubled; a header row of variable names; plain values (as the
// W3C SPARQL CSV results format).
std::string formatCsv(const SelectResult& result);
// The standard JSON results format, indented, with "literal" for every
// literal (datatype / xml:lang as members).
std::string formatJson(const SelectResult& result);

}  // namespace pactgraph::store

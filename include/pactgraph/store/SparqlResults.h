// SPARQL query results (the JSON format, W3C "SPARQL 1.1 Query Results JSON
// Format") and their presentation: an aligned text table, CSV (RFC 4180),
// or normalised JSON.
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

// Parses a results document; throws std::invalid_argument with the reason
// when `text` is not one.
SelectResult parseResultsJson(std::string_view text);

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

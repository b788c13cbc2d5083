// Lexical forms of the XSD datatypes pactgraph accepts (as property ranges,
// and in any RDF it writes).
// Every literal is checked here before any writer sees it: serd writes
// `"abc"^^xsd:integer` and `"1"^^xsd:boolean` without complaint, producing
// files other tools reject or misread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pactgraph::model {

// True for the datatypes below (full IRIs) and rdf:langString.
bool isSupportedDatatype(std::string_view datatypeIri);

// Checks `lexical` against the datatype's lexical space. Supported:
// xsd:string, xsd:integer, xsd:nonNegativeInteger, xsd:positiveInteger,
// xsd:decimal, xsd:double, xsd:boolean, xsd:date, xsd:gYear,
// xsd:gYearMonth, xsd:duration, xsd:anyURI. Returns an empty string when
// valid, else what is wrong ("not an integer: 1.5").
std::string checkLexical(std::string_view datatypeIri, std::string_view lexical);

// JSON numbers (RFC 8259 §6) may be written with an exponent (`1e-7`,
// `2.5E3`); xsd:decimal and xsd:integer lexical forms may not. These give
// the exact value of a JSON number lexeme in those forms:
//   jsonNumberAsDecimal: 2.5E3 → "2500", 1e-7 → "0.0000001", 1.50e1 → "15.0"
//     (the digits as written, only moved by the exponent);
//   jsonNumberAsInteger: 1e2 → "100", 1.0 → "1"; nothing for 1.5 —
//     as JSON Schema's "integer", which looks at the value, not the form.
// Nothing for a lexeme that is not a JSON number, or whose value would take
// more than kMaxNumberDigits digits to write (1e-99999).
inline constexpr std::size_t kMaxNumberDigits = 1000;
std::optional<std::string> jsonNumberAsDecimal(std::string_view lexeme);
std::optional<std::string> jsonNumberAsInteger(std::string_view lexeme);

// A duration as a number with one unit, as Wikidata gives quantities: the
// form every triple store reads alike (Virtuoso turns "P30Y"^^xsd:duration
// into the number 360). Only durations with one natural unit have one:
// years alone (P30Y → 30 years), years and months (P1Y6M → 18 months),
// days (P10D), or time of day (PT1H30M → 5400 seconds); P1Y2D has none.
struct DurationQuantity {
  std::string amount;   // xsd:decimal lexical form, e.g. "30", "-18", "1.5"
  std::string unitIri;  // a Wikidata unit item (http://www.wikidata.org/entity/Q577 for year)
  std::string label;    // English, e.g. "30 years", "1 month"
};
// `lexical` must be a valid xsd:duration (checkLexical).
std::optional<DurationQuantity> durationQuantity(std::string_view lexical);

}  // namespace pactgraph::model

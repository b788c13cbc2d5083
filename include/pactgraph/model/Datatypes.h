// Lexical forms of the XSD datatypes pactgraph accepts (as property ranges,
// and in any RDF it writes).
// Every literal is checked here before any writer sees it: serd writes
// `"abc"^^xsd:integer` and `"1"^^xsd:boolean` without complaint, producing
// files other tools reject or misread.
#pragma once

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

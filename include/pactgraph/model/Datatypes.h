// Lexical forms of the XSD datatypes pactgraph accepts (as property ranges,
// and in any RDF it writes).
// Every literal is checked here before any writer sees it: serd writes
// `"abc"^^xsd:integer` and `"1"^^xsd:boolean` without complaint, producing
// files other tools reject or misread.
#pragma once

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

}  // namespace pactgraph::model

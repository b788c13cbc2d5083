// Dates with the precision the source gives: an EDTF (ISO 8601-2) subset.
//   1950-01-22   day          1950-01   month          1950   year
//   1954/1959    interval (any two of the above, begin ≤ end)
//   suffix ?  uncertain,  ~ approximate,  % both (on a single date or on
//   either end of an interval)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pactgraph::model {

enum class DatePrecision { year, month, day };

struct SimpleDate {
  int year = 0;   // 1..9999 (astronomical years are not needed for this data)
  int month = 0;  // 1..12, or 0 below month precision
  int day = 0;    // 1..31, or 0 below day precision
  DatePrecision precision = DatePrecision::year;
  bool uncertain = false;
  bool approximate = false;

  // Lexical form of the matching XSD type: 1950-01-22 / 1950-01 / 1950.
  std::string xsdLexical() const;
  // Full IRI of xsd:date, xsd:gYearMonth or xsd:gYear.
  std::string xsdDatatype() const;
  // Canonical EDTF form including the ?, ~ or % qualifier.
  std::string edtf() const;

  // The first and last day covered, as yyyy-mm-dd, for ordering and
  // interval checks (1950-01 covers 1950-01-01..1950-01-31).
  std::string earliestDay() const;
  std::string latestDay() const;
};

struct DateValue {
  SimpleDate begin;
  std::optional<SimpleDate> end;  // set for intervals only

  bool isInterval() const { return end.has_value(); }
  std::string edtf() const;
};

// Parses the subset above; on failure returns nothing and sets `error` to a
// sentence a curator understands ("month 13 is out of range").
std::optional<DateValue> parseEdtf(std::string_view text, std::string* error = nullptr);

}  // namespace pactgraph::model

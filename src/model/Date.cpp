#include "pactgraph/model/Date.h"

#include <cstdio>

#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::model {

namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::string fourDigits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04d", n);
  return buffer;
}

std::string twoDigits(int n) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

bool readDigits(std::string_view text, std::size_t count, int& out) {
  if (text.size() != count) return false;
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

std::optional<SimpleDate> parseSimple(std::string_view text, std::string* error) {
  SimpleDate date;
  if (!text.empty()) {
    const char last = text.back();
    if (last == '?' || last == '~' || last == '%') {
      date.uncertain = last == '?' || last == '%';
      date.approximate = last == '~' || last == '%';
      text.remove_suffix(1);
    }
  }
  const auto fail = [&](std::string message) -> std::optional<SimpleDate> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  const std::size_t dash1 = text.find('-');
  if (!readDigits(text.substr(0, dash1), 4, date.year)) {
    return fail("expected a four-digit year (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (date.year == 0) {
    return fail("year 0000 is not supported: dates run from 0001 to 9999 (in EDTF and ISO 8601, 0000 is 1 BC)");
  }
  if (dash1 == std::string_view::npos) return date;
  const std::size_t dash2 = text.find('-', dash1 + 1);
  if (!readDigits(text.substr(dash1 + 1, dash2 == std::string_view::npos ? std::string_view::npos : dash2 - dash1 - 1),
                  2, date.month)) {
    return fail("expected a two-digit month after the year (YYYY-MM)");
  }
  if (date.month < 1 || date.month > 12) return fail("month " + std::to_string(date.month) + " is out of range");
  date.precision = DatePrecision::month;
  if (dash2 == std::string_view::npos) return date;
  if (!readDigits(text.substr(dash2 + 1), 2, date.day)) {
    return fail("expected a two-digit day after the month (YYYY-MM-DD)");
  }
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return fail("day " + std::to_string(date.day) + " does not exist in " + fourDigits(date.year) + "-" +
                twoDigits(date.month));
  }
  date.precision = DatePrecision::day;
  return date;
}

}  // namespace

std::string SimpleDate::xsdLexical() const {
  switch (precision) {
    case DatePrecision::year:
      return fourDigits(year);
    case DatePrecision::month:
      return fourDigits(year) + "-" + twoDigits(month);
    case DatePrecision::day:
      return fourDigits(year) + "-" + twoDigits(month) + "-" + twoDigits(day);
  }
  return {};
}

std::string SimpleDate::xsdDatatype() const {
  switch (precision) {
    case DatePrecision::year:
      return std::string(vocab::xsd) + "gYear";
    case DatePrecision::month:
      return std::string(vocab::xsd) + "gYearMonth";
    case DatePrecision::day:
      return std::string(vocab::xsd) + "date";
  }
  return {};
}

std::string SimpleDate::edtf() const {
  std::string out = xsdLexical();
  if (uncertain && approximate) {
    out += '%';
  } else if (uncertain) {
    out += '?';
  } else if (approximate) {
    out += '~';
  }
  return out;
}

std::string SimpleDate::earliestDay() const {
  return fourDigits(year) + "-" + twoDigits(month ? month : 1) + "-" + twoDigits(day ? day : 1);
}

std::string SimpleDate::latestDay() const {
  const int m = month ? month : 12;
  return fourDigits(year) + "-" + twoDigits(m) + "-" + twoDigits(day ? day : daysInMonth(year, m));
}

std::string DateValue::edtf() const { return end ? begin.edtf() + "/" + end->edtf() : begin.edtf(); }

std::optional<DateValue> parseEdtf(std::string_view text, std::string* error) {
  DateValue value;
  const std::size_t slash = text.find('/');
  const auto first = parseSimple(text.substr(0, slash), error);
  if (!first) return std::nullopt;
  value.begin = *first;
  if (slash == std::string_view::npos) return value;
  const auto second = parseSimple(text.substr(slash + 1), error);
  if (!second) return std::nullopt;
  if (second->latestDay() < first->earliestDay()) {
    if (error)
      *error = "the interval ends (" + second->xsdLexical() + ") before it begins (" + first->xsdLexical() + ")";
    return std::nullopt;
  }
  value.end = *second;
  return value;
}

}  // namespace pactgraph::model

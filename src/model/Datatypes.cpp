#include "pactgraph/model/Datatypes.h"

#include <algorithm>
#include <array>

#include "pactgraph/model/Date.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::model {

namespace {

// Hand-written scanners rather than std::regex: linear time and constant
// stack on arbitrarily long input (libstdc++'s regex recurses per character).
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  bool done() const { return i_ == text_.size(); }
  bool accept(char c) {
    if (i_ < text_.size() && text_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool acceptSign() { return accept('+') || accept('-'); }
  std::size_t digits() {
    const std::size_t start = i_;
    while (i_ < text_.size() && text_[i_] >= '0' && text_[i_] <= '9') ++i_;
    return i_ - start;
  }
  bool rest(std::string_view literal) {
    if (text_.substr(i_) != literal) return false;
    i_ = text_.size();
    return true;
  }

 private:
  std::string_view text_;
  std::size_t i_ = 0;
};

bool isInteger(std::string_view s) {
  Scanner in(s);
  in.acceptSign();
  return in.digits() > 0 && in.done();
}

bool isNonNegativeInteger(std::string_view s) {
  Scanner in(s);
  in.accept('+');
  return in.digits() > 0 && in.done();
}

bool isPositiveInteger(std::string_view s) {
  if (!isNonNegativeInteger(s)) return false;
  return s.find_first_of("123456789") != std::string_view::npos;
}

// [+-]? (digits ('.' digits?)? | '.' digits)
bool scanDecimal(Scanner& in) {
  in.acceptSign();
  const std::size_t whole = in.digits();
  if (in.accept('.')) return in.digits() + whole > 0;
  return whole > 0;
}

bool isDecimal(std::string_view s) {
  Scanner in(s);
  return scanDecimal(in) && in.done();
}

bool isDouble(std::string_view s) {
  if (s == "INF" || s == "-INF" || s == "+INF" || s == "NaN") return true;
  Scanner in(s);
  if (!scanDecimal(in)) return false;
  if (in.accept('e') || in.accept('E')) {
    in.acceptSign();
    if (in.digits() == 0) return false;
  }
  return in.done();
}

bool isGYear(std::string_view s) {
  Scanner in(s);
  in.accept('-');
  return in.digits() >= 4 && in.done();
}

// -?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)? with at least one component,
// and a T only when a time component follows.
bool isDuration(std::string_view s) {
  Scanner in(s);
  in.accept('-');
  if (!in.accept('P')) return false;
  bool any = false;
  for (char unit : {'Y', 'M', 'D'}) {
    Scanner probe = in;
    if (probe.digits() > 0 && probe.accept(unit)) {
      in = probe;
      any = true;
    }
  }
  if (in.accept('T')) {
    bool time = false;
    for (char unit : {'H', 'M'}) {
      Scanner probe = in;
      if (probe.digits() > 0 && probe.accept(unit)) {
        in = probe;
        time = true;
      }
    }
    Scanner probe = in;
    if (probe.digits() > 0) {
      if (probe.accept('.') && probe.digits() == 0) return false;
      if (probe.accept('S')) {
        in = probe;
        time = true;
      }
    }
    if (!time) return false;
    any = true;
  }
  return any && in.done();
}

bool isDateOfPrecision(std::string_view s, DatePrecision precision) {
  const auto parsed = parseEdtf(s);
  return parsed && !parsed->isInterval() && parsed->begin.precision == precision && !parsed->begin.uncertain &&
         !parsed->begin.approximate;
}

struct DatatypeRule {
  std::string_view localName;  // in the xsd namespace
  bool (*valid)(std::string_view);
  std::string_view expected;  // for messages
};

constexpr std::array<DatatypeRule, 12> kRules = {{
    {"string", [](std::string_view) { return true; }, "a string"},
    {"integer", isInteger, "an integer"},
    {"nonNegativeInteger", isNonNegativeInteger, "a non-negative integer"},
    {"positiveInteger", isPositiveInteger, "a positive integer"},
    {"decimal", isDecimal, "a decimal number (digits and an optional point, no exponent)"},
    {"double", isDouble, "a double"},
    {"boolean", [](std::string_view s) { return s == "true" || s == "false"; }, "true or false"},
    {"date", [](std::string_view s) { return isDateOfPrecision(s, DatePrecision::day); }, "a date YYYY-MM-DD"},
    {"gYear", isGYear, "a year YYYY"},
    {"gYearMonth", [](std::string_view s) { return isDateOfPrecision(s, DatePrecision::month); }, "a month YYYY-MM"},
    {"duration", isDuration, "an ISO 8601 duration such as P30Y or P1Y6M"},
    {"anyURI", util::isAbsoluteIri, "an absolute IRI"},
}};

const DatatypeRule* findRule(std::string_view datatypeIri) {
  if (!datatypeIri.starts_with(vocab::xsd)) return nullptr;
  const std::string_view local = datatypeIri.substr(vocab::xsd.size());
  for (const auto& rule : kRules) {
    if (rule.localName == local) return &rule;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> jsonNumberAsDecimal(std::string_view lexeme) {
  // -? int frac? exp?, read by hand (see Scanner).
  std::size_t i = 0;
  const bool negative = i < lexeme.size() && lexeme[i] == '-';
  if (negative) ++i;
  const auto digitsFrom = [&](std::size_t from) {
    std::size_t end = from;
    while (end < lexeme.size() && lexeme[end] >= '0' && lexeme[end] <= '9') ++end;
    return end;
  };
  const std::size_t integerEnd = digitsFrom(i);
  if (integerEnd == i || (lexeme[i] == '0' && integerEnd - i > 1)) return std::nullopt;
  std::string digits(lexeme.substr(i, integerEnd - i));
  i = integerEnd;
  long long point = static_cast<long long>(digits.size());  // digits before the decimal point
  if (i < lexeme.size() && lexeme[i] == '.') {
    const std::size_t fractionEnd = digitsFrom(i + 1);
    if (fractionEnd == i + 1) return std::nullopt;
    digits.append(lexeme.substr(i + 1, fractionEnd - i - 1));
    i = fractionEnd;
  }
  if (i < lexeme.size() && (lexeme[i] == 'e' || lexeme[i] == 'E')) {
    ++i;
    const bool down = i < lexeme.size() && lexeme[i] == '-';
    if (i < lexeme.size() && (lexeme[i] == '-' || lexeme[i] == '+')) ++i;
    const std::size_t exponentEnd = digitsFrom(i);
    if (exponentEnd == i) return std::nullopt;
    std::string_view exponent = lexeme.substr(i, exponentEnd - i);
    while (exponent.size() > 1 && exponent[0] == '0') exponent.remove_prefix(1);
    if (exponent.size() > 6) return std::nullopt;  // far beyond kMaxNumberDigits either way
    const long long shift = std::stoll(std::string(exponent));
    point += down ? -shift : shift;
    i = exponentEnd;
  }
  if (i != lexeme.size()) return std::nullopt;
  const long long size = static_cast<long long>(digits.size());
  const long long written = point <= 0 ? 1 - point + size : std::max(point, size);  // digits of the result
  if (written > static_cast<long long>(kMaxNumberDigits)) return std::nullopt;
  std::string integer;
  std::string fraction;
  if (point <= 0) {
    integer = "0";
    fraction = std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= size) {
    integer = digits + std::string(static_cast<std::size_t>(point - size), '0');
  } else {
    integer = digits.substr(0, static_cast<std::size_t>(point));
    fraction = digits.substr(static_cast<std::size_t>(point));
  }
  const std::size_t nonZero = integer.find_first_not_of('0');
  integer = nonZero == std::string::npos ? "0" : integer.substr(nonZero);
  return (negative ? "-" : "") + integer + (fraction.empty() ? "" : "." + fraction);
}

std::optional<std::string> jsonNumberAsInteger(std::string_view lexeme) {
  std::optional<std::string> decimal = jsonNumberAsDecimal(lexeme);
  if (!decimal) return std::nullopt;
  const std::size_t point = decimal->find('.');
  if (point == std::string::npos) return decimal;
  if (decimal->find_first_not_of('0', point + 1) != std::string::npos) return std::nullopt;
  decimal->erase(point);
  return decimal;
}

bool isSupportedDatatype(std::string_view datatypeIri) {
  return findRule(datatypeIri) != nullptr || datatypeIri == std::string(vocab::rdf) + "langString";
}

std::string checkLexical(std::string_view datatypeIri, std::string_view lexical) {
  const DatatypeRule* rule = findRule(datatypeIri);
  if (!rule) return "unsupported datatype <" + std::string(datatypeIri) + ">";
  if (rule->valid(lexical)) return {};
  const std::string_view shown = lexical.size() > 40 ? lexical.substr(0, 40) : lexical;
  return "expected " + std::string(rule->expected) + ", found \"" + std::string(shown) +
         (lexical.size() > 40 ? "…\"" : "\"");
}

std::optional<DurationQuantity> durationQuantity(std::string_view lexical) {
  const bool negative = lexical.starts_with('-');
  std::string_view rest = lexical.substr(negative ? 2 : 1);  // after "P" or "-P"
  // Fields by designator; the seconds may carry a fraction.
  std::string years, months, days, hours, minutes, seconds;
  bool inTime = false;
  std::string number;
  for (const char c : rest) {
    if ((c >= '0' && c <= '9') || c == '.') {
      number += c;
      continue;
    }
    if (c == 'T') {
      inTime = true;
      continue;
    }
    std::string* field = c == 'Y'              ? &years
                         : c == 'M' && !inTime ? &months
                         : c == 'D'            ? &days
                         : c == 'H'            ? &hours
                         : c == 'M'            ? &minutes
                         : c == 'S'            ? &seconds
                                               : nullptr;
    if (!field) return std::nullopt;
    *field = number;
    number.clear();
  }
  const auto count = [](const std::string& digits) { return digits.empty() ? 0LL : std::stoll(digits); };
  const bool date = !years.empty() || !months.empty() || !days.empty();
  const bool time = !hours.empty() || !minutes.empty() || !seconds.empty();
  if (std::max({years.size(), months.size(), days.size(), hours.size(), minutes.size()}) > 12 || seconds.size() > 24) {
    return std::nullopt;  // beyond what a long long holds safely
  }
  std::string amount;
  std::string unit;
  std::string singular;
  if (date && time) return std::nullopt;
  if (!days.empty()) {
    if (!years.empty() || !months.empty()) return std::nullopt;
    amount = std::to_string(count(days));
    unit = "Q573";
    singular = "day";
  } else if (!months.empty()) {
    amount = std::to_string(12 * count(years) + count(months));
    unit = "Q5151";
    singular = "month";
  } else if (!years.empty()) {
    amount = std::to_string(count(years));
    unit = "Q577";
    singular = "year";
  } else if (time) {
    const long long whole = 3600 * count(hours) + 60 * count(minutes);
    const std::size_t dot = seconds.find('.');
    const long long secondsWhole = count(seconds.substr(0, dot));
    amount = std::to_string(whole + secondsWhole);
    if (dot != std::string::npos) {
      std::string fraction = seconds.substr(dot + 1);
      while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
      if (!fraction.empty()) amount += "." + fraction;
    }
    unit = "Q11574";
    singular = "second";
  } else {
    return std::nullopt;
  }
  const bool zero = amount.find_first_not_of("0.") == std::string::npos;
  if (negative && !zero) amount.insert(0, "-");
  const bool one = amount == "1";
  return DurationQuantity{amount, "http://www.wikidata.org/entity/" + unit, amount + " " + singular + (one ? "" : "s")};
}

}  // namespace pactgraph::model

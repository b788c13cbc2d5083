#include "pactgraph/ontology/Datatypes.h"

#include <array>
#include <regex>

#include "pactgraph/model/Date.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::ontology {

namespace {

struct DatatypeRule {
  std::string_view localName;  // in the xsd namespace
  const char* pattern;         // ECMAScript regex over the whole lexical form; nullptr = special check
  std::string_view expected;   // for messages
};

constexpr std::array<DatatypeRule, 12> kRules = {{
    {"string", ".*", "a string"},
    {"integer", "[+-]?[0-9]+", "an integer"},
    {"nonNegativeInteger", "[+]?[0-9]+", "a non-negative integer"},
    {"positiveInteger", "[+]?0*[1-9][0-9]*", "a positive integer"},
    {"decimal", "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)", "a decimal number (digits and an optional point, no exponent)"},
    {"double", "[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?|INF)|NaN", "a double"},
    {"boolean", "true|false", "true or false"},
    {"date", nullptr, "a date YYYY-MM-DD"},
    {"gYear", "-?[0-9]{4,}", "a year YYYY"},
    {"gYearMonth", nullptr, "a month YYYY-MM"},
    {"duration", "-?P(?=[0-9T])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?",
     "an ISO 8601 duration such as P30Y or P1Y6M"},
    {"anyURI", nullptr, "an absolute IRI"},
}};

const DatatypeRule* findRule(std::string_view datatypeIri) {
  if (!datatypeIri.starts_with(model::vocab::xsd)) return nullptr;
  const std::string_view local = datatypeIri.substr(model::vocab::xsd.size());
  for (const auto& rule : kRules) {
    if (rule.localName == local) return &rule;
  }
  return nullptr;
}

// Thread-safe: the regexes are compiled once, on first use.
bool matches(const DatatypeRule& rule, std::string_view text) {
  static const auto compiled = [] {
    std::array<std::regex, kRules.size()> out;
    for (std::size_t i = 0; i < kRules.size(); ++i) {
      if (kRules[i].pattern) out[i] = std::regex(kRules[i].pattern, std::regex::ECMAScript | std::regex::optimize);
    }
    return out;
  }();
  return std::regex_match(text.begin(), text.end(), compiled[static_cast<std::size_t>(&rule - kRules.data())]);
}

}  // namespace

bool isSupportedDatatype(std::string_view datatypeIri) {
  return findRule(datatypeIri) != nullptr || datatypeIri == std::string(model::vocab::rdf) + "langString";
}

std::string checkLexical(std::string_view datatypeIri, std::string_view lexical) {
  const DatatypeRule* rule = findRule(datatypeIri);
  if (!rule) return "unsupported datatype <" + std::string(datatypeIri) + ">";
  bool ok = false;
  if (rule->localName == "date" || rule->localName == "gYearMonth") {
    const auto parsed = model::parseEdtf(lexical);
    const auto wanted = rule->localName == "date" ? model::DatePrecision::day : model::DatePrecision::month;
    ok = parsed && !parsed->isInterval() && parsed->begin.precision == wanted && !parsed->begin.uncertain &&
         !parsed->begin.approximate;
  } else if (rule->localName == "anyURI") {
    ok = util::isAbsoluteIri(lexical);
  } else {
    ok = matches(*rule, lexical);
  }
  if (ok) return {};
  return "expected " + std::string(rule->expected) + ", found \"" + std::string(lexical) + "\"";
}

}  // namespace pactgraph::ontology

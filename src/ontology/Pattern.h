// The regular expressions of pg:pattern, matched as JSON Schema and SHACL
// match them (ECMAScript syntax; searched, not anchored; '^' and '$' only
// at the ends of the value; '.' not across line breaks). Private to the
// ontology module: Boost.Regex does not reach a public header. Boost.Regex
// rather than std::regex: libstdc++'s regex recurses per character and
// overflows the stack on long values; Boost's matcher does not.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace pactgraph::ontology {

// Why `pattern` cannot be used (not ASCII, or not a regular expression),
// or an empty string.
std::string patternProblem(const std::string& pattern);

class ValuePattern {
 public:
  // `pattern` must have no patternProblem().
  explicit ValuePattern(const std::string& pattern);
  ~ValuePattern();
  ValuePattern(ValuePattern&&) noexcept;
  ValuePattern& operator=(ValuePattern&&) noexcept;

  // True when the pattern occurs in `value`. A match too complex to decide
  // within Boost.Regex's bounds counts as no match.
  bool matches(std::string_view value) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace pactgraph::ontology

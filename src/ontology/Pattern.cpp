#include "Pattern.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <stdexcept>

#include "pactgraph/util/Contract.h"

namespace pactgraph::ontology {

namespace {

// ECMAScript without the m and s flags.
constexpr boost::regex::flag_type kFlags = boost::regex::ECMAScript | boost::regex::no_mod_m | boost::regex::no_mod_s;

}  // namespace

struct ValuePattern::Compiled {
  boost::regex regex;
};

std::string patternProblem(const std::string& pattern) {
  if (!std::all_of(pattern.begin(), pattern.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return "it is not ASCII (values are matched byte by byte)";
  }
  try {
    boost::regex compiled(pattern, kFlags);
  } catch (const boost::regex_error& error) {
    return error.what();
  }
  return {};
}

ValuePattern::ValuePattern(const std::string& pattern) {
  PG_CHECK(patternProblem(pattern).empty(), "unusable pattern " + pattern);
  compiled_ = std::make_unique<Compiled>(Compiled{boost::regex(pattern, kFlags)});
}

ValuePattern::~ValuePattern() = default;
ValuePattern::ValuePattern(ValuePattern&&) noexcept = default;
ValuePattern& ValuePattern::operator=(ValuePattern&&) noexcept = default;

bool ValuePattern::matches(std::string_view value) const {
  try {
    return boost::regex_search(value.begin(), value.end(), compiled_->regex);
  } catch (const std::runtime_error&) {
    return false;
  }
}

}  // namespace pactgraph::ontology

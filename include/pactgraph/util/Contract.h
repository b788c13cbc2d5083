// Contract checks for programmer errors (never for user input, which gets a
// Diagnostic). A failed check throws ContractViolation naming the source
// location and the condition.
#pragma once

#include <source_location>
#include <stdexcept>
#include <string>

namespace pactgraph::util {

class ContractViolation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void failContract(const char* condition, const std::string& message,
                               std::source_location where = std::source_location::current());

}  // namespace pactgraph::util

#define PG_CHECK(condition, message)                                      \
  do {                                                                    \
    if (!(condition)) ::pactgraph::util::failContract(#condition, message); \
  } while (false)

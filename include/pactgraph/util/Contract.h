// Contract checks for programmer errors (never for user input, which gets a
// Diagnostic). A failed check throws ContractViolation naming the source
// location and the condition.
#pragma once

#include <stdexcept>
#include <string>

namespace pactgraph::util {

class ContractViolation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void failContract(const char* file, int line, const char* condition, const std::string& message);

}  // namespace pactgraph::util

#define PG_CHECK(condition, message)                                                            \
  do {                                                                                          \
    if (!(condition)) ::pactgraph::util::failContract(__FILE__, __LINE__, #condition, message); \
  } while (false)

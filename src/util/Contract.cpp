#include "pactgraph/util/Contract.h"

namespace pactgraph::util {

void failContract(const char* condition, const std::string& message, std::source_location where) {
  throw ContractViolation(std::string(where.file_name()) + ":" + std::to_string(where.line()) +
                          ": contract violated: " + condition + ": " + message);
}

}  // namespace pactgraph::util

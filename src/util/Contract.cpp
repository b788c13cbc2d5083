#include "pactgraph/util/Contract.h"

namespace pactgraph::util {

void failContract(const char* file, int line, const char* condition, const std::string& message) {
  throw ContractViolation(std::string(file) + ":" + std::to_string(line) + ": contract violated: " + condition + ": " +
                          message);
}

}  // namespace pactgraph::util

#include "pactgraph/util/TemporaryDirectory.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::util {

TemporaryDirectory::TemporaryDirectory(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw IoError(pattern + ": cannot create a temporary directory: " + std::strerror(errno));
  }
  path_ = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
  std::error_code ignored;  // nothing to do about a directory that cannot be removed
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace pactgraph::util

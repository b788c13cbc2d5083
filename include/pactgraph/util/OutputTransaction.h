// All-or-nothing output: files are staged as hidden temporary siblings of
// their targets and only renamed into place by commit(). A run that fails
// before commit() — bad input, a full disk, an exception — leaves every
// target exactly as it was, and removes its temporaries and any directory it
// created. rename(2) within one directory is atomic, so a reader never sees a
// half-written file.
#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/util/TextSink.h"

namespace pactgraph::util {

// An input/output failure (exit code 3); the message names the path and cause.
class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class OutputTransaction {
 public:
  OutputTransaction() = default;
  OutputTransaction(const OutputTransaction&) = delete;
  OutputTransaction& operator=(const OutputTransaction&) = delete;
  ~OutputTransaction();

  // Writes `contents` to a temporary file beside `target` (creating missing
  // parent directories) and flushes it to disk. Throws IoError.
  void stage(const std::filesystem::path& target, std::string_view contents);

  // Streams the file: `produce` writes into a sink that goes to the
  // temporary file through a fixed buffer. Throws IoError (and lets any
  // exception of `produce` through; the transaction then rolls back).
  void stage(const std::filesystem::path& target, const std::function<void(TextSink&)>& produce);

  // Renames every staged file onto its target, in staging order. Throws
  // IoError if a rename fails (files renamed before it stay in place).
  void commit();

 private:
  struct Staged {
    std::filesystem::path temporary;
    std::filesystem::path target;
  };
  void rollback() noexcept;

  std::vector<Staged> staged_;
  std::vector<std::filesystem::path> createdDirectories_;
  bool committed_ = false;
};

// Reads a whole file; throws IoError naming the path and the system's reason.
std::string readFile(const std::filesystem::path& path);

}  // namespace pactgraph::util

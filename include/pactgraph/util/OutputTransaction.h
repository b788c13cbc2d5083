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
// `outputsUntouched()` is false only when a commit failed and could not put
// every target back: the message then says which files hold what.
class IoError : public std::runtime_error {
 public:
  explicit IoError(const std::string& message, bool outputsUntouched = true)
      : std::runtime_error(message), outputsUntouched_(outputsUntouched) {}
  bool outputsUntouched() const { return outputsUntouched_; }

 private:
  bool outputsUntouched_;
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

  // One file of stageAll: its target and what writes it.
  struct Producer {
    std::filesystem::path target;
    std::function<void(TextSink&)> produce;
  };

  // Stages every file as stage() does, running up to `jobs` producers at
  // once (util::forEachIndex: 0 is one per hardware thread). The
  // temporaries are created first, in order, so staging — and commit() —
  // keep the order of `files`, and each file's bytes are what its producer
  // alone writes: the result does not depend on `jobs`.
  // Thread safety: producers run concurrently on other threads, so a
  // producer may only read what it shares with the others and write its own
  // sink and its own results. When producers throw, every producer still
  // runs to its end, then the exception of the first failing file (in the
  // order of `files`) is thrown.
  void stageAll(const std::vector<Producer>& files, unsigned jobs);

  // Puts every staged file in place, all or none: first checks that every
  // target can be replaced (not a directory), keeps the previous version of
  // each existing target as a hard link (a copy where links are impossible),
  // then renames in staging order. If a rename fails, the targets renamed
  // before it get their previous version back (or are removed when they did
  // not exist), and IoError says so; only if that restoring fails too is
  // IoError::outputsUntouched() false, with the state of each file in the
  // message.
  void commit();

 private:
  struct Staged {
    std::filesystem::path temporary;
    std::filesystem::path target;
    std::filesystem::path previous;  // kept version of an existing target, set by commit()
  };
  void rollback() noexcept;
  void keepPreviousVersions();
  void discardPreviousVersions() noexcept;
  // Creates the temporary file of `target` (and missing parent directories),
  // records it in staged_ and returns its open descriptor.
  int createTemporary(const std::filesystem::path& target);
  // Runs `produce` into the temporary `fd`, flushes it to disk and closes
  // `fd` whatever happens. Touches no member: safe to run concurrently.
  static void writeTemporary(int fd, const std::filesystem::path& target,
                             const std::function<void(TextSink&)>& produce);

  // Undoes the renames of staged_[0, renamed); returns the targets it could not restore.
  std::vector<std::filesystem::path> restore(std::size_t renamed) noexcept;

  std::vector<Staged> staged_;
  std::vector<std::filesystem::path> createdDirectories_;
  bool committed_ = false;
};

// Reads a whole file; throws IoError naming the path and the system's reason.
std::string readFile(const std::filesystem::path& path);

}  // namespace pactgraph::util

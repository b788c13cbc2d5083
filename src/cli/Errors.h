// How a subcommand fails: one exception per class of problem, one guarded
// runner that prints every failure in the diagnostic format of
// util::format (`error[id]: message` and a `hint:` line, terminal-safe) and
// maps it to the documented exit code:
//
//   0 ok · 1 the data is invalid · 2 usage error · 3 input/output or network
//   failure · 4 internal error (a broken invariant of pactgraph itself:
//   util::ContractViolation — a bug to report, never the user's fault).
#pragma once

#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace pactgraph::cli {

enum ExitCode : int { kOk = 0, kInvalidData = 1, kUsage = 2, kIoFailure = 3, kInternal = 4 };

// A problem with the command line: printed as `error[usage.<id>]`, exit 2.
class UsageError : public std::runtime_error {
 public:
  UsageError(std::string id, const std::string& message, std::string hint = {})
      : std::runtime_error(message), id_("usage." + std::move(id)), hint_(std::move(hint)) {}
  const std::string& id() const { return id_; }
  const std::string& hint() const { return hint_; }

 private:
  std::string id_;
  std::string hint_;
};

// The data cannot answer the request (an unknown or ambiguous node name):
// `error[<id>]`, exit 1. Diagnostics of loading and validation are printed
// by the pipeline itself, which then returns kInvalidData.
class DataError : public std::runtime_error {
 public:
  DataError(std::string id, const std::string& message, std::string hint = {})
      : std::runtime_error(message), id_(std::move(id)), hint_(std::move(hint)) {}
  const std::string& id() const { return id_; }
  const std::string& hint() const { return hint_; }

 private:
  std::string id_;
  std::string hint_;
};

// An input the command needed could not be read (a query file, a
// credentials file): `error[io.read]`, exit 3. (util::IoError, thrown by the
// libraries for files they write, prints as `error[io.write]`.)
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The problems were already printed as diagnostics (file:line:col, JSON
// Pointer, hint: the loader and validator do it); only the exit code is
// left to return: 1 for invalid data, 3 when a file could not be read.
class ReportedFailure : public std::exception {
 public:
  explicit ReportedFailure(int exitCode) : exitCode_(exitCode) {}
  int exitCode() const { return exitCode_; }
  const char* what() const noexcept override { return "problems reported"; }

 private:
  int exitCode_;
};

// Prints one problem in the diagnostic format (no location): `error[id]:
// message`, then `  hint: …` when `hint` is not empty. Every text goes
// through util::terminalSafe.
void printError(std::ostream& err, const std::string& id, const std::string& message, const std::string& hint = {});

// Runs `action` and returns its exit code; every exception becomes one
// printed error and its exit code (see the top of this file): ReportedFailure
// its own code (nothing more printed), UsageError and store::SettingsError 2,
// DataError 1, ReadError / util::IoError / rdf::WriteError /
// store::StoreError 3 (a store's "not found" 1), util::ContractViolation and
// anything else 4.
int runGuarded(const std::function<int()>& action, std::ostream& err);

}  // namespace pactgraph::cli

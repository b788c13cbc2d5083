// Progress of a long run, one line per stage on a stream (standard error):
//
//   progress: load 3 files …
//   progress: load 3 files: 1.42 s, peak memory 262 MB
//
// The end line has a stable shape (`progress: <stage>: <seconds> s, peak
// memory <MB> MB`) that scripts may read (bench/compare.py does). Peak memory
// is the process's maximum resident set so far (getrusage), so a stage's
// figure includes everything before it.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

namespace pactgraph::util {

class Progress {
 public:
  enum class Mode {
    automatic,  // report when `out` is standard error and it is a terminal
    always,
    never,
  };

  Progress(Mode mode, std::ostream& out);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // Ends the current stage, if any.
  ~Progress();

  bool enabled() const { return enabled_; }
  // Ends the current stage and starts `name`.
  void stage(std::string name);
  // Ends the current stage (nothing is printed when no stage is running).
  void finish();

 private:
  bool enabled_;
  std::ostream& out_;
  std::string current_;
  std::chrono::steady_clock::time_point started_;
};

// The process's peak resident set size in bytes (0 when unknown).
std::size_t peakMemoryBytes();

}  // namespace pactgraph::util

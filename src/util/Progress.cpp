#include "pactgraph/util/Progress.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace pactgraph::util {

std::size_t peakMemoryBytes() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux: kilobytes
}

Progress::Progress(Mode mode, std::ostream& out)
    : enabled_(mode == Mode::always || (mode == Mode::automatic && &out == &std::cerr && isatty(STDERR_FILENO) == 1)),
      out_(out) {}

Progress::~Progress() { finish(); }

void Progress::stage(std::string name) {
  finish();
  if (!enabled_) return;
  current_ = std::move(name);
  started_ = std::chrono::steady_clock::now();
  out_ << "progress: " << current_ << " …\n" << std::flush;
}

void Progress::finish() {
  if (!enabled_ || current_.empty()) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  char figures[96];
  std::snprintf(figures, sizeof figures, ": %.3f s, peak memory %.0f MB", seconds,
                static_cast<double>(peakMemoryBytes()) / 1e6);
  out_ << "progress: " << current_ << figures << "\n" << std::flush;
  current_.clear();
}

}  // namespace pactgraph::util

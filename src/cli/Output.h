// Where a subcommand's result goes: standard output, or a file written
// through an all-or-nothing util::OutputTransaction. The one place that
// knows the convention "empty or '-' means standard output".
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pactgraph/util/Progress.h"
#include "pactgraph/util/TextSink.h"

namespace pactgraph::cli {

// Produces the text into `sink` (streamed: a file is written through a
// buffer, never held whole in memory).
using Producer = std::function<void(util::TextSink& sink)>;

// A producer that writes `text` as it is.
Producer textProducer(std::string text);

bool isStandardOutput(const std::string& path);

// Passes text on to `next`, counting the bytes (for summaries).
class CountingSink : public util::TextSink {
 public:
  explicit CountingSink(util::TextSink& next) : next_(next) {}
  void write(std::string_view text) override {
    next_.write(text);
    bytes += text.size();
  }
  std::size_t bytes = 0;

 private:
  util::TextSink& next_;
};

// Writes to standard output when `path` is empty or "-", else to the file
// (staged and renamed into place). Throws util::IoError; returns the number
// of bytes written.
std::size_t writeOutput(const std::string& path, const Producer& produce);
std::size_t writeOutput(const std::string& path, const std::string& text);

// Several files, all or none (util::OutputTransaction::commit); the
// renaming is reported to `progress` as the stage "commit". Up to `jobs`
// files are produced at once (0: one per hardware thread), under the
// thread-safety contract of util::OutputTransaction::stageAll.
struct OutputFile {
  std::filesystem::path path;
  Producer produce;
};
void writeFiles(const std::vector<OutputFile>& files, util::Progress* progress = nullptr, unsigned jobs = 1);

}  // namespace pactgraph::cli

// Where a subcommand's result goes: standard output, or a file written
// through an all-or-nothing util::OutputTransaction. The one place that
// knows the convention "empty or '-' means standard output".
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pactgraph/util/TextSink.h"

namespace pactgraph::cli {

// Produces the text into `sink` (streamed: a file is written through a
// buffer, never held whole in memory).
using Producer = std::function<void(util::TextSink& sink)>;

bool isStandardOutput(const std::string& path);

// Writes to standard output when `path` is empty or "-", else to the file
// (staged and renamed into place). Throws util::IoError; returns the number
// of bytes written.
std::size_t writeOutput(const std::string& path, const Producer& produce);
std::size_t writeOutput(const std::string& path, const std::string& text);

// Several files, all or none (util::OutputTransaction::commit).
struct OutputFile {
  std::filesystem::path path;
  Producer produce;
};
void writeFiles(const std::vector<OutputFile>& files);

}  // namespace pactgraph::cli

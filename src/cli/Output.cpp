#include "Output.h"

#include <iostream>

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

// Standard output as a sink, counting bytes; a failed write is an IoError.
class StdoutSink : public util::TextSink {
 public:
  void write(std::string_view text) override {
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    bytes += text.size();
  }
  std::size_t bytes = 0;
};

}  // namespace

Producer textProducer(std::string text) {
  return [text = std::move(text)](util::TextSink& sink) { sink.write(text); };
}

bool isStandardOutput(const std::string& path) { return path.empty() || path == "-"; }

std::size_t writeOutput(const std::string& path, const Producer& produce) {
  if (isStandardOutput(path)) {
    StdoutSink sink;
    produce(sink);
    std::cout.flush();
    if (!std::cout) throw util::IoError("cannot write to standard output");
    return sink.bytes;
  }
  std::size_t bytes = 0;
  util::OutputTransaction output;
  output.stage(path, [&](util::TextSink& sink) {
    CountingSink counting(sink);
    produce(counting);
    bytes = counting.bytes;
  });
  output.commit();
  return bytes;
}

std::size_t writeOutput(const std::string& path, const std::string& text) {
  return writeOutput(path, [&](util::TextSink& sink) { sink.write(text); });
}

void writeFiles(const std::vector<OutputFile>& files, util::Progress* progress, unsigned jobs) {
  util::OutputTransaction output;
  std::vector<util::OutputTransaction::Producer> producers;
  producers.reserve(files.size());
  for (const auto& file : files) producers.push_back({file.path, file.produce});
  output.stageAll(producers, jobs);
  if (progress) progress->stage("commit");
  output.commit();
}

}  // namespace pactgraph::cli

// Synthetic datasets in pactgraph's own input format, for scale tests and
// benchmarks: deterministic for a given entity count and seed, with the type
// mix of the treaty data (persons, organizations, states, places, dated
// meetings with several participants, treaties with articles, sources),
// multilingual labels, and statements citing one to three footnotes drawn
// from a pool of sources.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pactgraph::synth {

struct SynthOptions {
  std::size_t entities = 1000;  // nodes other than sources, approximately
  std::uint64_t seed = 1;
  std::size_t recordsPerFile = 50'000;
};

struct SynthSummary {
  std::size_t nodes = 0;
  std::size_t citations = 0;
  std::size_t statements = 0;
  std::vector<std::filesystem::path> files;
};

// Writes the dataset as DIR/synth-NNNNN.json files (via util::OutputTransaction:
// all or nothing). Throws util::IoError.
SynthSummary writeSynthetic(const SynthOptions& options, const std::filesystem::path& directory);

}  // namespace pactgraph::synth

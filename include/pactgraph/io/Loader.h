// Reads pactgraph data files (JSON, shape in data/README.md) into a Graph.
//
// The loader checks the shape of the files — well-formed JSON, known keys,
// the JSON type of every value — and records where each value was written.
// It does not judge meaning (types, properties, references, dates): that is
// ontology::validate's job, so the domain checks live in one place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/io/DataFile.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::io {

struct LoaderOptions {
  // Files larger than this are refused unread (`io.too-large`).
  std::uint64_t maxFileSize = kDefaultMaxFileSize;
  // Files of a directory read and parsed at once (util::forEachIndex; 0 is
  // one per core). The graph and the diagnostics are the same for any value.
  unsigned jobs = 1;
};

class Loader {
 public:
  Loader(model::Graph& graph, util::Diagnostics& diagnostics, LoaderOptions options = {})
      : graph_(graph), diagnostics_(diagnostics), options_(options) {}

  // A file, or a directory searched recursively for `*.json` (except JSON
  // Schema files: `schema.json`, `*.schema.json`), read in sorted path
  // order. Files are read by readDataFile (DataFile.h), whose `io.*`
  // diagnostics say why one could not be; a directory without data files is
  // `input.no-data`. The files of a directory are read up to
  // `LoaderOptions::jobs` at once, each into a graph and diagnostics of its
  // own, which are then appended in path order.
  void loadPath(const std::filesystem::path& path);

  // One document; `fileName` is used in diagnostics only.
  void loadText(const std::string& fileName, std::string_view text);

  std::size_t filesRead() const { return filesRead_; }

 private:
  model::Graph& graph_;
  util::Diagnostics& diagnostics_;
  LoaderOptions options_;
  std::size_t filesRead_ = 0;
};

// Convenience: loads every path, then indexes the graph.
model::Graph loadGraph(const std::vector<std::filesystem::path>& paths, util::Diagnostics& diagnostics,
                       LoaderOptions options = {});

}  // namespace pactgraph::io

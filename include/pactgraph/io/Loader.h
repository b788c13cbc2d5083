// Reads pactgraph data files (JSON, shape in data/README.md) into a Graph.
//
// The loader checks the shape of the files — well-formed JSON, known keys,
// the JSON type of every value — and records where each value was written.
// It does not judge meaning (types, properties, references, dates): that is
// ontology::validate's job, so the domain checks live in one place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::io {

class Loader {
 public:
  Loader(model::Graph& graph, util::Diagnostics& diagnostics) : graph_(graph), diagnostics_(diagnostics) {}

  // A file, or a directory searched recursively for `*.json` (except JSON
  // Schema files: `schema.json`, `*.schema.json`), read in sorted path
  // order. Unreadable paths are `io.read` diagnostics; a directory without
  // data files is `input.no-data`.
  void loadPath(const std::filesystem::path& path);

  // One document; `fileName` is used in diagnostics only.
  void loadText(const std::string& fileName, std::string_view text);

  std::size_t filesRead() const { return filesRead_; }

 private:
  model::Graph& graph_;
  util::Diagnostics& diagnostics_;
  std::size_t filesRead_ = 0;
};

// Convenience: loads every path, then indexes the graph.
model::Graph loadGraph(const std::vector<std::filesystem::path>& paths, util::Diagnostics& diagnostics);

}  // namespace pactgraph::io

// Files for a store's own bulk loader: the dataset as gzip-compressed
// N-Quads in chunks of at most a given number of quads (cut at line ends),
// and the exact commands that load them into Virtuoso, QLever, Fuseki (TDB2)
// or Oxigraph. Bulk loaders are the fast door for millions of triples: they
// read files the server can see, with no HTTP request per chunk.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::store {

enum class BulkStore { virtuoso, qlever, fuseki, oxigraph };

std::optional<BulkStore> bulkStoreFromName(std::string_view name);
std::string_view bulkStoreName(BulkStore store);

struct BulkFiles {
  std::vector<std::filesystem::path> chunks;  // pactgraph-0001.nq.gz, …
  std::filesystem::path instructions;         // LOAD-<store>.md
  std::size_t quads = 0;
};

// Splits the N-Quads file `nquads` into `directory` (created; files already
// there with the same names are replaced, nothing is left half-written: each
// file is written under a temporary name and renamed when complete) and
// writes the load instructions for `store`. Memory: one line at a time.
// Throws util::IoError. Contract: `quadsPerFile` > 0.
BulkFiles writeBulkFiles(const std::filesystem::path& nquads, const std::filesystem::path& directory, BulkStore store,
                         std::size_t quadsPerFile);

// The instructions (Markdown) for loading `chunks` (file names) from the
// absolute `directory` into `store`.
std::string loadInstructions(BulkStore store, const std::filesystem::path& directory,
                             const std::vector<std::string>& chunks);

}  // namespace pactgraph::store

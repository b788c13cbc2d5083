// N-Triples text as the unit of upload. In N-Triples every triple is one
// line, so the text can be cut on line boundaries into chunks that are each
// a valid document, and (in canonical form, as rdf::serialize writes it)
// equal triples are equal lines.
#pragma once

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::store {

// Cuts `text` into consecutive pieces of at most `maxBytes` bytes, each
// ending at a line end. A single line longer than `maxBytes` becomes a chunk
// of its own (a triple cannot be split). Empty input gives no chunk.
// Contract: `maxBytes` > 0. The views point into `text`.
std::vector<std::string_view> splitLines(std::string_view text, std::size_t maxBytes);

// Number of distinct triples: distinct lines that are neither empty nor
// comments (`#`), ignoring trailing white space. Exact for canonical
// N-Triples; an upper bound otherwise (non-canonical spellings of one term).
std::size_t countDistinctTriples(std::string_view text);

// What one pass over an N-Triples file finds, in constant memory.
struct NTriplesScan {
  std::size_t triples = 0;  // lines that are neither empty nor comments
  std::size_t bytes = 0;    // file size
  // Whether every triple line is strictly greater than the one before
  // (bytewise): then all lines are distinct and `triples` is exact.
  bool strictlyAscending = true;
};

// Scans `path`; throws util::IoError when it cannot be read.
NTriplesScan scanNTriples(const std::filesystem::path& path);

// The exact number of distinct triples in `path` (as countDistinctTriples),
// for files whose lines are not known to be distinct. Memory: one 64-bit
// hash per line (a hash collision can only lower the count).
std::size_t countDistinctTriplesInFile(const std::filesystem::path& path);

// Reads an N-Triples file as consecutive chunks of at most `maxBytes`
// bytes, each ending at a line end (a longer line is a chunk of its own),
// holding one chunk in memory at a time. Contract: `maxBytes` > 0.
class ChunkReader {
 public:
  ChunkReader(const std::filesystem::path& path, std::size_t maxBytes);
  ~ChunkReader();
  ChunkReader(const ChunkReader&) = delete;
  ChunkReader& operator=(const ChunkReader&) = delete;

  // The next chunk into `chunk`; false at the end of the file. Throws
  // util::IoError on a read error.
  bool next(std::string& chunk);

 private:
  std::filesystem::path path_;
  std::size_t maxBytes_;
  std::FILE* file_ = nullptr;
  std::string carry_;  // the start of a line that did not fit the last chunk
  bool eof_ = false;
};

}  // namespace pactgraph::store

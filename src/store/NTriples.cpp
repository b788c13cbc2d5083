#include "pactgraph/store/NTriples.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_set>

#include "pactgraph/util/Contract.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {

std::vector<std::string_view> splitLines(std::string_view text, std::size_t maxBytes) {
  PG_CHECK(maxBytes > 0, "chunk size must be positive");
  std::vector<std::string_view> chunks;
  std::size_t start = 0;
  while (start < text.size()) {
    if (text.size() - start <= maxBytes) {
      chunks.push_back(text.substr(start));
      break;
    }
    // The last line end within the budget, or else the end of the first line.
    std::size_t end = text.rfind('\n', start + maxBytes - 1);
    if (end == std::string_view::npos || end < start) {
      end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size() - 1;
    }
    chunks.push_back(text.substr(start, end + 1 - start));
    start = end + 1;
  }
  return chunks;
}

namespace {

// The triple on `line` without surrounding white space; empty for blank
// and comment lines.
std::string_view tripleOf(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] == '#') return {};
  return line.substr(first);
}

// Calls `visit` with every triple of `text` (whole lines only).
template <class Visit>
void forEachTriple(std::string_view text, Visit&& visit) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view triple = tripleOf(text.substr(start, end - start));
    if (!triple.empty()) visit(triple);
    start = end + 1;
  }
}

[[noreturn]] void readFailed(const std::filesystem::path& path) {
  throw util::IoError(path.string() + ": " + std::strerror(errno));
}

// Calls `visit` with every triple of the file at `path`, chunk by chunk.
template <class Visit>
void forEachTripleInFile(const std::filesystem::path& path, Visit&& visit) {
  ChunkReader reader(path, 1 << 20);
  std::string chunk;
  while (reader.next(chunk)) forEachTriple(chunk, visit);
}

}  // namespace

std::size_t countDistinctTriples(std::string_view text) {
  std::unordered_set<std::string_view> lines;
  forEachTriple(text, [&](std::string_view triple) { lines.insert(triple); });
  return lines.size();
}

NTriplesScan scanNTriples(const std::filesystem::path& path) {
  NTriplesScan scan;
  std::string previous;
  forEachTripleInFile(path, [&](std::string_view triple) {
    ++scan.triples;
    if (scan.strictlyAscending && scan.triples > 1 && !(std::string_view(previous) < triple)) {
      scan.strictlyAscending = false;
    }
    if (scan.strictlyAscending) previous.assign(triple);
  });
  std::error_code error;
  scan.bytes = static_cast<std::size_t>(std::filesystem::file_size(path, error));
  return scan;
}

std::size_t countDistinctTriplesInFile(const std::filesystem::path& path) {
  std::vector<std::size_t> hashes;
  forEachTripleInFile(path, [&](std::string_view triple) { hashes.push_back(std::hash<std::string_view>{}(triple)); });
  std::sort(hashes.begin(), hashes.end());
  return static_cast<std::size_t>(std::unique(hashes.begin(), hashes.end()) - hashes.begin());
}

ChunkReader::ChunkReader(const std::filesystem::path& path, std::size_t maxBytes) : path_(path), maxBytes_(maxBytes) {
  PG_CHECK(maxBytes > 0, "chunk size must be positive");
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) readFailed(path);
}

ChunkReader::~ChunkReader() {
  if (file_ != nullptr) std::fclose(file_);
}

bool ChunkReader::next(std::string& chunk) {
  chunk = std::move(carry_);
  carry_.clear();
  // Fill up to the budget (or, for a line longer than it, to its end).
  while (!eof_) {
    const std::size_t want = chunk.size() < maxBytes_ ? maxBytes_ - chunk.size() : 64 * 1024;
    const std::size_t start = chunk.size();
    chunk.resize(start + want);
    const std::size_t got = std::fread(chunk.data() + start, 1, want, file_);
    chunk.resize(start + got);
    if (got < want) {
      if (std::ferror(file_)) readFailed(path_);
      eof_ = true;
    }
    if (chunk.size() >= maxBytes_ && chunk.find('\n') != std::string::npos) break;
  }
  if (chunk.empty()) return false;
  if (eof_ && chunk.size() <= maxBytes_) return true;
  // Cut after the last line end within the budget, or else after the first.
  std::size_t cut = chunk.rfind('\n', maxBytes_ - 1);
  if (cut == std::string::npos) cut = chunk.find('\n');
  if (cut == std::string::npos) return true;  // the last line, without a line end
  carry_.assign(chunk, cut + 1);
  chunk.resize(cut + 1);
  return true;
}

}  // namespace pactgraph::store

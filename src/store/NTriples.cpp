#include "pactgraph/store/NTriples.h"

#include <string>
#include <unordered_set>

#include "pactgraph/util/Contract.h"

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

std::size_t countDistinctTriples(std::string_view text) {
  std::unordered_set<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] != '#') lines.insert(line.substr(first));
    start = end + 1;
  }
  return lines.size();
}

}  // namespace pactgraph::store

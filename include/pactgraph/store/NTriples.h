// N-Triples text as the unit of upload. In N-Triples every triple is one
// line, so the text can be cut on line boundaries into chunks that are each
// a valid document, and (in canonical form, as rdf::serialize writes it)
// equal triples are equal lines.
#pragma once

#include <cstddef>
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

}  // namespace pactgraph::store

// Small text utilities shared by the loader, the validator and the writers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph::util {

// The code point at byte `i` of `text` (i < text.size()) and the length of
// its UTF-8 sequence; length 0 when the bytes there are not well-formed
// UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
struct CodePoint {
  char32_t value;
  std::size_t length;
};
CodePoint decodeUtf8(std::string_view text, std::size_t i);

// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates U+D800..U+DFFF, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// Appends the UTF-8 encoding of the code point `c` (at most U+10FFFF).
void appendUtf8(std::string& out, char32_t c);

// "U+FFFE" etc. for the first Unicode noncharacter (U+FDD0..U+FDEF, and
// U+xFFFE / U+xFFFF in every plane) in well-formed UTF-8 `text`, if any.
std::optional<std::string> findNoncharacter(std::string_view text);

// Number of code points in a well-formed UTF-8 prefix; bytes of a malformed
// sequence count one each, so the result is always defined.
std::size_t countCodePoints(std::string_view text);

// Levenshtein distance over bytes; O(|a|·|b|) time, O(|b|) memory.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a plausible
// typo (distance ≤ max(2, |word|/3)), else nothing. Ties go to the first.
std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean `x`?" for `nearest`, or an empty string.
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

// Ids of the input: lowercase ASCII letters, digits and '-', not starting or
// ending with '-', 1..200 characters. Safe as IRI path segments everywhere.
bool isSlug(std::string_view id);

// BCP 47 language tag syntax (RFC 5646 well-formedness, the shape used by
// RDF): a primary subtag of 2–3 or 4–8 letters then subtags of 1–8 letters or
// digits, separated by '-'.
bool isLanguageTag(std::string_view tag);

// An absolute IRI that every RDF syntax can carry: a scheme, then no
// characters outside RFC 3987 (no spaces, <>"{}|\^` or controls).
bool isAbsoluteIri(std::string_view iri);

std::string toLowerAscii(std::string_view text);

// Lowercase hexadecimal SHA-256 of `data` (FIPS 180-4).
std::string sha256Hex(std::string_view data);

}  // namespace pactgraph::util

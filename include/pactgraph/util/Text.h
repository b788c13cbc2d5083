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

// "1 triple", "3 triples": `n` and the noun that agrees with it.
std::string countOf(std::size_t n, std::string_view one, std::string_view many);

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

// What keeps `id` from being a slug, in words for a message ("it contains
// U+043E CYRILLIC SMALL LETTER O, which looks like \"o\"", "it contains a
// space"), or an empty string when it is one.
std::string slugProblem(std::string_view id);

// `text` with the characters that look like ASCII ones (Cyrillic and Greek
// letters, dashes and minus signs, fullwidth forms, non-breaking spaces)
// replaced by them, and invisible ones (zero-width spaces and joiners, soft
// hyphens, byte order marks) removed: what a reader of `text` takes it for.
std::string foldLookalikes(std::string_view text);

// BCP 47 language tag well-formedness (RFC 5646 §2.1 and §2.2.9), ignoring
// case: a language (2–3 letters with up to three 3-letter extensions, or
// 4–8 letters), then an optional script (4 letters), an optional region
// (2 letters or 3 digits), variants (5–8 letters or digits, or a digit and
// three), extensions (a singleton other than x, then subtags of 2–8) and a
// private-use part (x, then subtags of 1–8); or a private-use or
// grandfathered tag alone. Not checked: that the subtags are registered,
// and repeated variants or singletons (validity, not well-formedness).
bool isLanguageTag(std::string_view tag);

// The same rule as an ECMAScript regular expression (for JSON Schema).
std::string languageTagPattern();

// True when `text` holds only white space (or nothing), white space being
// what ECMAScript's `\s` matches — so JSON Schema's `\S` means "not blank".
bool isBlank(std::string_view text);

// An absolute IRI (RFC 3987 §2.2, `IRI`): a scheme, then an authority
// with a well-formed host (a closed IP literal holding an IPv6 address or
// IPvFuture), a path, an optional query and an optional fragment, with
// only the characters the grammar allows — well-formed percent escapes, at
// most one '#', no spaces, controls or <>"{}|\^`, nothing outside `ucschar`
// (and `iprivate` in the query) — and no bidirectional formatting
// characters (§4.1). Every RDF syntax can carry such an IRI.
bool isAbsoluteIri(std::string_view iri);

// `text` with the UTF-8 bytes of every non-ASCII character that an IRI may
// not hold as is (outside `ucschar`, or a bidirectional formatting
// character) percent-encoded, as RFC 3987 §3.1 maps them: text from another
// grammar (a Turtle blank node label may hold U+FFFD or U+EFFFF) made fit
// for an IRI. ASCII is left alone; malformed UTF-8 bytes are encoded too.
std::string percentEncodeNonIriCharacters(std::string_view text);

std::string toLowerAscii(std::string_view text);

// Lowercase hexadecimal SHA-256 of `data` (FIPS 180-4).
std::string sha256Hex(std::string_view data);

}  // namespace pactgraph::util

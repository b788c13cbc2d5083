#include "pactgraph/util/Text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

namespace pactgraph::util {

CodePoint decodeUtf8(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t length = 0;
  std::uint32_t min = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, min = 0x80, cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, min = 0x800, cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, min = 0x10000, cp = b0 & 0x07u;
  } else {
    return {0, 0};
  }
  if (i + length > s.size()) return {0, 0};
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {static_cast<char32_t>(cp), length};
}

namespace {

// Length of the well-formed UTF-8 sequence at `i`, or 0 if it is malformed.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) { return decodeUtf8(s, i).length; }

// The code point at `i` and its length in bytes; a malformed sequence is
// one byte, returned as is (it never equals a code point looked for here).
std::uint32_t decodeAt(std::string_view s, std::size_t i, std::size_t& length) {
  const CodePoint point = decodeUtf8(s, i);
  length = point.length == 0 ? 1 : point.length;
  return point.length == 0 ? static_cast<unsigned char>(s[i]) : static_cast<std::uint32_t>(point.value);
}

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }

}  // namespace

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8SequenceLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::optional<std::string> findNoncharacter(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = std::max<std::size_t>(1, utf8SequenceLength(text, i));
    std::uint32_t cp = static_cast<unsigned char>(text[i]);
    if (n > 1) {
      cp &= 0xFFu >> (n + 1);
      for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      char name[16];
      std::snprintf(name, sizeof name, "U+%04X", cp);
      return std::string(name);
    }
    i += n;
  }
  return std::nullopt;
}

std::string countOf(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::size_t countCodePoints(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    i += std::max<std::size_t>(1, utf8SequenceLength(text, i));
  }
  return count;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates) {
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t bestDistance = limit + 1;
  const std::string lowered = toLowerAscii(word);
  for (const auto& candidate : candidates) {
    const std::size_t d = editDistance(lowered, toLowerAscii(candidate));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  auto match = nearest(word, candidates);
  return match ? "did you mean `" + *match + "`?" : std::string();
}

bool isSlug(std::string_view id) {
  if (id.empty() || id.size() > 200 || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

namespace {

// Characters that pass for ASCII ones, with what they pass for ("" for the
// invisible) and their Unicode names. Sorted by code point.
struct Lookalike {
  std::uint32_t codePoint;
  const char* looksLike;
  const char* name;
};
constexpr Lookalike kLookalikes[] = {
    {0x00A0, " ", "NO-BREAK SPACE"},
    {0x00AD, "", "SOFT HYPHEN"},
    {0x0391, "A", "GREEK CAPITAL LETTER ALPHA"},
    {0x0392, "B", "GREEK CAPITAL LETTER BETA"},
    {0x0395, "E", "GREEK CAPITAL LETTER EPSILON"},
    {0x0397, "H", "GREEK CAPITAL LETTER ETA"},
    {0x0399, "I", "GREEK CAPITAL LETTER IOTA"},
    {0x039A, "K", "GREEK CAPITAL LETTER KAPPA"},
    {0x039C, "M", "GREEK CAPITAL LETTER MU"},
    {0x039D, "N", "GREEK CAPITAL LETTER NU"},
    {0x039F, "O", "GREEK CAPITAL LETTER OMICRON"},
    {0x03A1, "P", "GREEK CAPITAL LETTER RHO"},
    {0x03A4, "T", "GREEK CAPITAL LETTER TAU"},
    {0x03A7, "X", "GREEK CAPITAL LETTER CHI"},
    {0x03B1, "a", "GREEK SMALL LETTER ALPHA"},
    {0x03B9, "i", "GREEK SMALL LETTER IOTA"},
    {0x03BA, "k", "GREEK SMALL LETTER KAPPA"},
    {0x03BD, "v", "GREEK SMALL LETTER NU"},
    {0x03BF, "o", "GREEK SMALL LETTER OMICRON"},
    {0x03C1, "p", "GREEK SMALL LETTER RHO"},
    {0x03C5, "u", "GREEK SMALL LETTER UPSILON"},
    {0x0405, "S", "CYRILLIC CAPITAL LETTER DZE"},
    {0x0406, "I", "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I"},
    {0x0408, "J", "CYRILLIC CAPITAL LETTER JE"},
    {0x0410, "A", "CYRILLIC CAPITAL LETTER A"},
    {0x0412, "B", "CYRILLIC CAPITAL LETTER VE"},
    {0x0415, "E", "CYRILLIC CAPITAL LETTER IE"},
    {0x041A, "K", "CYRILLIC CAPITAL LETTER KA"},
    {0x041C, "M", "CYRILLIC CAPITAL LETTER EM"},
    {0x041D, "H", "CYRILLIC CAPITAL LETTER EN"},
    {0x041E, "O", "CYRILLIC CAPITAL LETTER O"},
    {0x0420, "P", "CYRILLIC CAPITAL LETTER ER"},
    {0x0421, "C", "CYRILLIC CAPITAL LETTER ES"},
    {0x0422, "T", "CYRILLIC CAPITAL LETTER TE"},
    {0x0425, "X", "CYRILLIC CAPITAL LETTER HA"},
    {0x0430, "a", "CYRILLIC SMALL LETTER A"},
    {0x0435, "e", "CYRILLIC SMALL LETTER IE"},
    {0x043E, "o", "CYRILLIC SMALL LETTER O"},
    {0x0440, "p", "CYRILLIC SMALL LETTER ER"},
    {0x0441, "c", "CYRILLIC SMALL LETTER ES"},
    {0x0443, "y", "CYRILLIC SMALL LETTER U"},
    {0x0445, "x", "CYRILLIC SMALL LETTER HA"},
    {0x0455, "s", "CYRILLIC SMALL LETTER DZE"},
    {0x0456, "i", "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"},
    {0x0458, "j", "CYRILLIC SMALL LETTER JE"},
    {0x04BB, "h", "CYRILLIC SMALL LETTER SHHA"},
    {0x04CF, "l", "CYRILLIC SMALL LETTER PALOCHKA"},
    {0x0501, "d", "CYRILLIC SMALL LETTER KOMI DE"},
    {0x051B, "q", "CYRILLIC SMALL LETTER QA"},
    {0x051D, "w", "CYRILLIC SMALL LETTER WE"},
    {0x2007, " ", "FIGURE SPACE"},
    {0x200B, "", "ZERO WIDTH SPACE"},
    {0x200C, "", "ZERO WIDTH NON-JOINER"},
    {0x200D, "", "ZERO WIDTH JOINER"},
    {0x2010, "-", "HYPHEN"},
    {0x2011, "-", "NON-BREAKING HYPHEN"},
    {0x2012, "-", "FIGURE DASH"},
    {0x2013, "-", "EN DASH"},
    {0x2014, "-", "EM DASH"},
    {0x2060, "", "WORD JOINER"},
    {0x202F, " ", "NARROW NO-BREAK SPACE"},
    {0x2212, "-", "MINUS SIGN"},
    {0xFE63, "-", "SMALL HYPHEN-MINUS"},
    {0xFEFF, "", "ZERO WIDTH NO-BREAK SPACE (byte order mark)"},
};

const Lookalike* findLookalike(std::uint32_t cp) {
  const auto it = std::lower_bound(std::begin(kLookalikes), std::end(kLookalikes), cp,
                                   [](const Lookalike& l, std::uint32_t c) { return l.codePoint < c; });
  return it != std::end(kLookalikes) && it->codePoint == cp ? it : nullptr;
}

// Fullwidth forms U+FF01..U+FF5E are ASCII '!'..'~' drawn wide.
constexpr std::uint32_t kFullwidthFirst = 0xFF01;
constexpr std::uint32_t kFullwidthLast = 0xFF5E;
constexpr std::uint32_t kFullwidthOffset = 0xFEE0;

std::string codePointName(std::uint32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
  return text;
}

// "U+043E CYRILLIC SMALL LETTER O, which looks like "o"", "U+00E9 "é"".
std::string describeCharacter(std::string_view bytes, std::uint32_t cp) {
  if (const Lookalike* l = findLookalike(cp)) {
    const std::string looks = *l->looksLike ? "looks like \"" + std::string(l->looksLike) + "\"" : "is invisible";
    return codePointName(cp) + " " + l->name + ", which " + looks;
  }
  if (cp >= kFullwidthFirst && cp <= kFullwidthLast) {
    return codePointName(cp) + " (a fullwidth form), which looks like \"" +
           std::string(1, static_cast<char>(cp - kFullwidthOffset)) + "\"";
  }
  if (cp < 0x20 || cp == 0x7F) return codePointName(cp) + " (a control character)";
  return codePointName(cp) + " \"" + std::string(bytes) + "\"";
}

}  // namespace

std::string slugProblem(std::string_view id) {
  if (isSlug(id)) return {};
  if (id.empty()) return "it is empty";
  for (std::size_t i = 0; i < id.size();) {
    std::size_t length = 1;
    const std::uint32_t cp = decodeAt(id, i, length);
    const char c = id[i];
    if (cp >= 0x80) return "it contains " + describeCharacter(id.substr(i, length), cp);
    if (c >= 'A' && c <= 'Z') return "it contains the uppercase letter \"" + std::string(1, c) + "\"";
    if (c == ' ') return "it contains a space";
    if (!((c >= 'a' && c <= 'z') || isAsciiDigit(c) || c == '-')) {
      return "it contains " + (cp < 0x20 || cp == 0x7F ? describeCharacter({}, cp) : "\"" + std::string(1, c) + "\"");
    }
    i += length;
  }
  if (id.front() == '-') return "it starts with '-'";
  if (id.back() == '-') return "it ends with '-'";
  return "it is longer than 200 characters";
}

std::string foldLookalikes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const std::uint32_t cp = decodeAt(text, i, length);
    if (const Lookalike* l = findLookalike(cp)) {
      out += l->looksLike;
    } else if (cp >= kFullwidthFirst && cp <= kFullwidthLast) {
      out += static_cast<char>(cp - kFullwidthOffset);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

namespace {

// Grandfathered tags (RFC 5646 §2.2.8) that the grammar of the other tags
// does not cover, in lowercase.
constexpr std::string_view kIrregularTags[] = {
    "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak",     "i-klingon", "i-lux",     "i-mingo",
    "i-navajo",  "i-pwn", "i-tao", "i-tay",     "i-tsu",      "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
};

template <typename Predicate>
bool allOf(std::string_view text, Predicate predicate) {
  return std::all_of(text.begin(), text.end(), predicate);
}

}  // namespace

bool isLanguageTag(std::string_view tag) {
  const std::string lower = toLowerAscii(tag);
  if (std::find(std::begin(kIrregularTags), std::end(kIrregularTags), lower) != std::end(kIrregularTags)) return true;
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::string_view part = tag.substr(start, end - start);
    if (part.empty() || part.size() > 8 || !allOf(part, isAsciiAlnum)) return false;
    parts.push_back(part);
    if (end == tag.size()) break;
    start = end + 1;
  }
  const auto size = [&](std::size_t i) { return i < parts.size() ? parts[i].size() : 0; };
  const auto letters = [&](std::size_t i) { return i < parts.size() && allOf(parts[i], isAsciiAlpha); };
  const auto digits = [&](std::size_t i) { return i < parts.size() && allOf(parts[i], isAsciiDigit); };
  const auto isX = [&](std::size_t i) { return size(i) == 1 && (parts[i][0] == 'x' || parts[i][0] == 'X'); };
  // privateuse = "x" 1*("-" (1*8alphanum)), alone or at the end.
  const auto privateUse = [&](std::size_t i) { return isX(i) && i + 1 < parts.size(); };
  if (privateUse(0)) return true;
  // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA; extlang = 3ALPHA *2("-" 3ALPHA)
  if (!letters(0) || size(0) < 2) return false;
  std::size_t i = 1;
  if (size(0) <= 3) {
    for (int extensions = 0; extensions < 3 && letters(i) && size(i) == 3; ++extensions) ++i;
  }
  if (letters(i) && size(i) == 4) ++i;                                      // script
  if ((letters(i) && size(i) == 2) || (digits(i) && size(i) == 3)) ++i;     // region
  while (size(i) >= 5 || (size(i) == 4 && isAsciiDigit(parts[i][0]))) ++i;  // variants
  while (size(i) == 1 && !isX(i)) {                                         // extensions
    ++i;
    if (size(i) < 2) return false;  // a singleton needs a subtag
    while (size(i) >= 2) ++i;
  }
  if (privateUse(i)) return true;
  return i == parts.size();
}

std::string languageTagPattern() {
  // Each grandfathered tag, letter by letter in either case.
  std::string irregular;
  for (const std::string_view tag : kIrregularTags) {
    if (!irregular.empty()) irregular += '|';
    for (const char c : tag) {
      irregular += isAsciiAlpha(c) ? std::string("[") + static_cast<char>(c - 'a' + 'A') + c + "]" : std::string(1, c);
    }
  }
  const std::string alpha = "[A-Za-z]";
  const std::string alnum = "[A-Za-z0-9]";
  const std::string privateUse = "[Xx](?:-" + alnum + "{1,8})+";
  const std::string langtag = "(?:" + alpha + "{2,3}(?:-" + alpha + "{3}){0,3}|" + alpha + "{4,8})" +  // language
                              "(?:-" + alpha + "{4})?" +                                               // script
                              "(?:-(?:" + alpha + "{2}|[0-9]{3}))?" +                                  // region
                              "(?:-(?:" + alnum + "{5,8}|[0-9]" + alnum + "{3}))*" +                   // variants
                              "(?:-[0-9A-WYZa-wyz](?:-" + alnum + "{2,8})+)*" +                        // extensions
                              "(?:-" + privateUse + ")?";
  return "^(?:" + langtag + "|" + privateUse + "|" + irregular + ")$";
}

bool isBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const std::uint32_t cp = decodeAt(text, i, length);
    // ECMAScript WhiteSpace and LineTerminator: TAB, LF, VT, FF, CR, SPACE,
    // the other space separators (Zs), LS, PS and the byte order mark.
    const bool space = (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0xA0 || cp == 0x1680 ||
                       (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
                       cp == 0x3000 || cp == 0xFEFF;
    if (!space) return false;
    i += length;
  }
  return true;
}

std::string toLowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotateRight(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compressBlock(std::array<std::uint32_t, 8>& state, const unsigned char* block) {
  std::array<std::uint32_t, 64> w{};
  for (int t = 0; t < 16; ++t) {
    w[t] = (std::uint32_t{block[4 * t]} << 24) | (std::uint32_t{block[4 * t + 1]} << 16) |
           (std::uint32_t{block[4 * t + 2]} << 8) | std::uint32_t{block[4 * t + 3]};
  }
  for (int t = 16; t < 64; ++t) {
    const std::uint32_t s0 = rotateRight(w[t - 15], 7) ^ rotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
    const std::uint32_t s1 = rotateRight(w[t - 2], 17) ^ rotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  auto [a, b, c, d, e, f, g, h] = state;
  for (int t = 0; t < 64; ++t) {
    const std::uint32_t s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const std::uint32_t choose = (e & f) ^ (~e & g);
    const std::uint32_t temp1 = h + s1 + choose + kRoundConstants[t] + w[t];
    const std::uint32_t s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
    const std::uint32_t temp2 = s0 + majority;
    h = g, g = f, f = e, e = d + temp1, d = c, c = b, b = a, a = temp1 + temp2;
  }
  const std::array<std::uint32_t, 8> add = {a, b, c, d, e, f, g, h};
  for (int i = 0; i < 8; ++i) state[i] += add[i];
}

}  // namespace

std::string sha256Hex(std::string_view data) {
  std::array<std::uint32_t, 8> state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const std::size_t fullBlocks = data.size() / 64;
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  for (std::size_t i = 0; i < fullBlocks; ++i) compressBlock(state, bytes + 64 * i);

  // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number.
  std::array<unsigned char, 128> tail{};
  const std::size_t rest = data.size() - 64 * fullBlocks;
  std::copy(bytes + 64 * fullBlocks, bytes + data.size(), tail.begin());
  tail[rest] = 0x80;
  const std::size_t tailLength = rest + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  for (int i = 0; i < 8; ++i) tail[tailLength - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  compressBlock(state, tail.data());
  if (tailLength == 128) compressBlock(state, tail.data() + 64);

  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (std::uint32_t word : state) {
    for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(word >> shift) & 0xF];
  }
  return out;
}

namespace {

// RFC 3987 §2.2.
bool isHex(char c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isUnreserved(char c) { return isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
bool isSubDelim(char c) { return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos; }

bool isUcschar(std::uint32_t cp) {
  if ((cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)) return true;
  // %x10000-1FFFD / … / %xD0000-DFFFD / %xE1000-EFFFD: every plane but the last two code points.
  if (cp < 0x10000 || cp > 0xEFFFD || (cp & 0xFFFF) > 0xFFFD) return false;
  return cp < 0xE0000 || cp >= 0xE1000;
}

bool isIprivate(std::uint32_t cp) {
  return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
}

// §4.1: IRIs must not contain bidirectional formatting characters (LRM,
// RLM, LRE…RLO; the isolates LRI…PDI were added to Unicode later).
bool isBidiFormatting(std::uint32_t cp) {
  return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// True when `text` consists of ASCII characters in `ascii` (besides the
// unreserved ones), percent escapes, and non-ASCII characters of `ucschar`
// (and of `iprivate` when `privateAllowed`, as in a query).
bool isIriText(std::string_view text, std::string_view ascii, bool privateAllowed = false) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size() || !isHex(text[i + 1]) || !isHex(text[i + 2])) return false;
      i += 3;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      if (!isUnreserved(c) && ascii.find(c) == std::string_view::npos) return false;
      ++i;
      continue;
    }
    if (utf8SequenceLength(text, i) == 0) return false;
    std::size_t length = 1;
    const std::uint32_t cp = decodeAt(text, i, length);
    if (isBidiFormatting(cp) || !(isUcschar(cp) || (privateAllowed && isIprivate(cp)))) return false;
    i += length;
  }
  return true;
}

constexpr std::string_view kSubDelims = "!$&'()*+,;=";
const std::string kPchar = std::string(kSubDelims) + ":@";

bool isIpv4(std::string_view text) {
  int parts = 0;
  for (std::size_t start = 0;; ++parts) {
    const std::size_t end = std::min(text.find('.', start), text.size());
    const std::string_view octet = text.substr(start, end - start);
    if (octet.empty() || octet.size() > 3 || !allOf(octet, isAsciiDigit) || (octet.size() > 1 && octet[0] == '0') ||
        std::stoi(std::string(octet)) > 255) {
      return false;
    }
    if (end == text.size()) return parts == 3;
    start = end + 1;
  }
}

// RFC 3986 §3.2.2 IPv6address: eight groups of 1–4 hex digits, the last two
// possibly as an IPv4 address, with one "::" standing for one or more zero groups.
bool isIpv6(std::string_view text) {
  const std::size_t gap = text.find("::");
  if (gap != std::string_view::npos && text.find("::", gap + 1) != std::string_view::npos) return false;
  const auto groups = [](std::string_view part, bool ipv4AllowedLast, int& count) {
    if (part.empty()) return true;
    for (std::size_t start = 0;;) {
      const std::size_t end = std::min(part.find(':', start), part.size());
      const std::string_view group = part.substr(start, end - start);
      if (end == part.size() && ipv4AllowedLast && group.find('.') != std::string_view::npos) {
        if (!isIpv4(group)) return false;
        count += 2;
        return true;
      }
      if (group.empty() || group.size() > 4 || !allOf(group, isHex)) return false;
      ++count;
      if (end == part.size()) return true;
      start = end + 1;
    }
  };
  int count = 0;
  if (gap == std::string_view::npos) return groups(text, true, count) && count == 8;
  return groups(text.substr(0, gap), false, count) && groups(text.substr(gap + 2), true, count) && count <= 7;
}

bool isIpLiteral(std::string_view text) {  // between the brackets
  if (!text.empty() && (text[0] == 'v' || text[0] == 'V')) {
    // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
    const std::size_t dot = text.find('.');
    if (dot == std::string_view::npos || dot < 2 || !allOf(text.substr(1, dot - 1), isHex)) return false;
    const std::string_view rest = text.substr(dot + 1);
    return !rest.empty() && allOf(rest, [](char c) { return isUnreserved(c) || isSubDelim(c) || c == ':'; });
  }
  return isIpv6(text);
}

// iauthority = [ iuserinfo "@" ] ihost [ ":" port ]
bool isAuthority(std::string_view authority) {
  if (const std::size_t at = authority.find('@'); at != std::string_view::npos) {
    if (!isIriText(authority.substr(0, at), std::string(kSubDelims) + ":")) return false;
    authority.remove_prefix(at + 1);
  }
  std::string_view port;
  if (authority.starts_with('[')) {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos || !isIpLiteral(authority.substr(1, close - 1))) return false;
    port = authority.substr(close + 1);
    if (!port.empty() && port[0] != ':') return false;
  } else {
    const std::size_t colon = authority.find(':');
    if (!isIriText(authority.substr(0, colon), kSubDelims)) return false;  // ireg-name (an IPv4 address is one)
    if (colon != std::string_view::npos) port = authority.substr(colon);
  }
  return port.empty() || allOf(port.substr(1), isAsciiDigit);
}

}  // namespace

std::string percentEncodeNonIriCharacters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const std::uint32_t cp = decodeAt(text, i, length);
    const bool malformed = length == 1 && cp >= 0x80;
    if (cp < 0x80 || (!malformed && isUcschar(cp) && !isBidiFormatting(cp))) {
      out.append(text.substr(i, length));
    } else {
      for (std::size_t k = 0; k < length; ++k) {
        char escape[4];
        std::snprintf(escape, sizeof escape, "%%%02X", static_cast<unsigned char>(text[i + k]));
        out += escape;
      }
    }
    i += length;
  }
  return out;
}

bool isAbsoluteIri(std::string_view iri) {
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  const auto colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || !isAsciiAlpha(iri[0])) return false;
  if (!allOf(iri.substr(1, colon - 1), [](char c) { return isAsciiAlnum(c) || c == '+' || c == '-' || c == '.'; })) {
    return false;
  }
  std::string_view rest = iri.substr(colon + 1);
  if (const std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    // ifragment = *( ipchar / "/" / "?" ): a second '#' is not one of them.
    if (!isIriText(rest.substr(hash + 1), kPchar + "/?")) return false;
    rest = rest.substr(0, hash);
  }
  if (const std::size_t question = rest.find('?'); question != std::string_view::npos) {
    if (!isIriText(rest.substr(question + 1), kPchar + "/?", true)) return false;  // iquery
    rest = rest.substr(0, question);
  }
  if (rest.starts_with("//")) {
    const std::size_t slash = rest.find('/', 2);
    if (!isAuthority(rest.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2))) {
      return false;
    }
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  }
  return isIriText(rest, kPchar + "/");  // ipath-abempty, -absolute, -rootless or -empty
}

}  // namespace pactgraph::util

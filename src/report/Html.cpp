#include "pactgraph/report/Html.h"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::report {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `at`, advancing it; malformed input yields
// U+FFFD and advances one byte.
char32_t nextCodePoint(std::string_view text, std::size_t& at) {
  const util::CodePoint code = util::decodeUtf8(text, at);
  if (code.length == 0) {
    ++at;
    return kReplacement;
  }
  at += code.length;
  return code.value;
}

std::string escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t at = 0;
  while (at < text.size()) {
    const char32_t c = nextCodePoint(text, at);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      case '\'':
        out += attribute ? "&#39;" : "'";
        continue;
      case '\t':
      case '\n':
        out += static_cast<char>(c);
        continue;
      case '\r':
        out += '\n';
        if (at < text.size() && text[at] == '\n') ++at;
        continue;
      default:
        break;
    }
    if (c < 0x20) {
      util::appendUtf8(out, 0x2400 + c);
    } else if (c == 0x7F) {
      util::appendUtf8(out, 0x2421);
    } else if (c >= 0x80 && c <= 0x9F) {
      util::appendUtf8(out, kReplacement);
    } else {
      util::appendUtf8(out, c);
    }
  }
  return out;
}

bool isWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2069) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c < 0x20;
}

double advance(char32_t c) {
  if (isZeroWidth(c)) return 0;
  if (isWide(c)) return 1.0;
  if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == 'i' || c == 'l' || c == 'j' ||
      c == 'I' || c == '!' || c == '|' || c == '(' || c == ')' || c == 'f' || c == 't' || c == 'r') {
    return 0.32;
  }
  if ((c >= 'A' && c <= 'Z') || c == 'm' || c == 'w') return 0.72;
  return 0.6;
}

}  // namespace

std::string escapeText(std::string_view text) { return escape(text, false); }

std::string escapeAttribute(std::string_view text) { return escape(text, true); }

bool needsBidiIsolation(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    const char32_t c = nextCodePoint(text, at);
    if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
        (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF) || c == 0x200E || c == 0x200F || c == 0x061C ||
        (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return true;
    }
  }
  return false;
}

std::string isolatedHtml(std::string_view text) {
  if (!needsBidiIsolation(text)) return escapeText(text);
  return "<bdi>" + escapeText(text) + "</bdi>";
}

std::string isolatedSvg(std::string_view text) {
  if (!needsBidiIsolation(text)) return escapeText(text);
  return "\u2068" + escapeText(text) + "\u2069";
}

std::string anchorId(std::string_view section, std::string_view nodeId) {
  PG_CHECK(util::isSlug(nodeId), "anchor for a node id that is not a slug");
  std::string id(section);
  id += '-';
  id += nodeId;
  return id;
}

double textWidth(std::string_view text, double fontSize) {
  double width = 0;
  std::size_t at = 0;
  while (at < text.size()) width += advance(nextCodePoint(text, at));
  return width * fontSize;
}

std::string truncateToWidth(std::string_view text, double fontSize, double maxWidth) {
  if (textWidth(text, fontSize) <= maxWidth) return std::string(text);
  const double ellipsis = advance(0x2026) * fontSize;
  double width = 0;
  std::size_t at = 0;
  std::size_t keep = 0;
  while (at < text.size()) {
    width += advance(nextCodePoint(text, at)) * fontSize;
    if (width + ellipsis > maxWidth) break;
    keep = at;
  }
  std::string out(text.substr(0, keep));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::string formatNumber(double value, int decimals) {
  PG_CHECK(decimals >= 0 && decimals <= 6, "formatNumber: 0 to 6 decimals");
  PG_CHECK(std::isfinite(value), "formatNumber: a finite value");
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  PG_CHECK(result.ec == std::errc(), "formatNumber: value too large");
  std::string text(buffer, result.ptr);
  // "-0.0" and "-0" are zero.
  if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

}  // namespace pactgraph::report

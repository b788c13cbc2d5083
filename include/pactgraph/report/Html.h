// HTML text for the report: escaping of curated text, bidirectional
// isolation, fragment ids and a width estimate for SVG labels.
//
// All functions take UTF-8 (the loader refuses anything else); a byte that
// is not part of a well-formed sequence becomes U+FFFD rather than being
// copied, so the output is always well-formed UTF-8 whatever the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactgraph::report {

// Text content of an HTML or SVG element: `&`, `<` and `>` become character
// references; CR LF and a lone CR become LF; the other C0 controls (except
// tab and LF) and DEL become their visible Control Pictures (U+2400…U+2421),
// so that "\u0001" shows as "␁"; C1 controls become U+FFFD. Nothing else is
// changed (quotes, non-ASCII and right-to-left text pass through).
std::string escapeText(std::string_view text);

// A double-quoted attribute value: escapeText, and `"` and `'` as references.
std::string escapeAttribute(std::string_view text);

// True when `text` holds right-to-left letters (Hebrew, Arabic, Syriac,
// Thaana, N'Ko…) or explicit bidirectional controls (U+200E, U+200F,
// U+202A…U+202E, U+2066…U+2069, U+061C), i.e. when it must be isolated from
// the text around it to display in the right order.
bool needsBidiIsolation(std::string_view text);

// escapeText, wrapped in <bdi>…</bdi> when needsBidiIsolation (HTML only:
// an unterminated override in a label cannot reorder the rest of the line).
std::string isolatedHtml(std::string_view text);

// escapeText, wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
// (U+2068 … U+2069) when needsBidiIsolation: the same isolation for SVG
// <text>, which has no <bdi>.
std::string isolatedSvg(std::string_view text);

// The fragment id of a node in a section of the report: anchorId("actor",
// "mao-zedong") is "actor-mao-zedong". Node ids are slugs (validated), so the
// result is a valid id and needs no escaping; a non-slug id is a contract
// violation.
std::string anchorId(std::string_view section, std::string_view nodeId);

// Estimated advance width, in px, of `text` set in a sans-serif face at
// `fontSize` px: per code point, wide (CJK, emoji) 1 em, narrow punctuation
// and spaces 0.32 em, capitals 0.72 em, others 0.6 em (DejaVu Sans, the
// widest common default); zero-width marks
// (combining characters, bidirectional controls) nothing. An estimate for
// label placement, not a measurement.
double textWidth(std::string_view text, double fontSize);

// The first code points of `text` whose estimated width fits in `maxWidth`,
// followed by "…" when anything was cut; `text` itself when it fits.
// Never splits a UTF-8 sequence.
std::string truncateToWidth(std::string_view text, double fontSize, double maxWidth);

// A decimal with `decimals` digits after the point (0…6), independent of the
// C locale, and without a negative zero: the only way numbers reach the
// report, so that the same data gives byte-identical files.
std::string formatNumber(double value, int decimals);

}  // namespace pactgraph::report

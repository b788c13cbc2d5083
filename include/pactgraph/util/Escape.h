// Escaping for every output channel, one function per channel, so that no
// curated value can break out of its field: a spreadsheet cell, an XML
// attribute, a Graphviz label, or a line of terminal or log output.
#pragma once

#include <string>
#include <string_view>

namespace pactgraph::util {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
// break, with quotes doubled. A field a spreadsheet would evaluate — one
// starting with '=', '+', '-', '@', TAB or CR, as OWASP lists — is quoted
// with a leading "'" (which spreadsheets show as text), unless it is a plain
// number such as "-0.5" or "+3".
std::string csvField(std::string_view text);

// Text for XML 1.0 character data and attribute values: & < > " ' escaped,
// TAB, LF and CR as character references (so attributes keep them), every
// other C0 control dropped (XML 1.0 cannot carry them at all).
std::string xmlEscape(std::string_view text);

// A Graphviz quoted string ("…"): quotes and backslashes escaped, line
// breaks as \n, '&' as &amp; (Graphviz expands entities in labels), and the
// other C0 controls dropped as in xmlEscape (Graphviz copies them into SVG,
// which is then not XML).
std::string dotQuoted(std::string_view text);

// Text that is safe on a terminal and in a log: every control character —
// C0 (including line breaks and ESC), DEL, C1 (U+0080..U+009F), and the
// Unicode line and paragraph separators — as \u001b, so a value can neither
// send escape sequences nor forge a line; bytes that are not UTF-8 as \xff.
// Printable text, including non-ASCII, is kept.
std::string terminalSafe(std::string_view text);

// Text inside a line of Markdown (CommonMark, GitHub Flavored): every
// character that can start inline markup — \ ` * _ [ ] < > | ~ & — is
// backslash-escaped, so no value can open a link, an image, raw HTML, code,
// emphasis or a table cell; line breaks and every other control character
// (as in terminalSafe) become a space, so no value can start a block
// (heading, list, quote). Printable text, including non-ASCII, is kept.
std::string markdownEscape(std::string_view text);

}  // namespace pactgraph::util

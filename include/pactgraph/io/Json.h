// A JSON document that remembers where every value was written.
//
// nlohmann/json parses (through its SAX interface); this layer adds what the
// user needs to find a mistake: the byte offset of every value and key (hence
// file:line:col), detection of duplicate keys (nlohmann would silently keep
// the last), numbers kept as their exact lexeme (no silent conversion to
// double), and a nesting limit. Every problem becomes a Diagnostic.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::io {

struct JsonMember;

struct JsonValue {
  enum class Kind { null, boolean, number, string, object, array };

  Kind kind = Kind::null;
  std::string text;                     // string: decoded UTF-8; number: exact lexeme; boolean: "true"/"false"
  std::vector<JsonMember> members;      // object members in input order
  std::vector<std::size_t> keyOffsets;  // parallel to `members`
  std::vector<JsonValue> items;         // array items
  std::size_t offset = 0;               // byte offset of the first byte

  const JsonValue* member(std::string_view key) const;
  bool isObject() const { return kind == Kind::object; }
  bool isArray() const { return kind == Kind::array; }
  bool isString() const { return kind == Kind::string; }
};

struct JsonMember {
  std::string key;
  JsonValue value;
};

std::string_view kindName(JsonValue::Kind kind);

// Maps byte offsets of one file to 1-based line and column (code points).
class LineIndex {
 public:
  LineIndex(std::string fileName, std::string_view text);
  util::SourcePosition position(std::size_t byteOffset) const;

 private:
  util::SharedText fileName_;
  std::string_view text_;
  std::vector<std::size_t> lineStarts_;
  // The last position computed (see position()).
  mutable std::size_t lastLine_ = 0;
  mutable std::size_t lastOffset_ = 0;
  mutable std::size_t lastColumn_ = 1;
};

// Deepest nesting of arrays and objects accepted; pactgraph's own files need 6.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parses `text` (the contents of `fileName`). Returns the root value, or
// nothing when the document is not well-formed JSON; either way every problem
// found is added to `diagnostics` (ids `json.syntax`, `json.empty`,
// `json.duplicate-key`, `json.number-range`, `json.too-deep`). A document
// with duplicate keys is returned (first value kept) so that later checks can
// still run, but the diagnostic makes the run fail. Syntax errors point at
// the first byte of the offending token (a NUL byte, which nlohmann/json
// would take for the end of the text, is one).
std::optional<JsonValue> parseJson(std::string_view text, const LineIndex& lines, util::Diagnostics& diagnostics);

// The encodings a JSON file can arrive in (RFC 8259 §8.1 requires UTF-8;
// editors on Windows still save UTF-16).
enum class TextEncoding { utf8, utf16le, utf16be, utf32le, utf32be };
std::string_view encodingName(TextEncoding encoding);  // "UTF-16 (little-endian)"

// Tells UTF-16 and UTF-32 apart from UTF-8 by a byte order mark, or else by
// the NUL bytes around the first two characters, which are ASCII in any
// JSON text (RFC 4627 §3). Anything else is taken as UTF-8.
TextEncoding detectEncoding(std::string_view bytes);

// UTF-16 or UTF-32 `bytes` as UTF-8, without the byte order mark. Nothing
// when they are ill-formed (a lone surrogate, a code point beyond U+10FFFF,
// a truncated code unit). Line breaks and code points are kept, so
// positions (line and column in code points) are those of the original.
std::optional<std::string> transcodeToUtf8(std::string_view bytes, TextEncoding encoding);

// RFC 6901 escaping of one reference token (~ → ~0, / → ~1).
std::string escapePointerToken(std::string_view token);

}  // namespace pactgraph::io

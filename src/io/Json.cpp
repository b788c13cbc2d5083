#include "pactgraph/io/Json.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

#include "pactgraph/util/Text.h"

namespace pactgraph::io {

const JsonValue* JsonValue::member(std::string_view key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::string_view kindName(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::null:
      return "null";
    case JsonValue::Kind::boolean:
      return "a boolean";
    case JsonValue::Kind::number:
      return "a number";
    case JsonValue::Kind::string:
      return "a string";
    case JsonValue::Kind::object:
      return "an object";
    case JsonValue::Kind::array:
      return "an array";
  }
  return "a value";
}

std::string escapePointerToken(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

LineIndex::LineIndex(std::string fileName, std::string_view text) : fileName_(std::move(fileName)), text_(text) {
  lineStarts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') lineStarts_.push_back(i + 1);
  }
}

util::SourcePosition LineIndex::position(std::size_t byteOffset) const {
  byteOffset = std::min(byteOffset, text_.size());
  const auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), byteOffset);
  const std::size_t line = static_cast<std::size_t>(next - lineStarts_.begin());
  const std::size_t lineStart = lineStarts_[line - 1];
  // Values are mostly asked for in file order: count the code points from
  // the previous position when it lies earlier on the same line.
  std::size_t from = lineStart;
  std::size_t column = 1;
  if (lastLine_ == line && lastOffset_ <= byteOffset) {
    from = lastOffset_;
    column = lastColumn_;
  }
  column += util::countCodePoints(text_.substr(from, byteOffset - from));
  lastLine_ = line;
  lastOffset_ = byteOffset;
  lastColumn_ = column;
  return {fileName_, line, column, byteOffset};
}

namespace {

// An input iterator over the document that publishes how many bytes the
// parser has consumed, so that SAX events can be mapped back to offsets.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* position, const char* begin, std::size_t* consumed)
      : position_(position), begin_(begin), consumed_(consumed) {}
  reference operator*() const { return *position_; }
  CountingIterator& operator++() {
    ++position_;
    *consumed_ = static_cast<std::size_t>(position_ - begin_);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& other) const { return position_ == other.position_; }
  bool operator!=(const CountingIterator& other) const { return position_ != other.position_; }

 private:
  const char* position_;
  const char* begin_;
  std::size_t* consumed_;
};

bool isNumberChar(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  TreeBuilder(std::string_view text, const std::size_t* consumed, const LineIndex& lines,
              util::Diagnostics& diagnostics)
      : text_(text), consumed_(consumed), lines_(lines), diagnostics_(diagnostics) {}

  bool null() override { return addLeaf(JsonValue::Kind::null, {}, *consumed_ - 4); }
  bool boolean(bool value) override {
    return addLeaf(JsonValue::Kind::boolean, value ? "true" : "false", *consumed_ - (value ? 4 : 5));
  }
  bool number_integer(number_integer_t) override { return number(); }
  bool number_unsigned(number_unsigned_t) override { return number(); }
  bool number_float(number_float_t, const string_t&) override { return number(); }
  bool string(string_t& value) override { return addLeaf(JsonValue::Kind::string, std::move(value), stringStart()); }
  bool binary(binary_t&) override { return false; }  // not produced by the JSON parser

  bool start_object(std::size_t) override { return open(JsonValue::Kind::object); }
  bool start_array(std::size_t) override { return open(JsonValue::Kind::array); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& name) override {
    JsonValue& object = *stack_.back().value;
    const std::size_t offset = stringStart();
    if (isDuplicate(stack_.back(), name)) {
      const auto& first = object.keyOffsets[static_cast<std::size_t>(
          std::find_if(object.members.begin(), object.members.end(), [&](const auto& m) { return m.key == name; }) -
          object.members.begin())];
      const auto firstPosition = lines_.position(first);
      diagnostics_.error("json.duplicate-key", {lines_.position(offset), pointer() + "/" + escapePointerToken(name)},
                         "duplicate key " + util::quotedValue(name) + " in the same object",
                         "the first one is at line " + std::to_string(firstPosition.line) + ", column " +
                             std::to_string(firstPosition.column) + "; keep one of them");
      pendingKey_.reset();  // the duplicate's value is parsed but dropped
      skipNextValue_ = true;
      return true;
    }
    pendingKey_ = {std::move(name), offset};
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                   const nlohmann::detail::exception& error) override {
    std::string message = error.what();
    // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while …"
    const auto colon = message.find(": ", message.find("column"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    // The "last read" excerpt may hold the very bytes that are not UTF-8;
    // the position says where they are.
    if (const auto lastRead = message.find("; last read: "); lastRead != std::string::npos) {
      const auto expected = message.find("; expected", lastRead);
      message.erase(lastRead, expected == std::string::npos ? std::string::npos : expected - lastRead);
    }
    std::string id = "json.syntax";
    std::string hint;
    if (error.id == 406) {
      id = "json.number-range";
      message = "number is out of range (it does not fit in a 64-bit floating-point value)";
      hint = "write very large quantities as a string with the exact digits";
    } else if (text_.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      id = "json.empty";
      message = "the file is empty; a data file is a JSON object";
      hint = "put {} in it, or remove it";
    } else if (message.find("UTF-8") != std::string::npos) {
      hint = "save the file as UTF-8";
    }
    const std::size_t offset = errorOffset(position, error);
    if (id == "json.syntax" && hint.empty()) {
      if (offset < text_.size() && text_[offset] == '/') {
        hint = "JSON has no comments; remove it (or keep the remark in a \"note\")";
      } else if (message.find("expected end of input") != std::string::npos) {
        hint = "a data file holds one JSON object; merge the two, or put the second in a file of its own";
      }
    }
    diagnostics_.error(std::move(id), {lines_.position(offset), {}}, std::move(message), std::move(hint));
    return false;
  }

  std::optional<JsonValue> takeRoot() { return std::move(root_); }

 private:
  // Where the token that `error` complains about starts. `position` counts
  // the bytes the lexer has read, up to and including its current byte (one
  // past the end at the end of input); nlohmann's own "last read" excerpt
  // is not used: it spans everything since the last string or number.
  std::size_t errorOffset(std::size_t position, const nlohmann::detail::exception& error) const {
    const std::string what = error.what();
    const auto dash = what.find(" - ");
    const std::string_view problem =
        dash == std::string::npos ? std::string_view() : std::string_view(what).substr(dash + 3);
    const std::size_t current = position == 0 ? 0 : position - 1;
    const std::size_t last = text_.empty() ? 0 : std::min(current, text_.size() - 1);
    const auto isAlpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto runBack = [&](std::size_t end, auto belongs) {  // start of the run of `belongs` ending before `end`
      while (end > 0 && belongs(text_[end - 1])) --end;
      return end;
    };
    if (error.id == 406 || problem.starts_with("unexpected number literal")) {
      return runBack(last + 1, isNumberChar);  // the lexer stopped after the number's last character
    }
    if (problem.starts_with("unexpected end of input")) return text_.size();
    if (problem.starts_with("unexpected string literal")) return openingQuote(last == 0 ? 0 : last - 1);
    if (problem.starts_with("unexpected true literal") || problem.starts_with("unexpected false literal") ||
        problem.starts_with("unexpected null literal")) {
      return runBack(last + 1, isAlpha);
    }
    if (problem.starts_with("invalid string")) {
      // The byte that broke the string may be the quote that ended it too soon.
      return openingQuote(current >= text_.size() || last == 0 ? last : last - 1);
    }
    if (problem.starts_with("invalid number")) return runBack(std::min(current, text_.size()), isNumberChar);
    if (problem.starts_with("invalid literal")) {
      // "tru}" or "nul" at the end: the literal began before the byte that broke it.
      const std::size_t end = std::min(current, text_.size());
      const std::size_t start = runBack(end, isAlpha);
      const std::string_view begun = text_.substr(start, end - start);
      for (std::string_view literal : {"true", "false", "null"}) {
        if (!begun.empty() && begun.size() < literal.size() && literal.starts_with(begun)) return start;
      }
    }
    if (problem.starts_with("invalid BOM")) return 0;
    return last;
  }

  // Offset of the unescaped quote that opens the string containing, or
  // ending just after, offset `inside`.
  std::size_t openingQuote(std::size_t inside) const {
    for (std::size_t i = std::min(inside + 1, text_.size()); i-- > 0;) {
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i > backslashes && text_[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }

  // One open object or array: where it lives, the keys seen so far, and the
  // pointer segment ("/key" or "/3") that leads to it from its parent.
  struct Frame {
    JsonValue* value;
    std::string segment;
    // The keys seen, once the object has too many for a linear scan.
    std::unique_ptr<std::unordered_set<std::string>> manyKeys;
  };

  // Objects of a few keys (nearly all) are checked by a scan of their
  // members; larger ones through a hash set, so no input is quadratic.
  static constexpr std::size_t kScannedKeys = 16;
  static bool isDuplicate(Frame& frame, const std::string& name) {
    const auto& members = frame.value->members;
    if (!frame.manyKeys) {
      const bool seen =
          std::any_of(members.begin(), members.end(), [&](const JsonMember& member) { return member.key == name; });
      if (seen || members.size() < kScannedKeys) return seen;
      frame.manyKeys = std::make_unique<std::unordered_set<std::string>>();
      for (const auto& member : members) frame.manyKeys->insert(member.key);
    }
    return !frame.manyKeys->insert(name).second;
  }

  bool number() {
    // The lexer has read one character past the number, unless at the end.
    std::size_t end = *consumed_;
    if (end < text_.size() || (end > 0 && !isNumberChar(text_[end - 1]))) --end;
    std::size_t start = end;
    while (start > 0 && isNumberChar(text_[start - 1])) --start;
    return addLeaf(JsonValue::Kind::number, std::string(text_.substr(start, end - start)), start);
  }

  // Offset of the opening quote of the string token just read.
  std::size_t stringStart() const { return openingQuote(*consumed_ - 2); }

  std::string pointer() const {
    std::string out;
    for (std::size_t i = 1; i < stack_.size(); ++i) out += stack_[i].segment;
    return out;
  }

  // Attaches `value` to the current container; returns where it now lives.
  JsonValue* attach(JsonValue value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &*root_;
    }
    JsonValue& parent = *stack_.back().value;
    if (parent.kind == JsonValue::Kind::array) {
      parent.items.push_back(std::move(value));
      return &parent.items.back();
    }
    if (!pendingKey_) return nullptr;  // value of a duplicate key: dropped
    parent.members.push_back({std::move(pendingKey_->first), std::move(value)});
    parent.keyOffsets.push_back(pendingKey_->second);
    pendingKey_.reset();
    return &parent.members.back().value;
  }

  std::string childSegment() const {
    if (stack_.empty()) return {};
    const JsonValue& parent = *stack_.back().value;
    if (parent.kind == JsonValue::Kind::array) return "/" + std::to_string(parent.items.size());
    return pendingKey_ ? "/" + escapePointerToken(pendingKey_->first) : std::string();
  }

  bool addLeaf(JsonValue::Kind kind, std::string text, std::size_t offset) {
    if (skipNextValue_) {  // the value of a duplicate key: dropped
      skipNextValue_ = false;
      return true;
    }
    JsonValue value;
    value.kind = kind;
    value.text = std::move(text);
    value.offset = offset;
    attach(std::move(value));
    return true;
  }

  bool open(JsonValue::Kind kind) {
    const std::size_t offset = *consumed_ - 1;
    if (stack_.size() >= kMaxJsonDepth) {
      diagnostics_.error("json.too-deep", {lines_.position(offset), pointer()},
                         "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                         "pactgraph data files nest at most 6 levels; check for a runaway bracket");
      return false;
    }
    JsonValue value;
    value.kind = kind;
    value.offset = offset;
    std::string segment = childSegment();
    JsonValue* placed = nullptr;
    if (skipNextValue_) {
      // The value of a duplicate key: build it in a scratch slot, then drop it.
      skipNextValue_ = false;
      scratch_.push_back(std::move(value));
      placed = &scratch_.back();
    } else {
      placed = attach(std::move(value));
    }
    stack_.push_back({placed, std::move(segment), nullptr});
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const std::size_t* consumed_;
  const LineIndex& lines_;
  util::Diagnostics& diagnostics_;
  std::optional<JsonValue> root_;
  // Pointers into parents stay valid: a parent only grows after its open
  // child closes. Dropped values live in a deque, which never moves elements.
  std::vector<Frame> stack_;
  std::deque<JsonValue> scratch_;
  std::optional<std::pair<std::string, std::size_t>> pendingKey_;
  bool skipNextValue_ = false;
};

}  // namespace

std::string_view encodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::utf8:
      return "UTF-8";
    case TextEncoding::utf16le:
      return "UTF-16 (little-endian)";
    case TextEncoding::utf16be:
      return "UTF-16 (big-endian)";
    case TextEncoding::utf32le:
      return "UTF-32 (little-endian)";
    case TextEncoding::utf32be:
      return "UTF-32 (big-endian)";
  }
  return "UTF-8";
}

TextEncoding detectEncoding(std::string_view bytes) {
  const auto at = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100u; };
  // Byte order marks (UTF-32 first: its little-endian mark begins like UTF-16's).
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return TextEncoding::utf32le;
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return TextEncoding::utf32be;
  if (at(0) == 0xFF && at(1) == 0xFE) return TextEncoding::utf16le;
  if (at(0) == 0xFE && at(1) == 0xFF) return TextEncoding::utf16be;
  // No mark: the first two characters are ASCII.
  if (bytes.size() >= 4) {
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0) return TextEncoding::utf32be;
    if (at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0) return TextEncoding::utf32le;
    if (at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) return TextEncoding::utf16be;
    if (at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0) return TextEncoding::utf16le;
  } else if (bytes.size() == 2) {
    if (at(0) == 0 && at(1) != 0) return TextEncoding::utf16be;
    if (at(0) != 0 && at(1) == 0) return TextEncoding::utf16le;
  }
  return TextEncoding::utf8;
}

std::optional<std::string> transcodeToUtf8(std::string_view bytes, TextEncoding encoding) {
  if (encoding == TextEncoding::utf8) return std::string(bytes);
  const bool wide = encoding == TextEncoding::utf32le || encoding == TextEncoding::utf32be;
  const bool little = encoding == TextEncoding::utf16le || encoding == TextEncoding::utf32le;
  const std::size_t unit = wide ? 4 : 2;
  if (bytes.size() % unit != 0) return std::nullopt;
  const auto codeUnit = [&](std::size_t i) {
    std::uint32_t value = 0;
    for (std::size_t k = 0; k < unit; ++k) {
      const auto byte = static_cast<unsigned char>(bytes[i + (little ? unit - 1 - k : k)]);
      value = (value << 8) | byte;
    }
    return value;
  };
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); i += unit) {
    std::uint32_t cp = codeUnit(i);
    if (!wide && cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate needs its low one
      if (i + unit >= bytes.size()) return std::nullopt;
      const std::uint32_t low = codeUnit(i + unit);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += unit;
    } else if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return std::nullopt;
    }
    if (i == 0 && cp == 0xFEFF) continue;  // the byte order mark
    util::appendUtf8(out, static_cast<char32_t>(cp));
  }
  return out;
}

std::optional<JsonValue> parseJson(std::string_view text, const LineIndex& lines, util::Diagnostics& diagnostics) {
  // nlohmann/json ends the text at a NUL byte and would accept what precedes it.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.error("json.syntax", {lines.position(nul), {}},
                      "syntax error: a NUL byte (U+0000), which JSON text never contains",
                      "is this a binary file? Inside a string, write \\u0000");
    return std::nullopt;
  }
  std::size_t consumed = 0;
  TreeBuilder builder(text, &consumed, lines, diagnostics);
  CountingIterator first(text.data(), text.data(), &consumed);
  CountingIterator last(text.data() + text.size(), text.data(), &consumed);
  const bool ok = nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true, false);
  if (!ok) return std::nullopt;
  return builder.takeRoot();
}

}  // namespace pactgraph::io

#include "pactgraph/io/Json.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <nlohmann/json.hpp>
#include <memory>
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
                         "duplicate key \"" + name + "\" in the same object",
                         "the first one is at line " + std::to_string(firstPosition.line) + ", column " +
                             std::to_string(firstPosition.column) + "; keep one of them");
      pendingKey_.reset();  // the duplicate's value is parsed but dropped
      skipNextValue_ = true;
      return true;
    }
    pendingKey_ = {std::move(name), offset};
    return true;
  }

  bool parse_error(std::size_t position, const std::string& lastToken,
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
    // `position` counts the bytes read, up to and including the offending
    // token: point at where that token starts.
    std::size_t offset = position > lastToken.size() ? position - lastToken.size() : 0;
    if (message.find("end of input") != std::string::npos) offset = text_.size();
    diagnostics_.error(std::move(id), {lines_.position(offset), {}}, std::move(message), std::move(hint));
    return false;
  }

  std::optional<JsonValue> takeRoot() { return std::move(root_); }

 private:
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
  std::size_t stringStart() const {
    std::size_t i = *consumed_ - 1;  // the closing quote
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i > backslashes && text_[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }

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

std::optional<JsonValue> parseJson(std::string_view text, const LineIndex& lines, util::Diagnostics& diagnostics) {
  std::size_t consumed = 0;
  TreeBuilder builder(text, &consumed, lines, diagnostics);
  CountingIterator first(text.data(), text.data(), &consumed);
  CountingIterator last(text.data() + text.size(), text.data(), &consumed);
  const bool ok = nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true, false);
  if (!ok) return std::nullopt;
  return builder.takeRoot();
}

}  // namespace pactgraph::io

#include "pactgraph/util/Diagnostics.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <iterator>
#include <limits>
#include <mutex>
#include <ostream>
#include <tuple>
#include <unordered_map>

#include "pactgraph/util/Escape.h"

namespace pactgraph::util {

SharedText::SharedText(std::string text)
    : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}

const std::string& SharedText::str() const {
  static const std::string empty;
  return text_ ? *text_ : empty;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.str(); }

namespace {

// The file names of StoredOrigin: index i holds the name whose id is i + 1.
// A deque keeps each SharedText (and so the address of its text) in place.
struct FileTable {
  std::mutex mutex;
  std::deque<SharedText> names;
  std::unordered_map<std::string, std::uint32_t> ids;
};

FileTable& fileTable() {
  static FileTable table;
  return table;
}

std::uint32_t fileId(const SharedText& file) {
  if (file.empty()) return 0;
  // The names of one file's values share one text: remember the last one.
  thread_local const std::string* lastText = nullptr;
  thread_local std::uint32_t lastId = 0;
  if (&file.str() == lastText) return lastId;
  FileTable& table = fileTable();
  const std::lock_guard lock(table.mutex);
  auto [it, added] = table.ids.try_emplace(file.str(), static_cast<std::uint32_t>(table.names.size() + 1));
  if (added) table.names.push_back(file);
  if (&table.names[it->second - 1].str() == &file.str()) {
    lastText = &file.str();
    lastId = it->second;
  }
  return it->second;
}

SharedText fileName(std::uint32_t id) {
  if (id == 0) return {};
  FileTable& table = fileTable();
  const std::lock_guard lock(table.mutex);
  return table.names[id - 1];
}

std::uint32_t saturated(std::size_t n) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(n, std::numeric_limits<std::uint32_t>::max()));
}

std::unique_ptr<char[]> storedText(std::string_view text) {
  if (text.empty()) return nullptr;
  const std::uint32_t length = saturated(text.size());
  auto stored = std::make_unique_for_overwrite<char[]>(sizeof length + length);
  std::memcpy(stored.get(), &length, sizeof length);
  std::memcpy(stored.get() + sizeof length, text.data(), length);
  return stored;
}

}  // namespace

StoredOrigin::StoredOrigin(const Origin& origin)
    : file_(fileId(origin.position.file)),
      line_(saturated(origin.position.line)),
      column_(saturated(origin.position.column)),
      byteOffset_(saturated(origin.position.byteOffset)),
      pointer_(storedText(origin.pointer)) {}

StoredOrigin::StoredOrigin(const StoredOrigin& other)
    : file_(other.file_),
      line_(other.line_),
      column_(other.column_),
      byteOffset_(other.byteOffset_),
      pointer_(storedText(other.pointer())) {}

StoredOrigin& StoredOrigin::operator=(const StoredOrigin& other) {
  if (this != &other) *this = StoredOrigin(other);
  return *this;
}

std::string_view StoredOrigin::pointer() const {
  if (!pointer_) return {};
  std::uint32_t length = 0;
  std::memcpy(&length, pointer_.get(), sizeof length);
  return {pointer_.get() + sizeof length, length};
}

SourcePosition StoredOrigin::position() const { return {fileName(file_), line_, column_, byteOffset_}; }

Origin StoredOrigin::resolved() const { return {position(), std::string(pointer())}; }

namespace {

// The byte length of the first `maxCodePoints` code points of `text` (all of
// it when shorter). Continuation bytes (10xxxxxx) do not start a code point;
// bytes that are not UTF-8 count one each.
std::size_t prefixBytes(std::string_view text, std::size_t maxCodePoints) {
  std::size_t codePoints = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool continuation = (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    if (!continuation && codePoints++ == maxCodePoints) return i;
  }
  return text.size();
}

// `text` itself, or its first `maxCodePoints` code points, an ellipsis and
// the full length when it is longer.
std::string cut(std::string_view text, std::size_t maxCodePoints, std::string_view closing) {
  const std::size_t kept = prefixBytes(text, maxCodePoints);
  if (kept == text.size()) return std::string(text).append(closing);
  return std::string(text.substr(0, kept))
      .append("…")
      .append(closing)
      .append(" (" + std::to_string(text.size()) + " bytes)");
}

std::string bounded(std::string text) {
  if (text.size() <= kMaxDiagnosticText) return text;
  return cut(text, kMaxDiagnosticText / 4, "");  // a code point has at most 4 bytes
}

}  // namespace

std::string quotedValue(std::string_view value) { return "\"" + cut(value, kShownValueLength, "\""); }

void Diagnostics::error(std::string id, Origin origin, std::string message, std::string hint) {
  origin.pointer = bounded(std::move(origin.pointer));
  diagnostics_.push_back(
      {Severity::error, std::move(id), std::move(origin), bounded(std::move(message)), bounded(std::move(hint))});
  ++errorCount_;
}

void Diagnostics::warning(std::string id, Origin origin, std::string message, std::string hint) {
  origin.pointer = bounded(std::move(origin.pointer));
  diagnostics_.push_back(
      {Severity::warning, std::move(id), std::move(origin), bounded(std::move(message)), bounded(std::move(hint))});
}

void Diagnostics::append(Diagnostics&& other) {
  diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(other.diagnostics_.begin()),
                      std::make_move_iterator(other.diagnostics_.end()));
  errorCount_ += other.errorCount_;
  other = Diagnostics{};
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> result = diagnostics_;
  std::stable_sort(result.begin(), result.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto& pa = a.origin.position;
    const auto& pb = b.origin.position;
    return std::tie(pa.file, pa.line, pa.column) < std::tie(pb.file, pb.line, pb.column);
  });
  return result;
}

std::string format(const Diagnostic& d) {
  // Every part that can carry input text goes through terminalSafe: a file
  // name or a value can neither send escape sequences nor forge a line.
  std::string out;
  const auto& p = d.origin.position;
  if (!p.file.empty()) {
    out += terminalSafe(p.file.str());
    if (p.line > 0) {
      out += ':' + std::to_string(p.line) + ':' + std::to_string(p.column);
    }
    out += ": ";
  }
  out += d.severity == Severity::error ? "error[" : "warning[";
  out += d.id + "]: " + terminalSafe(d.message);
  if (!d.origin.pointer.empty()) {
    // A pointer holds the keys on its way, which can be input of any length.
    out += " (at " + terminalSafe(cut(d.origin.pointer, 2 * kShownValueLength, "")) + ")";
  }
  if (!d.hint.empty()) {
    out += "\n  hint: " + terminalSafe(d.hint);
  }
  return out;
}

std::string positionText(const SourcePosition& position) {
  return position.file.str() + ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace pactgraph::util

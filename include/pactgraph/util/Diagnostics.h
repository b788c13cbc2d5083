// Diagnostics: the one channel through which every expected problem with the
// user's input reaches the user. Each diagnostic has a stable id (part of the
// interface, tested), a position, the JSON Pointer of the offending value, a
// message and an optional hint. Broken invariants of the program itself are
// not diagnostics: they throw (see Contract.h).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pactgraph::util {

// An immutable string shared by its copies: the file name that every value
// read from a file carries costs one pointer per value, not one allocation.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text);  // NOLINT(google-explicit-constructor): a file name is text
  SharedText(const char* text) : SharedText(std::string(text)) {}

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  bool empty() const { return str().empty(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) { return a.str() <=> b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& text);

 private:
  std::shared_ptr<const std::string> text_;  // null: empty
};

// Where a value was written: `file` as given on the command line, `line` and
// `column` 1-based (column counts Unicode code points), 0 when unknown.
struct SourcePosition {
  SharedText file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t byteOffset = 0;
};

// "file:line:col", the numbers printed even when unknown (0): how reports
// point at the place a claim was written.
std::string positionText(const SourcePosition& position);

// Position plus the JSON Pointer (RFC 6901) of a value in its file.
struct Origin {
  SourcePosition position;
  std::string pointer;
};

// An Origin as the records of a loaded graph keep it, in 24 bytes instead of
// 72 plus the pointer's buffer: the file as an index into a process-wide
// table of file names (each name registered once, never removed), line,
// column and byte offset as 32-bit numbers (saturating: the offset of a
// value past 4 GiB is kept as 2^32 − 1; no output prints it), and the JSON
// Pointer in one allocation of its own, its length in front. Made from an
// Origin implicitly; `resolved()` (or the conversion back) gives the equal Origin (same file
// text, line, column and pointer), which is what a Diagnostic carries.
class StoredOrigin {
 public:
  StoredOrigin() = default;
  StoredOrigin(const Origin& origin);  // NOLINT(google-explicit-constructor): the loader stores what it read
  StoredOrigin(const StoredOrigin& other);
  StoredOrigin(StoredOrigin&& other) noexcept = default;
  StoredOrigin& operator=(const StoredOrigin& other);
  StoredOrigin& operator=(StoredOrigin&& other) noexcept = default;
  ~StoredOrigin() = default;

  Origin resolved() const;
  // So that a diagnostic can be given a stored origin: it is resolved then.
  operator Origin() const { return resolved(); }  // NOLINT(google-explicit-constructor)
  SourcePosition position() const;
  std::string_view pointer() const;

 private:
  std::uint32_t file_ = 0;  // 0: no file; else 1 + its index in the table
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
  std::uint32_t byteOffset_ = 0;
  std::unique_ptr<char[]> pointer_;  // null when empty; else a std::uint32_t length, then the bytes
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string id;  // stable, dotted: `json.syntax`, `data.unknown-reference`
  Origin origin;
  std::string message;
  std::string hint;  // empty when there is nothing useful to suggest
};

// Collects diagnostics of one run; nothing is printed until the caller asks.
class Diagnostics {
 public:
  void error(std::string id, Origin origin, std::string message, std::string hint = {});
  void warning(std::string id, Origin origin, std::string message, std::string hint = {});
  // Appends the diagnostics of `other` after these, in their order.
  void append(Diagnostics&& other);

  bool hasErrors() const { return errorCount_ > 0; }
  std::size_t errorCount() const { return errorCount_; }
  std::size_t warningCount() const { return diagnostics_.size() - errorCount_; }

  // In file, line, column order (stable for equal positions), so that output
  // does not depend on the order in which checks ran.
  std::vector<Diagnostic> sorted() const;
  const std::vector<Diagnostic>& all() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t errorCount_ = 0;
};

// A value of the input as a diagnostic message shows it: in double quotes,
// and, when longer than `kShownValueLength` code points, cut there with an
// ellipsis and followed by its full length in bytes — `"abc…" (52428800
// bytes)` — so that a huge value (a 50 MB string) is named, not echoed.
// Cuts fall between code points. The loader and the validator quote values
// with it (not std::quoted, which escapes and never cuts).
inline constexpr std::size_t kShownValueLength = 80;
std::string quotedValue(std::string_view value);

// Longest message, hint or JSON Pointer a Diagnostic keeps, in bytes: a
// longer one (a value quoted without `quotedValue`, a pointer through a huge
// key) is cut the same way, as a safety net; format() shows at most
// 2 × kShownValueLength code points of a pointer.
inline constexpr std::size_t kMaxDiagnosticText = 2000;

// `file:line:col: error[id]: message (at /json/pointer)` plus an indented
// `hint:` line; the format of serd and compilers, so editors can jump to it.
std::string format(const Diagnostic& diagnostic);

}  // namespace pactgraph::util

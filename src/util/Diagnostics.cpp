#include "pactgraph/util/Diagnostics.h"

#include <algorithm>
#include <ostream>
#include <tuple>

#include "pactgraph/util/Escape.h"

namespace pactgraph::util {

SharedText::SharedText(std::string text)
    : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}

const std::string& SharedText::str() const {
  static const std::string empty;
  return text_ ? *text_ : empty;
}

std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << text.str(); }

void Diagnostics::error(std::string id, Origin origin, std::string message, std::string hint) {
  diagnostics_.push_back({Severity::error, std::move(id), std::move(origin), std::move(message), std::move(hint)});
  ++errorCount_;
}

void Diagnostics::warning(std::string id, Origin origin, std::string message, std::string hint) {
  diagnostics_.push_back(
      {Severity::warning, std::move(id), std::move(origin), std::move(message), std::move(hint)});
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
    out += " (at " + terminalSafe(d.origin.pointer) + ")";
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

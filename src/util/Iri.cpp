#include "pactgraph/util/Iri.h"

#include <optional>

namespace pactgraph::util {

namespace {

// The five components of RFC 3986 §3; absent ones are nullopt (an empty
// query "?" differs from no query).
struct Components {
  std::optional<std::string> scheme;
  std::optional<std::string> authority;
  std::string path;
  std::optional<std::string> query;
  std::optional<std::string> fragment;
};

Components split(std::string_view iri) {
  Components c;
  // scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  const std::size_t colon = iri.find(':');
  const std::size_t firstDelimiter = iri.find_first_of("/?#");
  if (colon != std::string_view::npos && colon > 0 &&
      (firstDelimiter == std::string_view::npos || colon < firstDelimiter)) {
    c.scheme = std::string(iri.substr(0, colon));
    iri.remove_prefix(colon + 1);
  }
  if (const std::size_t hash = iri.find('#'); hash != std::string_view::npos) {
    c.fragment = std::string(iri.substr(hash + 1));
    iri = iri.substr(0, hash);
  }
  if (const std::size_t question = iri.find('?'); question != std::string_view::npos) {
    c.query = std::string(iri.substr(question + 1));
    iri = iri.substr(0, question);
  }
  if (iri.starts_with("//")) {
    const std::size_t end = iri.find('/', 2);
    c.authority = std::string(iri.substr(2, end == std::string_view::npos ? std::string_view::npos : end - 2));
    iri = end == std::string_view::npos ? std::string_view() : iri.substr(end);
  }
  c.path = std::string(iri);
  return c;
}

std::string recompose(const Components& c) {
  std::string out;
  if (c.scheme) out += *c.scheme + ":";
  if (c.authority) out += "//" + *c.authority;
  out += c.path;
  if (c.query) out += "?" + *c.query;
  if (c.fragment) out += "#" + *c.fragment;
  return out;
}

// RFC 3986 §5.2.3.
std::string merge(const Components& base, const std::string& referencePath) {
  if (base.authority && base.path.empty()) return "/" + referencePath;
  const std::size_t slash = base.path.rfind('/');
  return slash == std::string::npos ? referencePath : base.path.substr(0, slash + 1) + referencePath;
}

}  // namespace

bool isRelativeReference(std::string_view reference) { return !split(reference).scheme.has_value(); }

std::string removeDotSegments(std::string_view path) {
  std::string input(path);
  std::string output;
  while (!input.empty()) {
    if (input.starts_with("../")) {
      input.erase(0, 3);
    } else if (input.starts_with("./")) {
      input.erase(0, 2);
    } else if (input.starts_with("/./")) {
      input.erase(0, 2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.starts_with("/../") || input == "/..") {
      input = input == "/.." ? "/" : input.substr(3);
      const std::size_t last = output.rfind('/');
      output.erase(last == std::string::npos ? 0 : last);
    } else if (input == "." || input == "..") {
      input.clear();
    } else {
      const std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
      output += input.substr(0, next);
      input.erase(0, next == std::string::npos ? input.size() : next);
    }
  }
  return output;
}

std::string resolveIri(std::string_view base, std::string_view reference) {
  const Components r = split(reference);
  Components t;
  if (r.scheme) {
    t = r;
    t.path = removeDotSegments(r.path);
    return recompose(t);
  }
  if (base.empty()) return std::string(reference);
  const Components b = split(base);
  if (r.authority) {
    t.authority = r.authority;
    t.path = removeDotSegments(r.path);
    t.query = r.query;
  } else {
    if (r.path.empty()) {
      t.path = b.path;
      t.query = r.query ? r.query : b.query;
    } else {
      t.path = removeDotSegments(r.path.starts_with('/') ? r.path : merge(b, r.path));
      t.query = r.query;
    }
    t.authority = b.authority;
  }
  t.scheme = b.scheme;
  t.fragment = r.fragment;
  return recompose(t);
}

std::string_view iriLocalName(std::string_view iri) {
  const auto cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

std::string_view iriNamespace(std::string_view iri) {
  const auto cut = iri.find_last_of("#/");
  return cut == std::string_view::npos ? iri : iri.substr(0, cut + 1);
}

}  // namespace pactgraph::util

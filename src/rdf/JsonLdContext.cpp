#include "JsonLdContext.h"

#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf::detail {

namespace {

using Json = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& message) { throw WriteError("JSON-LD context: " + message); }

constexpr std::string_view kGenDelims = ":/?#[]@";

// A term definition as written, before its IRIs are expanded.
struct RawTerm {
  std::string id;  // @id or @reverse, or the term itself
  bool reverse = false;
  bool simple = false;  // "term": "iri"
  bool prefixFlag = false;
  std::string type;
  std::set<std::string> container;
};

RawTerm readTerm(const std::string& name, const Json& definition) {
  RawTerm raw;
  if (definition.is_string()) {
    raw.id = definition.get<std::string>();
    raw.simple = true;
    return raw;
  }
  if (!definition.is_object()) fail("term `" + name + "`: a definition is a string or an object");
  for (const auto& [key, value] : definition.items()) {
    if ((key == "@id" || key == "@reverse" || key == "@type") && !value.is_string()) {
      fail("term `" + name + "`: `" + key + "` must be a string");
    }
    if (key == "@id" || key == "@reverse") {
      raw.id = value.get<std::string>();
      raw.reverse = key == "@reverse";
    } else if (key == "@type") {
      raw.type = value.get<std::string>();
    } else if (key == "@container") {
      for (const auto& item : value.is_array() ? value : Json::array({value})) {
        if (!item.is_string() || (item != "@set" && item != "@language")) {
          fail("term `" + name + "`: only @set and @language containers are supported");
        }
        raw.container.insert(item.get<std::string>());
      }
    } else if (key == "@prefix" && value.is_boolean()) {
      raw.prefixFlag = value.get<bool>();
    } else if (key != "@protected") {
      fail("term `" + name + "`: `" + key + "` is not supported");
    }
  }
  if (raw.id.empty()) raw.id = name;  // a compact or absolute IRI used as a term
  return raw;
}

// Expands IRIs inside the context as JSON-LD 1.1 does (vocabulary-relative:
// terms first, then compact IRIs under a prefix, then absolute IRIs).
class Expander {
 public:
  explicit Expander(const std::map<std::string, RawTerm>& raws) : raws_(raws) {}

  std::string expand(const std::string& value, int depth = 0) const {
    if (depth > 16) fail("`" + value + "`: term definitions refer to each other in a cycle");
    if (value.starts_with('@')) fail("`" + value + "`: keyword aliases are not supported");
    if (const auto it = raws_.find(value); it != raws_.end() && it->second.id != value) {
      return expand(it->second.id, depth + 1);
    }
    const auto colon = value.find(':');
    if (colon == std::string::npos)
      fail("`" + value + "` is not a term, compact IRI or absolute IRI (there is no @vocab)");
    const std::string prefix = value.substr(0, colon);
    const std::string suffix = value.substr(colon + 1);
    if (prefix == "_") fail("`" + value + "`: blank nodes are not supported");
    if (suffix.starts_with("//")) return value;
    if (isPrefix(prefix, depth)) return expand(raws_.at(prefix).id, depth + 1) + suffix;
    return value;  // an absolute IRI with scheme `prefix`
  }

  // JSON-LD 1.1: a simple definition whose IRI ends in a gen-delim, or
  // one with "@prefix": true.
  bool isPrefix(const std::string& name, int depth = 0) const {
    const auto it = raws_.find(name);
    if (it == raws_.end() || it->second.reverse || name.find_first_of(":/") != std::string::npos) return false;
    if (it->second.prefixFlag) return true;
    if (!it->second.simple) return false;
    const std::string iri = expand(it->second.id, depth + 1);
    return !iri.empty() && kGenDelims.find(iri.back()) != std::string_view::npos;
  }

 private:
  const std::map<std::string, RawTerm>& raws_;
};

}  // namespace

JsonLdContext JsonLdContext::parse(std::string_view document) {
  Json parsed;
  try {
    parsed = Json::parse(document);
  } catch (const Json::exception& error) {
    fail(error.what());
  }
  const Json& context = parsed.is_object() && parsed.contains("@context") ? parsed["@context"] : parsed;
  if (!context.is_object()) fail("the context must be one object (remote and array contexts are not supported)");

  std::vector<std::string> names;  // document order
  std::map<std::string, RawTerm> raws;
  for (const auto& [key, value] : context.items()) {
    if (key == "@version") {
      if (value != 1.1) fail("@version must be 1.1");
      continue;
    }
    if (key == "@protected") continue;
    if (key.starts_with('@')) fail("`" + key + "` is not supported: it changes how plain values read");
    if (value.is_null()) continue;
    RawTerm raw = readTerm(key, value);
    if (raw.id.starts_with('@')) continue;  // a keyword alias: the writer writes keywords itself
    names.push_back(key);
    raws.emplace(key, std::move(raw));
  }

  JsonLdContext out;
  const Expander expander(raws);
  out.terms_.reserve(names.size());
  for (const auto& name : names) {
    const RawTerm& raw = raws.at(name);
    JsonLdTerm term;
    term.name = name;
    term.iri = expander.expand(raw.id);
    term.reverse = raw.reverse;
    term.prefix = expander.isPrefix(name);
    term.set = raw.container.contains("@set");
    if (raw.container.contains("@language")) {
      if (!raw.type.empty()) fail("term `" + name + "`: a language map cannot also have @type");
      term.values = JsonLdTerm::Values::languageMap;
    } else if (raw.type == "@id") {
      term.values = JsonLdTerm::Values::iri;
    } else if (raw.type == "@vocab") {
      term.values = JsonLdTerm::Values::vocabIri;
    } else if (!raw.type.empty()) {
      if (raw.type == "@json" || raw.type == "@none")
        fail("term `" + name + "`: @type " + raw.type + " is not supported");
      term.values = JsonLdTerm::Values::datatype;
      term.datatype = expander.expand(raw.type);
    }
    out.terms_.push_back(std::move(term));
  }
  for (const auto& term : out.terms_) {
    out.byName_.emplace(term.name, &term);
    if (!term.reverse) out.forward_[term.iri].push_back(&term);
    if (term.prefix) out.prefixes_.push_back(&term);
  }
  out.text_ = context.dump(2, ' ', false, Json::error_handler_t::strict);
  return out;
}

const std::vector<const JsonLdTerm*>& JsonLdContext::termsFor(const std::string& iri) const {
  static const std::vector<const JsonLdTerm*> kNone;
  const auto it = forward_.find(iri);
  return it == forward_.end() ? kNone : it->second;
}

const JsonLdTerm* JsonLdContext::term(const std::string& name) const {
  const auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second;
}

std::optional<std::string> JsonLdContext::expandIri(const std::string& value, bool vocab) const {
  if (vocab) {
    if (const JsonLdTerm* named = term(value); named && !named->reverse) return named->iri;
  }
  const auto colon = value.find(':');
  if (colon == std::string::npos) return std::nullopt;
  if (std::string_view(value).substr(colon + 1).starts_with("//")) return value;
  if (const JsonLdTerm* prefix = term(value.substr(0, colon)); prefix && prefix->prefix) {
    return prefix->iri + value.substr(colon + 1);
  }
  return value;
}

std::string JsonLdContext::vocabName(const std::string& iri) const {
  const JsonLdTerm* best = nullptr;
  const auto rank = [](const JsonLdTerm& term) {
    return std::tuple(!term.set, term.values != JsonLdTerm::Values::iri, term.name.size(), std::string_view(term.name));
  };
  for (const JsonLdTerm* term : termsFor(iri)) {
    if (term->values != JsonLdTerm::Values::iri && term->values != JsonLdTerm::Values::plain) continue;
    if (!best || rank(*term) < rank(*best)) best = term;
  }
  return best ? best->name : compactIri(iri);
}

std::string JsonLdContext::compactIri(const std::string& iri) const {
  std::string best;
  for (const JsonLdTerm* prefix : prefixes_) {
    if (iri.size() <= prefix->iri.size() || !iri.starts_with(prefix->iri)) continue;
    const std::string_view local = std::string_view(iri).substr(prefix->iri.size());
    if (local.find_first_of(kGenDelims) != std::string_view::npos || local.starts_with('_')) continue;
    std::string candidate = prefix->name + ":" + std::string(local);
    if (byName_.contains(candidate)) continue;
    if (best.empty() || candidate.size() < best.size() || (candidate.size() == best.size() && candidate < best)) {
      best = std::move(candidate);
    }
  }
  if (!best.empty()) return best;
  // The IRI as it is: it must not read as a compact IRI or a term.
  const auto colon = iri.find(':');
  const auto scheme = byName_.find(iri.substr(0, colon));
  const bool confusable = colon != std::string::npos && !std::string_view(iri).substr(colon + 1).starts_with("//") &&
                          scheme != byName_.end() && scheme->second->prefix;
  const auto same = byName_.find(iri);
  if (confusable || (same != byName_.end() && same->second->iri != iri)) {
    throw WriteError("JSON-LD: the IRI <" + iri + "> would read as a term or compact IRI of the context");
  }
  return iri;
}

}  // namespace pactgraph::rdf::detail

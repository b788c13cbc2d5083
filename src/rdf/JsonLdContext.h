// Internal: the term definitions of a JSON-LD 1.1 context, as the JSON-LD
// writer follows them and the JSON-LD reader expands them — the subset of context processing that contexts
// like `pactgraph generate`'s use: prefixes, terms with `@id` or `@reverse`,
// `@type` (`@id`, `@vocab` or a datatype), `@container` (`@language`,
// `@set`). Anything that would change how the writer's plain values read
// (`@vocab`, `@base`, a default `@language` or `@direction`, `@import`,
// scoped or remote contexts, other containers) is refused with a
// WriteError, so that a document written with the context always reads
// back as the quads it was written from.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pactgraph::rdf::detail {

struct JsonLdTerm {
  // How the term's values are written: `plain` takes any value in its
  // explicit form (a bare string for xsd:string); `iri` an IRI as a string
  // (`@type: @id`); `vocabIri` an IRI as a term or compact IRI (`@type:
  // @vocab`); `datatype` a literal of exactly `datatype` as a string or,
  // where lossless, a JSON number or boolean; `languageMap` language-tagged
  // strings as {"tag": "text"} (`@container: @language`).
  enum class Values { plain, iri, vocabIri, datatype, languageMap };

  std::string name;
  std::string iri;  // the expanded IRI mapping (the property, for a reverse term)
  Values values = Values::plain;
  std::string datatype;  // expanded; Values::datatype only
  bool set = false;      // `@container: @set`: values always in an array
  bool reverse = false;  // `@reverse`: never used by the writer
  bool prefix = false;   // may be the prefix of compact IRIs (JSON-LD 1.1 rules)
};

class JsonLdContext {
 public:
  // `document` is a context document ({"@context": {...}}) or the context
  // object itself. Throws WriteError when it is not JSON, not one context
  // object, or uses a feature listed above.
  static JsonLdContext parse(std::string_view document);

  // Terms point into `terms_`: movable, not copyable.
  JsonLdContext(JsonLdContext&&) = default;
  JsonLdContext& operator=(JsonLdContext&&) = default;
  JsonLdContext(const JsonLdContext&) = delete;
  JsonLdContext& operator=(const JsonLdContext&) = delete;

  // The @context object as JSON text (2-space indentation, first line unindented).
  const std::string& text() const { return text_; }

  // The forward terms whose IRI mapping is `iri`, in document order.
  const std::vector<const JsonLdTerm*>& termsFor(const std::string& iri) const;

  // `iri` as a value expanded relative to the vocabulary (a @type, a
  // datatype, a value of a `@type: @vocab` term): the term JSON-LD
  // compaction selects for a bare IRI — one mapping to it without a
  // language container or a datatype or @vocab coercion, preferring `@set`,
  // then `@type: @id`, then the shortest name — else compactIri(iri).
  std::string vocabName(const std::string& iri) const;

  // The term named `name` (forward or reverse), or null.
  const JsonLdTerm* term(const std::string& name) const;

  // IRI expansion (JSON-LD 1.1 §5.2) of a key, @type or value as written:
  // with `vocab` (keys, types, `@type: @vocab` values) a term gives its IRI
  // mapping; then `prefix:suffix` under a term that may be a prefix gives
  // its IRI plus the suffix; anything else with a colon (an absolute IRI,
  // `_:b0`) is returned as written; nothing for a value without a colon
  // that is not a term (a relative reference: there is no @vocab or @base).
  std::optional<std::string> expandIri(const std::string& value, bool vocab) const;

  // `iri` as a key or @id: `prefix:local` under the prefix giving the
  // shortest (then the lexicographically least) compact IRI whose local part
  // is plain (no gen-delim, not starting with `_`) and that is not itself a
  // term; else the IRI itself. Throws WriteError when the IRI itself would
  // read as a compact IRI (its scheme is a prefix and no "//" follows).
  std::string compactIri(const std::string& iri) const;

 private:
  JsonLdContext() = default;

  std::vector<JsonLdTerm> terms_;
  std::unordered_map<std::string, std::vector<const JsonLdTerm*>> forward_;  // by IRI
  std::unordered_map<std::string, const JsonLdTerm*> byName_;
  std::vector<const JsonLdTerm*> prefixes_;
  std::string text_;
};

}  // namespace pactgraph::rdf::detail

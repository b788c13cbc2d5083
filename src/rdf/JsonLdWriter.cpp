// JSON-LD 1.1, streamed, in the round-trip-safe shape of
// ../shared/RDF-PITFALLS.md: no @vocab, no context-wide @language, named
// graphs as {"@id": G, "@graph": [...]}. Two namings (Writer.h,
// JsonLdOptions): without a context, an inline @context of prefixes only,
// every literal an explicit {"@value", "@type"|"@language"} object with a
// string value, IRIs as {"@id": <absolute IRI>}; with a context, its terms
// (JsonLdContext.h), and a value in the explicit form only where no term fits.
// Layout: 2-space indentation, one node object per subject, keys in the
// order of the sorted quads.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "JsonLdContext.h"
#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::rdf::detail {

namespace {

// "pg:party" for IRIs under a prefix whose local part is safe in a compact
// IRI; the absolute IRI otherwise.
std::string compact(const std::string& iri, const Prefixes& prefixes) {
  for (const auto& [name, ns] : prefixes) {
    if (iri.size() > ns.size() && iri.starts_with(ns)) {
      const std::string local = iri.substr(ns.size());
      if (local.find_first_of(":/?#[]@") == std::string::npos && !local.starts_with("_")) return name + ":" + local;
    }
  }
  return iri;
}

// A JSON string literal (nlohmann's escaping; strict: invalid UTF-8 throws,
// and cannot reach here because terms are validated first).
std::string quote(std::string_view text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

// Writes `text` as a JSON string literal, escaped exactly as quote() does
// (\" \\ \b \f \n \r \t, other control characters as \u00xx, UTF-8 kept),
// without building a string: runs of plain characters go to the sink as they are.
void writeQuoted(util::TextSink& sink, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  sink << "\"";
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    sink << text.substr(run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        sink << "\\\"";
        break;
      case '\\':
        sink << "\\\\";
        break;
      case '\b':
        sink << "\\b";
        break;
      case '\f':
        sink << "\\f";
        break;
      case '\n':
        sink << "\\n";
        break;
      case '\r':
        sink << "\\r";
        break;
      case '\t':
        sink << "\\t";
        break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        sink << std::string_view(escaped, sizeof escaped);
      }
    }
  }
  sink << text.substr(run) << "\"";
}

// The XSD datatypes whose canonical integral lexical forms JSON-LD readers
// turn a JSON number back into (toRDF: an integral number under a coerced
// datatype other than xsd:double keeps the datatype, in integer form).
bool isIntegralDatatype(std::string_view datatype) {
  static constexpr std::string_view kLocals[] = {"integer",
                                                 "decimal",
                                                 "long",
                                                 "int",
                                                 "short",
                                                 "byte",
                                                 "nonNegativeInteger",
                                                 "positiveInteger",
                                                 "nonPositiveInteger",
                                                 "negativeInteger",
                                                 "unsignedLong",
                                                 "unsignedInt",
                                                 "unsignedShort",
                                                 "unsignedByte"};
  if (!datatype.starts_with(model::vocab::xsd)) return false;
  const auto local = datatype.substr(model::vocab::xsd.size());
  return std::find(std::begin(kLocals), std::end(kLocals), local) != std::end(kLocals);
}

// `-?(0|[1-9][0-9]*)` within ±(2^53 − 1): what a JSON number keeps exactly
// in every reader (JavaScript parses numbers as doubles) and JSON-LD's
// toRDF writes back digit for digit.
bool isSafeCanonicalInteger(std::string_view lexical) {
  const std::string_view digits = lexical.starts_with('-') ? lexical.substr(1) : lexical;
  if (digits.empty() || digits.size() > 16 || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return false;
  if (digits.starts_with('0')) return digits.size() == 1 && lexical.size() == 1;  // "0", never "-0" or "007"
  return digits.size() < 16 || digits <= "9007199254740991";
}

class Streamer {
 public:
  Streamer(const QuadStore& store, const Prefixes& prefixes, const JsonLdOptions& options, util::TextSink& sink)
      : store_(store), prefixes_(prefixes), sink_(sink) {
    if (!options.context.empty()) context_.emplace(JsonLdContext::parse(options.context));
    reference_ = options.contextReference;
    PG_CHECK(reference_.empty() || context_, "a JSON-LD context reference needs the context it refers to");
  }

  void write() {
    if (!context_) {
      sink_ << "{\n  \"@context\": {\n    \"@version\": 1.1";
      for (const auto& [name, ns] : prefixes_) sink_ << ",\n    " << quote(name) << ": " << quote(ns);
      sink_ << "\n  },\n  \"@graph\": [";
    } else if (!reference_.empty()) {
      sink_ << "{\n  \"@context\": " << quote(reference_) << ",\n  \"@graph\": [";
    } else {
      std::string text = context_->text();
      for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 3))
        text.replace(at, 1, "\n  ");
      sink_ << "{\n  \"@context\": " << text << ",\n  \"@graph\": [";
    }
    const auto& quads = store_.quads();
    bool firstItem = true;
    for (std::size_t i = 0; i < quads.size();) {
      const auto graph = quads[i].graph;
      std::size_t end = i;
      while (end < quads.size() && quads[end].graph == graph) ++end;
      if (graph == QuadStore::kDefaultGraph) {
        nodes(i, end, "    ", firstItem);
      } else {
        sink_ << (firstItem ? "\n" : ",\n") << "    {\n      \"@id\": " << quote(nodeId(graph))
              << ",\n      \"@graph\": [";
        bool firstNode = true;
        nodes(i, end, "        ", firstNode);
        sink_ << "\n      ]\n    }";
        firstItem = false;
      }
      i = end;
    }
    sink_ << (firstItem ? "]\n}\n" : "\n  ]\n}\n");
  }

 private:
  // A node or graph id: the absolute IRI, or with a context a compact IRI
  // where a prefix fits.
  std::string nodeId(QuadStore::TermId id) const {
    return context_ ? context_->compactIri(store_.term(id).value) : store_.term(id).value;
  }

  // One node object per subject in quads [begin, end) (one graph).
  void nodes(std::size_t begin, std::size_t end, const std::string& indent, bool& first) {
    if (context_) {
      nodesWithContext(begin, end, indent, first);
      return;
    }
    const auto& quads = store_.quads();
    const std::string inner = indent + "  ";
    for (std::size_t i = begin; i < end;) {
      const auto subject = quads[i].subject;
      sink_ << (first ? "\n" : ",\n") << indent << "{\n" << inner << "\"@id\": ";
      writeQuoted(sink_, store_.term(subject).value);
      first = false;
      // Types first ("@type"), then each predicate with its values.
      std::size_t stop = i;
      while (stop < end && quads[stop].subject == subject) ++stop;
      bool typed = false;
      for (std::size_t k = i; k < stop; ++k) {
        if (store_.term(quads[k].predicate).value != rdfType_ || !store_.term(quads[k].object).isIri()) continue;
        sink_ << (typed ? ", " : (",\n" + inner + "\"@type\": ["));
        writeQuoted(sink_, compacted(quads[k].object));
        typed = true;
      }
      if (typed) sink_ << "]";
      for (std::size_t k = i; k < stop;) {
        const auto predicate = quads[k].predicate;
        std::size_t next = k;
        while (next < stop && quads[next].predicate == predicate) ++next;
        const bool isType = store_.term(predicate).value == rdfType_;
        bool firstValue = true;
        for (std::size_t v = k; v < next; ++v) {
          const model::Term& object = store_.term(quads[v].object);
          if (isType && object.isIri()) continue;  // written as @type
          if (firstValue) {
            sink_ << ",\n" << inner;
            writeQuoted(sink_, compacted(predicate));
            sink_ << ": [";
          }
          sink_ << (firstValue ? "\n" : ",\n") << inner << "  ";
          writeValue(object);
          firstValue = false;
        }
        if (!firstValue) sink_ << "\n" << inner << "]";
        k = next;
      }
      sink_ << "\n" << indent << "}";
      i = stop;
    }
  }

  // nodes() with the context's terms (Writer.h, JsonLdOptions).
  void nodesWithContext(std::size_t begin, std::size_t end, const std::string& indent, bool& first) {
    const auto& quads = store_.quads();
    const std::string inner = indent + "  ";
    std::vector<std::size_t> values;
    std::vector<int> slots;
    for (std::size_t i = begin; i < end;) {
      const auto subject = quads[i].subject;
      sink_ << (first ? "\n" : ",\n") << indent << "{\n" << inner << "\"@id\": ";
      writeQuoted(sink_, nodeId(subject));
      first = false;
      std::size_t stop = i;
      while (stop < end && quads[stop].subject == subject) ++stop;
      values.clear();
      for (std::size_t k = i; k < stop; ++k) {
        if (store_.term(quads[k].predicate).value == rdfType_ && store_.term(quads[k].object).isIri())
          values.push_back(k);
      }
      if (!values.empty()) {
        sink_ << ",\n" << inner << "\"@type\": ";
        if (values.size() > 1) sink_ << "[";
        for (std::size_t n = 0; n < values.size(); ++n) {
          if (n > 0) sink_ << ", ";
          writeQuoted(sink_, vocabName(quads[values[n]].object));
        }
        if (values.size() > 1) sink_ << "]";
      }
      for (std::size_t k = i; k < stop;) {
        const auto predicate = quads[k].predicate;
        std::size_t next = k;
        while (next < stop && quads[next].predicate == predicate) ++next;
        const bool isType = store_.term(predicate).value == rdfType_;
        const auto& terms = termsFor(predicate);
        // Each value goes under the first term that fits it; -1: under the
        // predicate's compact IRI.
        slots.clear();
        for (std::size_t v = k; v < next; ++v) {
          const model::Term& object = store_.term(quads[v].object);
          int slot = -1;
          if (isType && object.isIri()) {
            slot = -2;  // written as @type
          } else {
            for (std::size_t t = 0; t < terms.size() && slot < 0; ++t) {
              if (fits(*terms[t], object)) slot = static_cast<int>(t);
            }
          }
          slots.push_back(slot);
        }
        for (int slot = 0; slot <= static_cast<int>(terms.size()); ++slot) {
          const int wanted = slot < static_cast<int>(terms.size()) ? slot : -1;
          values.clear();
          for (std::size_t v = k; v < next; ++v) {
            if (slots[v - k] == wanted) values.push_back(v);
          }
          if (values.empty()) continue;
          const JsonLdTerm* term = wanted >= 0 ? terms[static_cast<std::size_t>(wanted)] : nullptr;
          sink_ << ",\n" << inner;
          writeQuoted(sink_, term ? term->name : fallbackKey(predicate));
          sink_ << ": ";
          if (term && term->values == JsonLdTerm::Values::languageMap) {
            writeLanguageMap(values, term->set, inner);
          } else {
            writeTermValues(values, term, inner);
          }
        }
        k = next;
      }
      sink_ << "\n" << indent << "}";
      i = stop;
    }
  }

  static bool fits(const JsonLdTerm& term, const model::Term& object) {
    switch (term.values) {
      case JsonLdTerm::Values::iri:
      case JsonLdTerm::Values::vocabIri:
        return object.isIri();
      case JsonLdTerm::Values::datatype:
        return object.isLiteral() && object.language.empty() && object.datatype == term.datatype;
      case JsonLdTerm::Values::languageMap:
        return object.isLiteral() && !object.language.empty();
      case JsonLdTerm::Values::plain:
        return true;
    }
    return false;
  }

  // Values of one key (quad indices): one bare, several (or any under
  // @set) in an array, one per line.
  void writeTermValues(const std::vector<std::size_t>& indices, const JsonLdTerm* term, const std::string& inner) {
    const auto& quads = store_.quads();
    const bool array = indices.size() > 1 || (term && term->set);
    if (array) sink_ << "[";
    for (std::size_t n = 0; n < indices.size(); ++n) {
      if (array) sink_ << (n == 0 ? "\n" : ",\n") << inner << "  ";
      writeValueWithContext(store_.term(quads[indices[n]].object), term);
    }
    if (array) sink_ << "\n" << inner << "]";
  }

  // {"tag": "text" | ["text", …]}, tags in order of first appearance.
  void writeLanguageMap(const std::vector<std::size_t>& indices, bool set, const std::string& inner) {
    const auto& quads = store_.quads();
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> languages;
    for (const std::size_t index : indices) {
      const model::Term& object = store_.term(quads[index].object);
      auto it =
          std::find_if(languages.begin(), languages.end(), [&](const auto& l) { return l.first == object.language; });
      if (it == languages.end()) it = languages.insert(languages.end(), {object.language, {}});
      it->second.push_back(object.value);
    }
    const bool multiline = languages.size() > 1;
    sink_ << "{";
    for (std::size_t n = 0; n < languages.size(); ++n) {
      const auto& [language, texts] = languages[n];
      if (multiline) sink_ << (n == 0 ? "\n" : ",\n") << inner << "  ";
      writeQuoted(sink_, language);
      sink_ << ": ";
      const bool array = texts.size() > 1 || set;
      if (array) sink_ << "[";
      for (std::size_t t = 0; t < texts.size(); ++t) {
        if (t > 0) sink_ << ", ";
        writeQuoted(sink_, texts[t]);
      }
      if (array) sink_ << "]";
    }
    sink_ << (multiline ? "\n" + inner + "}" : "}");
  }

  // One value under `term` (which it fits), or in its explicit form under
  // the compact IRI when `term` is null.
  void writeValueWithContext(const model::Term& object, const JsonLdTerm* term) {
    const auto values = term ? term->values : JsonLdTerm::Values::plain;
    if (object.isIri()) {
      if (values == JsonLdTerm::Values::iri) {
        writeQuoted(sink_, context_->compactIri(object.value));
      } else if (values == JsonLdTerm::Values::vocabIri) {
        writeQuoted(sink_, context_->vocabName(object.value));
      } else {
        writeIdObject(context_->compactIri(object.value));
      }
      return;
    }
    if (values == JsonLdTerm::Values::datatype) {
      const bool native = (isIntegralDatatype(object.datatype) && isSafeCanonicalInteger(object.value)) ||
                          (object.datatype == xsdBoolean_ && (object.value == "true" || object.value == "false"));
      if (native) {
        sink_ << object.value;
      } else {
        writeQuoted(sink_, object.value);
      }
      return;
    }
    if (object.language.empty() && (object.datatype.empty() || object.datatype == xsdString_)) {
      writeQuoted(sink_, object.value);
    } else {
      writeValueObject(object);
    }
  }

  // The context's terms for a predicate.
  const std::vector<const JsonLdTerm*>& termsFor(QuadStore::TermId predicate) {
    return *memo(termsByPredicate_, predicate, [&] { return &context_->termsFor(store_.term(predicate).value); });
  }

  // The key for values no term fits: the predicate's compact IRI.
  const std::string& fallbackKey(QuadStore::TermId predicate) {
    return memo(compactTerms_, predicate, [&] { return context_->compactIri(store_.term(predicate).value); });
  }

  // A type (a vocabulary-relative IRI): its term, else a compact IRI.
  const std::string& vocabName(QuadStore::TermId type) {
    return memo(vocabNames_, type, [&] { return context_->vocabName(store_.term(type).value); });
  }

  // Without a context: every value in its explicit form.
  void writeValue(const model::Term& term) {
    if (term.isIri()) {
      writeIdObject(term.value);
    } else {
      writeValueObject(term);
    }
  }

  void writeIdObject(std::string_view id) {
    sink_ << "{\"@id\": ";
    writeQuoted(sink_, id);
    sink_ << "}";
  }

  // {"@value": …, "@language" | "@type": …} (no @type for xsd:string).
  void writeValueObject(const model::Term& literal) {
    sink_ << "{\"@value\": ";
    writeQuoted(sink_, literal.value);
    if (!literal.language.empty()) {
      sink_ << ", \"@language\": ";
      writeQuoted(sink_, literal.language);
    } else if (!literal.datatype.empty() && literal.datatype != xsdString_) {
      sink_ << ", \"@type\": ";
      writeQuoted(sink_, memo(compactDatatypes_, literal.datatype, [&] {
                    return context_ ? context_->vocabName(literal.datatype) : compact(literal.datatype, prefixes_);
                  }));
    }
    sink_ << "}";
  }

  // compact() of a predicate or type IRI (without a context).
  const std::string& compacted(QuadStore::TermId id) {
    return memo(compactTerms_, id, [&] { return compact(store_.term(id).value, prefixes_); });
  }

  // map[key], computed on first use (there are few distinct predicates,
  // types and datatypes).
  template <typename Map, typename Key, typename Compute>
  static const typename Map::mapped_type& memo(Map& map, const Key& key, Compute compute) {
    auto [it, added] = map.try_emplace(key);
    if (added) it->second = compute();
    return it->second;
  }

  const QuadStore& store_;
  const Prefixes& prefixes_;
  util::TextSink& sink_;
  std::optional<JsonLdContext> context_;
  std::string reference_;
  std::unordered_map<QuadStore::TermId, std::string> compactTerms_;
  std::unordered_map<QuadStore::TermId, std::string> vocabNames_;
  std::unordered_map<QuadStore::TermId, const std::vector<const JsonLdTerm*>*> termsByPredicate_;
  std::map<std::string, std::string, std::less<>> compactDatatypes_;
  const std::string rdfType_ = std::string(model::vocab::rdf) + "type";
  const std::string xsdString_ = std::string(model::vocab::xsd) + "string";
  const std::string xsdBoolean_ = std::string(model::vocab::xsd) + "boolean";
};

}  // namespace

void writeJsonLd(const QuadStore& store, const Prefixes& prefixes, const JsonLdOptions& options, util::TextSink& sink) {
  Streamer(store, prefixes, options, sink).write();
}

}  // namespace pactgraph::rdf::detail

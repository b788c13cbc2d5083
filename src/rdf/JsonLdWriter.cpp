// JSON-LD 1.1, streamed, in the round-trip-safe shape of
// ../shared/RDF-PITFALLS.md: an inline @context of prefixes only (no terms,
// no @vocab, no context-wide @language), every literal an explicit
// {"@value", "@type"|"@language"} object with a string value, IRIs as
// {"@id": <absolute IRI>}, named graphs as {"@id": G, "@graph": [...]}.
// Layout: 2-space indentation, one node object per subject, keys in the
// order of the sorted quads.
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"

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
std::string quote(std::string_view text) { return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict); }

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
      case '"': sink << "\\\""; break;
      case '\\': sink << "\\\\"; break;
      case '\b': sink << "\\b"; break;
      case '\f': sink << "\\f"; break;
      case '\n': sink << "\\n"; break;
      case '\r': sink << "\\r"; break;
      case '\t': sink << "\\t"; break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        sink << std::string_view(escaped, sizeof escaped);
      }
    }
  }
  sink << text.substr(run) << "\"";
}

class Streamer {
 public:
  Streamer(const QuadStore& store, const Prefixes& prefixes, util::TextSink& sink)
      : store_(store), prefixes_(prefixes), sink_(sink) {}

  void write() {
    sink_ << "{\n  \"@context\": {\n    \"@version\": 1.1";
    for (const auto& [name, ns] : prefixes_) sink_ << ",\n    " << quote(name) << ": " << quote(ns);
    sink_ << "\n  },\n  \"@graph\": [";
    const auto& quads = store_.quads();
    bool firstItem = true;
    for (std::size_t i = 0; i < quads.size();) {
      const auto graph = quads[i].graph;
      std::size_t end = i;
      while (end < quads.size() && quads[end].graph == graph) ++end;
      if (graph == QuadStore::kDefaultGraph) {
        nodes(i, end, "    ", firstItem);
      } else {
        sink_ << (firstItem ? "\n" : ",\n") << "    {\n      \"@id\": " << quote(store_.term(graph).value)
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
  // One node object per subject in quads [begin, end) (one graph).
  void nodes(std::size_t begin, std::size_t end, const std::string& indent, bool& first) {
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

  void writeValue(const model::Term& term) {
    if (term.isIri()) {
      sink_ << "{\"@id\": ";
      writeQuoted(sink_, term.value);
      sink_ << "}";
      return;
    }
    sink_ << "{\"@value\": ";
    writeQuoted(sink_, term.value);
    if (!term.language.empty()) {
      sink_ << ", \"@language\": ";
      writeQuoted(sink_, term.language);
    } else if (!term.datatype.empty() && term.datatype != xsdString_) {
      sink_ << ", \"@type\": ";
      auto [it, added] = compactDatatypes_.try_emplace(term.datatype);
      if (added) it->second = compact(term.datatype, prefixes_);
      writeQuoted(sink_, it->second);
    }
    sink_ << "}";
  }

  // compact() of a predicate or type IRI, computed once per term (there
  // are few distinct ones).
  const std::string& compacted(QuadStore::TermId id) {
    auto [it, added] = compactTerms_.try_emplace(id);
    if (added) it->second = compact(store_.term(id).value, prefixes_);
    return it->second;
  }

  const QuadStore& store_;
  const Prefixes& prefixes_;
  util::TextSink& sink_;
  std::unordered_map<QuadStore::TermId, std::string> compactTerms_;
  std::map<std::string, std::string, std::less<>> compactDatatypes_;
  const std::string rdfType_ = std::string(model::vocab::rdf) + "type";
  const std::string xsdString_ = std::string(model::vocab::xsd) + "string";
};

}  // namespace

void writeJsonLd(const QuadStore& store, const Prefixes& prefixes, util::TextSink& sink) {
  Streamer(store, prefixes, sink).write();
}

}  // namespace pactgraph::rdf::detail

// JSON-LD 1.1, streamed, in the round-trip-safe shape of
// ../shared/RDF-PITFALLS.md: an inline @context of prefixes only (no terms,
// no @vocab, no context-wide @language), every literal an explicit
// {"@value", "@type"|"@language"} object with a string value, IRIs as
// {"@id": <absolute IRI>}, named graphs as {"@id": G, "@graph": [...]}.
// Layout: 2-space indentation, one node object per subject, keys in the
// order of the sorted quads.
#include <nlohmann/json.hpp>

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
      sink_ << (first ? "\n" : ",\n") << indent << "{\n" << inner << "\"@id\": " << quote(store_.term(subject).value);
      first = false;
      // Types first ("@type"), then each predicate with its values.
      std::size_t stop = i;
      while (stop < end && quads[stop].subject == subject) ++stop;
      bool typed = false;
      for (std::size_t k = i; k < stop; ++k) {
        if (store_.term(quads[k].predicate).value != rdfType_ || !store_.term(quads[k].object).isIri()) continue;
        sink_ << (typed ? ", " : (",\n" + inner + "\"@type\": [")) << quote(compact(store_.term(quads[k].object).value, prefixes_));
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
          if (firstValue) sink_ << ",\n" << inner << quote(compact(store_.term(predicate).value, prefixes_)) << ": [";
          sink_ << (firstValue ? "\n" : ",\n") << inner << "  " << value(object);
          firstValue = false;
        }
        if (!firstValue) sink_ << "\n" << inner << "]";
        k = next;
      }
      sink_ << "\n" << indent << "}";
      i = stop;
    }
  }

  std::string value(const model::Term& term) const {
    if (term.isIri()) return "{\"@id\": " + quote(term.value) + "}";
    std::string out = "{\"@value\": " + quote(term.value);
    if (!term.language.empty()) {
      out += ", \"@language\": " + quote(term.language);
    } else if (!term.datatype.empty() && term.datatype != xsdString_) {
      out += ", \"@type\": " + quote(compact(term.datatype, prefixes_));
    }
    return out + "}";
  }

  const QuadStore& store_;
  const Prefixes& prefixes_;
  util::TextSink& sink_;
  const std::string rdfType_ = std::string(model::vocab::rdf) + "type";
  const std::string xsdString_ = std::string(model::vocab::xsd) + "string";
};

}  // namespace

void writeJsonLd(const QuadStore& store, const Prefixes& prefixes, util::TextSink& sink) {
  Streamer(store, prefixes, sink).write();
}

}  // namespace pactgraph::rdf::detail

// JSON-LD 1.1 through nlohmann/json, in the round-trip-safe shape of
// ../shared/RDF-PITFALLS.md: an inline @context of prefixes only (no terms,
// no @vocab, no context-wide @language), every literal an explicit
// {"@value", "@type"|"@language"} object with a string value, IRIs as
// {"@id": <absolute IRI>}, named graphs as {"@id": G, "@graph": [...]}.
#include <nlohmann/json.hpp>

#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::rdf::detail {

namespace {

using Json = nlohmann::ordered_json;

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

Json objectValue(const model::Term& term, const Prefixes& prefixes) {
  Json value = Json::object();
  if (term.isIri()) {
    value["@id"] = term.value;
    return value;
  }
  value["@value"] = term.value;
  if (!term.language.empty()) {
    value["@language"] = term.language;
  } else if (term.datatype != std::string(model::vocab::xsd) + "string" && !term.datatype.empty()) {
    value["@type"] = compact(term.datatype, prefixes);
  }
  return value;
}

// One node object per subject; quads of one subject are consecutive.
Json nodeObjects(std::vector<model::Quad>::const_iterator begin, std::vector<model::Quad>::const_iterator end,
                 const Prefixes& prefixes) {
  const std::string rdfType = std::string(model::vocab::rdf) + "type";
  Json nodes = Json::array();
  for (auto it = begin; it != end;) {
    Json node = Json::object();
    node["@id"] = it->subject.value;
    const std::string& subject = it->subject.value;
    for (; it != end && it->subject.value == subject; ++it) {
      if (it->predicate.value == rdfType && it->object.isIri()) {
        node["@type"].push_back(compact(it->object.value, prefixes));
      } else {
        node[compact(it->predicate.value, prefixes)].push_back(objectValue(it->object, prefixes));
      }
    }
    nodes.push_back(std::move(node));
  }
  return nodes;
}

}  // namespace

std::string writeJsonLd(const std::vector<model::Quad>& quads, const Prefixes& prefixes) {
  Json context = Json::object();
  context["@version"] = 1.1;
  for (const auto& [name, ns] : prefixes) context[name] = ns;

  Json document = Json::object();
  document["@context"] = std::move(context);
  Json graphs = Json::array();
  for (auto it = quads.begin(); it != quads.end();) {
    const std::string& graph = it->graph.value;
    auto end = it;
    while (end != quads.end() && end->graph.value == graph) ++end;
    Json nodes = nodeObjects(it, end, prefixes);
    if (graph.empty()) {
      for (auto& node : nodes) graphs.push_back(std::move(node));
    } else {
      Json named = Json::object();
      named["@id"] = graph;
      named["@graph"] = std::move(nodes);
      graphs.push_back(std::move(named));
    }
    it = end;
  }
  document["@graph"] = std::move(graphs);
  // Strict: invalid UTF-8 cannot reach here (the loader rejects it), and if
  // it did, failing beats writing a damaged file.
  return document.dump(2, ' ', false, Json::error_handler_t::strict) + "\n";
}

}  // namespace pactgraph::rdf::detail

// RDF terms as the model and the writers see them. There are no blank nodes:
// every resource is an IRI (minted from a slug or a content hash).
#pragma once

#include <compare>
#include <string>

namespace pactgraph::model {

struct Term {
  enum class Kind { iri, literal };

  Kind kind = Kind::iri;
  std::string value;     // absolute IRI, or the literal's lexical form
  std::string datatype;  // literal only: absolute datatype IRI; rdf:langString when `language` is set
  std::string language;  // literal only: BCP 47 tag, as written

  static Term iri(std::string value) { return {Kind::iri, std::move(value), {}, {}}; }
  static Term literal(std::string lexical, std::string datatype) {
    return {Kind::literal, std::move(lexical), std::move(datatype), {}};
  }
  static Term langString(std::string text, std::string language);
  static Term string(std::string text);

  bool isIri() const { return kind == Kind::iri; }
  bool isLiteral() const { return kind == Kind::literal; }

  // Total order used to sort output deterministically: IRIs before literals,
  // then by value, datatype and language (bytewise).
  auto operator<=>(const Term&) const = default;
};

// One triple in a graph; `graph` is empty for the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  Term graph;  // Kind::iri with empty value = default graph

  bool inDefaultGraph() const { return graph.value.empty(); }
  // Sorted by graph, then subject, predicate, object.
  auto operator<=>(const Quad& other) const {
    if (auto c = graph <=> other.graph; c != 0) return c;
    if (auto c = subject <=> other.subject; c != 0) return c;
    if (auto c = predicate <=> other.predicate; c != 0) return c;
    return object <=> other.object;
  }
  bool operator==(const Quad&) const = default;
};

}  // namespace pactgraph::model

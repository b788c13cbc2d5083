// "How is X connected to Y?" answered by the store instead of memory.
//
// A hop is one claim whose object is a node: a statement node
// `?st rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?b` together with its
// direct triple `?a ?p ?b` (so deprecated claims, which have no direct
// triple, and attributes, type and label triples, which have no statement
// node, are never hops; the same edges as the in-memory `path`). Hops may
// be walked in either direction.
//
// Stores differ in what property paths they evaluate (Virtuoso refuses
// `?s pg:p+ ?o` with both ends unbound), so the queries are explicit chains
// of fixed length 1, 2, … maxLength with both ends bound, each hop a UNION
// of its two directions, all nodes of a path distinct (simple paths).
// Paths are ordered as the in-memory `path` orders them: fewer hops first,
// then by the sequence of hops, a hop comparing by the IRI of the node it
// reaches, the predicate's local name, forward before backward, and the
// statement IRI.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

struct StoreCitation {
  std::string iri;
  std::string source;  // source node IRI
  std::string sourceLabel;
  std::string pages;  // bibo:pages, or empty
  // pg:footnote values, in numeric order. A citation node is shared by every
  // footnote citing the same source and pages, so it may carry several, and
  // the RDF does not say which footnote a particular claim came from.
  std::vector<std::string> footnotes;
  std::string label;  // rdfs:label of the citation ("Heinzig 2004, p. 364")
};

struct StoreHop {
  std::string from;  // node IRIs
  std::string to;
  std::string predicate;  // IRI
  bool forward = true;    // walked from the claim's subject to its object
  std::string statement;  // statement node IRI
  std::vector<StoreCitation> citations;
};

struct StorePath {
  std::vector<std::string> nodes;  // from, …, to (hops + 1 IRIs)
  std::vector<StoreHop> hops;
};

struct StorePathOptions {
  std::size_t k = 3;
  std::size_t maxLength = 4;
  // Solutions asked for per chain length; reaching it sets `truncated`.
  std::size_t rowLimit = 10000;
};

struct StorePathResult {
  std::vector<StorePath> paths;               // at most k, in the order above
  std::map<std::string, std::string> labels;  // node IRI → rdfs:label (English first)
  bool truncated = false;
};

// The SELECT query for the chains of exactly `length` hops (≥ 1) from
// `from` to `to` in `graph`: variables ?stI ?pI ?dI ("f" or "b") per hop
// and ?nI per intermediate node.
std::string chainQuery(const std::string& graph, const std::string& from, const std::string& to, std::size_t length,
                       std::size_t rowLimit);

// The IRI of the node `text` names in `graph`: `<base><text>` when that is a
// slug with triples in the graph, `text` itself when it is such an IRI,
// else the one node whose rdfs:label is exactly `text` (any language).
// Throws StoreError `not-found` when there is none or more than one.
std::string resolveNode(GraphStore& store, const std::string& graph, const std::string& base, const std::string& text);

StorePathResult findStorePaths(GraphStore& store, const std::string& graph, const std::string& from,
                               const std::string& to, const StorePathOptions& options);

// The part of an IRI after its last '#' or '/'.
std::string localName(const std::string& iri);

}  // namespace pactgraph::store

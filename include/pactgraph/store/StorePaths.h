// "How is X connected to Y?" answered from a store: the store side of
// `pactgraph path --endpoint`.
//
// The store is asked only for the part of the graph a path of at most L hops
// can use, never for the whole graph. A hop is one claim whose object is a
// node: a statement node `?st rdf:subject ?a ; rdf:predicate ?p ;
// rdf:object ?b` together with its direct triple `?a ?p ?b` (so deprecated
// claims, which have no direct triple, and attributes, type and label
// triples, which have no statement node, are never hops — the same edges as
// the in-memory `path`). Every node of a path of length m ≤ L lies within
// ⌈L/2⌉ − 1 hops of FROM or within ⌊L/2⌋ − 1 hops of TO on the side of its
// next hop, so the claims incident to FROM's ball of radius ⌈L/2⌉ − 1 and
// TO's ball of radius ⌊L/2⌋ − 1 contain every such path. Those balls are
// fetched breadth first with bound nodes (`VALUES ?n { … }`): no property
// paths, which stores evaluate differently (Virtuoso refuses a transitive
// path with both ends unbound) and no chain queries, whose UNIONs grow as
// 2^L and exhaust a store's query memory. The k shortest paths are then
// found in memory on the fetched claims (analysis::findPaths).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

// One claim edge as the store holds it (IRIs).
struct StoreClaim {
  std::string statement;
  std::string subject;
  std::string predicate;
  std::string object;

  bool operator==(const StoreClaim&) const = default;
};

struct NeighbourhoodOptions {
  // Nodes bound in one request (VALUES), so a request stays small.
  std::size_t nodesPerQuery = 64;
  // Rows asked for per request; a request of several nodes that reaches it
  // is split, a single node that reaches it (a hub with more incident
  // claims than this) is cut there and sets `truncated`.
  std::size_t rowLimit = 10000;
  // Claims kept in memory at most; reaching it stops the expansion and sets
  // `truncated`.
  std::size_t claimLimit = 2'000'000;
};

struct ClaimNeighbourhood {
  std::vector<StoreClaim> claims;  // unique, sorted by statement IRI
  bool truncated = false;          // some claims may be missing (see options)
  std::size_t requests = 0;        // SELECT requests sent
};

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

// The SELECT query for the claim edges incident to `nodes` (either end) in
// `graph`: variables ?st ?s ?p ?o, at most `rowLimit` rows.
std::string incidentClaimsQuery(const std::string& graph, const std::vector<std::string>& nodes, std::size_t rowLimit);

// The claims every path of at most `maxLength` hops from `from` to `to`
// can use (see above).
ClaimNeighbourhood fetchClaimsAround(GraphStore& store, const std::string& graph, const std::string& from,
                                     const std::string& to, std::size_t maxLength,
                                     const NeighbourhoodOptions& options = {});

// The citations (prov:wasDerivedFrom) of each statement, ordered by their
// first footnote and IRI.
std::map<std::string, std::vector<StoreCitation>> fetchCitations(GraphStore& store, const std::string& graph,
                                                                 const std::set<std::string>& statements);

// node IRI → its rdfs:label, English first, else untagged or any other.
std::map<std::string, std::string> fetchLabels(GraphStore& store, const std::string& graph,
                                               const std::set<std::string>& nodes);

// The IRI of the node `text` names in `graph`: `<base><text>` when that is a
// slug with triples in the graph, `text` itself when it is such an IRI,
// else the one node whose rdfs:label is exactly `text` (any language).
// Throws StoreError `not-found` when there is none or more than one.
std::string resolveNode(GraphStore& store, const std::string& graph, const std::string& base, const std::string& text);

// The part of an IRI after its last '#' or '/'.
std::string localName(const std::string& iri);

}  // namespace pactgraph::store

// Claim-level difference between two versions of a dataset, computed on
// their RDF (statement-node encoding, rdf/Dataset.h), so that it works the
// same for two data directories (built with the same base) and for two
// builds (N-Quads or TriG files).
//
// Statement, derivation and citation IRIs are content hashes
// (model/Identity.h): a statement IRI hashes subject, predicate, object and
// qualifiers, not rank, notes or citations. So the same IRI in both
// versions is the same claim, and the diff is exact:
//   added / removed  a statement IRI in one version only;
//   re-ranked        same IRI, another pg:rank;
//   re-cited         same IRI, another set of (citation, scope) derivations;
//   re-noted         same IRI, other pg:note texts.
// A citation IRI hashes source, pages and footnote: a footnote whose pages
// or source changed is one changed citation (matched by footnote number),
// and the claims citing it are re-cited. Nodes are compared by their
// description (type, labels, descriptions, attributes, links); their direct
// claim triples, day bounds and quantity links follow from the claims and
// are not repeated as node changes.
//
// The quad-level change (`removed`, `added`) is what a store needs:
// sparqlUpdate() writes it as SPARQL 1.1 Update, one DELETE DATA and one
// INSERT DATA block per named graph. `push --delta OLD` builds the new
// dataset, diffs it against OLD (a build or data) with both versions'
// graphs merged into the one graph a push writes, sends
// sparqlUpdateRequests() to the store's update endpoint, then verifies that
// the graph holds GraphCount::after triples (store/DeltaPush.h).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::interop {

// A citation of a claim with its scope (pg:SentenceScope …).
struct CitedAs {
  std::string citation;  // IRI
  std::string scope;     // IRI, empty when the derivation gives none
  auto operator<=>(const CitedAs&) const = default;
};

struct ClaimChange {
  enum class Kind { added, removed, reranked, recited, renoted };
  Kind kind = Kind::added;
  std::string statement;  // IRI
  std::string subject;    // IRI
  std::string predicate;  // IRI
  model::Term object;
  std::vector<std::pair<std::string, model::Term>> qualifiers;  // predicate IRI → value, sorted
  std::string rankBefore, rankAfter;                            // rank IRIs; empty for a side that lacks the claim
  std::vector<CitedAs> citedBefore, citedAfter;                 // sorted
  std::vector<std::string> notesBefore, notesAfter;             // lexical forms with @lang, sorted
};

struct NodeChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string node;  // IRI
  // Description triples of the node (predicate, object) only in one version.
  std::vector<std::pair<std::string, model::Term>> removed, added;
};

struct CitationChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string before, after;  // citation IRIs (one empty for added/removed)
  std::optional<long long> footnote;
  std::vector<std::pair<std::string, model::Term>> removed, added;  // its triples (predicate, object)
};

struct GraphCount {
  std::string graph;  // IRI; empty for the default graph
  std::size_t before = 0, after = 0, removed = 0, added = 0;
};

struct DatasetDiff {
  std::string base;
  std::vector<ClaimChange> claims;  // by kind, then subject, predicate, object
  std::vector<NodeChange> nodes;    // by kind, then IRI
  std::vector<CitationChange> citations;
  std::vector<GraphCount> graphs;           // every graph of either version, by IRI
  std::vector<model::Quad> removed, added;  // sorted, unique
  // rdfs:label of the nodes and citations mentioned (the new version's
  // when both have one; English first), for readable reports.
  std::map<std::string, std::string> labels;

  bool empty() const { return removed.empty() && added.empty(); }
  std::size_t count(ClaimChange::Kind kind) const;
};

// `before` and `after` in any order; duplicates ignored; language tags
// compared (and written) in lower case, as the N-Quads export writes them. `base` is the base
// IRI both versions were minted under (ids are shown relative to it).
DatasetDiff diffDatasets(std::vector<model::Quad> before, std::vector<model::Quad> after, const std::string& base);

// Reports. All three list the same changes; text is terminal-safe
// (util::terminalSafe), Markdown escapes every curated text
// (util::markdownEscape) so that a label cannot inject markup or links.
std::string formatDiffText(const DatasetDiff& diff);
std::string formatDiffJson(const DatasetDiff& diff);
// A CHANGES.md section a curator can publish; `title` is its heading.
std::string formatDiffMarkdown(const DatasetDiff& diff, const std::string& title);

// SPARQL 1.1 Update that turns the old version into the new one in a store:
// `DELETE DATA { GRAPH <g> { … } }` then `INSERT DATA { GRAPH <g> { … } }`,
// one block per graph, terms in N-Triples form. Empty when nothing changed.
std::string sparqlUpdate(const DatasetDiff& diff);

// The same change as several requests of at most about `maxBytes` each (a
// block is cut at triple boundaries; a single triple longer than that goes
// alone), for stores that limit a request's size or a transaction's log.
// Every request is a complete SPARQL 1.1 Update of DELETE DATA and INSERT
// DATA blocks; since `removed` and `added` share no quad, the requests can
// be applied in any order and each one again. With `maxBytes` at its
// maximum there is at most one request: sparqlUpdate(diff).
std::vector<std::string> sparqlUpdateRequests(const DatasetDiff& diff, std::size_t maxBytes);

}  // namespace pactgraph::interop

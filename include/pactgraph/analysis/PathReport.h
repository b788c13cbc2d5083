// A path answer as it is presented, whatever found it: the search over a
// model::Graph in memory (`pathReport` below) or the search on a triple
// store (pactgraph/store/EndpointPaths.h). One shape, so `path --json` and
// the text of `path` read the same with or without `--endpoint`; the fields
// one side cannot know are empty (JSON null) there, as each says below.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

struct ReportedCitation {
  std::string id;      // the citation's id (in memory), or its IRI without the base (store)
  std::string iri;     // the citation node's IRI; empty in memory
  std::string source;  // the source node's id
  std::string pages;   // empty: no pages cited
  // The footnote of the claim's own citation. Empty from a store: a
  // citation node is shared by every footnote citing the same source and
  // pages, and the RDF does not say which of them a claim came from.
  std::optional<long long> footnote;
  std::vector<std::string> footnotes;  // every footnote the citation stands for, in numeric order
  std::string reference;               // model::citationText: "Heinzig 2004, p. 343 [fn 34]"
};

struct ReportedClaim {
  std::string statement;  // the statement node's IRI; empty in memory
  std::string subject;    // node id
  std::string subjectLabel;
  std::string predicate;     // local name
  std::string predicateIri;  // empty when unknown
  std::string object;        // node id; empty when the object is a literal
  std::string objectLabel;
  std::string value;  // the literal's text, when `object` is empty
  std::string rank;   // "normal", "preferred", "deprecated"; empty from a store (not fetched)
  std::vector<std::pair<std::string, std::string>> qualifiers;  // property, value text
  std::string note;                                             // the first note, or empty
  std::string at;  // file:line:col of the claim in the data; empty from a store
  std::vector<ReportedCitation> citations;
};

struct ReportedNode {
  std::string id;
  std::string label;
  std::string type;  // class local name; empty from a store (not fetched)
  std::string iri;   // empty in memory
};

struct ReportedHop {
  std::string from;  // node ids
  std::string to;
  bool forward = true;            // walked from the claim's subject to its object
  std::optional<DayRange> dates;  // when the claim held; nothing = undated or not known
  ReportedClaim claim;
};

struct ReportedPath {
  std::vector<ReportedNode> nodes;  // from, …, to
  std::vector<ReportedHop> hops;
  std::optional<DayRange> dates;  // the span of its dated hops
};

struct PathReport {
  std::string from;  // node ids
  std::string to;
  std::string fromLabel;
  std::string toLabel;
  std::string endpoint;  // the store's query endpoint (redacted); empty in memory
  std::string graph;     // the store's named graph; empty in memory
  PathOptions options;   // as asked (k, maxLength, filters)
  // False when the claims came without dates (a store): hops are neither
  // dated nor "undated", and the order cannot be by date.
  bool datesKnown = true;
  std::vector<ReportedPath> paths;
  bool truncated = false;
  // Why the answer may be incomplete when `truncated` ("search stopped
  // after 10000 candidate paths", "a chain query hit its row limit").
  std::string truncationReason;
  std::size_t rankedPaths = 0;
  bool datePartial = false;
};

// The claim `graph.statements[index]` as a report shows it.
ReportedClaim reportedClaim(const model::Graph& graph, std::size_t index);

// The answer of findPaths(graph, …, from, to, options) as a report.
PathReport pathReport(const model::Graph& graph, const PathResult& result, const PathOptions& options,
                      const std::string& from, const std::string& to);

// The part of `graph` the paths rest on: their nodes, the claims of their
// hops, those claims' citations and the citations' sources.
model::Graph pathSubgraph(const model::Graph& graph, const PathResult& result);

// "Mao Zedong —participant→ Negotiation of 22 January 1950": subject label,
// predicate, then the object's label or the literal value in quotes.
std::string describeClaim(const ReportedClaim& claim);

}  // namespace pactgraph::analysis

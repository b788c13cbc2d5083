// The actor network in the exchange formats of network-analysis tools.
// Every writer returns the whole file as a string (UTF-8) and escapes what
// its syntax requires (util/Escape.h); numbers are written in the shortest
// form that reads back as the same double, so a reader gets the computed
// values exactly.
//
// Every format carries, on every edge, the evidence behind the link and
// when it held:
//   predicates     local names of the claims that make the link, space-separated
//   contexts       ids of the events and documents of co-participation
//   citations      readable references, "Heinzig 2004, p. 343 [fn 34]; …"
//   citationIds    ids of the citation nodes (one per footnote)
//   sources        ids of the distinct sources cited
//   sourceCount    how many distinct sources
//   footnotes      the footnote numbers, ascending
//   spells         one "start/end" per dated event or claim (Chronology
//                  order; ".." for an open end), e.g. "1949-12-16/1949-12-16"
//   start, end     the span of the spells
// and on every node its scores and, where the data dates the actor, start
// and end. GraphML leaves an empty text attribute out (igraph then reads
// "", NetworkX no key); GEXF writes it empty.
#pragma once

#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"

namespace pactgraph::analysis {

// GraphML (http://graphml.graphdrawing.org/), undirected. Node data: label,
// type, degree, degreeCentrality, strength, betweenness,
// betweennessNormalized, closeness, pagerank, component, start, end; edge
// data: weight and the evidence above. Node ids are the actor ids. Read
// alike by NetworkX (read_graphml) and igraph (Graph.Read_GraphML).
std::string toGraphml(const ActorNetwork& network, const NetworkScores& scores);

// GEXF 1.2draft (http://www.gexf.net/1.2draft, what Gephi and NetworkX
// read), undirected, mode="dynamic", timeformat="date": the same attributes,
// a node spell where the data dates the actor, and on each edge one spell
// per dated event or claim (mergedSpells: Gephi refuses overlapping spells
// on one element, so spells sharing a day become one).
std::string toGexf(const ActorNetwork& network, const NetworkScores& scores);

// The link's spells in chronological order with those that share a day
// merged into one (an open end absorbs every later spell).
std::vector<DayRange> mergedSpells(const Link& link);

// Graphviz DOT, undirected, that renders legibly with a plain `dot` or
// `neato` call: layout attributes in the file (no node overlap in neato,
// splines around nodes, boxes sized to their labels, no edge labels),
// edge width by weight, the evidence as edge attributes and tooltips.
std::string toDot(const ActorNetwork& network, const NetworkScores& scores);

// Palladio-ready CSV (RFC 4180, cells through util::csvField). Nodes: Id,
// Label, Type, the scores, Start, End. Edges: one row per spell (a dated
// event or claim: Palladio's timeline then shows the breaks between them)
// and one row for a link's undated claims, with Source, Target, Weight (of
// the whole link), Context, Context label, Start, End, Predicates,
// Citations, Sources, Source count, Footnotes (of that row's claims).
std::string toNodesCsv(const ActorNetwork& network, const NetworkScores& scores);
std::string toEdgesCsv(const ActorNetwork& network);

// The shortest decimal form that reads back as the same double.
std::string formatDouble(double value);

}  // namespace pactgraph::analysis

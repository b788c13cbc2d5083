// The actor network in the exchange formats of network-analysis tools.
// Every writer returns the whole file as a string (UTF-8) and escapes what
// its syntax requires; numbers are written in the shortest form that reads
// back as the same double, so a reader gets the computed values exactly.
#pragma once

#include <string>

#include "pactgraph/analysis/ActorNetwork.h"

namespace pactgraph::analysis {

// GraphML (http://graphml.graphdrawing.org/), undirected. Node data: label,
// type, degree, degreeCentrality, strength, betweenness,
// betweennessNormalized, closeness, pagerank, component; edge data: weight,
// predicates and contexts (space-separated), start and end (yyyy-mm-dd,
// when dated). Node ids are the actor ids. Readable by NetworkX read_graphml.
std::string toGraphml(const ActorNetwork& network, const NetworkScores& scores);

// GEXF 1.3 (https://gexf.net/), undirected, with the same attributes and
// `start`/`end` on nodes and edges where the dates are known (Gephi's
// timeline).
std::string toGexf(const ActorNetwork& network, const NetworkScores& scores);

// Graphviz DOT: an undirected graph, ids and labels quoted, edges labelled
// with their predicates, `weight` set to the link weight.
std::string toDot(const ActorNetwork& network, const NetworkScores& scores);

// Palladio-ready CSV (RFC 4180): one table of nodes (Id, Label, Type and
// the scores) and one of edges (Source, Target, Weight, Predicates,
// Contexts, Start, End).
std::string toNodesCsv(const ActorNetwork& network, const NetworkScores& scores);
std::string toEdgesCsv(const ActorNetwork& network);


// The shortest decimal form that reads back as the same double.
std::string formatDouble(double value);

}  // namespace pactgraph::analysis

// Which graph a query on a store sees as its default graph when the user
// names none: the graph last pushed from here to that store, unless every
// query names its own dataset (FROM / FROM NAMED).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/PushHistory.h"

namespace pactgraph::store {

// Whether the SPARQL `query` names its own dataset (FROM or FROM NAMED).
bool namesItsDataset(const std::string& query);

struct DefaultGraphs {
  std::vector<std::string> graphs;  // default-graph-uri values to send (may be empty)
  bool fromHistory = false;         // `graphs` is the graph last pushed from here
  // When nothing was chosen: up to 11 of the store's graphs. More than one
  // means a store whose default graph is their union (Virtuoso) repeats answers.
  std::vector<std::string> storeGraphs;
};

// `given` when not empty; else nothing when every one of `queries` (their
// text) names its dataset; else the last push to this store in `history`;
// else nothing, with the store's graphs listed.
DefaultGraphs chooseDefaultGraphs(GraphStore& store, const PushHistory& history, const std::vector<std::string>& given,
                                  const std::vector<std::string>& queries);

}  // namespace pactgraph::store

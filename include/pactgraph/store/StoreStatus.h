// What a store holds of one graph, and the upkeep around pushes: the
// staging graphs failed pushes leave behind (`push --cleanup`, `store
// status`) and the record of what was pushed from here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/Push.h"
#include "pactgraph/store/PushHistory.h"

namespace pactgraph::store {

struct GraphStatus {
  std::string endpoint;  // the query endpoint, redacted
  std::size_t triples = 0;
  std::vector<std::pair<std::string, std::size_t>> leftovers;  // staging graph, its triples
  std::optional<PushRecord> lastPush;                          // from `history`, for this endpoint and graph
};

// The triple count of `graph`, its staging leftovers and its last push recorded in `history`.
GraphStatus graphStatus(GraphStore& store, const std::string& graph, const PushHistory& history);

// Drops the staging graphs failed pushes left for `graph` and, when there
// were any, makes the removal durable. Returns what was removed.
std::vector<std::pair<std::string, std::size_t>> cleanUpStaging(GraphStore& store, const std::string& graph);

// Records a successful push (full or delta) of `graph`, which now holds
// `stored` triples, in `history` (UTC now). Returns the reason when it could
// not be recorded, which does not undo the push.
std::optional<std::string> recordPush(PushHistory& history, const GraphStore& store, const std::string& graph,
                                      std::size_t stored, Durability durability);

}  // namespace pactgraph::store

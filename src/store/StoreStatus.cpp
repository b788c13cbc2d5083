#include "pactgraph/store/StoreStatus.h"

#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {

GraphStatus graphStatus(GraphStore& store, const std::string& graph, const PushHistory& history) {
  GraphStatus status;
  status.endpoint = redactUrl(store.endpoints().query);
  status.triples = store.countTriples(graph);
  status.leftovers = findStagingGraphs(store, graph);
  status.lastPush = history.latest(status.endpoint, graph);
  return status;
}

std::vector<std::pair<std::string, std::size_t>> cleanUpStaging(GraphStore& store, const std::string& graph) {
  auto removed = removeStagingGraphs(store, graph);
  if (!removed.empty()) makeDurable(store);
  return removed;
}

std::optional<std::string> recordPush(PushHistory& history, const GraphStore& store, const std::string& graph,
                                      std::size_t stored, Durability durability) {
  try {
    history.record(
        {redactUrl(store.endpoints().query), graph, stored, utcNow(), std::string(durabilityName(durability))});
  } catch (const util::IoError& error) {
    return error.what();
  }
  return std::nullopt;
}

}  // namespace pactgraph::store

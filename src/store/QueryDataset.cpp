#include "pactgraph/store/QueryDataset.h"

#include <algorithm>
#include <regex>

#include "pactgraph/store/StoreError.h"

namespace pactgraph::store {

bool namesItsDataset(const std::string& query) {
  static const std::regex from(R"((^|[\s}])FROM\s+(NAMED\s+)?<)", std::regex::icase);
  return std::regex_search(query, from);
}

DefaultGraphs chooseDefaultGraphs(GraphStore& store, const PushHistory& history, const std::vector<std::string>& given,
                                  const std::vector<std::string>& queries) {
  DefaultGraphs out;
  out.graphs = given;
  if (!given.empty() || std::all_of(queries.begin(), queries.end(), namesItsDataset)) return out;
  if (const auto last = history.latest(redactUrl(store.endpoints().query))) {
    out.graphs.push_back(last->graph);
    out.fromHistory = true;
    return out;
  }
  out.storeGraphs = store.userGraphs(11);
  return out;
}

}  // namespace pactgraph::store

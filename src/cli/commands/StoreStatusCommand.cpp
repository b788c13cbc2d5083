// `pactgraph store status --graph IRI --endpoint URL`: a graph's triple
// count, the staging graphs failed pushes left, and when it was pushed from
// here (pactgraph/store/StoreStatus.h). Also declares the `store` group that
// holds `store status` and `store export`.
#include <iostream>
#include <memory>

#include "../StoreOptions.h"
#include "Commands.h"
#include "pactgraph/store/StoreStatus.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

struct StatusState {
  StoreConnectionOptions connection;
  std::string graph;
};

int runStatus(const StatusState& state) {
  checkGraphOption(state.graph);
  store::GraphStore graphStore = connectStore(state.connection, store::Access::read);
  const store::PushHistory history;
  const store::GraphStatus status = store::graphStatus(graphStore, state.graph, history);
  std::cout << "graph <" << state.graph << "> at " << status.endpoint << "\n";
  std::cout << "  triples: " << status.triples << "\n";
  if (status.leftovers.empty()) std::cout << "  staging leftovers: none\n";
  for (const auto& [graph, triples] : status.leftovers) {
    std::cout << "  staging leftover: <" << graph << "> (" << util::countOf(triples, "triple", "triples") << ")\n";
  }
  if (!status.leftovers.empty()) {
    std::cout << "  remove them with: " << cleanupCommand(state.connection, state.graph) << "\n";
  }
  if (const auto& last = status.lastPush) {
    std::cout << "  pushed from here: " << last->pushedAt << ", " << util::countOf(last->triples, "triple", "triples")
              << ", " << last->durability << "\n";
  } else {
    std::cout << "  pushed from here: never (no record in " << history.path().string() << ")\n";
  }
  return kOk;
}

}  // namespace

CLI::App& storeGroup(CLI::App& app) {
  for (CLI::App* existing : app.get_subcommands({})) {
    if (existing->get_name() == "store") return *existing;
  }
  CLI::App* group = app.add_subcommand("store", "Inspect a triple store");
  group->require_subcommand(1);
  return *group;
}

Subcommand addStoreStatusCommand(CLI::App& storeGroup) {
  auto state = std::make_shared<StatusState>();
  CLI::App* status = storeGroup.add_subcommand(
      "status", "A graph's triple count, the staging graphs failed pushes left, and when it was pushed from here");
  status->add_option("--graph", state->graph, "The named graph")->required()->type_name("IRI");
  addConnectionOptions(*status, state->connection, true);
  return {status, [state] { return runStatus(*state); }};
}

}  // namespace pactgraph::cli

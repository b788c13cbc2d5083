// The triple-store subcommands of `pactgraph`: push (upload a graph with the
// SPARQL 1.1 Graph Store Protocol, verified), query (run a SPARQL query on
// an endpoint) and store-path (how two nodes are connected, answered by the
// store). Wiring only: the work is done by pactgraph_store.
//
// Credentials come only from PACTGRAPH_STORE_USER / PACTGRAPH_STORE_PASSWORD
// or from `--credentials FILE` (one line `user:password`), never from the
// command line, and are never printed.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "Pipeline.h"
#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::cli {

// The options of the store subcommands, filled by CLI11.
struct StoreCommandState {
  // connection (every subcommand)
  std::string endpoint;
  std::string dialect = "gsp";
  std::string queryUrl;
  std::string updateUrl;
  std::string auth;  // empty: the dialect's default
  std::string credentialsPath;
  double connectTimeout = 10;
  double stallTimeout = 120;
  int retries = 3;

  // push
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  std::string graph;
  bool replace = false;
  bool append = false;
  bool factsOnly = false;
  std::size_t chunkBytes = 4 * 1024 * 1024;
  // query
  std::string queryPath;
  std::string format = "table";
  std::vector<std::string> defaultGraphs;
  // store-path
  std::string from;
  std::string to;
  std::size_t k = 3;
  std::size_t maxLength = 4;
  bool json = false;

  CLI::App* push = nullptr;
  CLI::App* query = nullptr;
  CLI::App* storePath = nullptr;
};

// Adds the subcommands to `app`; `state` must outlive parsing and
// runStoreCommands.
void addStoreCommands(CLI::App& app, StoreCommandState& state);

// Runs the store subcommand that was parsed and returns its exit code (3 for
// every store failure, with one `error[store.<kind>]` line), or nothing when
// none of them was given.
std::optional<int> runStoreCommands(const StoreCommandState& state);

}  // namespace pactgraph::cli

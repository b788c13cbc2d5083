// The triple-store subcommands of `pactgraph`: push (upload a graph with the
// SPARQL 1.1 Graph Store Protocol, verified) and query (run a SPARQL query on
// an endpoint), and the store side of `path --endpoint` (how two nodes are
// connected, answered by the store). Wiring only: the work is done by
// pactgraph_store.
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

#include "Errors.h"
#include "Pipeline.h"
#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::cli {

// How to reach a store; filled by CLI11 from addConnectionOptions.
struct StoreConnectionOptions {
  std::string endpoint;  // empty: no store was named
  std::string dialect = "gsp";
  std::string queryUrl;
  std::string updateUrl;
  std::string auth;  // empty: the dialect's default
  std::string credentialsPath;
  double connectTimeout = 10;
  double stallTimeout = 120;
  int retries = 3;
};

// Adds --endpoint, --dialect, --query-url, --update-url, --auth,
// --credentials and the timeouts to `command`. `endpointRequired` false
// lets a command run either on files or on a store (path).
CLI::Option* addConnectionOptions(CLI::App& command, StoreConnectionOptions& connection, bool endpointRequired);

// The options of the store subcommands, filled by CLI11.
struct StoreCommandState {
  StoreConnectionOptions connection;

  // push
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  std::string graph;
  bool replace = false;
  bool append = false;
  bool factsOnly = false;
  bool cleanup = false;       // push --cleanup: remove staging leftovers (DATA optional)
  bool noCheckpoint = false;  // push --no-checkpoint
  std::size_t chunkBytes = 4 * 1024 * 1024;
  std::string bulkDirectory;        // push --bulk-dir
  std::string bulkServerDirectory;  // push --bulk-server-dir
  std::size_t bulkMinTriples = 100000;
  std::string delta;  // push --delta OLD: send only the change from OLD
  // query: query files (.rq) and, for a local query, data paths
  std::vector<std::string> queryArguments;
  std::string format = "table";
  std::vector<std::string> defaultGraphs;
  std::string storeDirectory;  // query DATA --store-dir
  // store export
  std::string forStore;
  std::string exportDirectory;
  std::size_t quadsPerFile = 1000000;

  CLI::App* push = nullptr;
  CLI::App* query = nullptr;
  CLI::App* status = nullptr;         // store status
  CLI::App* exportFiles = nullptr;    // store export
};

// A path query answered by a store (`path FROM TO --endpoint URL`).
struct EndpointPathRequest {
  StoreConnectionOptions connection;
  std::string graph;  // named graph holding the data, pushed with provenance
  std::string base;   // node ids are <base><id>
  std::string from;   // id, IRI or exact rdfs:label
  std::string to;
  std::size_t k = 3;
  std::size_t maxLength = 6;
  bool json = false;
};

// Largest --max-length a store is asked for: the claims fetched around FROM
// and TO grow with every hop (see pactgraph/store/StorePaths.h).
inline constexpr std::size_t kMaxEndpointPathLength = 8;

// Runs the path query on the store and prints the paths (text, or the JSON
// of the in-memory `path --json` with the store's statement and citation
// IRIs added). Returns the exit code: 3 for a store failure, 1 when FROM or
// TO names no node, with one `error[...]` line on standard error.
int runEndpointPath(const EndpointPathRequest& request);

// Adds the subcommands to `app`; `state` must outlive parsing and
// runStoreCommands.
void addStoreCommands(CLI::App& app, StoreCommandState& state);

// Runs the store subcommand that was parsed and returns its exit code (3 for
// every store failure, with one `error[store.<kind>]` line), or nothing when
// none of them was given.
std::optional<int> runStoreCommands(const StoreCommandState& state);

}  // namespace pactgraph::cli

// The command-line side of the store subcommands (push, query, store status,
// path --endpoint): the options that say how to reach a store, and the
// connection made from them (pactgraph/store/Connection.h does the work).
//
// Credentials come only from PACTGRAPH_STORE_USER / PACTGRAPH_STORE_PASSWORD
// or from `--credentials FILE` (one line `user:password`), never from the
// command line, and are never printed.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "pactgraph/store/Connection.h"
#include "pactgraph/store/GraphStore.h"

namespace pactgraph::cli {

using StoreConnectionOptions = store::ConnectionSettings;

// Adds --endpoint, --dialect, --query-url, --update-url, --auth,
// --credentials and the timeouts to `command`. `endpointRequired` false
// lets a command run either on files or on a store (path, query).
CLI::Option* addConnectionOptions(CLI::App& command, StoreConnectionOptions& connection, bool endpointRequired);

// store::connect, with an unreadable credentials file reported as ReadError.
store::GraphStore connectStore(const StoreConnectionOptions& connection, store::Access access);

// Throws UsageError `bad-graph` unless `graph` (--graph) is an absolute IRI.
void checkGraphOption(const std::string& graph);

// The command that removes what a failed push left of `graph` (no credentials in it).
std::string cleanupCommand(const StoreConnectionOptions& connection, const std::string& graph);

}  // namespace pactgraph::cli

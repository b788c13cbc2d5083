#include "StoreOptions.h"

#include "Errors.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

CLI::Option* addConnectionOptions(CLI::App& command, StoreConnectionOptions& state, bool endpointRequired) {
  CLI::Option* endpoint =
      command
          .add_option("--endpoint", state.endpoint,
                      "The store: its base URL for --dialect virtuoso/oxigraph (http://127.0.0.1:8890), the dataset "
                      "URL for fuseki (http://host:3030/ds), the Graph Store Protocol URL for gsp")
          ->required(endpointRequired)
          ->type_name("URL");
  command
      .add_option("--dialect", state.dialect, "How the store names its endpoints: virtuoso, fuseki, oxigraph or gsp")
      ->check(CLI::IsMember({"virtuoso", "fuseki", "oxigraph", "gsp"}))
      ->capture_default_str();
  command.add_option("--query-url", state.queryUrl, "SPARQL query endpoint (overrides the dialect's)")
      ->type_name("URL");
  command
      .add_option("--update-url", state.updateUrl,
                  "SPARQL update endpoint (overrides the dialect's; for gsp "
                  "the query URL by default)")
      ->type_name("URL");
  command
      .add_option("--auth", state.auth,
                  "HTTP authentication: basic, digest or none (default: digest for "
                  "virtuoso, none otherwise). Credentials come from PACTGRAPH_STORE_USER "
                  "and PACTGRAPH_STORE_PASSWORD, or --credentials")
      ->check(CLI::IsMember({"basic", "digest", "none"}));
  command.add_option("--credentials", state.credentialsPath, "File whose first line is user:password")
      ->type_name("FILE");
  command.add_option("--connect-timeout", state.connectTimeout, "Seconds to wait for a connection")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  command
      .add_option("--stall-timeout", state.stallTimeout,
                  "Seconds a request may go without any data moving before it is abandoned")
      ->check(CLI::Range(1.0, 86400.0))
      ->capture_default_str();
  command.add_option("--retries", state.retries, "Extra attempts after a transient failure (reset, 502/503/504)")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  return endpoint;
}

store::GraphStore connectStore(const StoreConnectionOptions& connection, store::Access access) {
  try {
    return store::connect(connection, access);
  } catch (const util::IoError& error) {  // connect reads only the credentials file
    throw ReadError(error.what());
  }
}

void checkGraphOption(const std::string& graph) {
  if (!util::isAbsoluteIri(graph)) {
    throw UsageError("bad-graph", "--graph must be an absolute IRI, got \"" + graph + "\"");
  }
}

std::string cleanupCommand(const StoreConnectionOptions& connection, const std::string& graph) {
  std::string command = "pactgraph push --cleanup --graph " + graph + " --dialect " + connection.dialect +
                        " --endpoint " + store::redactUrl(connection.endpoint);
  if (!connection.queryUrl.empty()) command += " --query-url " + store::redactUrl(connection.queryUrl);
  if (!connection.updateUrl.empty()) command += " --update-url " + store::redactUrl(connection.updateUrl);
  return command;
}

}  // namespace pactgraph::cli

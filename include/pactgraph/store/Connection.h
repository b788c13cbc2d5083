// How to reach a store, as a user describes it (an endpoint, a dialect, URLs
// that override the dialect's, authentication, timeouts), turned into a
// GraphStore. Credentials come only from PACTGRAPH_STORE_USER /
// PACTGRAPH_STORE_PASSWORD or from a file whose first line is
// `user:password`, never from the command line, and are never printed.
#pragma once

#include <stdexcept>
#include <string>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

struct ConnectionSettings {
  std::string endpoint;         // empty: no store was named
  std::string dialect = "gsp";  // virtuoso, fuseki, oxigraph or gsp
  std::string queryUrl;         // overrides the dialect's query endpoint
  std::string updateUrl;        // overrides the dialect's update endpoint
  std::string auth;             // basic, digest, none; empty: the dialect's default
  std::string credentialsPath;
  double connectTimeout = 10;  // seconds
  double stallTimeout = 120;   // seconds
  int retries = 3;
};

// Settings that cannot describe a usable store (no credentials for the
// authentication asked for, a relative URL, gsp without a query URL to
// verify with). `id` is stable ("no-credentials", "bad-credentials",
// "no-query-url", "bad-endpoint"): the CLI prints `error[usage.<id>]`.
class SettingsError : public std::invalid_argument {
 public:
  SettingsError(std::string id, const std::string& message) : std::invalid_argument(message), id_(std::move(id)) {}
  const std::string& id() const { return id_; }

 private:
  std::string id_;
};

// What the caller will do: `write` (push) needs credentials for the
// dialect's authentication and, for gsp, a query URL to verify uploads with;
// `read` sends no credentials to a public query endpoint unless `auth` or a
// query URL asks for them.
enum class Access { read, write };

// The user and password of `settings` (file, else environment). Throws
// SettingsError when there are none or the file's first line is not
// `user:password`, util::IoError when the file cannot be read.
Credentials loadCredentials(const ConnectionSettings& settings);

// The store `settings` describe. `settings.dialect` must be a dialect name
// (dialectFromName). Throws SettingsError.
GraphStore connect(const ConnectionSettings& settings, Access access);

}  // namespace pactgraph::store

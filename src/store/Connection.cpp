#include "pactgraph/store/Connection.h"

#include <cstdlib>

#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

Credentials loadCredentials(const ConnectionSettings& settings) {
  Credentials credentials;
  if (!settings.credentialsPath.empty()) {
    const std::string text = util::readFile(settings.credentialsPath);
    std::string line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      throw SettingsError("bad-credentials",
                          "--credentials " + settings.credentialsPath + ": the first line must be user:password");
    }
    credentials.user = line.substr(0, colon);
    credentials.password = line.substr(colon + 1);
    return credentials;
  }
  const char* user = std::getenv("PACTGRAPH_STORE_USER");
  const char* password = std::getenv("PACTGRAPH_STORE_PASSWORD");
  if (user == nullptr || *user == '\0' || password == nullptr) {
    throw SettingsError("no-credentials", "--auth " + settings.auth +
                                              " needs credentials: set PACTGRAPH_STORE_USER and "
                                              "PACTGRAPH_STORE_PASSWORD, or give --credentials FILE (user:password)");
  }
  credentials.user = user;
  credentials.password = password;
  return credentials;
}

GraphStore connect(const ConnectionSettings& settings, Access access) {
  const bool uploads = access == Access::write;
  const Dialect dialect = *dialectFromName(settings.dialect);
  Endpoints endpoints = endpointsFor(dialect, settings.endpoint);
  if (dialect == Dialect::gsp && !uploads) endpoints.query = settings.endpoint;
  if (!settings.queryUrl.empty()) {
    endpoints.query = settings.queryUrl;
    endpoints.authenticateQueries = true;
  }
  if (!settings.updateUrl.empty()) endpoints.update = settings.updateUrl;
  if (endpoints.update.empty()) endpoints.update = endpoints.query;
  if (uploads && endpoints.query.empty()) {
    throw SettingsError("no-query-url", "--dialect gsp needs --query-url: every upload is verified with a COUNT query");
  }
  for (const std::string* url : {&endpoints.graphStore, &endpoints.query, &endpoints.update}) {
    if (!url->empty() && !util::isAbsoluteIri(*url)) {
      throw SettingsError("bad-endpoint", "\"" + redactUrl(*url) + "\" is not an absolute URL");
    }
  }
  HttpOptions http;
  http.auth = settings.auth.empty()       ? defaultAuth(dialect)
              : settings.auth == "basic"  ? AuthScheme::basic
              : settings.auth == "digest" ? AuthScheme::digest
                                          : AuthScheme::none;
  // Reading from a public query endpoint (Virtuoso's /sparql) needs no
  // credentials unless --auth asks for them.
  if (!uploads && settings.auth.empty() && !endpoints.authenticateQueries) http.auth = AuthScheme::none;
  if (http.auth != AuthScheme::none) {
    ConnectionSettings named = settings;
    if (named.auth.empty()) named.auth = http.auth == AuthScheme::digest ? "digest" : "basic";
    http.credentials = loadCredentials(named);
  }
  http.connectTimeout = std::chrono::milliseconds(static_cast<long>(settings.connectTimeout * 1000));
  http.stallTimeout = std::chrono::milliseconds(static_cast<long>(settings.stallTimeout * 1000));
  http.retries = settings.retries;
  return GraphStore(std::move(endpoints), std::move(http));
}

}  // namespace pactgraph::store

#include "pactgraph/store/GraphStore.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <thread>
#include <utility>

#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::store {

namespace {

std::string withoutTrailingSlash(std::string_view url) {
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return std::string(url);
}

std::string withParameter(const std::string& url, const std::string& name, const std::string& value) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + name + "=" + urlEncode(value);
}

bool mentionsSizeLimit(const std::string& message) {
  std::string lowered = message;
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* needle :
       {"too large", "too long", "too big", "exceeds", "maximum size", "size limit", "request entity", "payload"}) {
    if (lowered.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<Dialect> dialectFromName(std::string_view name) {
  if (name == "virtuoso") return Dialect::virtuoso;
  if (name == "fuseki") return Dialect::fuseki;
  if (name == "oxigraph") return Dialect::oxigraph;
  if (name == "gsp") return Dialect::gsp;
  return std::nullopt;
}

Endpoints endpointsFor(Dialect dialect, std::string_view endpoint) {
  const std::string base = withoutTrailingSlash(endpoint);
  switch (dialect) {
    case Dialect::virtuoso:
      return {dialect, base + "/sparql-graph-crud-auth", base + "/sparql", base + "/sparql-auth", false};
    case Dialect::fuseki:
      return {dialect, base + "/data", base + "/sparql", base + "/update"};
    case Dialect::oxigraph:
      return {dialect, base + "/store", base + "/query", base + "/update"};
    case Dialect::gsp:
      return {dialect, std::string(endpoint), {}, {}};
  }
  return {};
}

AuthScheme defaultAuth(Dialect dialect) { return dialect == Dialect::virtuoso ? AuthScheme::digest : AuthScheme::none; }

std::string sparqlIri(std::string_view iri) {
  for (const unsigned char c : iri) {
    PG_CHECK(c > 0x20 && std::string_view("<>\"{}|^`\\").find(static_cast<char>(c)) == std::string_view::npos,
             "IRI not writable in SPARQL: " + std::string(iri));
  }
  return "<" + std::string(iri) + ">";
}

std::string sparqlString(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += c;
    }
  }
  return out + "\"";
}

std::string sqlString(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    PG_CHECK(c != '\\' && static_cast<unsigned char>(c) >= 0x20,
             "text not writable as an SQL string: " + std::string(text));
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

GraphStore::GraphStore(Endpoints endpoints, HttpOptions http)
    : endpoints_(std::move(endpoints)), http_(std::move(http)) {}

HttpResponse GraphStore::sendChecked(const HttpRequest& request) {
  HttpResponse response = http_.send(request);
  const long status = response.status;
  if (status >= 200 && status < 300) return response;
  const std::string endpoint = redactUrl(request.url);
  const std::string message = errorMessageOf(response.body);
  const std::string said = message.empty() ? "" : ": " + message;
  const std::string http = "HTTP " + std::to_string(status);
  if (status == 401 || status == 403) {
    throw StoreError(
        ErrorKind::auth, endpoint,
        http +
            (status == 401
                 ? " authentication failed (check the user name and password" +
                       std::string(http_.options().auth == AuthScheme::none ? "; no --auth was used" : "") + ")"
                 : " forbidden (the user lacks a role such as SPARQL_UPDATE)") +
            said);
  }
  if (status == 413 || (status >= 500 && mentionsSizeLimit(message))) {
    throw StoreError(ErrorKind::tooLarge, endpoint,
                     http + " request too large for the store (try a smaller --chunk-bytes)" + said);
  }
  if (status >= 500) throw StoreError(ErrorKind::server, endpoint, http + said);
  if (status == 404)
    throw StoreError(ErrorKind::protocol, endpoint, http + " not found (is the endpoint URL right?)" + said);
  throw StoreError(ErrorKind::protocol, endpoint, http + " unexpected answer" + said);
}

SelectResult GraphStore::select(const std::string& query, const std::vector<std::string>& defaultGraphs) {
  PG_CHECK(!endpoints_.query.empty(), "no query endpoint");
  return selectAt(endpoints_.query, endpoints_.authenticateQueries, query, defaultGraphs);
}

SelectResult GraphStore::selectAsWriter(const std::string& query) {
  PG_CHECK(!endpoints_.update.empty(), "no update endpoint");
  return selectAt(endpoints_.update, true, query, {});
}

bool isTransientStoreMessage(std::string_view message) {
  // Virtuoso: SR171 "Transaction timed out" (a query waiting behind a large
  // commit or a checkpoint), 40001 deadlock: the same query succeeds later.
  return message.find("SR171") != std::string_view::npos || message.find("40001") != std::string_view::npos;
}

HttpResponse GraphStore::sendQuery(const HttpRequest& request) {
  // A busy store (Virtuoso right after a million-triple load) may refuse
  // for longer than the transport retries last: keep asking for as long as
  // a stalled transfer would be waited for, pausing at most 10 s.
  const auto deadline = std::chrono::steady_clock::now() + http_.options().stallTimeout;
  std::chrono::milliseconds pause = http_.options().backoff;
  for (;;) {
    try {
      return sendChecked(request);
    } catch (const StoreError& error) {
      if (error.kind() != ErrorKind::server || !isTransientStoreMessage(error.cause()) ||
          std::chrono::steady_clock::now() + pause > deadline) {
        throw;
      }
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(10000));
  }
}

SelectResult GraphStore::selectAt(const std::string& url, bool authenticate, const std::string& query,
                                  const std::vector<std::string>& defaultGraphs) {
  HttpRequest request;
  request.method = "POST";
  request.url = url;
  request.headers = {{"Accept", kResultsAccept}, {"Content-Type", "application/x-www-form-urlencoded"}};
  request.body = "query=" + urlEncode(query);
  request.authenticate = authenticate;
  for (const auto& graph : defaultGraphs) request.body += "&default-graph-uri=" + urlEncode(graph);
  const HttpResponse response = sendQuery(request);
  // The Content-Type decides; without a known one, the first character.
  std::optional<ResultsFormat> format = resultsFormatFromContentType(response.contentType);
  if (!format) {
    const auto first = response.body.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && response.body[first] == '{') format = ResultsFormat::json;
    if (first != std::string::npos && response.body[first] == '<') format = ResultsFormat::xml;
  }
  try {
    if (!format) throw std::invalid_argument("not a results format");
    return parseResults(response.body, *format, isAskQuery(query));
  } catch (const std::invalid_argument& error) {
    throw StoreError(ErrorKind::protocol, redactUrl(request.url),
                     std::string("the answer is not SPARQL results (") + error.what() + "; Content-Type " +
                         (response.contentType.empty() ? "none" : response.contentType) + ")");
  }
}

void GraphStore::update(const std::string& requestText) {
  PG_CHECK(!endpoints_.update.empty(), "no update endpoint");
  HttpRequest request;
  request.method = "POST";
  request.url = endpoints_.update;
  request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
  request.body = "update=" + urlEncode(requestText);
  sendChecked(request);
}

void GraphStore::sendGraph(const std::string& method, const std::string& graph, std::string_view ntriples) {
  PG_CHECK(!endpoints_.graphStore.empty(), "no graph store endpoint");
  HttpRequest request;
  request.method = method;
  request.url = withParameter(endpoints_.graphStore, "graph", graph);
  request.headers = {{"Content-Type", "application/n-triples"}};
  request.body = std::string(ntriples);
  sendChecked(request);
}

void GraphStore::putGraph(const std::string& graph, std::string_view ntriples) { sendGraph("PUT", graph, ntriples); }

void GraphStore::postGraph(const std::string& graph, std::string_view ntriples) { sendGraph("POST", graph, ntriples); }

std::size_t GraphStore::countTriples(const std::string& graph) {
  const SelectResult result = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + sparqlIri(graph) + " { ?s ?p ?o } }");
  const std::string endpoint = redactUrl(endpoints_.query);
  if (result.rows.size() != 1 || result.rows.front().size() != 1 || !result.rows.front().front()) {
    throw StoreError(ErrorKind::protocol, endpoint, "the COUNT query gave no single number");
  }
  const std::string& text = result.rows.front().front()->value;
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
    throw StoreError(ErrorKind::protocol, endpoint, "the COUNT query gave \"" + text + "\", not a number");
  }
  return static_cast<std::size_t>(std::stoull(text));
}

void GraphStore::virtuosoSql(const std::string& statement) {
  PG_CHECK(endpoints_.dialect == Dialect::virtuoso, "SQL through SPARQL is Virtuoso's");
  selectAsWriter("SELECT (bif:exec(" + sparqlString(statement) + ") AS ?done) WHERE { }");
}

std::vector<std::string> GraphStore::namedGraphs() {
  // No FILTER on the graph IRI: Virtuoso would compute STR(?g) for every
  // quad of the store (minutes at a million triples), while the distinct
  // graphs alone come from an index.
  const SelectResult result = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
  std::vector<std::string> graphs;
  for (const auto& row : result.rows) {
    if (!row.empty() && row[0] && row[0]->kind == RdfValue::Kind::iri) graphs.push_back(row[0]->value);
  }
  std::sort(graphs.begin(), graphs.end());
  return graphs;
}

std::vector<std::pair<std::string, std::size_t>> GraphStore::graphsStartingWith(const std::string& prefix) {
  std::vector<std::pair<std::string, std::size_t>> graphs;
  for (const auto& graph : namedGraphs()) {
    if (graph.starts_with(prefix)) graphs.emplace_back(graph, countTriples(graph));
  }
  return graphs;
}

std::vector<std::string> GraphStore::userGraphs(std::size_t limit) {
  std::vector<std::string> graphs;
  for (auto& graph : namedGraphs()) {
    // Virtuoso's own graphs: its schema graphs and the graph of its /sparql page.
    if (graph.starts_with("http://www.openlinksw.com/") || graph.starts_with("http://www.w3.org/ns/ldp#") ||
        graph.starts_with("http://www.w3.org/2002/07/owl#") || graph.find("/DAV/") != std::string::npos ||
        graph.ends_with("/sparql")) {
      continue;
    }
    graphs.push_back(std::move(graph));
    if (graphs.size() == limit) break;
  }
  return graphs;
}

bool GraphStore::dropGraphQuietly(const std::string& graph) noexcept {
  try {
    update("DROP SILENT GRAPH " + sparqlIri(graph));
    return true;
  } catch (...) {
    return false;
  }
}

}  // namespace pactgraph::store

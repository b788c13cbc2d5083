// A client for one triple store: SPARQL 1.1 Graph Store Protocol uploads,
// SPARQL 1.1 Protocol queries and updates, and the triple count that every
// upload is verified with. Status codes are turned into StoreError kinds
// here (see StoreError.h); nothing is printed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/store/Http.h"
#include "pactgraph/store/SparqlResults.h"

namespace pactgraph::store {

// How a store lays out its endpoints.
//   virtuoso  <endpoint>/sparql-graph-crud-auth (GSP, Digest realm SPARQL),
//             <endpoint>/sparql (queries), <endpoint>/sparql-auth (updates)
//   fuseki    <endpoint> is the dataset: /data, /sparql, /update
//   oxigraph  <endpoint>/store, /query, /update
//   gsp       <endpoint> is the GSP URL itself; query and update URLs are
//             given separately (the update URL defaults to the query URL)
enum class Dialect { virtuoso, fuseki, oxigraph, gsp };

std::optional<Dialect> dialectFromName(std::string_view name);

struct Endpoints {
  Dialect dialect = Dialect::gsp;
  std::string graphStore;  // GSP endpoint (`?graph=IRI` is appended)
  std::string query;       // SPARQL query endpoint
  std::string update;      // SPARQL update endpoint
  // Whether queries carry credentials (updates and uploads always do when
  // there are any). False for Virtuoso's public /sparql.
  bool authenticateQueries = true;
};

// The URLs of `dialect` under `endpoint` (a trailing '/' is ignored). For
// `gsp`, `graphStore` is `endpoint` and the others are empty.
Endpoints endpointsFor(Dialect dialect, std::string_view endpoint);

// Digest for Virtuoso (its authenticated endpoints want it), none otherwise.
AuthScheme defaultAuth(Dialect dialect);

class GraphStore {
 public:
  GraphStore(Endpoints endpoints, HttpOptions http);

  const Endpoints& endpoints() const { return endpoints_; }

  // Runs a SELECT or ASK query. `defaultGraphs` become `default-graph-uri`
  // parameters (the dataset the query sees when it names no FROM itself).
  SelectResult select(const std::string& query, const std::vector<std::string>& defaultGraphs = {});
  // Runs a SELECT or ASK query on the update endpoint with credentials
  // (Virtuoso's /sparql-auth answers queries too): for queries that need
  // the writing user's rights.
  SelectResult selectAsWriter(const std::string& query);
  // Runs a SPARQL Update request.
  void update(const std::string& request);
  // Virtuoso only: runs one SQL statement as the store's user through
  // SPARQL (`SELECT (bif:exec("…") …)` on the update endpoint), so no SQL
  // port or isql is needed. Throws StoreError with the store's message when
  // it is refused or fails. Contract: the dialect is virtuoso.
  void virtuosoSql(const std::string& statement);
  // Every named graph that holds a triple, in IRI order.
  std::vector<std::string> namedGraphs();
  // The named graphs whose IRI starts with `prefix`, with their triple
  // counts, in IRI order.
  std::vector<std::pair<std::string, std::size_t>> graphsStartingWith(const std::string& prefix);
  // Up to `limit` named graphs that hold triples, other than the store's own
  // system graphs (Virtuoso's virtrdf: and openlinksw.com graphs).
  std::vector<std::string> userGraphs(std::size_t limit);
  // GSP PUT (replace) or POST (merge) of N-Triples into `graph`.
  void putGraph(const std::string& graph, std::string_view ntriples);
  void postGraph(const std::string& graph, std::string_view ntriples);
  // `SELECT (COUNT(*) AS ?n) { GRAPH <graph> { ?s ?p ?o } }`.
  std::size_t countTriples(const std::string& graph);
  // `DROP SILENT GRAPH <graph>`; false (and no exception) when it failed.
  bool dropGraphQuietly(const std::string& graph) noexcept;

 private:
  void sendGraph(const std::string& method, const std::string& graph, std::string_view ntriples);
  HttpResponse sendChecked(const HttpRequest& request);
  // sendChecked for read-only requests: a store's transient refusal (see
  // isTransientStoreMessage) is asked again, with growing pauses, for up to
  // HttpOptions::stallTimeout.
  HttpResponse sendQuery(const HttpRequest& request);
  SelectResult selectAt(const std::string& url, bool authenticate, const std::string& query,
                        const std::vector<std::string>& defaultGraphs);

  Endpoints endpoints_;
  HttpClient http_;
};

// Whether a store's error message says the request may succeed if sent
// again unchanged (Virtuoso SR171 transaction timeout, 40001 deadlock).
// Only read-only requests are retried on it: a timed-out update may still
// have committed.
bool isTransientStoreMessage(std::string_view message);

// `iri` as a SPARQL IRI reference `<…>`. Contract: `iri` has no character
// that cannot appear inside `<>` (space, <>"{}|^`\ or controls).
std::string sparqlIri(std::string_view iri);

// `text` as a SPARQL string literal "…" with \" \\ \n \r \t escaped.
std::string sparqlString(std::string_view text);

// `text` as an SQL string literal '…' for Virtuoso (quotes doubled).
// Contract: no backslash (an escape character in Virtuoso's SQL strings)
// and no control character.
std::string sqlString(std::string_view text);

}  // namespace pactgraph::store

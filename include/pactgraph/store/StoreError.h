// The one error type of the store module. Every failure of a request to a
// triple store, and every failed verification, becomes a StoreError with a
// stable kind (part of the interface: the CLI prints
// `error[store.<kind>]: <endpoint>: <cause>` and exits with code 3).
// Messages never contain credentials: endpoints are printed without their
// user-info and query string, and response bodies are reduced to the store's
// own message text.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace pactgraph::store {

enum class ErrorKind {
  unreachable,    // connection refused, unknown host, connect timeout
  auth,           // 401 / 403: wrong or missing credentials, missing role
  server,         // 5xx (other than size limits) with the store's message
  tooLarge,       // 413, or a store's own "request too large" message
  interrupted,    // connection closed or reset mid-request, stalled transfer
  countMismatch,  // the store holds a different number of triples than sent
  protocol,       // an answer we cannot use: bad JSON, 404, unexpected status
  notFound,       // a node asked for by the user is not in the graph
};

// "unreachable", "auth", "server", "too-large", "interrupted",
// "count-mismatch", "protocol", "not-found".
std::string_view errorKindName(ErrorKind kind);

class StoreError : public std::runtime_error {
 public:
  // `endpoint` must already be safe to print (see redactUrl).
  StoreError(ErrorKind kind, std::string endpoint, std::string cause);

  ErrorKind kind() const { return kind_; }
  const std::string& endpoint() const { return endpoint_; }
  const std::string& cause() const { return cause_; }
  // `error[store.<kind>]: <endpoint>: <cause>` (one line, no newline).
  std::string line() const;

  // A graph the failed operation may have left in the store (a push's
  // staging graph that could not be dropped, or that holds the data of a
  // swap that stopped after the target was emptied); empty when none.
  // `leftoverNote` says what happened to the target.
  const std::string& leftover() const { return leftover_; }
  const std::string& leftoverNote() const { return leftoverNote_; }
  void setLeftover(std::string graph, std::string note) {
    leftover_ = std::move(graph);
    leftoverNote_ = std::move(note);
  }

 private:
  ErrorKind kind_;
  std::string endpoint_;
  std::string cause_;
  std::string leftover_;
  std::string leftoverNote_;
};

// `url` without user-info (`user:password@`), query string and fragment:
// what may appear in messages and logs.
std::string redactUrl(std::string_view url);

}  // namespace pactgraph::store

// A Virtuoso 7 server that pactgraph starts, loads and stops itself, so
// SPARQL can be run over a built graph with no server set up by the user
// (`pactgraph query QUERY.rq DATA`). It uses Debian's virtuoso-t
// (package virtuoso-opensource-7-bin): an existing, complete SPARQL 1.1
// engine, the same one `push` is tested against.
//
// The server listens on free ports of 127.0.0.1 only. Its database lives in
// a throw-away directory (removed when the object is destroyed) or in a
// directory the user keeps (`persistent`), where the loaded data is reused
// as long as its fingerprint is unchanged. The dba password is replaced by
// a random one at the first start (kept, mode 0600, in the directory), so
// the well-known default never guards a running server; all administration
// goes over HTTP with Digest authentication (`bif:exec`), never through a
// command line that would show a password.
#pragma once

#include <sys/types.h>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "pactgraph/store/GraphStore.h"

namespace pactgraph::store {

struct LocalVirtuosoOptions {
  // The database directory; empty: a fresh temporary one, removed at the end.
  std::filesystem::path directory;
  // Path of virtuoso-t; empty: found on PATH, then /usr/bin.
  std::filesystem::path executable;
  std::chrono::seconds startTimeout{120};
};

class LocalVirtuoso {
 public:
  // The graph the data is loaded into; queries see it as their default graph.
  static constexpr const char* kDataGraph = "urn:pactgraph:local-data";

  // Starts the server and waits until it answers. Throws StoreError
  // (`unreachable` when virtuoso-t is missing or does not come up, with
  // the end of its log) or util::IoError.
  explicit LocalVirtuoso(LocalVirtuosoOptions options);
  // Stops the server (SIGTERM, SIGKILL after 30 s) and removes a temporary directory.
  ~LocalVirtuoso();
  LocalVirtuoso(const LocalVirtuoso&) = delete;
  LocalVirtuoso& operator=(const LocalVirtuoso&) = delete;

  // http://127.0.0.1:<port>
  std::string httpUrl() const;
  // A client with dba rights (Digest) for the server's endpoints.
  GraphStore connect() const;

  // Loads the N-Triples file into kDataGraph with the bulk loader and
  // checkpoints, unless the directory already holds data with the same
  // `fingerprint`. Returns whether it loaded.
  bool load(const std::filesystem::path& ntriples, const std::string& fingerprint);

  // Whether virtuoso-t can be found (see LocalVirtuosoOptions::executable).
  static std::filesystem::path findExecutable(const std::filesystem::path& given = {});

 private:
  void start();
  void stop() noexcept;
  std::string logTail() const;

  LocalVirtuosoOptions options_;
  std::filesystem::path directory_;
  bool temporary_ = false;
  pid_t pid_ = -1;
  int httpPort_ = 0;
  std::string password_;
};

// A 64-bit FNV-1a hash of a file's bytes, as 16 hex digits.
std::string fileFingerprint(const std::filesystem::path& path);

}  // namespace pactgraph::store

// What this machine pushed where: one record per store and graph, kept in a
// small JSON file so that `query` can default to the graph `push` used and
// `store status` can say when a graph was pushed. The file holds no
// credentials (endpoints are stored redacted, see redactUrl).
//
// Location: $PACTGRAPH_STATE_DIR/pushes.json, else
// $XDG_STATE_HOME/pactgraph/pushes.json, else ~/.local/state/pactgraph/pushes.json.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pactgraph::store {

struct PushRecord {
  std::string endpoint;  // the store's query endpoint, redacted
  std::string graph;
  std::size_t triples = 0;
  std::string pushedAt;    // UTC, ISO 8601 (2026-11-29T11:32:39Z)
  std::string durability;  // "checkpointed", "store-commit" or "not-durable"
};

class PushHistory {
 public:
  // The default location (see above); empty when no home is known.
  static std::filesystem::path defaultPath();

  explicit PushHistory(std::filesystem::path path = defaultPath());

  // All records; none when the file is missing or unreadable.
  std::vector<PushRecord> records() const;
  // The most recent record for `endpoint` (and `graph`, when given).
  std::optional<PushRecord> latest(const std::string& endpoint, const std::string& graph = {}) const;
  // Adds or replaces the record of (endpoint, graph). Writes the file
  // atomically; throws util::IoError when it cannot.
  void record(const PushRecord& record);

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The current UTC time as ISO 8601 with seconds and a Z.
std::string utcNow();

}  // namespace pactgraph::store

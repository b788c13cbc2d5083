#include "pactgraph/store/PushHistory.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {

std::filesystem::path PushHistory::defaultPath() {
  if (const char* dir = std::getenv("PACTGRAPH_STATE_DIR"); dir && *dir)
    return std::filesystem::path(dir) / "pushes.json";
  if (const char* dir = std::getenv("XDG_STATE_HOME"); dir && *dir) {
    return std::filesystem::path(dir) / "pactgraph" / "pushes.json";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".local" / "state" / "pactgraph" / "pushes.json";
  }
  return {};
}

PushHistory::PushHistory(std::filesystem::path path) : path_(std::move(path)) {}

std::vector<PushRecord> PushHistory::records() const {
  std::vector<PushRecord> out;
  if (path_.empty()) return out;
  std::ifstream in(path_);
  if (!in) return out;
  try {
    const nlohmann::json document = nlohmann::json::parse(in);
    for (const auto& entry : document.at("pushes")) {
      out.push_back({entry.at("endpoint").get<std::string>(), entry.at("graph").get<std::string>(),
                     entry.at("triples").get<std::size_t>(), entry.at("pushedAt").get<std::string>(),
                     entry.value("durability", "")});
    }
  } catch (const nlohmann::json::exception&) {
    return {};  // a damaged file is a missing one: it only holds conveniences
  }
  return out;
}

std::optional<PushRecord> PushHistory::latest(const std::string& endpoint, const std::string& graph) const {
  std::optional<PushRecord> best;
  for (auto& record : records()) {
    if (record.endpoint != endpoint || (!graph.empty() && record.graph != graph)) continue;
    if (!best || record.pushedAt >= best->pushedAt) best = std::move(record);
  }
  return best;
}

void PushHistory::record(const PushRecord& added) {
  if (path_.empty()) throw util::IoError("no place for the push history (set PACTGRAPH_STATE_DIR or HOME)");
  auto all = records();
  std::erase_if(all, [&](const PushRecord& r) { return r.endpoint == added.endpoint && r.graph == added.graph; });
  all.push_back(added);
  nlohmann::ordered_json pushes = nlohmann::ordered_json::array();
  for (const auto& r : all) {
    pushes.push_back({{"endpoint", r.endpoint},
                      {"graph", r.graph},
                      {"triples", r.triples},
                      {"pushedAt", r.pushedAt},
                      {"durability", r.durability}});
  }
  util::OutputTransaction output;
  output.stage(path_, nlohmann::ordered_json{{"pushes", pushes}}.dump(2) + "\n");
  output.commit();
}

std::string utcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace pactgraph::store

#include "Fixture.h"

#include <stdlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <string_view>
#include <system_error>

#include "pactgraph/io/Loader.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/synth/Random.h"
#include "pactgraph/synth/Synth.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::bench {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kDefaultEntities = 20000;

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "pactgraph_bench: " << message << "\n";
  cleanUp();
  std::exit(2);
}

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

std::size_t entityCount() {
  const std::string text = environment("PACTGRAPH_BENCH_ENTITIES");
  if (text.empty()) return kDefaultEntities;
  std::size_t used = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || value == 0)
    fail("PACTGRAPH_BENCH_ENTITIES must be a positive integer, got \"" + text + "\"");
  return static_cast<std::size_t>(value);
}

// The temporary directory holding generated data (empty when the data was given).
fs::path& temporaryDirectory() {
  static fs::path directory;
  return directory;
}

void printDiagnostics(const util::Diagnostics& diagnostics) {
  std::size_t shown = 0;
  for (const auto& diagnostic : diagnostics.sorted()) {
    if (diagnostic.severity != util::Severity::error) continue;
    std::cerr << util::format(diagnostic) << "\n";
    if (++shown == 10) break;
  }
}

using synth::Random;

// Union–find over actor indexes, for the largest connected component.
class Components {
 public:
  explicit Components(std::size_t n) : parent_(n), size_(n, 1) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t root(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = root(a);
    b = root(b);
    if (a == b) return;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
  }
  std::size_t size(std::size_t x) { return size_[root(x)]; }

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::size_t> size_;
};

}  // namespace

std::string dataDescription() {
  const std::string given = environment("PACTGRAPH_BENCH_DATA");
  if (!given.empty()) return "data " + given;
  return "synthetic, " + std::to_string(entityCount()) + " entities, seed 1";
}

const std::vector<fs::path>& dataPaths() {
  static const std::vector<fs::path> paths = [] {
    const std::string given = environment("PACTGRAPH_BENCH_DATA");
    if (!given.empty()) {
      std::error_code error;
      if (!fs::exists(given, error)) fail("PACTGRAPH_BENCH_DATA: no such file or directory: " + given);
      return std::vector<fs::path>{given};
    }
    std::string pattern = (fs::temp_directory_path() / "pactgraph-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) fail("cannot create a temporary directory from " + pattern);
    temporaryDirectory() = pattern;
    synth::SynthOptions options;
    options.entities = entityCount();
    options.seed = 1;
    const fs::path directory = fs::path(pattern) / "data";
    const synth::SynthSummary summary = synth::writeSynthetic(options, directory);
    std::cerr << "pactgraph_bench: generated " << summary.nodes << " nodes, " << summary.citations << " citations, "
              << summary.statements << " statements in " << directory.string() << "\n";
    return std::vector<fs::path>{directory};
  }();
  return paths;
}

std::size_t inputBytes() {
  static const std::size_t bytes = [] {
    std::size_t total = 0;
    for (const auto& path : dataPaths()) {
      if (fs::is_regular_file(path)) {
        total += fs::file_size(path);
        continue;
      }
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") total += entry.file_size();
      }
    }
    return total;
  }();
  return bytes;
}

const ontology::Ontology& builtInOntology() {
  static const ontology::Ontology ontology = ontology::Ontology::builtIn();
  return ontology;
}

namespace {

model::Graph load() {
  util::Diagnostics diagnostics;
  model::Graph loaded = io::loadGraph(dataPaths(), diagnostics);
  if (diagnostics.hasErrors()) {
    printDiagnostics(diagnostics);
    fail("the benchmark data does not load");
  }
  return loaded;
}

}  // namespace

const model::Graph& loadedGraph() {
  static const model::Graph graph = load();
  return graph;
}

// Loaded on its own rather than copied from loadedGraph(), so that the
// benchmarks that need only the validated graph (all but BM_Load and
// BM_Validate) hold one graph in memory, not two.
const model::Graph& validatedGraph() {
  static const model::Graph graph = [] {
    model::Graph validated = load();
    util::Diagnostics diagnostics;
    ontology::validate(builtInOntology(), validated, diagnostics);
    if (diagnostics.hasErrors()) {
      printDiagnostics(diagnostics);
      fail("the benchmark data is invalid");
    }
    return validated;
  }();
  return graph;
}

const analysis::TypeHierarchy& typeHierarchy() {
  // As the CLI does: every pg: class with all of its ancestors.
  static const analysis::TypeHierarchy types{builtInOntology().classAncestry(), builtInOntology().propertyAncestry()};
  return types;
}

const rdf::QuadStore& quadStore() {
  static const rdf::QuadStore store = rdf::buildQuadStore(validatedGraph(), rdf::ExportOptions{});
  return store;
}

const rdf::Prefixes& prefixes() {
  static const rdf::Prefixes standard = rdf::standardPrefixes(std::string(model::vocab::defaultBase));
  return standard;
}

std::size_t unionTripleCount() {
  static const std::size_t count = quadStore().withoutGraphs().size();
  return count;
}

const analysis::ActorNetwork& actorNetwork() {
  static const analysis::ActorNetwork network =
      analysis::buildActorNetwork(validatedGraph(), typeHierarchy(), analysis::NetworkOptions{});
  return network;
}

const std::vector<NodePair>& pathPairs(std::size_t count) {
  static std::map<std::size_t, std::vector<NodePair>> cache;
  auto [it, inserted] = cache.try_emplace(count);
  if (!inserted) return it->second;
  const analysis::ActorNetwork& network = actorNetwork();
  const std::size_t n = network.actors.size();
  if (n < 2) return it->second;
  Components components(n);
  for (const auto& link : network.links) components.join(link.a, link.b);
  // The largest component; ties go to the one holding the smallest actor id.
  std::size_t best = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (components.size(i) > components.size(best)) best = i;
  }
  std::vector<std::size_t> members;
  const std::size_t bestRoot = components.root(best);
  for (std::size_t i = 0; i < n; ++i) {
    if (components.root(i) == bestRoot) members.push_back(i);
  }
  if (members.size() < 2) return it->second;
  std::vector<std::vector<std::size_t>> neighbours(n);
  for (const auto& link : network.links) {
    neighbours[link.a].push_back(link.b);
    neighbours[link.b].push_back(link.a);
  }
  Random random(20240611);
  while (it->second.size() < count) {
    const std::size_t from = members[random.below(members.size())];
    std::size_t to = members[random.below(members.size())];
    if (it->second.size() % 2 == 0) {
      // A near pair: a random walk of 1 to 3 actor links (each link is one
      // or two claims), so that a path of at most 6 hops exists.
      to = from;
      for (std::size_t step = random.between(1, 3); step > 0; --step)
        to = neighbours[to][random.below(neighbours[to].size())];
    }
    if (from == to) continue;
    it->second.push_back({network.actors[from].id, network.actors[to].id});
  }
  return it->second;
}

void cleanUp() {
  fs::path& directory = temporaryDirectory();
  if (directory.empty()) return;
  std::error_code error;
  fs::remove_all(directory, error);
  directory.clear();
}

}  // namespace pactgraph::bench

// The analyses on the validated graph: building the actor network, its
// scores (degree, betweenness, closeness, PageRank, components), betweenness
// alone, k shortest paths between actors (the index, a query on the index,
// a one-shot query), the timeline and the provenance audit. Inputs (graph,
// class hierarchy, actor network, path index) are built once, outside the
// timed loops.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "Fixture.h"
#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/analysis/Timeline.h"

namespace pactgraph::bench {

namespace {

// Items: statements read.
void BM_ActorNetwork(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  for (auto _ : state) {
    analysis::ActorNetwork network = analysis::buildActorNetwork(graph, types, analysis::NetworkOptions{});
    benchmark::DoNotOptimize(network.links.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.statements.size()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_ActorNetwork)->Unit(benchmark::kMillisecond);

void setNetworkCounters(benchmark::State& state, const analysis::ActorNetwork& network) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * network.actors.size()));
  state.counters["actors"] = static_cast<double>(network.actors.size());
  state.counters["links"] = static_cast<double>(network.links.size());
  state.SetLabel("items: actors");
}

// Every score of every actor (betweenness dominates for large networks).
void BM_NetworkScores(benchmark::State& state) {
  const analysis::ActorNetwork& network = actorNetwork();
  for (auto _ : state) {
    analysis::NetworkScores scores = analysis::computeScores(network);
    benchmark::DoNotOptimize(scores.actors.data());
  }
  setNetworkCounters(state, network);
}
BENCHMARK(BM_NetworkScores)->Unit(benchmark::kMillisecond);

// Betweenness alone (Brandes, unweighted), the figure compared with igraph
// and NetworkX by compare.py.
void BM_Betweenness(benchmark::State& state) {
  const analysis::ActorNetwork& network = actorNetwork();
  for (auto _ : state) {
    std::vector<double> values = analysis::betweennessCentrality(network);
    benchmark::DoNotOptimize(values.data());
  }
  setNetworkCounters(state, network);
}
BENCHMARK(BM_Betweenness)->Unit(benchmark::kMillisecond);

// Number of FROM/TO pairs (one query per iteration, each pair once per repetition).
std::size_t pathPairCount() {
  const char* text = std::getenv("PACTGRAPH_BENCH_PATH_PAIRS");
  const long value = text ? std::atol(text) : 0;
  return value > 0 ? static_cast<std::size_t>(value) : 20;
}

double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(index, values.size() - 1)];
}

// The queries of the path benchmarks: k = 5 paths of at most 6 hops.
analysis::PathOptions pathOptions() {
  analysis::PathOptions options;
  options.k = 5;
  options.maxLength = 6;
  return options;
}

// The claim multigraph index the queries run on, built once.
const analysis::PathIndex& pathIndex() {
  static const analysis::PathIndex index(validatedGraph(), typeHierarchy(), analysis::indexOptions(pathOptions()));
  return index;
}

// Runs one query per iteration, cycling through the FROM/TO pairs (actors
// of the largest component drawn with a fixed seed). Besides the mean time
// per query (the benchmark's own figure) it reports the distribution of the
// individual query latencies: p50_ms (the median), p90_ms, max_ms, and
// `found`, the share of queries that found at least one path, and `paths`,
// the mean number of paths found.
template <class Query>
void runPathQueries(benchmark::State& state, const Query& query) {
  const std::vector<NodePair>& pairs = pathPairs(pathPairCount());
  if (pairs.empty()) {
    state.SkipWithError("the actor network has no component with two actors");
    for (auto _ : state) {
    }
    return;
  }
  std::vector<double> latencies;
  std::size_t next = 0, found = 0, paths = 0;
  for (auto _ : state) {
    const NodePair& pair = pairs[next++ % pairs.size()];
    const auto start = std::chrono::steady_clock::now();
    analysis::PathResult result = query(pair);
    const auto stop = std::chrono::steady_clock::now();
    latencies.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    found += result.paths.empty() ? 0 : 1;
    paths += result.paths.size();
    benchmark::DoNotOptimize(result.paths.data());
  }
  const double queries = static_cast<double>(std::max<std::size_t>(latencies.size(), 1));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["p50_ms"] = percentile(latencies, 0.5);
  state.counters["p90_ms"] = percentile(latencies, 0.9);
  state.counters["max_ms"] = percentile(latencies, 1.0);
  state.counters["found"] = static_cast<double>(found) / queries;
  state.counters["paths"] = static_cast<double>(paths) / queries;
  state.SetLabel("items: queries");
}

// Building the index of the claim multigraph. Items: statements.
void BM_PathIndex(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  const analysis::PathIndexOptions options = analysis::indexOptions(pathOptions());
  for (auto _ : state) {
    analysis::PathIndex index(graph, types, options);
    benchmark::DoNotOptimize(index.edgeCount());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.statements.size()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_PathIndex)->Unit(benchmark::kMillisecond);

// A query on the prebuilt index: the latency of an interactive query
// (the index is built once, outside the timing).
void BM_PathQuery(benchmark::State& state) {
  const analysis::PathIndex& index = pathIndex();
  const analysis::PathOptions options = pathOptions();
  runPathQueries(state, [&](const NodePair& pair) { return analysis::findPaths(index, pair.from, pair.to, options); });
}
BENCHMARK(BM_PathQuery)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(static_cast<benchmark::IterationCount>(pathPairCount()));

// A one-shot query on the graph, as `pactgraph path` runs it: building the
// index plus the query.
void BM_PathQueryOneShot(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  const analysis::PathOptions options = pathOptions();
  runPathQueries(state,
                 [&](const NodePair& pair) { return analysis::findPaths(graph, types, pair.from, pair.to, options); });
}
BENCHMARK(BM_PathQueryOneShot)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(static_cast<benchmark::IterationCount>(pathPairCount()));

// Items: statements read.
void BM_Timeline(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  for (auto _ : state) {
    analysis::Timeline timeline = analysis::buildTimeline(graph, types, analysis::TimelineOptions{});
    benchmark::DoNotOptimize(timeline.events.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.statements.size()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_Timeline)->Unit(benchmark::kMillisecond);

// The audit builds the actor network twice (with and without deprecated
// claims) and ranks betweenness in both. Items: statements.
void BM_Audit(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  for (auto _ : state) {
    analysis::Audit audit = analysis::auditGraph(graph, types);
    benchmark::DoNotOptimize(audit.sources.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.statements.size()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_Audit)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace pactgraph::bench

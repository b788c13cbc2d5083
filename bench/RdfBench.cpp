// The RDF side: building the compact quad store from the validated graph
// (rdf::buildQuadStore, including its sort and deduplication) and each
// writer (rdf::serialize into a sink that discards the text, so no disk I/O
// is timed). Turtle and N-Triples write the union of the graphs, as in the
// CLI; the union is computed inside serialize and is part of the timing.
#include <benchmark/benchmark.h>

#include "Fixture.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::bench {

namespace {

// Items: quads built.
void BM_BuildQuadStore(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const rdf::ExportOptions options;
  std::size_t quads = 0;
  for (auto _ : state) {
    rdf::QuadStore store = rdf::buildQuadStore(graph, options);
    quads = store.size();
    benchmark::DoNotOptimize(store.quads().data());
    state.PauseTiming();
    store = rdf::QuadStore();  // freeing is not timed
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * quads));
  state.SetLabel("items: quads");
}
BENCHMARK(BM_BuildQuadStore)->Unit(benchmark::kMillisecond);

// Items: triples (Turtle, N-Triples) or quads (N-Quads, TriG, JSON-LD) written.
void BM_Write(benchmark::State& state, rdf::Format format) {
  const rdf::QuadStore& store = quadStore();
  const std::size_t items = rdf::carriesGraphs(format) ? store.size() : unionTripleCount();
  std::size_t bytes = 0;
  for (auto _ : state) {
    DiscardSink sink;
    rdf::serialize(store, format, prefixes(), sink);
    bytes = sink.bytes();
    benchmark::DoNotOptimize(bytes);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetLabel(rdf::carriesGraphs(format) ? "items: quads" : "items: triples");
}
BENCHMARK_CAPTURE(BM_Write, turtle, rdf::Format::turtle)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, ntriples, rdf::Format::ntriples)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, nquads, rdf::Format::nquads)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, trig, rdf::Format::trig)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, jsonld, rdf::Format::jsonld)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace pactgraph::bench

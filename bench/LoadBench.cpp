// Reading the input and checking it: io::loadGraph (JSON files from disk —
// the page cache after the first run — into a model::Graph, indexed) and
// ontology::validate (on a fresh copy of the loaded graph each iteration;
// the copy is not timed).
#include <benchmark/benchmark.h>

#include "Fixture.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::bench {

namespace {

// Items: statements (claims) read; bytes: JSON input.
void BM_Load(benchmark::State& state) {
  const auto& paths = dataPaths();
  const std::size_t statements = loadedGraph().statements.size();
  for (auto _ : state) {
    util::Diagnostics diagnostics;
    model::Graph graph = io::loadGraph(paths, diagnostics);
    benchmark::DoNotOptimize(graph.statements.data());
    if (diagnostics.hasErrors()) state.SkipWithError("the data does not load");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * statements));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * inputBytes()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

// Items: statements validated.
void BM_Validate(benchmark::State& state) {
  const ontology::Ontology& ontology = builtInOntology();
  const model::Graph& loaded = loadedGraph();
  validatedGraph();  // fails early, outside the loop, if the data is invalid
  for (auto _ : state) {
    state.PauseTiming();
    model::Graph graph = loaded;
    state.ResumeTiming();
    util::Diagnostics diagnostics;
    ontology::validate(ontology, graph, diagnostics);
    benchmark::DoNotOptimize(graph.statements.data());
    state.PauseTiming();
    graph = model::Graph();  // freeing the copy is not validation's cost either
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * loaded.statements.size()));
  state.SetLabel("items: statements");
}
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace pactgraph::bench

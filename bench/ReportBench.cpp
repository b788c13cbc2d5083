// The HTML report on the validated graph, in process: everything
// `pactgraph report` does after validation (network, scores, timeline,
// audit, selection, layout, page). With the default ReportOptions a big
// graph is cut to its top actors and its centralities are sampled; the
// counters say so.
#include <benchmark/benchmark.h>

#include <string>

#include "Fixture.h"
#include "pactgraph/report/Report.h"

namespace pactgraph::bench {

namespace {

// Items: statements.
void BM_Report(benchmark::State& state) {
  const model::Graph& graph = validatedGraph();
  const analysis::TypeHierarchy& types = typeHierarchy();
  report::ReportSummary summary;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string html = report::renderReport(graph, types, {}, &summary);
    bytes = html.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * graph.statements.size()));
  state.counters["actors"] = static_cast<double>(summary.actors);
  state.counters["drawn"] = static_cast<double>(summary.drawnActors);
  state.counters["sampled_sources"] = static_cast<double>(summary.sampledSources);
  state.counters["html_bytes"] = static_cast<double>(bytes);
  state.SetLabel("items: statements");
}
BENCHMARK(BM_Report)->Unit(benchmark::kMillisecond);

}  // namespace

}  // namespace pactgraph::bench

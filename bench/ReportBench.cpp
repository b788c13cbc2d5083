// The HTML report on the validated graph, in process: everything
// `pactgraph report` does after validation (network, scores, timeline,
// audit and dates as the command computes them, then selection, layout,
// page). With the default ReportOptions a big graph is cut to its top
// actors, and past 2,000 actors its centralities are sampled; the counters
// say so.
#include <benchmark/benchmark.h>

#include <string>
#include <utility>

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
    analysis::ActorNetwork network = analysis::buildActorNetwork(graph, types, {});
    analysis::NetworkScores scores = analysis::computeScores(network, {.exactLimit = 2000, .samples = 256});
    const report::ReportAnalyses analyses{
        std::move(network), std::move(scores), analysis::buildTimeline(graph, types, {}),
        analysis::auditGraph(graph, types, {.sensitivity = false}), analysis::ClaimDates(graph, types, false)};
    const std::string html = report::renderReport(graph, types, analyses, {}, &summary);
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

// pactgraph_bench: the micro-benchmarks. Google Benchmark's own flags apply
// (--benchmark_filter, --benchmark_repetitions, --benchmark_format=json…);
// the data is chosen by PACTGRAPH_BENCH_DATA / PACTGRAPH_BENCH_ENTITIES
// (Fixture.h).
#include <benchmark/benchmark.h>

#include "Fixture.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("pactgraph_data", pactgraph::bench::dataDescription());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  pactgraph::bench::cleanUp();
  return 0;
}

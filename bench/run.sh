#!/usr/bin/env bash
# Builds pactgraph and the micro-benchmarks (Release, build-bench/) and runs
# the whole-process comparisons; arguments go to bench/compare.py.
#
#   bash bench/run.sh                  sizes 3200 32000 320000, three runs each, and the 1M-entity path graph
#   bash bench/run.sh --quick          smoke test: tiny sizes, one run (a minute or two)
#   bash bench/run.sh --sizes 3200 32000 --no-path-million --json results.json
#
# Needs the packages of `scripts/install-deps.sh --test` (serdi, libbenchmark-dev,
# python3-rdflib, python3-igraph, python3-networkx). BUILD_DIR and JOBS
# override the build directory (default build-bench) and the parallel jobs (default 2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build-bench}"
jobs="${JOBS:-2}"

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPACTGRAPH_BENCH=ON -DPACTGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target pactgraph pactgraph_bench >&2  # stdout is the report

exec /usr/bin/python3 "$here/bench/compare.py" --pactgraph "$build/pactgraph" --bench "$build/pactgraph_bench" "$@"

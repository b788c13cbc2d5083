#!/usr/bin/env bash
# The main job: install dependencies, build pactgraph (Release), and build the
# knowledge graph from the shipped data/ into out/, printing a summary, and the
# HTML report (network, timeline, tables with citations) into out/report.html.
#   scripts/run.sh            data/ -> out/
#   scripts/run.sh DATA OUT   other input / output
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

data="${1:-data}"
out="${2:-out}"

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target pactgraph -j"$(nproc)" >/dev/null
build/pactgraph build "$data" -o "$out"
build/pactgraph report "$data" -o "$out/report.html" --quiet
echo "report: $out/report.html"

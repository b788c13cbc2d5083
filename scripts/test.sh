#!/usr/bin/env bash
# The whole test suite: install dependencies and test peers, then
#   1. build (Release, g++) and run every test through CTest;
#   2. build again with clang, AddressSanitizer and UndefinedBehaviorSanitizer,
#      run the same suite on that build, plus bounded libFuzzer runs.
# PACTGRAPH_SKIP_SANITIZE=1 skips step 2 (for a quick local run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh --test
jobs="$(nproc)"

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPACTGRAPH_BENCH=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [[ "${PACTGRAPH_SKIP_SANITIZE:-0}" != 1 ]]; then
  echo "== the same suite under ASan + UBSan (clang), with fuzzing =="
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACTGRAPH_FUZZ=ON \
    -DPACTGRAPH_FUZZ_SECONDS=20 >/dev/null
  cmake --build build-sanitize -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
fi

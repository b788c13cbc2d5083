#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time from a seed corpus.
#   run-fuzzer.sh FUZZER SEEDS_DIR SECONDS
# New inputs go to a scratch directory; a crash leaves its reproducer in
# the scratch directory's artifacts and fails the run.
set -euo pipefail
fuzzer="$1" seeds="$2" seconds="${3:-20}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/corpus" "$scratch/artifacts"
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/" "$scratch/corpus" "$seeds" 2>"$scratch/log"; then
  tail -60 "$scratch/log"
  for crash in "$scratch"/artifacts/*; do
    [[ -f "$crash" ]] && { echo "reproducer ($crash):"; base64 -w0 "$crash" | head -c 4000; echo; }
  done
  exit 1
fi
grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch/log" || true
echo "fuzzer $(basename "$fuzzer"): no crash in ${seconds}s"

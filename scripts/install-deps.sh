#!/usr/bin/env bash
# Installs what pactgraph needs on a Debian 12 machine, and nothing that is
# already there. Idempotent: `apt-get update` runs only when a package is
# missing, and `npm ci` only when the test peers' lock file changed.
#
#   scripts/install-deps.sh          build dependencies (the main job)
#   scripts/install-deps.sh --test   build dependencies + independent test peers
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# virtuoso-opensource-7-bin is a run-time dependency: `pactgraph query
# QUERY.rq DATA` starts a local Virtuoso (src/store/LocalVirtuoso.cpp).
build_packages=(
  build-essential cmake pkg-config
  libserd-dev libsord-dev serdi
  libboost-graph-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libcli11-dev libcurl4-openssl-dev zlib1g-dev libbenchmark-dev
  virtuoso-opensource-7-bin libbtparse-dev
)
# Independent implementations that check our output in the tests.
test_packages=(
  raptor2-utils sordi python3 python3-rdflib python3-networkx python3-igraph nodejs npm
  clang-14 clang-format-14 libclang-rt-14-dev chromium graphviz
)

want=("${build_packages[@]}")
with_test=0
if [[ "${1:-}" == "--test" ]]; then
  with_test=1
  want+=("${test_packages[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    # nodejs/npm may come from elsewhere than Debian (a preinstalled Node):
    # accept the command when it is on PATH.
    case "$pkg" in
      nodejs) command -v node >/dev/null && continue ;;
      npm) command -v npm >/dev/null && continue ;;
    esac
    missing+=("$pkg")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: all Debian packages present" >&2
fi

if ((with_test)); then
  # jsonld.js for the JSON-LD round-trip checks, pinned by tests/peers/package-lock.json.
  peers="$here/tests/peers"
  stamp="$peers/node_modules/.lock-stamp"
  if [[ ! -f "$stamp" ]] || ! cmp -s "$peers/package-lock.json" "$stamp"; then
    echo "install-deps: installing npm test peers" >&2
    (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$peers/package-lock.json" "$stamp"
  fi
fi

#!/usr/bin/env bash
# Checks that every C++ file of the project is formatted as .clang-format
# says (clang-format 14, Debian's clang-format-14). Exit 0 when it is; else
# lists each file that differs, shows the first differences and exits 1.
#
#   scripts/check-format.sh          check (CTest runs this as format.check)
#   scripts/check-format.sh --fix    rewrite the files in place
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

formatter="$(command -v clang-format-14 || true)"
if [[ -z "$formatter" ]]; then
  echo "check-format: clang-format-14 is not installed (scripts/install-deps.sh --test installs it)" >&2
  exit 1
fi

# The C++ files git tracks (or, outside a git checkout, every one below the
# source folders); never third-party trees such as tests/peers/node_modules.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'include/*.h' 'tests/*.cpp' 'tests/*.h' \
                                       'bench/*.cpp' 'bench/*.h' 'fuzz/*.cpp' 'fuzz/*.h')
else
  mapfile -t files < <(find src include tests/unit bench fuzz -name '*.cpp' -o -name '*.h' | sort)
fi
if [[ ${#files[@]} -eq 0 ]]; then
  echo "check-format: no C++ files found" >&2
  exit 1
fi

if [[ "${1:-}" == "--fix" ]]; then
  "$formatter" -i "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

unformatted=()
for file in "${files[@]}"; do
  if ! "$formatter" "$file" | cmp -s - "$file"; then
    unformatted+=("$file")
  fi
done
if [[ ${#unformatted[@]} -gt 0 ]]; then
  echo "check-format: ${#unformatted[@]} of ${#files[@]} files differ from .clang-format; run scripts/check-format.sh --fix" >&2
  for file in "${unformatted[@]}"; do
    echo "--- $file" >&2
    "$formatter" "$file" | diff "$file" - | head -n 12 >&2 || true
  done
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"

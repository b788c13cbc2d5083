#!/usr/bin/env python3
"""Side by side at 1 M and 10 M triples: export -f turtle vs serdi, build, build --jobs 1.

For each size (entities of `pactgraph synth --seed 1`): the N-Triples once with
`pactgraph export -f ntriples` (serdi's input), then --repeat rounds, each
running in turn `pactgraph export -f turtle`, `serdi -i ntriples -o turtle`,
`pactgraph build` (five formats, default jobs) and `pactgraph build --jobs 1`,
every one a separate process under `/usr/bin/time -v` (wall time, peak RSS).
Prints Markdown: medians, the ratios to serdi, and the scaling between
consecutive sizes (time ratio per 10x triples). Progress goes to stderr.

  /usr/bin/python3 bench/scale.py --work /tmp/bench18-scale --sizes 18000 180000 --repeat 3
"""

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(cmd, stdout_path=os.devnull):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS in MB = 10^6 bytes)."""
    cmd = [str(c) for c in cmd]
    with open(stdout_path, "wb") as out:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=out, stderr=subprocess.PIPE)
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", err)
    wall = int(m[1] or 0) * 3600 + int(m[2]) * 60 + float(m[3])
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)[1])
    return wall, rss_kb * 1024 / 1e6


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def loadavg():
    return " ".join(open("/proc/loadavg").read().split()[:3])


TOOLS = ["export -f turtle", "serdi nt→ttl", "build", "build --jobs 1"]


def measure(args, entities):
    d = args.work / f"size-{entities}"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    data, nt = d / "data", d / "x.nt"
    log(f"size {entities}: synth (load {loadavg()})")
    timed([args.pactgraph, "synth", "--entities", entities, "--seed", 1, "-o", data])
    timed([args.pactgraph, "export", data, "-f", "ntriples", "-o", nt])
    with open(nt, "rb") as f:
        triples = sum(1 for _ in f)
    log(f"  {triples:,} triples")
    commands = {
        "export -f turtle": ([args.pactgraph, "export", data, "-f", "turtle", "-o", d / "out.ttl"], os.devnull),
        "serdi nt→ttl": (["serdi", "-i", "ntriples", "-o", "turtle", nt], d / "serdi.ttl"),
        "build": ([args.pactgraph, "build", data, "-o", d / "build", "-q"], os.devnull),
        "build --jobs 1": ([args.pactgraph, "build", data, "-o", d / "build1", "-q", "--jobs", 1], os.devnull),
    }
    runs = {t: [] for t in TOOLS}
    loads = []
    for i in range(args.repeat):
        for tool in TOOLS:
            cmd, out = commands[tool]
            loads.append(loadavg())
            runs[tool].append(timed(cmd, out))
            log(f"  round {i + 1} {tool}: {runs[tool][-1][0]:.2f} s, {runs[tool][-1][1]:.0f} MB (load {loads[-1]})")
        for b in ("build", "build1"):
            shutil.rmtree(d / b, ignore_errors=True)
    for f in ("out.ttl", "serdi.ttl"):
        (d / f).unlink(missing_ok=True)
    if not args.keep:
        shutil.rmtree(d)
    med = {t: (median(w for w, _ in runs[t]), median(m for _, m in runs[t])) for t in TOOLS}
    return {"entities": entities, "triples": triples, "runs": runs, "median": med, "loads": loads}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pactgraph", type=Path, default=ROOT / "build" / "pactgraph")
    p.add_argument("--sizes", type=int, nargs="+", default=[18000, 180000])
    p.add_argument("--repeat", type=int, default=3, help="rounds per size (medians); default 3")
    p.add_argument("--work", type=Path, required=True, help="scratch directory (created)")
    p.add_argument("--keep", action="store_true", help="keep each size's data")
    args = p.parse_args()
    args.pactgraph = args.pactgraph.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    started = loadavg()
    results = [measure(args, n) for n in args.sizes]

    print(f"# scale.py: {' '.join(map(str, args.sizes))} entities, {args.repeat} alternated rounds, medians\n")
    print(f"{os.uname().nodename}, {os.cpu_count()} CPUs; load average at start {started}, at end {loadavg()}\n")
    print("| entities | triples | command | runs (s) | median wall | median peak RSS | triples/s |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        for t in TOOLS:
            w, m = r["median"][t]
            runs = ", ".join(f"{x:.2f}" for x, _ in r["runs"][t])
            print(f"| {r['entities']:,} | {r['triples']:,} | {t} | {runs} | {w:.2f} s | {m:.0f} MB "
                  f"| {r['triples'] / w / 1e3:.0f} k |")
    print("\n| entities | export/serdi time | export throughput / serdi's | build/serdi time "
          "| build --jobs 1 / build | loads sampled before each run |")
    print("|---|---|---|---|---|---|")
    for r in results:
        m = r["median"]
        e, s, b, b1 = (m[t][0] for t in TOOLS)
        print(f"| {r['entities']:,} | {e / s:.2f}× | {s / e:.2f}× | {b / s:.2f}× | {b1 / b:.2f}× "
              f"| {min(r['loads'])} … {max(r['loads'])} |")
    if len(results) > 1:
        print("\n| step | triples ×| " + " | ".join(f"{t} time ×, per 10× triples" for t in TOOLS) + " |")
        print("|---|---|" + "---|" * len(TOOLS))
        for a, b in zip(results, results[1:]):
            grow = b["triples"] / a["triples"]
            cells = []
            for t in TOOLS:
                f = b["median"][t][0] / a["median"][t][0]
                cells.append(f"{f:.2f}× ({f ** (1 / math.log10(grow)):.2f}×)"
                             if abs(grow - 10) > 0.5 else f"{f:.2f}×")
            print(f"| {a['entities']:,} → {b['entities']:,} | {grow:.2f}× | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""How long `pactgraph report` takes on big synthetic datasets (issue 15).

For each size: `pactgraph synth --entities N --seed 1`, then `--repeat` runs
of `pactgraph report DIR -o report.html --progress`, each a separate process
timed by wall clock, with its CPU time (user + system) and peak resident
memory (os.wait4, as compare.py), and the report's own stages from its
--progress lines. Prints a Markdown table of medians and judges the target:
a 20 000-entity report in under 30 s.

    /usr/bin/python3 bench/report_time.py [--pactgraph build/pactgraph] [--sizes 20000 100000] [--repeat 3]

On a shared machine the wall clock includes waiting for a core: the CPU
column is the steadier figure, the load average is printed at the top.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import REPO, fmt_mb, fmt_s, log, median, progress_stages, run, table  # noqa: E402

TARGET_ENTITIES = 20_000
TARGET_SECONDS = 30.0
# The report's stages, as --progress names them (the scores stage's name
# says how many sources were sampled).
STAGES = ["load", "validate", "report: actor network", "report: scores", "report: timeline", "report: audit",
          "report: selection", "report: layout and page"]


def stage_seconds(stages, prefix):
    for name, (seconds, _) in stages.items():
        if name == prefix or name.startswith(prefix + " ("):
            return seconds
    return None


def measure(pactgraph, size, repeat, work):
    data = work / f"synth-{size}"
    if not data.exists():
        log(f"report_time: generating {size} entities")
        run([pactgraph, "synth", "--entities", size, "--seed", 1, "-o", data])
    runs = []
    for i in range(repeat):
        log(f"report_time: report on {size} entities, run {i + 1} of {repeat}")
        runs.append(run([pactgraph, "report", data, "-o", work / f"report-{size}.html", "--progress"]))
    notes = [line for line in runs[0].stderr.splitlines() if line.startswith("note:")]
    sampled = [name for name in progress_stages(runs[0].stderr) if name.startswith("report: scores (")]
    return {
        "size": size,
        "seconds": median([r.seconds for r in runs]),
        "cpu": median([r.cpu_seconds for r in runs]),
        "peak": median([r.peak_mb for r in runs]),
        "stages": {stage: median([stage_seconds(progress_stages(r.stderr), stage) for r in runs]) for stage in STAGES},
        "bytes": (work / f"report-{size}.html").stat().st_size,
        "note": notes[0] if notes else "",
        "scores": sampled[0].removeprefix("report: scores ") if sampled else "(exact)",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pactgraph", default=str(REPO / "build" / "pactgraph"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", help="scratch directory (default: a new temporary directory, removed at the end)")
    args = parser.parse_args()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="pactgraph-report-time-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = [measure(Path(args.pactgraph).resolve(), size, args.repeat, work) for size in args.sizes]
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{os.cpu_count()} cores; medians of {args.repeat} runs\n")
    print(table(["entities", "wall", "CPU", "peak", "html", "centralities"],
                [[f"{r['size']:,}", fmt_s(r["seconds"]), fmt_s(r["cpu"]), fmt_mb(r["peak"]),
                  f"{r['bytes'] / 1e6:.1f} MB", r["scores"]] for r in results]))
    print()
    print(table(["entities"] + STAGES,
                [[f"{r['size']:,}"] + [fmt_s(r["stages"][s]) for s in STAGES] for r in results]))
    print()
    for r in results:
        if r["note"]:
            print(f"- {r['size']:,} entities: {r['note']}")
    judged = [r for r in results if r["size"] == TARGET_ENTITIES]
    if judged:
        met = judged[0]["seconds"] < TARGET_SECONDS
        print(f"\ntarget: a {TARGET_ENTITIES:,}-entity report in under {TARGET_SECONDS:.0f} s: "
              f"{'met' if met else 'missed'} ({fmt_s(judged[0]['seconds'])} wall, {fmt_s(judged[0]['cpu'])} CPU)")


if __name__ == "__main__":
    main()

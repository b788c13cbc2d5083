#!/usr/bin/python3
"""Whole-process comparisons of pactgraph with serdi, rdflib, igraph and NetworkX.

Runs everything in one go on this machine, side by side, and prints Markdown
tables of medians and ratios, with the project's performance targets marked
"met" or "missed". See bench/README.md for what each figure means.

    /usr/bin/python3 bench/compare.py [--pactgraph build/pactgraph] [--sizes 3200 32000 320000] [--repeat 3]
    /usr/bin/python3 bench/compare.py --quick          # tiny sizes, one repetition: a smoke test

Uses only the standard library plus Debian's python3-igraph and
python3-networkx (both optional: their columns say "skipped" without them);
rdflib runs in a separate process (bench/rdflib_build.py). Wall-clock time
is measured around each process; peak memory is the process's own maximum
resident set (os.wait4 rusage), so children are never mixed up.
"""

import argparse
import csv
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RDFLIB_SCRIPT = REPO / "bench" / "rdflib_build.py"
SYSTEM_PYTHON = "/usr/bin/python3"
PROGRESS = re.compile(r"^progress: (.+): ([0-9.]+) s, peak memory ([0-9.]+) MB$")
TURTLE_STAGES = ["load", "validate", "build quads", "write turtle"]

# The targets of the "Scale and speed" issue.
TARGET_TURTLE_THROUGHPUT = 0.8  # × serdi's triples/s
TARGET_EXPORT_VS_SERDI = 1.5  # × serdi's N-Triples → Turtle time
TARGET_RDFLIB_SPEEDUP = 50.0  # × faster than rdflib
TARGET_PEAK_MB = 1000.0  # at ≈ 10 M triples
TARGET_PEAK_TRIPLES = 5_000_000  # the largest size must reach this for the memory target to be judged
TARGET_SCALING = 12.0  # × time for 10× data
TARGET_BETWEENNESS = 2.0  # × igraph's time
TARGET_PATH_MS = 50.0  # median latency on 1 M nodes
TARGET_PATH_NODES = 900_000  # the path graph must have at least this many nodes to judge the target


class CommandFailed(RuntimeError):
    pass


class Run:
    """One finished process: wall-clock seconds, its own peak RSS, stderr."""

    def __init__(self, seconds, peak_mb, returncode, stderr, cpu_seconds=None):
        self.seconds = seconds
        self.peak_mb = peak_mb
        self.returncode = returncode
        self.stderr = stderr
        self.cpu_seconds = cpu_seconds  # user + system time of the process


def run(cmd, stdout_path=None, env=None, check=True):
    """Runs `cmd`, timing it and reading its peak memory with os.wait4."""
    with tempfile.TemporaryFile() as err, open(stdout_path or os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if check and proc.returncode != 0:
        raise CommandFailed(f"{' '.join(map(str, cmd))} exited with {proc.returncode}:\n{stderr[-2000:]}")
    return Run(seconds, usage.ru_maxrss * 1024 / 1e6, proc.returncode, stderr,  # ru_maxrss: KiB on Linux
               usage.ru_utime + usage.ru_stime)


def log(message):
    print(message, file=sys.stderr, flush=True)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def count_lines(path):
    lines = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 24):
            lines += chunk.count(b"\n")
    return lines


def progress_stages(stderr):
    """{stage: (seconds, peak MB)} from pactgraph's --progress lines."""
    stages = {}
    for line in stderr.splitlines():
        m = PROGRESS.match(line.strip())
        if m:
            stages[m[1]] = (float(m[2]), float(m[3]))
    return stages


# --- formatting ---------------------------------------------------------------


def fmt_s(seconds):
    if seconds is None:
        return "–"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_ms(ms):
    if ms is None:
        return "–"
    return f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"


def fmt_mb(mb):
    return "–" if mb is None else f"{mb:.0f} MB"


def fmt_ratio(ratio):
    if ratio is None:
        return "–"
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.1f}×" if ratio < 100 else f"{ratio:.0f}×"


def fmt_rate(per_second):
    if per_second is None:
        return "–"
    return f"{per_second / 1e6:.2f} M/s" if per_second >= 1e6 else f"{per_second / 1e3:.0f} k/s"


def fmt_count(n):
    return "–" if n is None else f"{n:,}"


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def ratio(a, b):
    return a / b if a is not None and b else None


# --- the measurements -----------------------------------------------------------


class Comparison:
    def __init__(self, args):
        self.args = args
        self.pactgraph = Path(args.pactgraph).resolve()
        self.bench = Path(args.bench).resolve() if args.bench else self.pactgraph.parent / "pactgraph_bench"
        self.serdi = shutil.which("serdi")
        self.results = {"sizes": [], "path_graph": None}
        self.previous = {}  # tool -> ((actors, links), ms) of the last betweenness measured

    # Each size in its own directory under the work directory.
    def size_dir(self, entities):
        return self.args.work_dir / f"size-{entities}"

    def synth(self, entities, directory):
        """Generates the data; returns its directory and the node count synth reports."""
        data = directory / "data"
        if data.exists():
            shutil.rmtree(data)
        directory.mkdir(parents=True, exist_ok=True)
        summary = directory / "synth.txt"
        r = run([self.pactgraph, "synth", "--entities", entities, "--seed", 1, "-o", data], stdout_path=summary)
        m = re.search(r"(\d+) nodes", summary.read_text())
        log(f"  generated {entities} entities in {fmt_s(r.seconds)}")
        return data, int(m[1]) if m else None

    def measure_size(self, entities):
        args = self.args
        log(f"size {entities}:")
        directory = self.size_dir(entities)
        data, nodes = self.synth(entities, directory)
        nt = directory / "x.nt"
        run([self.pactgraph, "export", data, "-f", "ntriples", "-o", nt])
        triples = count_lines(nt)
        log(f"  {triples:,} triples")
        result = {"entities": entities, "nodes": nodes, "triples": triples}

        # 1. Turtle: pactgraph export (with its stages) against serdi's N-Triples → Turtle.
        exports, serdis, jsonlds = [], [], []
        for i in range(args.repeat):
            r = run([self.pactgraph, "export", data, "-f", "turtle", "-o", directory / "out.ttl", "--progress"])
            exports.append({"seconds": r.seconds, "peak_mb": r.peak_mb, "stages": progress_stages(r.stderr)})
            if self.serdi:
                r = run([self.serdi, "-i", "ntriples", "-o", "turtle", nt], stdout_path=directory / "serdi.ttl")
                serdis.append({"seconds": r.seconds, "peak_mb": r.peak_mb})
            out = directory / "ttl-jsonld"
            r = run([self.pactgraph, "build", data, "-o", out, "--formats", "turtle,jsonld", "-q"])
            jsonlds.append({"seconds": r.seconds, "peak_mb": r.peak_mb})
            shutil.rmtree(out, ignore_errors=True)
        missing = [s for s in TURTLE_STAGES if s not in exports[0]["stages"]]
        if missing:
            log(f"  warning: pactgraph --progress did not report {', '.join(missing)}")
        turtle = {
            "export_runs": exports,
            "serdi_runs": serdis,
            "export_s": median(e["seconds"] for e in exports),
            "export_peak_mb": median(e["peak_mb"] for e in exports),
            "serdi_s": median(s["seconds"] for s in serdis),
            "serdi_peak_mb": median(s["peak_mb"] for s in serdis),
            "stages_s": {stage: median(e["stages"].get(stage, (None, None))[0] for e in exports)
                         for stage in TURTLE_STAGES},
        }
        turtle["export_rate"] = ratio(triples, turtle["export_s"])
        turtle["serdi_rate"] = ratio(triples, turtle["serdi_s"])
        turtle["write_s"] = turtle["stages_s"]["write turtle"]
        turtle["write_rate"] = ratio(triples, turtle["write_s"])
        turtle["throughput_ratio"] = ratio(turtle["export_rate"], turtle["serdi_rate"])
        turtle["write_throughput_ratio"] = ratio(turtle["write_rate"], turtle["serdi_rate"])
        turtle["time_vs_serdi"] = ratio(turtle["export_s"], turtle["serdi_s"])
        result["turtle"] = turtle
        log(f"  turtle: export {fmt_s(turtle['export_s'])}, serdi {fmt_s(turtle['serdi_s'])}")

        # 2. Full build, Turtle + JSON-LD, and rdflib.
        builds = []
        for i in range(args.repeat):
            out = directory / "build"
            r = run([self.pactgraph, "build", data, "-o", out, "-q"])
            builds.append({"seconds": r.seconds, "peak_mb": r.peak_mb})
            shutil.rmtree(out, ignore_errors=True)
        build = {
            "build_runs": builds,
            "build_s": median(b["seconds"] for b in builds),
            "build_peak_mb": median(b["peak_mb"] for b in builds),
            "ttl_jsonld_s": median(j["seconds"] for j in jsonlds),
            "ttl_jsonld_peak_mb": median(j["peak_mb"] for j in jsonlds),
            "jsonld_runs": jsonlds,
        }
        if entities > args.rdflib_max_entities:
            build["rdflib"] = f"skipped (> --rdflib-max-entities {args.rdflib_max_entities})"
        elif not Path(SYSTEM_PYTHON).exists():
            build["rdflib"] = f"skipped ({SYSTEM_PYTHON} not found)"
        else:
            rdflibs = []
            for i in range(args.rdflib_repeat):
                out = directory / "rdflib"
                summary = directory / "rdflib.txt"
                r = run([SYSTEM_PYTHON, RDFLIB_SCRIPT, data, out], stdout_path=summary)
                rdflibs.append({"seconds": r.seconds, "peak_mb": r.peak_mb, "summary": summary.read_text().strip()})
                shutil.rmtree(out, ignore_errors=True)
            m = re.search(r"(\d+) triples in the union", rdflibs[0]["summary"])
            build["rdflib"] = {
                "runs": rdflibs,
                "seconds": median(x["seconds"] for x in rdflibs),
                "peak_mb": median(x["peak_mb"] for x in rdflibs),
                "triples": int(m[1]) if m else None,
            }
            build["rdflib_speedup"] = ratio(build["rdflib"]["seconds"], build["ttl_jsonld_s"])
            build["rdflib_memory_ratio"] = ratio(build["rdflib"]["peak_mb"], build["ttl_jsonld_peak_mb"])
        result["build"] = build
        log(f"  build: {fmt_s(build['build_s'])}; Turtle+JSON-LD {fmt_s(build['ttl_jsonld_s'])}; rdflib "
            + (fmt_s(build["rdflib"]["seconds"]) if isinstance(build["rdflib"], dict) else build["rdflib"]))

        # 4. Analyses: betweenness (ours, igraph, NetworkX) and path queries.
        result["analysis"] = self.measure_analyses(entities, data, directory)

        if not args.keep:
            for name in ["x.nt", "out.ttl", "out.jsonld", "serdi.ttl"]:
                (directory / name).unlink(missing_ok=True)
        return result

    def run_bench(self, data, pattern, directory, repetitions):
        """Runs pactgraph_bench on `data`; {base name: [iteration entries]} or an error string."""
        if not self.bench.exists():
            return f"skipped ({self.bench} not built: configure with -DPACTGRAPH_BENCH=ON)"
        env = dict(os.environ, PACTGRAPH_BENCH_DATA=str(data))
        out = directory / "bench.json"
        run([self.bench, f"--benchmark_filter={pattern}", "--benchmark_format=json",
             f"--benchmark_repetitions={repetitions}"], stdout_path=out, env=env)
        report = json.loads(out.read_text())
        out.unlink()
        runs = {}
        for entry in report["benchmarks"]:
            if entry.get("run_type") != "iteration":
                continue
            runs.setdefault(entry["run_name"].split("/")[0], []).append(entry)
        return runs

    @staticmethod
    def bench_ms(entries):
        """Median real time of the repetitions, in ms, or None if the benchmark failed."""
        if not entries or any(e.get("error_occurred") for e in entries):
            return None
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
        return median(e["real_time"] * scale[e["time_unit"]] for e in entries)

    def measure_analyses(self, entities, data, directory):
        args = self.args
        analysis = {}
        bench = self.run_bench(data, "^BM_Path(Index|Query)(/|$)", directory, args.repeat)
        analysis["path"] = bench if isinstance(bench, str) else self.path_figures(bench)
        if args.betweenness_max_entities and entities > args.betweenness_max_entities:
            analysis["skipped"] = f"skipped (> --betweenness-max-entities {args.betweenness_max_entities})"
            log(f"  betweenness: {analysis['skipped']}")
            return analysis

        prefix = directory / "network"
        if "network" in self.previous:  # `network` computes every score: ∝ actors × links ∝ entities²
            previous_entities, seconds = self.previous["network"]
            expected = seconds * (entities / previous_entities) ** 2
            if expected > 60:
                log(f"  pactgraph network (all scores) is expected to take ≈ {fmt_s(expected)}")
        exported = run([self.pactgraph, "network", data, "--format", "csv", "-o", prefix])
        self.previous["network"] = (entities, exported.seconds)
        with open(f"{prefix}-nodes.csv", newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(f"{prefix}-edges.csv", newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        for suffix in ["-nodes.csv", "-edges.csv"]:
            Path(f"{prefix}{suffix}").unlink(missing_ok=True)
        index = {row["Id"]: i for i, row in enumerate(nodes)}
        # The edges table has a row per dated event or claim of a link (Palladio's timeline): one edge per pair.
        pairs = sorted({(index[e["Source"]], index[e["Target"]]) for e in edges})
        ours_values = [float(row["betweenness"]) for row in nodes]
        size = (len(nodes), len(pairs))
        analysis.update(actors=len(nodes), links=len(pairs), network_export_s=exported.seconds)
        log(f"  actor network: {len(nodes):,} actors, {len(pairs):,} links (exported in {fmt_s(exported.seconds)})")

        # Ours: the benchmark's repetitions, fewer when the last size predicts they would exceed the budget.
        repetitions = self.planned_runs("ours", size)
        bench = self.run_bench(data, "^BM_Betweenness$", directory, repetitions)
        if isinstance(bench, str):
            analysis["ours"] = bench
        else:
            betweenness = bench.get("BM_Betweenness")
            ms = self.bench_ms(betweenness)
            what = "BM_Betweenness"
            if ms is None:  # no analysis::betweennessCentrality in this build: all the scores instead
                betweenness = self.run_bench(data, "^BM_NetworkScores$", directory, repetitions)
                betweenness = betweenness.get("BM_NetworkScores") if isinstance(betweenness, dict) else None
                ms = self.bench_ms(betweenness)
                what = "BM_NetworkScores (all scores; BM_Betweenness unavailable)"
            analysis["ours"] = {"ms": ms, "benchmark": what, "runs": repetitions}
            if betweenness:
                counted = (int(betweenness[0].get("actors", -1)), int(betweenness[0].get("links", -1)))
                analysis["counts_agree"] = counted == size
            if ms is not None:
                self.previous["ours"] = (size, ms)

        try:
            import igraph
        except ImportError:
            analysis["igraph"] = "skipped (python3-igraph not importable)"
        else:
            graph = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
            values = []

            def igraph_call():
                values[:] = graph.betweenness(directed=False)

            analysis["igraph"] = self.time_calls("igraph", size, igraph_call)
            analysis["values_agree"] = len(values) == len(ours_values) and all(
                math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6) for a, b in zip(values, ours_values))
        if len(nodes) > args.networkx_max_actors:
            analysis["networkx"] = f"skipped (> {args.networkx_max_actors} actors)"
        else:
            try:
                import networkx
            except ImportError:
                analysis["networkx"] = "skipped (python3-networkx not importable)"
            else:
                graph = networkx.Graph()
                graph.add_nodes_from(range(len(nodes)))
                graph.add_edges_from(pairs)
                analysis["networkx"] = self.time_calls(
                    "networkx", size, lambda: networkx.betweenness_centrality(graph, normalized=False))
        ours, ig = analysis.get("ours"), analysis.get("igraph")
        if isinstance(ours, dict) and isinstance(ig, dict):
            analysis["vs_igraph"] = ratio(ours["ms"], ig["ms"])
        log("  betweenness: " + ", ".join(f"{name} {ms_cell(analysis.get(name))}"
                                          for name in ["ours", "igraph", "networkx"]))
        return analysis

    def predicted_ms(self, tool, size):
        """Expected time of one betweenness run, from the previous size (Brandes: ∝ actors × links)."""
        if tool not in self.previous:
            return None
        (actors, links), ms = self.previous[tool]
        return ms * (size[0] * size[1]) / max(actors * links, 1)

    def planned_runs(self, tool, size):
        predicted = self.predicted_ms(tool, size)
        if predicted is None:
            return self.args.repeat
        if predicted > 60_000:
            log(f"  {tool}: one betweenness run is expected to take ≈ {fmt_s(predicted / 1000)}")
        return max(1, min(self.args.repeat, int(self.args.analysis_budget * 1000 / predicted)))

    def time_calls(self, tool, size, call):
        """Times `call` up to --repeat times, stopping once another run would exceed --analysis-budget."""
        self.planned_runs(tool, size)  # logs a long expected run
        times = []
        while len(times) < self.args.repeat:
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
            if sum(times) + statistics.mean(times) > self.args.analysis_budget * 1000:
                break
        self.previous[tool] = (size, median(times))
        return {"ms": median(times), "runs": len(times)}

    def path_figures(self, bench):
        index_entries = bench.get("BM_PathIndex")
        query_entries = bench.get("BM_PathQuery")
        figures = {"index_ms": self.bench_ms(index_entries)}
        if query_entries and not any(e.get("error_occurred") for e in query_entries):
            for key in ["p50_ms", "p90_ms", "max_ms", "found", "paths"]:
                figures[key] = median(e.get(key) for e in query_entries)
            figures["queries"] = sum(int(e["iterations"]) for e in query_entries)
        return figures

    def measure_path_graph(self, entities):
        log(f"path graph: {entities} entities")
        directory = self.args.work_dir / f"path-{entities}"
        data, nodes = self.synth(entities, directory)
        bench = self.run_bench(data, "^BM_Path(Index|Query)(/|$)", directory, self.args.repeat)
        if isinstance(bench, str):
            return {"entities": entities, "nodes": nodes, "skipped": bench}
        figures = self.path_figures(bench)
        figures.update(entities=entities, nodes=nodes)
        log(f"  path query p50 {fmt_ms(figures.get('p50_ms'))}")
        if not self.args.keep:
            shutil.rmtree(directory, ignore_errors=True)
        return figures


# --- the report -------------------------------------------------------------------


def status(ok):
    return "met" if ok else "missed"


def report(comparison, args):
    sizes = comparison.results["sizes"]
    out = []
    out.append("# pactgraph performance comparison\n")
    out.append(machine_line(comparison))
    out.append(f"Medians of {args.repeat} run(s) per figure; wall-clock time, peak memory = the process's maximum "
               "resident set.\n")

    out.append("## 1. Turtle: `pactgraph export -f turtle` vs `serdi -i ntriples -o turtle`\n")
    out.append("serdi converts the N-Triples of the same graph (written once by `pactgraph export -f ntriples`); "
               "pactgraph reads the JSON, validates it, builds the quads and writes Turtle. Throughput in triples/s; "
               "ratios are pactgraph's throughput over serdi's (higher is better for pactgraph).\n")
    rows = []
    for s in sizes:
        t = s["turtle"]
        rows.append([fmt_count(s["entities"]), fmt_count(s["triples"]), fmt_s(t["serdi_s"]), fmt_rate(t["serdi_rate"]),
                     fmt_mb(t["serdi_peak_mb"]), fmt_s(t["export_s"]), fmt_rate(t["export_rate"]),
                     fmt_mb(t["export_peak_mb"]), fmt_ratio(t["throughput_ratio"]), fmt_s(t["write_s"]),
                     fmt_rate(t["write_rate"]), fmt_ratio(t["write_throughput_ratio"])])
    out.append(table(["entities", "triples", "serdi", "serdi rate", "serdi peak", "pactgraph export", "export rate",
                      "export peak", "export/serdi throughput", "write-turtle stage", "stage rate",
                      "stage/serdi throughput"], rows))
    out.append("\nStages of `pactgraph export -f turtle --progress` (medians):\n")
    rows = [[fmt_count(s["entities"])] + [fmt_s(s["turtle"]["stages_s"][stage]) for stage in TURTLE_STAGES]
            + [fmt_s(s["turtle"]["export_s"])] for s in sizes]
    out.append(table(["entities"] + TURTLE_STAGES + ["whole process"], rows))

    out.append("\n## 2. Build: pactgraph vs rdflib (Turtle + JSON-LD)\n")
    out.append("`pactgraph build` writes all five formats; the like-for-like figure is "
               "`pactgraph build --formats turtle,jsonld` (one process: parse, validate, Turtle and JSON-LD). rdflib: `bench/rdflib_build.py` (parse, minimal validation, graph, Turtle and "
               "JSON-LD files). Speed-up = rdflib time / pactgraph Turtle+JSON-LD time.\n")
    rows = []
    for s in sizes:
        b = s["build"]
        rdf = b["rdflib"]
        if isinstance(rdf, dict):
            rdf_cells = [fmt_count(rdf.get("triples")), fmt_s(rdf["seconds"]), fmt_mb(rdf["peak_mb"]),
                         fmt_ratio(b.get("rdflib_speedup")), fmt_ratio(b.get("rdflib_memory_ratio"))]
        else:
            rdf_cells = ["–", rdf, "–", "–", "–"]
        rows.append([fmt_count(s["entities"]), fmt_count(s["triples"]), fmt_s(b["build_s"]), fmt_mb(b["build_peak_mb"]),
                     fmt_s(b["ttl_jsonld_s"]), fmt_mb(b["ttl_jsonld_peak_mb"])] + rdf_cells)
    out.append(table(["entities", "triples", "pactgraph build (5 formats)", "build peak",
                      "pactgraph Turtle+JSON-LD", "Turtle+JSON-LD peak", "rdflib triples", "rdflib Turtle+JSON-LD",
                      "rdflib peak",
                      "speed-up", "rdflib memory / ours"], rows))

    out.append("\n## 3. Scaling\n")
    out.append("Time and peak memory per size; “× time per 10× data” scales the time ratio of consecutive sizes to "
               "a tenfold growth in triples (target ≤ 12×).\n")
    rows = []
    for i, s in enumerate(sizes):
        cells = [fmt_count(s["entities"]), fmt_count(s["triples"]), fmt_s(s["turtle"]["export_s"]),
                 fmt_mb(s["turtle"]["export_peak_mb"]), fmt_s(s["build"]["build_s"]), fmt_mb(s["build"]["build_peak_mb"])]
        if i == 0:
            cells += ["–", "–", "–"]
        else:
            sc = scaling(sizes[i - 1], s)
            cells += [fmt_ratio(sc["data"]), fmt_ratio(sc["export_per_10x"]), fmt_ratio(sc["build_per_10x"])]
        rows.append(cells)
    out.append(table(["entities", "triples", "export turtle", "export peak", "build", "build peak", "× data",
                      "export: × time per 10× data", "build: × time per 10× data"], rows))

    out.append("\n## 4. Analyses\n")
    out.append("Betweenness of the actor network (unweighted, undirected, unnormalised): pactgraph from "
               "`pactgraph_bench --benchmark_filter=BM_Betweenness` (median real time), python-igraph "
               "`Graph.betweenness()` and NetworkX `betweenness_centrality(normalized=False)` on the network exported "
               "by `pactgraph network --format csv`, timing only the call. “agree”: same actors and links, and "
               "igraph's values equal pactgraph's betweenness column.\n")
    rows = []
    for s in sizes:
        a = s["analysis"]
        if a.get("skipped"):
            rows.append([fmt_count(s["entities"]), "–", "–", a["skipped"], "–", "–", "–", "–"])
            continue
        rows.append([fmt_count(s["entities"]), fmt_count(a["actors"]), fmt_count(a["links"]), ms_cell(a.get("ours")),
                     ms_cell(a.get("igraph")), ms_cell(a.get("networkx")), fmt_ratio(a.get("vs_igraph")),
                     agree_cell(a)])
    out.append(table(["entities", "actors", "links", "pactgraph", "igraph", "NetworkX", "pactgraph / igraph",
                      "agree"], rows))
    out.append("\nk-shortest-paths queries (`BM_PathQuery`: k = 5, at most 6 hops, between actors of the largest "
               "component drawn with a fixed seed, on a prebuilt `analysis::PathIndex`; `BM_PathIndex`: building "
               "that index once):\n")
    rows = []
    for s in sizes:
        rows.append(path_row(s["entities"], s["analysis"].get("path")))
    path_graph = comparison.results["path_graph"]
    if isinstance(path_graph, dict):
        rows.append(path_row(f"{path_graph['entities']:,} ({path_graph.get('nodes') or 0:,} nodes)", path_graph))
    out.append(table(["entities", "index build", "query p50", "query p90", "query max", "queries", "found a path",
                      "paths per query"], rows))
    if isinstance(path_graph, str):
        out.append(f"\nPath graph of --path-entities: {path_graph}")

    out.append("\n## Targets\n")
    out.append(table(["target", "figure", "status"], targets(comparison, args)))
    return "\n".join(out) + "\n"


def machine_line(comparison):
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"Machine: {cpu}, {os.cpu_count()} CPUs{memory}; load average at start "
            f"{comparison.results.get('load_average', '?')}. {comparison.results.get('versions', '')}\n")


def ms_cell(figure):
    if isinstance(figure, dict):
        cell = fmt_ms(figure["ms"])
        if figure.get("benchmark", "BM_Betweenness") != "BM_Betweenness":
            cell += " (all scores)"
        if figure.get("runs") == 1:
            cell += " (1 run)"
        return cell
    return figure or "–"


def agree_cell(a):
    counts, values = a.get("counts_agree"), a.get("values_agree")
    if counts is None and values is None:
        return "–"
    parts = []
    if counts is not None:
        parts.append("counts " + ("yes" if counts else "NO"))
    if values is not None:
        parts.append("values " + ("yes" if values else "NO"))
    return ", ".join(parts)


def path_row(label, p):
    if not isinstance(p, dict) or p.get("p50_ms") is None:
        reason = p.get("skipped", "–") if isinstance(p, dict) else p or "–"
        return [label if isinstance(label, str) else fmt_count(label), reason, "–", "–", "–", "–", "–", "–"]
    return [label if isinstance(label, str) else fmt_count(label), fmt_ms(p.get("index_ms")), fmt_ms(p["p50_ms"]),
            fmt_ms(p["p90_ms"]), fmt_ms(p["max_ms"]), p["queries"], f"{p['found'] * 100:.0f} %", f"{p['paths']:.1f}"]


def scaling(small, large):
    data = large["triples"] / small["triples"]
    per_10x = lambda a, b: (b / a) * (10 / data) if a and b else None  # noqa: E731
    return {"data": data, "export_per_10x": per_10x(small["turtle"]["export_s"], large["turtle"]["export_s"]),
            "build_per_10x": per_10x(small["build"]["build_s"], large["build"]["build_s"])}


def targets(comparison, args):
    sizes = comparison.results["sizes"]
    rows = []
    largest = sizes[-1] if sizes else None
    at = lambda s: f" ({s['entities']:,} entities, {s['triples']:,} triples)"  # noqa: E731

    if largest and largest["turtle"]["serdi_s"]:
        t = largest["turtle"]
        rows.append([f"Turtle export ≥ {TARGET_TURTLE_THROUGHPUT}× serdi throughput (whole process)",
                     fmt_ratio(t["throughput_ratio"]) + at(largest),
                     status(t["throughput_ratio"] >= TARGET_TURTLE_THROUGHPUT)])
        if t["write_throughput_ratio"] is not None:
            rows.append([f"Turtle writer ≥ {TARGET_TURTLE_THROUGHPUT}× serdi throughput (write-turtle stage only)",
                         fmt_ratio(t["write_throughput_ratio"]) + at(largest),
                         status(t["write_throughput_ratio"] >= TARGET_TURTLE_THROUGHPUT)])
        rows.append([f"parse + validate + Turtle (`export -f turtle`) within {TARGET_EXPORT_VS_SERDI}× serdi's "
                     "N-Triples → Turtle time", fmt_ratio(t["time_vs_serdi"]) + at(largest),
                     status(t["time_vs_serdi"] <= TARGET_EXPORT_VS_SERDI)])
    else:
        rows.append(["Turtle vs serdi", "not measured (serdi not found)", "–"])

    with_rdflib = [s for s in sizes if isinstance(s["build"]["rdflib"], dict)]
    if with_rdflib:
        s = with_rdflib[-1]
        b = s["build"]
        ok = b["rdflib_speedup"] >= TARGET_RDFLIB_SPEEDUP and b["rdflib_memory_ratio"] > 1
        rows.append([f"≥ {TARGET_RDFLIB_SPEEDUP:.0f}× faster than rdflib (Turtle + JSON-LD), with less memory",
                     f"{fmt_ratio(b['rdflib_speedup'])} faster, {fmt_mb(b['ttl_jsonld_peak_mb'])} vs "
                     f"{fmt_mb(b['rdflib']['peak_mb'])}" + at(s), status(ok)])
    else:
        rows.append([f"≥ {TARGET_RDFLIB_SPEEDUP:.0f}× faster than rdflib", "not measured (rdflib skipped)", "–"])

    if largest and largest["triples"] >= TARGET_PEAK_TRIPLES:
        peak = max(largest["build"]["build_peak_mb"], largest["turtle"]["export_peak_mb"])
        rows.append([f"peak memory < {TARGET_PEAK_MB:.0f} MB at ≈ 10 M triples (`build`, all formats)",
                     fmt_mb(peak) + at(largest), status(peak < TARGET_PEAK_MB)])
    else:
        got = f"{largest['triples']:,}" if largest else "0"
        rows.append([f"peak memory < {TARGET_PEAK_MB:.0f} MB at ≈ 10 M triples",
                     f"not measured (largest size has {got} triples; needs ≥ {TARGET_PEAK_TRIPLES:,})", "–"])

    worst = None
    if len(sizes) >= 2:
        for small, large in zip(sizes, sizes[1:]):
            sc = scaling(small, large)
            for key, what in [("export_per_10x", "export"), ("build_per_10x", "build")]:
                if sc[key] is not None and (worst is None or sc[key] > worst[0]):
                    worst = (sc[key], what, small["entities"], large["entities"])
    if worst:
        rows.append([f"10× data costs ≤ {TARGET_SCALING:.0f}× time",
                     f"worst {fmt_ratio(worst[0])} per 10× data ({worst[1]}, {worst[2]:,} → {worst[3]:,} entities)",
                     status(worst[0] <= TARGET_SCALING)])
    else:
        rows.append([f"10× data costs ≤ {TARGET_SCALING:.0f}× time", "not measured (needs two sizes)", "–"])

    compared = [s for s in sizes if s["analysis"].get("vs_igraph") is not None]
    if compared:
        s = compared[-1]
        a = s["analysis"]
        note = "" if a["ours"]["benchmark"] == "BM_Betweenness" else "; ours = all scores"
        rows.append([f"betweenness within {TARGET_BETWEENNESS:.0f}× of igraph",
                     f"{fmt_ratio(a['vs_igraph'])} ({fmt_ms(a['ours']['ms'])} vs {fmt_ms(a['igraph']['ms'])}, "
                     f"{a['actors']:,} actors{note})", status(a["vs_igraph"] <= TARGET_BETWEENNESS)])
    else:
        rows.append([f"betweenness within {TARGET_BETWEENNESS:.0f}× of igraph", "not measured", "–"])

    p = comparison.results["path_graph"]
    if isinstance(p, dict) and p.get("p50_ms") is not None and (p.get("nodes") or 0) >= TARGET_PATH_NODES:
        rows.append([f"path query median < {TARGET_PATH_MS:.0f} ms on 1 M nodes",
                     f"{fmt_ms(p['p50_ms'])} ({p['nodes']:,} nodes)", status(p["p50_ms"] < TARGET_PATH_MS)])
    elif isinstance(p, dict) and p.get("p50_ms") is not None:
        rows.append([f"path query median < {TARGET_PATH_MS:.0f} ms on 1 M nodes",
                     f"not measured ({fmt_ms(p['p50_ms'])} on only {p.get('nodes') or 0:,} nodes)", "–"])
    else:
        rows.append([f"path query median < {TARGET_PATH_MS:.0f} ms on 1 M nodes",
                     f"not measured ({p if isinstance(p, str) else 'no result'})", "–"])
    return rows


def versions(comparison):
    parts = []
    try:
        parts.append(subprocess.run([comparison.pactgraph, "--version"], capture_output=True, text=True,
                                    check=False).stdout.strip())
    except OSError:
        pass
    if comparison.serdi:
        first = subprocess.run([comparison.serdi, "-v"], capture_output=True, text=True, check=False)
        parts.append((first.stdout or first.stderr).splitlines()[0].split(" <")[0] if (first.stdout or first.stderr)
                     else "serdi")
    rdflib = subprocess.run([SYSTEM_PYTHON, "-c", "import rdflib; print(rdflib.__version__)"], capture_output=True,
                            text=True, check=False).stdout.strip()
    parts.append(f"rdflib {rdflib or 'missing'}")
    for module in ["igraph", "networkx"]:
        try:
            parts.append(f"{module} {__import__(module).__version__}")
        except ImportError:
            parts.append(f"{module} missing")
    parts.append(f"Python {platform.python_version()}")
    return "Versions: " + ", ".join(parts) + "."


def main():
    parser = argparse.ArgumentParser(description="Whole-process comparisons of pactgraph with serdi, rdflib, "
                                                 "igraph and NetworkX; prints Markdown tables.")
    parser.add_argument("--pactgraph", default=str(REPO / "build" / "pactgraph"), help="the pactgraph CLI "
                        "(default: build/pactgraph of this repository)")
    parser.add_argument("--bench", help="the pactgraph_bench binary (default: next to --pactgraph)")
    parser.add_argument("--sizes", type=int, nargs="+", help="entity counts (default 3200 32000 320000)")
    parser.add_argument("--repeat", type=int, help="runs per figure; the median is reported (default 3)")
    parser.add_argument("--rdflib-repeat", type=int, help="runs of the rdflib script (default: --repeat)")
    parser.add_argument("--rdflib-max-entities", type=int, default=32000,
                        help="skip rdflib above this many entities (default 32000)")
    parser.add_argument("--networkx-max-actors", type=int, default=20000,
                        help="skip NetworkX above this many actors (default 20000)")
    parser.add_argument("--betweenness-max-entities", type=int, default=0,
                        help="skip the betweenness comparison above this many entities (default 0: never)")
    parser.add_argument("--analysis-budget", type=float, default=120,
                        help="seconds of betweenness runs per tool and size before repeats stop (default 120; "
                             "at least one run)")
    parser.add_argument("--path-entities", type=int, default=1_000_000,
                        help="entities of the graph for the path-latency target (default 1000000)")
    parser.add_argument("--no-path-million", action="store_true", help="do not generate the --path-entities graph")
    parser.add_argument("--work", help="scratch directory (default: a new temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch files")
    parser.add_argument("--quick", action="store_true",
                        help="smoke test: sizes 200 2000, one run, path graph of 5000 entities")
    parser.add_argument("--json", help="also write the raw results to this file")
    args = parser.parse_args()

    if args.quick:
        args.sizes = args.sizes or [200, 2000]
        args.repeat = args.repeat or 1
        if args.path_entities == 1_000_000:
            args.path_entities = 5000
    args.sizes = args.sizes or [3200, 32000, 320000]
    args.repeat = args.repeat or 3
    args.rdflib_repeat = args.rdflib_repeat or args.repeat
    if args.repeat < 1 or args.rdflib_repeat < 1 or any(n < 1 for n in args.sizes):
        parser.error("--repeat and --sizes must be positive")

    comparison = Comparison(args)
    if not comparison.pactgraph.exists():
        parser.error(f"no pactgraph binary at {comparison.pactgraph} (build it, or pass --pactgraph PATH)")
    if not comparison.serdi:
        log("warning: serdi not found: the Turtle comparison has no baseline (apt-get install serdi)")

    created = args.work is None
    args.work_dir = Path(args.work or tempfile.mkdtemp(prefix="pactgraph-compare-")).resolve()
    args.work_dir.mkdir(parents=True, exist_ok=True)
    comparison.results["load_average"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    comparison.results["versions"] = versions(comparison)
    comparison.results["settings"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    started = time.perf_counter()
    try:
        for entities in sorted(set(args.sizes)):
            comparison.results["sizes"].append(comparison.measure_size(entities))
        if args.no_path_million:
            comparison.results["path_graph"] = "skipped (--no-path-million)"
        else:
            comparison.results["path_graph"] = comparison.measure_path_graph(args.path_entities)
    except CommandFailed as error:
        log(f"error: {error}")
        return 1
    finally:
        if not args.keep:
            if created:
                shutil.rmtree(args.work_dir, ignore_errors=True)
            else:
                for child in args.work_dir.glob("size-*"):
                    shutil.rmtree(child, ignore_errors=True)
                for child in args.work_dir.glob("path-*"):
                    shutil.rmtree(child, ignore_errors=True)
        else:
            log(f"scratch files kept in {args.work_dir}")
    comparison.results["seconds"] = time.perf_counter() - started

    print(report(comparison, args))
    if args.json:
        Path(args.json).write_text(json.dumps(comparison.results, indent=2, default=str) + "\n")
    # A comparison whose tools disagree measured different work: fail loudly.
    disagreements = [size["entities"] for size in comparison.results["sizes"]
                     if isinstance(size.get("analysis"), dict)
                     and False in (size["analysis"].get("counts_agree"), size["analysis"].get("values_agree"))]
    if disagreements:
        log(f"error: pactgraph and igraph disagree on the actor network at {disagreements} entities")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

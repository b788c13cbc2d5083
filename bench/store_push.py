#!/usr/bin/python3
"""Push throughput and memory, Graph Store Protocol against Virtuoso's bulk
loader, on synthetic graphs (`pactgraph synth`). Not a CI test: it starts a
throw-away Virtuoso 7 (tests/store/virtuoso.py, the "large" ini) on
127.0.0.1 and runs for minutes. Prints a Markdown table; see bench/RESULTS.md.

    /usr/bin/python3 bench/store_push.py --pactgraph build/pactgraph --entities 1800 18000 180000

For each size: the N-Triples file is written once (`pactgraph export`), then
`pactgraph push FILE.nt` runs twice onto a fresh graph, over the GSP (4 MiB
chunks) and with `--bulk-dir` (ld_dir + rdf_loader_run); each push is a
complete replace (staging graph, count, MOVE, checkpoint, count), timed as a
whole process with its peak resident memory (/usr/bin/time -v)."""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "store"))
from virtuoso import Virtuoso  # noqa: E402


def timed(command, env=None):
    """(seconds, peak RSS in MB, CompletedProcess) of `command` under /usr/bin/time -v."""
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v", *map(str, command)], capture_output=True, text=True, env=env)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return seconds, rss, result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pactgraph", default=str(HERE.parent / "build" / "pactgraph"))
    parser.add_argument("--entities", type=int, nargs="+", default=[1800, 18000])
    parser.add_argument("--methods", nargs="+", choices=["GSP", "bulk"], default=["GSP", "bulk"],
                        help="which pushes to time, in this order")
    parser.add_argument("--stall-timeout", type=int, default=3600,
                        help="push's --stall-timeout: how long one request may go without an answer")
    args = parser.parse_args()
    # SIGTERM (an interrupted run) still stops the server and cleans up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    work = Path(tempfile.mkdtemp(prefix="pactgraph-bench-push-"))
    server = Virtuoso(ini="large", start_timeout=300)
    server.start()
    rows = []
    try:
        bulk = server.directory / "bulk"
        bulk.mkdir()
        user = server.user
        server.isql(f'GRANT EXECUTE ON DB.DBA.ld_dir TO "{user}"; GRANT EXECUTE ON DB.DBA.rdf_loader_run TO "{user}"; '
                    f'GRANT SELECT, DELETE ON DB.DBA.load_list TO "{user}";')
        env = {**os.environ, "PACTGRAPH_STORE_USER": user, "PACTGRAPH_STORE_PASSWORD": server.password,
               "PACTGRAPH_STATE_DIR": str(work)}
        for entities in args.entities:
            data = work / f"synth-{entities}"
            subprocess.run([args.pactgraph, "synth", "--entities", str(entities), "--seed", "1", "-o", data],
                           check=True, capture_output=True)
            nt = work / f"synth-{entities}.nt"
            subprocess.run([args.pactgraph, "export", data, "--format", "ntriples", "-o", nt], check=True,
                           capture_output=True)
            triples = sum(1 for _ in open(nt, "rb"))
            print(f"{entities} entities: {triples} triples written to {nt}", file=sys.stderr, flush=True)
            methods = {"GSP": ("GSP", []), "bulk": ("bulk loader", ["--bulk-dir", bulk, "--bulk-min-triples", "1"])}
            for method, extra in (methods[name] for name in args.methods):
                graph = f"http://bench.test/{entities}/{method.replace(' ', '-')}"
                load_before = os.getloadavg()[0]
                seconds, rss, result = timed([args.pactgraph, "push", nt, "--dialect", "virtuoso", "--endpoint",
                                              server.http_url, "--graph", graph, "--stall-timeout", str(args.stall_timeout), *extra],
                                             env)
                assert f"verified: the graph holds {triples} triples" in result.stdout, result.stdout
                load = f"{load_before:.1f}–{os.getloadavg()[0]:.1f}"
                rows.append((triples, method, seconds, triples / seconds, rss, load))
                print(f"{triples} triples, {method}: {seconds:.1f} s, {triples / seconds:,.0f} triples/s, "
                      f"peak {rss:.0f} MB, load {load}", file=sys.stderr, flush=True)
                server.sparql(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
                subprocess.run([args.pactgraph, "push", "--cleanup", "--graph", graph, "--dialect", "virtuoso",
                                "--endpoint", server.http_url], env=env, capture_output=True)
                server.isql(f"SPARQL CLEAR GRAPH <{graph}>; checkpoint;", timeout=3600)
            nt.unlink()
    finally:
        server.stop()
        subprocess.run(["rm", "-rf", str(work)])
    print("| triples | method | seconds | triples/s | push peak RSS | load (1-min, before–after) |")
    print("|---:|---|---:|---:|---:|---:|")
    for triples, method, seconds, rate, rss, load in rows:
        print(f"| {triples:,} | {method} | {seconds:.1f} | {rate:,.0f} | {rss:.0f} MB | {load} |")


if __name__ == "__main__":
    main()

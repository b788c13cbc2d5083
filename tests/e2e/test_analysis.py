"""The analysis subcommands (analyze, path, timeline, audit, network) end to
end, checked against independent implementations: NetworkX and igraph
recompute every centrality from the exported GraphML, and an actor network
rebuilt here from the JSON input (the linking and weighting rule written a
second time) must agree with pactgraph's; Yen's k shortest paths must agree
with NetworkX's simple-path enumeration."""

import csv
import json
import random
import shutil
import re
import subprocess
import unittest
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import igraph
import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from pgtest import SAMPLE, SOURCE_DIR, TempDirTestCase, parse_nquads, quads_from_rdflib, run

NETWORK = SOURCE_DIR / "tests" / "fixtures" / "network"
PG = "https://w3id.org/pactgraph/ontology#"
BASE = "https://w3id.org/pactgraph/id/"
TOLERANCE = 1e-9
CO_PARTICIPATION = {"participant", "party", "signatory", "carriedOutBy"}
ACTOR_TYPES = {"Person", "Organization", "PoliticalParty", "Government", "MilitaryUnit", "State"}
SEEDS = (1, 2, 3, 5, 8, 13)

# Largest absolute difference seen against the oracles, reported at the end.
MAX_DIFFERENCE = {"value": 0.0}


def load_inputs(directory):
    nodes, citations, statements = {}, {}, []
    for path in sorted(Path(directory).rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for node in data.get("nodes", []):
            nodes[node["id"]] = node
        for citation in data.get("citations", []):
            citations[citation["id"]] = citation
        statements.extend(data.get("statements", []))
    return nodes, citations, statements


def cite_id(entry):
    """The citation id of a `cite` entry: "fn-1" or {"id": "fn-1", "scope": …}."""
    return entry["id"] if isinstance(entry, dict) else entry


def expected_network(directory, include_deprecated=False):
    """The actor network by the documented rule, rebuilt from the JSON input:
    {frozenset(a, b): weight}, and the set of actors."""
    nodes, citations, statements = load_inputs(directory)
    actors = {i for i, n in nodes.items() if n["type"] in ACTOR_TYPES}
    support = {}
    participants = {}
    # Truthy claims only (the Wikibase rule, as in the export): per subject and
    # predicate the best rank present; deprecated never. All with --include-deprecated.
    order = {"preferred": 0, "normal": 1, "deprecated": 2}
    best = {}
    for s in statements:
        key = (s["subject"], s["predicate"])
        best[key] = min(best.get(key, 2), order[s.get("rank", "normal")])
    for s in statements:
        rank = order[s.get("rank", "normal")]
        if not include_deprecated and (rank == 2 or rank != best[(s["subject"], s["predicate"])]):
            continue
        obj = s.get("object")
        if obj not in actors:
            continue
        if s["subject"] in actors:
            if s["subject"] != obj:
                support.setdefault(frozenset((s["subject"], obj)), []).append(s)
        elif s["predicate"] in CO_PARTICIPATION:
            participants.setdefault(s["subject"], []).append((obj, s))
    for members in participants.values():
        for (a, sa), (b, sb) in combinations(members, 2):
            if a != b:
                support.setdefault(frozenset((a, b)), []).extend([sa, sb])
    weights = {}
    for pair, claims in support.items():
        keys = {(citations[cite_id(c)]["source"], citations[cite_id(c)].get("pages", ""))
                for s in claims for c in s.get("cite", [])}
        weights[pair] = len(keys)
    return actors, weights


def read_graphml(path):
    return nx.read_graphml(path)


def assert_close(test, actual, expected, what):
    difference = abs(actual - expected)
    MAX_DIFFERENCE["value"] = max(MAX_DIFFERENCE["value"], difference)
    test.assertLessEqual(difference, TOLERANCE, f"{what}: {actual} != {expected}")


def check_scores_against_oracles(test, exported):
    """Recomputes every score of the GraphML `exported` (a NetworkX graph)
    with NetworkX and igraph and compares."""
    graph = nx.Graph()
    graph.add_nodes_from(exported.nodes)
    graph.add_edges_from(exported.edges)
    n = graph.number_of_nodes()
    betweenness = nx.betweenness_centrality(graph, normalized=False)
    betweenness_normalized = nx.betweenness_centrality(graph, normalized=True)
    closeness = nx.closeness_centrality(graph)
    degree = nx.degree_centrality(graph) if n > 1 else {v: 0.0 for v in graph}
    pagerank = _pagerank_python(graph, alpha=0.85, tol=1e-15, max_iter=100000)
    order = sorted(graph.nodes)
    ig = igraph.Graph(n=n, edges=[(order.index(a), order.index(b)) for a, b in graph.edges], directed=False)
    ig_pagerank = ig.pagerank(damping=0.85, directed=False)
    ig_betweenness = ig.betweenness(directed=False)
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    component_of = {v: i + 1 for i, c in enumerate(components) for v in c}
    for v, data in exported.nodes(data=True):
        with test.subTest(actor=v):
            test.assertEqual(data["degree"], graph.degree(v))
            test.assertEqual(data["component"], component_of[v])
            assert_close(test, data["degreeCentrality"], degree[v], "degree centrality")
            assert_close(test, data["betweenness"], betweenness[v], "betweenness (NetworkX)")
            assert_close(test, data["betweenness"], ig_betweenness[order.index(v)], "betweenness (igraph)")
            assert_close(test, data["betweennessNormalized"], betweenness_normalized[v], "normalised betweenness")
            assert_close(test, data["closeness"], closeness[v], "closeness")
            assert_close(test, data["pagerank"], pagerank[v], "PageRank (NetworkX)")
            assert_close(test, data["pagerank"], ig_pagerank[order.index(v)], "PageRank (igraph)")
    if n:
        assert_close(test, sum(d["pagerank"] for _, d in exported.nodes(data=True)), 1.0, "PageRank sum")


def random_dataset(directory, seed, people=14, meetings=9, relations=6):
    """A valid pactgraph dataset with random meetings and participants, using
    the sample fixture's sources and citations (copied)."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sources.json").write_text((SAMPLE / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
    cites = ["fn-34", "fn-38", "article-text"]
    ids = [f"person-{i:02d}" for i in range(people)]
    nodes = [{"id": i, "type": "Person", "label": {"en": f"Person {i[-2:]}"}} for i in ids]
    nodes += [{"id": f"state-{i}", "type": "State", "label": {"en": f"State {i}"}} for i in range(2)]
    statements = []
    for m in range(meetings):
        meeting = f"meeting-{m:02d}"
        nodes.append({"id": meeting, "type": "Meeting", "label": {"en": f"Meeting {m}"}})
        statements.append({"subject": meeting, "predicate": "date", "value": f"1950-0{1 + m % 9}-1{m % 10}",
                           "cite": [rng.choice(cites)]})
        for person in rng.sample(ids, rng.randint(1, 4)):
            statement = {"subject": meeting, "predicate": "participant", "object": person,
                         "cite": rng.sample(cites, rng.randint(1, 2))}
            if rng.random() < 0.1:
                statement["rank"] = "deprecated"
            statements.append(statement)
    pairs = set()
    for _ in range(relations):
        a, b = rng.sample(ids, 2)
        if (a, b) in pairs:
            continue
        pairs.add((a, b))
        statements.append({"subject": a, "predicate": "servedUnder", "object": b, "cite": [rng.choice(cites)]})
    statements.append({"subject": rng.choice(ids), "predicate": "represented", "object": "state-0",
                       "cite": ["fn-38"]})
    (directory / "data.json").write_text(json.dumps({"nodes": nodes, "statements": statements}, indent=1),
                                         encoding="utf-8")


class AnalyzeTest(TempDirTestCase):
    def export_graphml(self, data, *extra):
        out = self.tmp / "network.graphml"
        result = run("network", data, "--format", "graphml", "-o", out, *extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        return read_graphml(out)

    def test_network_is_built_by_the_documented_rule(self):
        for include in (False, True):
            with self.subTest(include_deprecated=include):
                exported = self.export_graphml(NETWORK, *(["--include-deprecated"] if include else []))
                actors, weights = expected_network(NETWORK, include)
                self.assertEqual(set(exported.nodes), actors)
                got = {frozenset((a, b)): int(d["weight"]) for a, b, d in exported.edges(data=True)}
                self.assertEqual(got, weights)

    def test_scores_match_networkx_and_igraph_on_the_fixtures(self):
        for data in (NETWORK, SAMPLE):
            with self.subTest(data=data.name):
                check_scores_against_oracles(self, self.export_graphml(data))

    def test_scores_match_networkx_and_igraph_on_random_graphs(self):
        for seed in SEEDS:
            with self.subTest(seed=seed):
                data = self.tmp / f"random-{seed}"
                random_dataset(data, seed)
                exported = self.export_graphml(data)
                actors, weights = expected_network(data)
                self.assertEqual(set(exported.nodes), actors)
                self.assertEqual({frozenset((a, b)): int(d["weight"]) for a, b, d in exported.edges(data=True)},
                                 weights)
                check_scores_against_oracles(self, exported)

    def test_scores_match_networkx_and_igraph_on_the_curated_dataset(self):
        data = SOURCE_DIR / "data"
        validation = run("validate", data, "--quiet")
        self.assertEqual(validation.returncode, 0, "data/ must validate: " + validation.stderr)
        check_scores_against_oracles(self, self.export_graphml(data))

    def test_json_has_every_score_and_agrees_with_graphml(self):
        result = run("analyze", NETWORK, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        exported = self.export_graphml(NETWORK)
        self.assertEqual(report["summary"]["actors"], exported.number_of_nodes())
        self.assertEqual(report["summary"]["links"], exported.number_of_edges())
        for actor in report["actors"]:
            node = exported.nodes[actor["id"]]
            for key, graphml_key in (("betweenness", "betweenness"), ("closeness", "closeness"),
                                     ("pageRank", "pagerank"), ("degreeCentrality", "degreeCentrality")):
                self.assertEqual(actor[key], node[graphml_key], key)
        order = [(-a["betweenness"], a["id"]) for a in report["actors"]]
        self.assertEqual(order, sorted(order))

    def test_table_is_sorted_by_betweenness_then_id(self):
        result = run("analyze", NETWORK)
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = [line.split() for line in result.stdout.splitlines() if line[:4].strip().isdigit()]
        self.assertEqual(rows[0][1], "mao-zedong")
        report = json.loads(run("analyze", NETWORK, "--json").stdout)
        self.assertEqual([r[1] for r in rows], [a["id"] for a in report["actors"]])

    def test_deprecated_claims_are_excluded_unless_asked(self):
        without = json.loads(run("analyze", NETWORK, "--json").stdout)
        with_deprecated = json.loads(run("analyze", NETWORK, "--json", "--include-deprecated").stdout)
        degree = lambda report: {a["id"]: a["degree"] for a in report["actors"]}
        self.assertEqual(degree(without)["kim-il-sung"], 0)
        self.assertEqual(degree(with_deprecated)["kim-il-sung"], 3)

    def test_ego_network(self):
        report = json.loads(run("analyze", NETWORK, "--json", "--ego", "Chen Boda").stdout)
        actors, weights = expected_network(NETWORK)
        neighbours = {v for pair in weights if "chen-boda" in pair for v in pair}
        self.assertEqual({a["id"] for a in report["actors"]}, neighbours)
        self.assertEqual(report["ego"], {"actor": "chen-boda", "radius": 1})
        hops = {a["id"]: a["hops"] for a in report["actors"]}
        self.assertEqual(hops["chen-boda"], 0)
        wider = json.loads(run("analyze", NETWORK, "--json", "--ego", "chen-boda", "--radius", "2").stdout)
        self.assertGreater(len(wider["actors"]), len(report["actors"]))

    def test_unknown_ego_exits_1_with_a_suggestion(self):
        result = run("analyze", NETWORK, "--ego", "Chen Bodda")
        self.assertEqual(result.returncode, 1)
        self.assertIn("chen-boda", result.stderr)

    def test_rdf_output_is_an_analysis_graph(self):
        out = self.tmp / "analysis.nq"
        result = run("analyze", NETWORK, "--rdf", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        quads = parse_nquads(out.read_text(encoding="utf-8"))
        self.assertEqual({g for *_, g in quads}, {BASE + "graph/analysis"})
        predicates = {p[1] for _, p, _, _ in quads}
        for local in ("degreeCentrality", "betweennessCentrality", "closenessCentrality", "pageRank", "component"):
            self.assertIn(PG + local, predicates)
        report = json.loads(run("analyze", NETWORK, "--json").stdout)
        pagerank = {BASE + a["id"]: a["pageRank"] for a in report["actors"]}
        for s, p, o, _ in quads:
            if p[1] == PG + "pageRank":
                self.assertEqual(o[2], "http://www.w3.org/2001/XMLSchema#double")
                self.assertEqual(float(o[1]), pagerank[s[1]])
        trig = self.tmp / "analysis.trig"
        self.assertEqual(run("analyze", NETWORK, "--rdf", trig).returncode, 0)
        self.assertEqual(quads_from_rdflib(trig.read_text(encoding="utf-8"), "trig"), quads)

    def test_new_terms_are_in_the_ontology(self):
        ontology = (SOURCE_DIR / "ontology" / "pactgraph.ttl").read_text(encoding="utf-8")
        for local in ("degreeCentrality", "betweennessCentrality", "closenessCentrality", "pageRank", "component"):
            self.assertIn(f"pg:{local} a owl:DatatypeProperty", ontology)


def simple_graph_dataset(directory, seed, people=9, probability=0.35):
    """Persons linked by `alliedWith` claims, at most one per pair: a simple
    graph. Returns the NetworkX twin."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sources.json").write_text((SAMPLE / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
    ids = [f"p{i:02d}" for i in range(people)]
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    statements = []
    for a, b in combinations(ids, 2):
        if rng.random() < probability:
            subject, obj = (a, b) if rng.random() < 0.5 else (b, a)
            statements.append({"subject": subject, "predicate": "alliedWith", "object": obj, "cite": ["fn-34"]})
            graph.add_edge(a, b)
    nodes = [{"id": i, "type": "Person", "label": {"en": f"Person {i}"}} for i in ids]
    (directory / "data.json").write_text(json.dumps({"nodes": nodes, "statements": statements}), encoding="utf-8")
    return graph


class PathTest(TempDirTestCase):
    def paths(self, *args):
        result = run("path", *args, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_yen_agrees_with_networkx_on_random_simple_graphs(self):
        compared = 0
        for seed in SEEDS + (21, 34, 55):
            data = self.tmp / f"simple-{seed}"
            graph = simple_graph_dataset(data, seed)
            rng = random.Random(seed)
            for _ in range(4):
                source, target = rng.sample(sorted(graph.nodes), 2)
                k, max_length = rng.choice([(1, 6), (3, 6), (5, 4), (8, 8)])
                with self.subTest(seed=seed, source=source, target=target, k=k):
                    report = self.paths(source, target, data, "--k", k, "--max-length", max_length)
                    got = [[n["id"] for n in p["nodes"]] for p in report["paths"]]
                    # The documented order: fewer hops, then the node id sequence.
                    if nx.has_path(graph, source, target):
                        everything = sorted(nx.all_simple_paths(graph, source, target, cutoff=max_length),
                                            key=lambda p: (len(p), p))
                    else:
                        everything = []
                    self.assertEqual(got, everything[:k])
                    lengths = []
                    if nx.has_path(graph, source, target):
                        for path in nx.shortest_simple_paths(graph, source, target):
                            if len(path) - 1 > max_length or len(lengths) == k:
                                break
                            lengths.append(len(path) - 1)
                    self.assertEqual([p["length"] for p in report["paths"]], lengths)
                    compared += 1
        self.assertGreater(compared, 20)

    def test_chain_with_citations(self):
        result = run("path", "Chen Boda", "Molotov", NETWORK)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("path 1 (2 hops; 1950-01-22): Chen Boda → Sino-Soviet negotiation of 22 January 1950 → Vyacheslav Molotov",
                      result.stdout)
        self.assertIn("←participant—", result.stdout)
        self.assertIn("Heinzig 2004, p. 343 [fn 34]", result.stdout)
        self.assertIn("Heinzig 2004, p. 364 [fn 38]", result.stdout)
        report = self.paths("chen-boda", "vyacheslav-molotov", NETWORK)
        first = report["paths"][0]
        self.assertEqual([h["direction"] for h in first["hops"]], ["backward", "forward"])
        self.assertEqual(first["hops"][0]["claim"]["citations"][0]["reference"], "Heinzig 2004, p. 343 [fn 34]")
        self.assertEqual(len(report["paths"]), 3)
        self.assertEqual([p["length"] for p in report["paths"]], sorted(p["length"] for p in report["paths"]))

    def test_chen_boda_to_molotov_in_the_curated_dataset(self):
        data = SOURCE_DIR / "data"
        validation = run("validate", data, "--quiet")
        self.assertEqual(validation.returncode, 0, "data/ must validate: " + validation.stderr)
        report = self.paths("Chen Boda", "Molotov", data)
        self.assertTrue(report["paths"], "no path from Chen Boda to Molotov")
        for hop in report["paths"][0]["hops"]:
            self.assertTrue(hop["claim"]["citations"], f"uncited hop {hop}")
            for citation in hop["claim"]["citations"]:
                self.assertTrue(citation["reference"])

    def test_equally_long_paths_in_date_order_on_the_treaty_data(self):
        report = self.paths("mao-zedong", "joseph-stalin", SOURCE_DIR / "data", "--k", "6")
        self.assertEqual(report["rankedPaths"] >= len(report["paths"]), True)
        self.assertFalse(report["datePartial"])
        keys = [(p["length"],) + chronology_key(p["dates"]) for p in report["paths"]]
        self.assertEqual(keys, sorted(keys))
        two_hops = [p for p in report["paths"] if p["length"] == 2]
        via = [p["nodes"][1]["id"] for p in two_hops]
        # 16 December 1949 before 2 January 1950 (issue 15), undated last.
        self.assertLess(via.index("meeting-1949-12-16"), via.index("agreement-to-talk-1950-01-02"))
        self.assertIsNone(two_hops[-1]["dates"])
        text = run("path", "mao-zedong", "joseph-stalin", SOURCE_DIR / "data", "--k", "2", check=True).stdout
        self.assertIn("path 1 (2 hops; 1949-12-16): Mao Zedong → First meeting", text)

    def test_names_by_label_in_any_language_and_case(self):
        for name in ("陈伯达", "chen boda", "CHEN BODA"):
            with self.subTest(name=name):
                self.assertEqual(self.paths(name, "Вячеслав Молотов", NETWORK)["from"], "chen-boda")

    def test_ambiguous_name_lists_candidates(self):
        result = run("path", "Zhou", "mao-zedong", NETWORK)
        self.assertEqual(result.returncode, 1)
        self.assertIn("ccp", result.stderr)
        self.assertIn("zhou-enlai-namesake", result.stderr)

    def test_unknown_name_exits_1_with_a_suggestion(self):
        result = run("path", "chen-bode", "molotov", NETWORK)
        self.assertEqual(result.returncode, 1)
        self.assertIn("did you mean `chen-boda`", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_no_path_exits_0_with_a_message(self):
        result = run("path", "kim-il-sung", "mao-zedong", NETWORK)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "no path from Kim Il-sung to Mao Zedong within 6 hops\n")  # by their labels (CHANGES.md)
        result = run("path", "kim-il-sung", "mao-zedong", NETWORK, "--include-deprecated")
        self.assertIn("path 1 (2 hops; 1949-12-16)", result.stdout)

    def test_max_length_via_and_avoid(self):
        self.assertEqual(self.paths("chen-boda", "ussr", NETWORK, "--max-length", "1")["paths"], [])
        via = self.paths("chen-boda", "vyacheslav-molotov", NETWORK, "--via", "servedUnder")
        self.assertTrue(via["paths"])
        for path in via["paths"]:
            self.assertIn("servedUnder", [h["predicate"] for h in path["hops"]])
        avoid = self.paths("chen-boda", "vyacheslav-molotov", NETWORK, "--avoid", "Negotiation", "--k", "10")
        for path in avoid["paths"]:
            self.assertNotIn("negotiation-1950-01-22", [n["id"] for n in path["nodes"]])
        both = self.paths("chen-boda", "vyacheslav-molotov", NETWORK, "--avoid", "participant", "--via", "State")
        for path in both["paths"]:
            self.assertNotIn("participant", [h["predicate"] for h in path["hops"]])
            self.assertTrue({"prc", "ussr"} & {n["id"] for n in path["nodes"]})
        bad = run("path", "chen-boda", "molotov", NETWORK, "--via", "servedUnderr")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("servedUnder", bad.stderr)

    def test_time_window(self):
        before = self.paths("chen-boda", "vyacheslav-molotov", NETWORK, "--before", "1950-01-21", "--k", "10")
        for path in before["paths"]:
            self.assertNotIn("negotiation-1950-01-22", [n["id"] for n in path["nodes"]])
            for hop in path["hops"]:
                if hop["dated"]:
                    self.assertLessEqual(hop["dates"]["earliest"] or "", "1950-01-21")
        self.assertTrue(any(not h["dated"] for p in before["paths"] for h in p["hops"]))
        during = self.paths("chen-boda", "vyacheslav-molotov", NETWORK, "--after", "1950-01", "--before", "1950-01")
        self.assertEqual(during["paths"][0]["length"], 2)
        self.assertEqual(run("path", "chen-boda", "molotov", NETWORK, "--after", "1950-13").returncode, 2)

    def test_rdf_output_holds_the_claims_and_their_provenance(self):
        out = self.tmp / "path.nq"
        result = run("path", "chen-boda", "vyacheslav-molotov", NETWORK, "--k", "1", "--rdf", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        quads = parse_nquads(out.read_text(encoding="utf-8"))
        direct = {(s[1], p[1], o[1]) for s, p, o, g in quads if g == BASE + "graph/facts" and o[0] == "iri"}
        self.assertIn((BASE + "negotiation-1950-01-22", PG + "participant", BASE + "chen-boda"), direct)
        self.assertIn((BASE + "negotiation-1950-01-22", PG + "participant", BASE + "vyacheslav-molotov"), direct)
        self.assertNotIn((BASE + "negotiation-1950-01-22", PG + "participant", BASE + "mao-zedong"), direct)
        statements = {s for s, p, o, g in quads if o == ("iri", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")}
        self.assertEqual(len(statements), 2)
        sources = {o[1] for s, p, o, g in quads if p[1] == "http://purl.org/dc/terms/source"}
        self.assertEqual(sources, {BASE + "heinzig-2004"})


def chronology_key(days):
    """The documented order (analysis/Chronology.h) written a second time:
    earliest day (an open start by its known end), then latest day (an open
    end last); undated last. Days are yyyy-mm-dd strings."""
    if not days or (not days.get("earliest") and not days.get("latest")):
        return (1, "", "")
    earliest, latest = days.get("earliest"), days.get("latest")
    return (0, earliest or latest, latest or "9999-99-99")


class TimelineTest(TempDirTestCase):
    def test_every_dated_event_of_the_treaty_data_in_chronological_order(self):
        data = SOURCE_DIR / "data"
        report = json.loads(run("timeline", data, "--json", check=True).stdout)
        events = report["events"]
        keys = [chronology_key(e["days"]) + (e["label"], e["id"]) for e in events]
        self.assertEqual(keys, sorted(keys))
        dated = [e for e in events if e["days"]]
        self.assertGreaterEqual(len(dated), 15)
        # Every event's days agree with its EDTF date, whatever the precision.
        for event in dated:
            with self.subTest(event=event["id"]):
                date = event["date"]
                first, _, last = date.partition("/")
                if first != "..":
                    self.assertTrue(event["days"]["earliest"].startswith(first.rstrip("?~%")[:7]))
                if last and last != "..":
                    self.assertTrue(event["days"]["latest"].startswith(last.rstrip("?~%")[:7]))
        ids = [e["id"] for e in events]
        # The open start ("../1950-01-20") sorts on its known end, after Yalta (1945) and 2 January 1950.
        zhou = ids.index("journey-zhou-to-moscow-1950")
        self.assertEqual(events[zhou]["date"], "../1950-01-20")
        self.assertLess(ids.index("yalta-conference"), zhou)
        self.assertLess(ids.index("agreement-to-talk-1950-01-02"), zhou)
        self.assertLess(zhou, ids.index("negotiation-1950-01-22"))
        # An open end sorts after the closed ranges starting the same day; undated last.
        self.assertEqual(events[ids.index("journey-mao-to-moscow-1949")]["days"]["latest"], None)
        self.assertEqual([e["days"] for e in events[len(dated):]], [None] * (len(events) - len(dated)))
        # The text lists the same order.
        text = run("timeline", data, check=True).stdout
        positions = [text.index(f"[{e['type']}, {e['id']}]") for e in events]
        self.assertEqual(positions, sorted(positions))

    def test_order_precision_and_warnings(self):
        result = run("timeline", NETWORK, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        ids = [e["id"] for e in report["events"]]
        self.assertEqual(ids, ["meeting-1949-12-16", "talks-1950-01", "negotiation-1950-01-22", "session-1950-01-23",
                               "signing-1950-02-14", "undated-talk"])
        talks = report["events"][1]
        self.assertEqual((talks["date"], talks["precision"]), ("1950-01", "month"))
        self.assertEqual(talks["days"], {"earliest": "1950-01-01", "latest": "1950-01-31"})
        negotiation = report["events"][2]
        self.assertEqual([p["id"] for p in negotiation["participants"]],
                         ["mao-zedong", "joseph-stalin", "zhou-enlai", "chen-boda", "vyacheslav-molotov"])
        self.assertEqual([p["id"] for p in negotiation["places"]], ["kremlin"])
        warnings = {w["id"]: w for w in report["warnings"]}
        self.assertEqual(set(warnings), {"timeline.follows-before", "timeline.outside-parent",
                                         "timeline.outcome-before"})
        self.assertRegex(warnings["timeline.follows-before"]["at"], r"events\.json:\d+:\d+$")
        self.assertIn("warning[timeline.follows-before]", result.stderr)

    def test_claim_outside_its_subjects_dates_is_a_warning(self):
        data = self.tmp / "network"
        shutil.copytree(NETWORK, data)
        (data / "late.json").write_text(
            '{"statements": [{"subject": "talks-1950-01", "predicate": "participant", "object": "chen-boda",\n'
            '  "cite": ["fn-40"], "qualifiers": {"startDate": "1950-01-20", "endDate": "1950-02-03"}}]}',
            encoding="utf-8")
        result = run("timeline", data, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        warnings = [w for w in json.loads(result.stdout)["warnings"] if w["id"] == "timeline.claim-outside-subject"]
        self.assertEqual(len(warnings), 1, warnings)
        self.assertRegex(warnings[0]["at"], r"late\.json:1:\d+$")
        self.assertIn('"talks-1950-01 participant chen-boda" holds 1950-01-20 – 1950-02-03, not entirely within the '
                      'dates of "talks-1950-01" (1950-01-01 – 1950-01-31)', result.stderr)
        self.assertEqual(run("timeline", NETWORK, "--json").stderr.count("claim-outside-subject"), 0)

    def test_text(self):
        result = run("timeline", NETWORK)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("1950-01                 month", result.stdout)
        self.assertIn("participants: Mao Zedong, Joseph Stalin, Shi Zhe", result.stdout)


class AuditTest(TempDirTestCase):
    def test_provenance_coverage(self):
        result = run("audit", NETWORK, "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        nodes, citations, statements = load_inputs(NETWORK)
        self.assertEqual(report["summary"]["claims"], len(statements))
        uncited = [s for s in statements if not s.get("cite")]
        self.assertEqual([(c["subject"], c["predicate"]) for c in report["uncited"]],
                         [(s["subject"], s["predicate"]) for s in uncited])
        single = [s for s in statements if s.get("cite") and len({citations[c]["source"] for c in s["cite"]}) == 1]
        self.assertEqual(report["summary"]["singleSource"], len(single))
        article = [s for s in statements if s.get("cite") and all(
            "footnote" not in citations[c] and nodes[citations[c]["source"]]["type"] == "EncyclopediaArticle"
            for c in s["cite"])]
        self.assertEqual(report["summary"]["articleOnly"], len(article))
        ranked = [s for s in statements if s.get("rank", "normal") != "normal"]
        annotated = [s for s in statements if s.get("rank", "normal") == "normal" and "note" in s]
        self.assertEqual(report["summary"]["ranked"], len(ranked))
        self.assertEqual([(c["subject"], c["predicate"], c["rank"]) for c in report["ranked"]],
                         [(s["subject"], s["predicate"], s["rank"]) for s in ranked])
        self.assertEqual(report["summary"]["annotated"], len(annotated))
        by_source = {}
        for s in single:
            source = citations[cite_id(s["cite"][0])]["source"]
            by_source[source] = by_source.get(source, 0) + 1
        self.assertEqual({e["id"]: e["claims"] for e in report["singleSourceBySource"]}, by_source)
        self.assertEqual([e["claims"] for e in report["singleSourceBySource"]],
                         sorted(by_source.values(), reverse=True))
        claims_by_source = {}
        for index, s in enumerate(statements):
            for c in s.get("cite", []):
                claims_by_source.setdefault(citations[c]["source"], set()).add(index)
        self.assertEqual({s["id"]: s["claims"] for s in report["sources"]},
                         {k: len(v) for k, v in claims_by_source.items()})
        self.assertEqual([s["claims"] for s in report["sources"]],
                         sorted((s["claims"] for s in report["sources"]), reverse=True))

    def test_text_summarises_single_source_claims_per_source(self):
        data = SOURCE_DIR / "data"
        report = json.loads(run("audit", data, "--json", check=True).stdout)
        text = run("audit", data, check=True).stdout
        summary = text.split("claims resting on a single source:")[1].split("\n\n")[0]
        # One line per source, not one per claim.
        self.assertEqual(len([line for line in summary.splitlines() if line.strip()]),
                         len(report["singleSourceBySource"]) + 2)  # with the count and the hint
        self.assertIn(f'{report["singleSourceBySource"][0]["claims"]:6d}  Heinzig 2004  [heinzig-2004]', summary)
        listed = run("audit", data, "--all", check=True).stdout
        self.assertGreater(len(listed.splitlines()), len(text.splitlines()) + report["summary"]["singleSource"] - 1)
        # Ranked claims are the preferred and deprecated ones, not every annotated claim.
        self.assertIn(f'ranked claims (', text)
        self.assertIn(f': {report["summary"]["ranked"]} of {report["summary"]["claims"]}', text)
        self.assertLess(report["summary"]["ranked"], report["summary"]["annotated"])

    def test_sensitivity_matches_scipy_free_spearman(self):
        report = json.loads(run("audit", NETWORK, "--json").stdout)
        without = nx.Graph()
        with_deprecated = nx.Graph()
        for graph, include in ((without, False), (with_deprecated, True)):
            actors, weights = expected_network(NETWORK, include)
            graph.add_nodes_from(actors)
            graph.add_edges_from(tuple(pair) for pair in weights)
        order = sorted(without.nodes)
        b0 = nx.betweenness_centrality(without, normalized=False)
        b1 = nx.betweenness_centrality(with_deprecated, normalized=False)
        x = [round(b0[v], 9) for v in order]
        y = [round(b1[v], 9) for v in order]
        expected = igraph_spearman(x, y)
        assert_close(self, report["sensitivity"]["spearman"], expected, "Spearman")
        changed = {c["id"] for c in report["sensitivity"]["rankChanges"]}
        rank = lambda values, i: 1 + sum(v > values[i] for v in values)
        self.assertEqual(changed, {order[i] for i in range(len(order)) if rank(x, i) != rank(y, i)})
        self.assertIn("joseph-stalin", changed)


def igraph_spearman(x, y):
    """Spearman's rho as the Pearson correlation of average ranks."""
    def ranks(values):
        ordered = sorted(range(len(values)), key=lambda i: values[i])
        out = [0.0] * len(values)
        i = 0
        while i < len(ordered):
            j = i
            while j + 1 < len(ordered) and values[ordered[j + 1]] == values[ordered[i]]:
                j += 1
            for k in range(i, j + 1):
                out[ordered[k]] = (i + j) / 2 + 1
            i = j + 1
        return out
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / (sxx * syy) ** 0.5


GEXF = "http://www.gexf.net/1.2draft"
DATA = SOURCE_DIR / "data"
EVIDENCE_ATTRIBUTES = ("predicates", "contexts", "citations", "citationIds", "sources", "sourceCount", "footnotes")


def truthy_statements(statements):
    """The truthy claims (best rank per subject and predicate, never deprecated)."""
    order = {"preferred": 0, "normal": 1, "deprecated": 2}
    best = {}
    for s in statements:
        key = (s["subject"], s["predicate"])
        best[key] = min(best.get(key, 2), order[s.get("rank", "normal")])
    return [s for s in statements
            if order[s.get("rank", "normal")] < 2 and order[s.get("rank", "normal")] == best[(s["subject"], s["predicate"])]]


def days_of(edtf):
    """(first day, last day) of a day-, month- or year-precise EDTF date (no qualifiers needed here)."""
    import calendar
    value = edtf.rstrip("?~%")
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        month = int(parts[1])
        return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{value}-01-01", f"{value}-12-31"


def shared_dated_events(directory, a, b):
    """The events and documents both actors take part in (co-participation,
    truthy claims) that the data dates, with their days; written a second time."""
    _, _, statements = load_inputs(directory)
    truthy = truthy_statements(statements)
    members = {}
    dates = {}
    for s in truthy:
        if s["predicate"] in CO_PARTICIPATION and "object" in s:
            members.setdefault(s["subject"], set()).add(s["object"])
        if s["predicate"] == "date":
            first, last = days_of(s["value"].split("/")[0])[0], days_of(s["value"].split("/")[-1])[1]
            dates[s["subject"]] = (first, last)
    return {event: dates[event] for event, who in members.items() if {a, b} <= who and event in dates}


class NetworkExportTest(TempDirTestCase):
    def export(self, data, fmt, name):
        out = self.tmp / name
        result = run("network", data, "--format", fmt, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        return out

    def test_networkx_reads_the_gexf_with_spells_and_citations(self):
        for data in (NETWORK, DATA):
            with self.subTest(data=data.name):
                path = self.export(data, "gexf", f"{data.name}.gexf")
                root = ET.parse(path).getroot()
                self.assertEqual(root.tag, f"{{{GEXF}}}gexf")
                self.assertEqual(root.get("version"), "1.2")
                graph = nx.read_gexf(path)
                self.assertEqual(graph.graph["mode"], "dynamic")
                actors, weights = expected_network(data)
                self.assertEqual(set(graph.nodes), actors)
                self.assertEqual({frozenset(e): int(d["weight"]) for *e, d in graph.edges(data=True)}, weights)
                report = json.loads(run("analyze", data, "--json", check=True).stdout)
                citations = {c["id"]: c for c in report["citations"]}
                for link in report["links"]:
                    edge = graph.edges[link["source"], link["target"]]
                    for key in EVIDENCE_ATTRIBUTES:
                        self.assertIn(key, edge)
                    self.assertEqual(edge["citationIds"].split(), link["citations"])
                    self.assertEqual(edge["citations"].split("; ") if edge["citations"] else [],
                                     [citations[c]["reference"] for c in link["citations"]])
                    self.assertEqual(edge["sourceCount"], len({citations[c]["source"] for c in link["citations"]}))
                    spells = edge.get("spells", [])
                    # No two spells of an edge share a day (Gephi refuses overlaps).
                    for (s1, e1), (s2, e2) in zip(spells, spells[1:]):
                        self.assertLess(e1, s2)
                self.assertEqual(graph.nodes["vyacheslav-molotov" if data == NETWORK else "mao-zedong"]["label"],
                                 "Vyacheslav Molotov" if data == NETWORK else "Mao Zedong")

    def test_mao_and_stalin_have_one_spell_per_shared_dated_event(self):
        expected = shared_dated_events(DATA, "mao-zedong", "joseph-stalin")
        self.assertGreaterEqual(len(expected), 3)
        spells = sorted(expected.values())
        graph = nx.read_gexf(self.export(DATA, "gexf", "treaty.gexf"))
        self.assertEqual(graph.edges["mao-zedong", "joseph-stalin"]["spells"], spells)
        graphml = nx.read_graphml(self.export(DATA, "graphml", "treaty.graphml"))
        self.assertEqual(graphml.edges["mao-zedong", "joseph-stalin"]["spells"].split(),
                         [f"{first}/{last}" for first, last in spells])
        report = json.loads(run("analyze", DATA, "--json", check=True).stdout)
        link = next(l for l in report["links"] if {l["source"], l["target"]} == {"mao-zedong", "joseph-stalin"})
        self.assertEqual([s["contexts"] for s in link["spells"]], [[e] for e in sorted(expected, key=expected.get)])
        # The Palladio CSV: one row per shared dated event, then the undated rest.
        self.export(DATA, "csv", "palladio")
        with open(self.tmp / "palladio-edges.csv", newline="", encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if {r["Source"], r["Target"]} == {"mao-zedong", "joseph-stalin"}]
        dated = [(r["Start"], r["End"]) for r in rows if r["Start"]]
        self.assertEqual(dated, spells)
        self.assertEqual([r["Context"] for r in rows if r["Start"]], sorted(expected, key=expected.get))
        for row in rows:
            self.assertTrue(row["Citations"], row)
            self.assertEqual(int(row["Source count"]), len(row["Sources"].split()))

    def test_igraph_and_networkx_read_the_graphml_alike(self):
        for data in (NETWORK, DATA):
            with self.subTest(data=data.name):
                path = self.export(data, "graphml", f"{data.name}.graphml")
                nxg = nx.read_graphml(path)
                ig = igraph.Graph.Read_GraphML(str(path))
                self.assertEqual(ig.vcount(), nxg.number_of_nodes())
                self.assertEqual(ig.ecount(), nxg.number_of_edges())

                def same(a, b):
                    return float(a) == float(b) if isinstance(a, (int, float)) else a == b

                # An empty text attribute is left out of the file: igraph
                # reads it as "", NetworkX leaves the key out.
                for vertex in ig.vs:
                    attributes = vertex.attributes()
                    node = nxg.nodes[attributes.pop("id")]
                    self.assertLessEqual(set(node), set(attributes))
                    for key, value in attributes.items():
                        self.assertTrue(same(value, node.get(key, "")), (key, value, node.get(key)))
                for edge in ig.es:
                    attributes = edge.attributes()
                    source, target = ig.vs[edge.source]["id"], ig.vs[edge.target]["id"]
                    theirs = nxg.edges[source, target]
                    self.assertLessEqual(set(theirs), set(attributes))
                    for key, value in attributes.items():
                        self.assertTrue(same(value, theirs.get(key, "")), (key, value, theirs.get(key)))
                    for key in EVIDENCE_ATTRIBUTES + ("spells", "start", "end"):
                        self.assertIn(key, attributes)
                cited = [e for e in ig.es if e["citations"]]
                self.assertTrue(cited)
                self.assertEqual(len(cited), len([1 for *_, d in nxg.edges(data=True) if d.get("citations")]))

    def test_actor_dates_become_node_spells(self):
        data = self.tmp / "dated-actors"
        data.mkdir()
        (data / "sources.json").write_text((SAMPLE / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
        (data / "data.json").write_text(json.dumps({
            "nodes": [{"id": "prc", "type": "State", "label": {"en": "PRC"}},
                      {"id": "ussr", "type": "State", "label": {"en": "USSR"}}],
            "statements": [{"subject": "prc", "predicate": "startDate", "value": "1949-10-01", "cite": ["fn-34"]},
                           {"subject": "ussr", "predicate": "endDate", "value": "1991-12", "cite": ["fn-34"]},
                           {"subject": "prc", "predicate": "alliedWith", "object": "ussr", "cite": ["fn-38"],
                            "qualifiers": {"startDate": "1950-02-14"}}]}), encoding="utf-8")
        graph = nx.read_gexf(self.export(data, "gexf", "dated.gexf"))
        self.assertEqual(graph.nodes["prc"]["spells"], [("1949-10-01", "None")])  # NetworkX reads an open end as "None"
        self.assertEqual(graph.nodes["ussr"]["spells"], [("None", "1991-12-31")])
        self.assertEqual(graph.edges["prc", "ussr"]["spells"], [("1950-02-14", "None")])
        graphml = nx.read_graphml(self.export(data, "graphml", "dated.graphml"))
        self.assertEqual((graphml.nodes["prc"]["start"], graphml.nodes["prc"].get("end")), ("1949-10-01", None))
        self.assertEqual(graphml.edges["prc", "ussr"]["spells"], "1950-02-14/..")

    def test_dot_renders_without_overlapping_nodes_in_dot_and_neato(self):
        path = self.export(DATA, "dot", "treaty.dot")
        text = path.read_text(encoding="utf-8")
        self.assertNotIn("layout=", text, "both engines must work on the same file")
        for engine in ("dot", "neato"):
            with self.subTest(engine=engine):
                svg = subprocess.run([engine, "-Tsvg", path], capture_output=True, text=True, timeout=120)
                self.assertEqual(svg.returncode, 0, svg.stderr)
                self.assertEqual(svg.stderr, "", "no Graphviz warning")
                boxes = node_boxes(svg.stdout)
                self.assertEqual(len(boxes), len(expected_network(DATA)[0]))
                names = sorted(boxes)
                for i, a in enumerate(names):
                    for b in names[i + 1:]:
                        self.assertFalse(overlap(boxes[a], boxes[b]), f"{engine}: {a} overlaps {b}")
                root = ET.fromstring(svg.stdout)
                edge_texts = [t for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"
                              for t in g.iter("{http://www.w3.org/2000/svg}text")]
                self.assertEqual(edge_texts, [], "no edge labels to collide")

    def test_palladio_csv_has_a_row_per_dated_link(self):
        self.export(NETWORK, "csv", "palladio")
        with open(self.tmp / "palladio-edges.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(list(rows[0]), ["Source", "Target", "Weight", "Context", "Context label", "Start", "End",
                                         "Predicates", "Citations", "Sources", "Source count", "Footnotes"])
        report = json.loads(run("analyze", NETWORK, "--json", check=True).stdout)
        expected_rows = sum(len(l["spells"]) for l in report["links"])
        self.assertEqual(len([r for r in rows if r["Start"] or r["End"]]), expected_rows)
        for row in rows:
            if row["Start"]:
                self.assertRegex(row["Start"], r"^\d{4}-\d{2}-\d{2}$")

    def test_xml_escaping(self):
        data = self.tmp / "escaping"
        data.mkdir()
        (data / "sources.json").write_text((SAMPLE / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
        tricky = "A & B <\"quoted\"> 'x' \\ 毛"
        (data / "data.json").write_text(json.dumps({
            "nodes": [{"id": "a", "type": "Person", "label": {"en": tricky}},
                      {"id": "b", "type": "Organization", "label": {"en": "Plain"}}],
            "statements": [{"subject": "a", "predicate": "memberOf", "object": "b", "cite": ["fn-34"]}]}),
            encoding="utf-8")
        graphml = self.tmp / "x.graphml"
        self.assertEqual(run("network", data, "--format", "graphml", "-o", graphml).returncode, 0)
        self.assertEqual(read_graphml(graphml).nodes["a"]["label"], tricky)
        gexf = self.tmp / "x.gexf"
        self.assertEqual(run("network", data, "--format", "gexf", "-o", gexf).returncode, 0)
        self.assertEqual(nx.read_gexf(gexf).nodes["a"]["label"], tricky)
        dot = run("network", data, "--format", "dot")
        self.assertEqual(dot.returncode, 0, dot.stderr)
        # Graphviz expands entities in labels: '&' is written as &amp; to show as '&'.
        self.assertIn('label="A &amp; B <\\"quoted\\"> \'x\' \\\\ 毛"', dot.stdout)

    def test_dot_and_csv(self):
        dot = run("network", NETWORK, "--format", "dot")
        self.assertEqual(dot.returncode, 0, dot.stderr)
        self.assertTrue(dot.stdout.startswith("graph actors {"))
        self.assertIn('"chen-boda" -- "mao-zedong"', dot.stdout)
        result = run("network", NETWORK, "--format", "csv", "-o", self.tmp / "palladio")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.tmp / "palladio-nodes.csv", newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(self.tmp / "palladio-edges.csv", newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        actors, weights = expected_network(NETWORK)
        self.assertEqual({n["Id"] for n in nodes}, actors)
        self.assertEqual({frozenset((e["Source"], e["Target"])): int(e["Weight"]) for e in edges}, weights)
        dated = [e for e in edges if e["Start"]]
        self.assertTrue(dated)
        self.assertEqual(run("network", NETWORK, "--format", "csv").returncode, 2)

    def test_failed_write_leaves_nothing(self):
        blocker = self.tmp / "file"
        blocker.write_text("x")
        result = run("network", NETWORK, "--format", "graphml", "-o", blocker / "sub" / "out.graphml")
        self.assertEqual(result.returncode, 3)

    def test_help_on_every_analysis_subcommand(self):
        for name in ("analyze", "path", "timeline", "audit", "network"):
            with self.subTest(subcommand=name):
                result = run(name, "--help")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("DATA", result.stdout)
                self.assertIn("--include-deprecated", result.stdout)


def node_boxes(svg):
    """{node title: (x0, y0, x1, y1)} of the shapes of a Graphviz SVG's nodes."""
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(svg)
    boxes = {}
    for g in root.iter(f"{ns}g"):
        if g.get("class") != "node":
            continue
        title = g.find(f"{ns}title").text
        numbers = []
        for shape in list(g.iter(f"{ns}path")) + list(g.iter(f"{ns}polygon")):
            text = shape.get("d") or shape.get("points")
            numbers += [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", text)]
        xs, ys = numbers[0::2], numbers[1::2]
        boxes[title] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def tearDownModule():
    print(f"\nlargest difference from NetworkX/igraph: {MAX_DIFFERENCE['value']:.3g}")


if __name__ == "__main__":
    unittest.main()

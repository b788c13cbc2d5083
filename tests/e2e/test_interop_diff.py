"""`pactgraph diff` on two versions of the treaty data whose change is
known: one claim added, one removed, one re-ranked, one re-cited (a
footnote added), one footnote's pages corrected (so every claim citing it is
re-cited), one node's label added. The reports (text, JSON, Markdown) list exactly that, for two
data directories and for two builds alike (N-Quads, TriG, JSON-LD with an
embedded or a referenced context); and the SPARQL 1.1 Update, run
by rdflib and by Oxigraph on the old N-Quads, gives the new N-Quads."""

import json
import shutil
import unittest

import rdflib

from pgtest import PEERS, SOURCE_DIR, TempDirTestCase, parse_nquads, run, tool

DATA = SOURCE_DIR / "data"
BASE = "https://w3id.org/pactgraph/id/"
FN34_CLAIMS = 33  # claims citing footnote 34 (Heinzig, p. 328)


def edit(path, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


def make_second_version(directory):
    """The known change, applied to a copy of the treaty data."""
    shutil.copytree(DATA, directory)
    treaty = directory / "sino-soviet-1950"

    def statements(document):
        s = document["statements"]
        assert (s[0]["subject"], s[0]["predicate"], s[0]["object"]) == ("treaty-1950", "party", "prc")
        s[0]["rank"] = "preferred"
        assert (s[1]["subject"], s[1]["predicate"], s[1]["object"]) == ("treaty-1950", "party", "ussr")
        s[1]["cite"] = ["article-text", "fn-46"]
        assert (s[2]["subject"], s[2]["predicate"], s[2]["value"]) == ("treaty-1950", "date", "1950-02-14")
        del s[2]
        s.append({"subject": "treaty-1950", "predicate": "concerns", "object": "outer-mongolia", "cite": ["fn-39"]})

    def citations(document):
        for citation in document["citations"]:
            if citation["id"] == "fn-34":
                assert citation["pages"] == "328"
                citation["pages"] = "329"

    def actors(document):
        for node in document["nodes"]:
            if node["id"] == "mao-zedong":
                node["label"]["de"] = "Mao Tse-tung"

    edit(treaty / "statements-treaties.json", statements)
    edit(treaty / "citations.json", citations)
    edit(treaty / "actors.json", actors)


class DiffTest(TempDirTestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile
        from pathlib import Path
        cls.shared = Path(tempfile.mkdtemp(prefix="pactgraph-diff-"))
        make_second_version(cls.shared / "v2")
        run("build", DATA, "-o", cls.shared / "build1", "--formats", "nquads,trig,jsonld", "-q", check=True)
        run("build", cls.shared / "v2", "-o", cls.shared / "build2", "--formats", "nquads,trig", "-q", check=True)
        # JSON-LD of the new version referring to the ontology's context instead of embedding it
        run("build", cls.shared / "v2", "-o", cls.shared / "build2-jsonld", "--formats", "jsonld",
            "--jsonld-context", "https://w3id.org/pactgraph/ontology/context.jsonld", "-q", check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.shared, ignore_errors=True)

    def diff_json(self, old, new):
        result = run("diff", old, new, "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_the_known_change_and_nothing_else(self):
        report = self.diff_json(DATA, self.shared / "v2")
        self.assertEqual(report["summary"], {
            "claims added": 1, "claims removed": 1, "claims reranked": 1, "claims recited": 1 + FN34_CLAIMS,
            "claims renoted": 0, "nodes changed": 1, "citations changed": 1,
            "quads removed": report["summary"]["quads removed"], "quads added": report["summary"]["quads added"]})
        by_kind = {}
        for claim in report["claims"]:
            by_kind.setdefault(claim["change"], []).append(claim)
        self.assertEqual([c["text"] for c in by_kind["added"]], ["treaty-1950 concerns outer-mongolia"])
        self.assertEqual([c["text"] for c in by_kind["removed"]], ['treaty-1950 date "1950-02-14"^^xsd:date'])
        self.assertEqual([(c["text"], c["rankBefore"], c["rankAfter"]) for c in by_kind["reranked"]],
                         [("treaty-1950 party prc", "https://w3id.org/pactgraph/ontology#NormalRank",
                           "https://w3id.org/pactgraph/ontology#PreferredRank")])
        recited = {c["text"]: c for c in by_kind["recited"]}
        ussr = recited["treaty-1950 party ussr"]
        self.assertEqual(len(ussr["citedAfter"]) - len(ussr["citedBefore"]), 1)
        self.assertIn("(fn. 46)", [c["label"] for c in ussr["citedAfter"]][-1] + "".join(
            c["label"] for c in ussr["citedAfter"]))
        for text, claim in recited.items():
            if text != "treaty-1950 party ussr":
                labels = {c["label"] for c in claim["citedBefore"]} ^ {c["label"] for c in claim["citedAfter"]}
                self.assertEqual(labels, {"Heinzig 2004, p. 328 (fn. 34)", "Heinzig 2004, p. 329 (fn. 34)"}, text)
        self.assertEqual(report["nodes"][0]["node"], BASE + "mao-zedong")
        self.assertEqual(report["nodes"][0]["added"], [{"predicate": "http://www.w3.org/2000/01/rdf-schema#label",
                                                        "object": {"value": "Mao Tse-tung", "language": "de"}}])
        self.assertEqual(report["citations"][0]["footnote"], 34)

    def test_builds_give_the_same_diff_as_data(self):
        from_data = self.diff_json(DATA, self.shared / "v2")
        self.assertEqual(self.diff_json(self.shared / "build1", self.shared / "build2"), from_data)
        self.assertEqual(self.diff_json(self.shared / "build1" / "pactgraph.trig", self.shared / "v2"), from_data)

    def test_jsonld_builds_give_the_same_diff_as_data(self):
        from_data = self.diff_json(DATA, self.shared / "v2")
        jsonld_old = self.shared / "build1" / "pactgraph.jsonld"
        jsonld_new = self.shared / "build2-jsonld" / "pactgraph.jsonld"
        self.assertIn('"@context": "https://w3id.org/pactgraph/ontology/context.jsonld"',
                      jsonld_new.read_text(encoding="utf-8"))
        self.assertEqual(self.diff_json(jsonld_old, jsonld_new), from_data)
        self.assertEqual(self.diff_json(jsonld_old, self.shared / "build2"), from_data)
        # a build directory with only its JSON-LD file
        self.assertEqual(self.diff_json(self.shared / "build2-jsonld", DATA), self.diff_json(self.shared / "v2", DATA))
        self.assertEqual(self.diff_json(jsonld_old, DATA)["summary"]["quads added"], 0)
        broken = self.tmp / "broken.jsonld"
        broken.write_text('{"@context": {"@vocab": "https://example.org/"}, "a": 1}', encoding="utf-8")
        result = run("diff", broken, DATA)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[rdf.syntax]", result.stderr)

    def test_sparql_update_turns_old_into_new(self):
        update = self.tmp / "change.rq"
        run("diff", self.shared / "build1", self.shared / "build2", "--sparql", update, "-o", self.tmp / "r.txt",
            check=True)
        old = self.shared / "build1" / "pactgraph.nq"
        # Oxigraph (which writes xsd:positiveInteger as xsd:integer: both sides go through it).
        got = parse_nquads(tool("node", PEERS / "sparql-update-oxigraph.mjs", old, update))
        want = parse_nquads(tool("node", PEERS / "sparql-update-oxigraph.mjs", self.shared / "build2" / "pactgraph.nq"))
        self.assertEqual(got, want)
        self.assertEqual(len(got), len(parse_nquads((self.shared / "build2" / "pactgraph.nq").read_text(encoding="utf-8"))))
        # rdflib: apply to a Dataset and compare its quads.
        dataset = rdflib.Dataset()
        dataset.parse(str(self.shared / "build1" / "pactgraph.trig"), format="trig")
        dataset.update(update.read_text(encoding="utf-8"))
        expected = rdflib.Dataset()
        expected.parse(str(self.shared / "build2" / "pactgraph.trig"), format="trig")
        self.assertEqual(set(dataset.quads((None, None, None, None))), set(expected.quads((None, None, None, None))))

    def test_no_change_is_an_empty_update(self):
        update = self.tmp / "none.rq"
        result = run("diff", self.shared / "build1", DATA, "--sparql", update)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith("claims: 0 added, 0 removed, 0 re-ranked, 0 re-cited"))
        self.assertEqual(update.read_text(encoding="utf-8"), "")

    def test_text_report_lists_exactly_the_known_change(self):
        result = run("diff", DATA, self.shared / "v2")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertTrue(lines[0].startswith(f"claims: 1 added, 1 removed, 1 re-ranked, {1 + FN34_CLAIMS} re-cited, "
                                            "0 re-noted; nodes: 1 changed; citations: 1 changed; quads: "), lines[0])
        heads = [line for line in lines[1:] if not line.startswith((" ", "graph <"))]
        self.assertEqual([h for h in heads if not h.startswith("recited claim ")], [
            "added claim treaty-1950 concerns outer-mongolia",
            'removed claim treaty-1950 date "1950-02-14"^^xsd:date',
            "reranked claim treaty-1950 party prc",
            "changed node mao-zedong",
            "changed citation Heinzig 2004, p. 329 (fn. 34)"])
        self.assertEqual(len([h for h in heads if h.startswith("recited claim ")]), 1 + FN34_CLAIMS)

        def block(head):
            start = lines.index(head)
            end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith(" ")), len(lines))
            return lines[start + 1:end]

        self.assertEqual(block("added claim treaty-1950 concerns outer-mongolia"),
                         ["    rank normal", "    cites Elleman 2019, pp. 244–245 (fn. 39) [sentence]"])
        self.assertEqual(block("reranked claim treaty-1950 party prc"), ["    rank normal → preferred"])
        self.assertEqual(block("recited claim treaty-1950 party ussr"),
                         ["    now cites Elleman 2019, pp. 248–249 (fn. 46) [sentence]"])
        self.assertEqual(block("recited claim chen-boda represented prc"),
                         ["    no longer cites Heinzig 2004, p. 328 (fn. 34) [sentence]",
                          "    now cites Heinzig 2004, p. 329 (fn. 34) [sentence]"])

    def test_markdown_lists_exactly_the_known_change(self):
        text = run("diff", DATA, self.shared / "v2", "--format", "markdown", check=True).stdout
        for row in ("| claims added | 1 |", "| claims removed | 1 |", "| claims reranked | 1 |",
                    f"| claims recited | {1 + FN34_CLAIMS} |", "| claims renoted | 0 |", "| nodes changed | 1 |",
                    "| citations changed | 1 |"):
            self.assertIn(row, text)
        sections = {}
        for part in text.split("\n### ")[1:]:
            title, _, body = part.partition("\n")
            sections[title] = [line for line in body.splitlines() if line.startswith("- ")]
        self.assertEqual(sections["Claims added"], [
            "- Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance — concerns — Outer Mongolia `treaty-1950`"])
        self.assertEqual(len(sections["Claims removed"]), 1)
        self.assertIn("— date — \"1950-02-14\"^^xsd:date", sections["Claims removed"][0])
        self.assertEqual(len(sections["Claims re-ranked"]), 1)
        self.assertIn("— party — People's Republic of China", sections["Claims re-ranked"][0])
        self.assertEqual(len(sections["Claims re-cited"]), 1 + FN34_CLAIMS)
        self.assertEqual(sections["Nodes"], ["- changed: Mao Zedong `mao-zedong`"])
        self.assertEqual(sections["Citations"], ["- changed: Heinzig 2004, p. 329 (fn. 34)"])
        self.assertIn('  - added rdfs:label "Mao Tse-tung"@de', text)
        self.assertIn('  - removed bibo:pages "328"', text)

    def test_markdown_for_a_curator(self):
        result = run("diff", DATA, self.shared / "v2", "--format", "markdown", "--title", "Release 0.2 <b>")
        self.assertEqual(result.returncode, 0, result.stderr)
        text = result.stdout
        self.assertTrue(text.startswith("## Release 0.2 \\<b\\>\n"))
        self.assertIn("| claims added | 1 |", text)
        self.assertIn("### Claims re-ranked", text)
        self.assertIn("  - rank normal → preferred", text)
        self.assertIn("- changed: Mao Zedong `mao-zedong`", text)

    def test_bad_paths(self):
        self.assertEqual(run("diff", DATA).returncode, 2)
        result = run("diff", DATA, self.tmp / "missing")
        self.assertEqual(result.returncode, 3)
        broken = self.tmp / "broken.nq"
        broken.write_text("<a> <b> .\n", encoding="utf-8")
        result = run("diff", broken, DATA)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[rdf.syntax]", result.stderr)


if __name__ == "__main__":
    unittest.main()

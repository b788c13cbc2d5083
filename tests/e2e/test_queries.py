"""queries/: the research questions about the treaty. Each is run by two
SPARQL engines independent of pactgraph (rdflib, Oxigraph) on every one of
the five export files, with the one setting README.md names ("Which graph
holds what": the default graph is the union of the named graphs), and must
give the expected answer recorded beside it."""

import json
import subprocess
import tempfile
import unittest
from pathlib import Path

import rdflib

from pgtest import PEERS, SOURCE_DIR, run

QUERIES = SOURCE_DIR / "queries"
DATA = SOURCE_DIR / "data"
FILES = {"pactgraph.ttl": "turtle", "pactgraph.nt": "nt", "pactgraph.trig": "trig", "pactgraph.nq": "nquads",
         "pactgraph.jsonld": "json-ld"}


def normalise(rows, ordered):
    rows = [tuple(row) for row in rows]
    return rows if ordered else sorted(rows)


def rdflib_dataset(path, format):
    """The export in rdflib as README.md says: a Dataset whose default graph is
    the union of its named graphs."""
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(path, format=format)
    return dataset


class QueriesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="pactgraph-queries-")
        cls.out = Path(cls.tmp.name) / "out"
        run("build", DATA, "-o", cls.out, "--quiet", check=True)
        cls.queries = sorted(QUERIES.glob("*.rq"))
        cls.expected = {q.name: json.loads(q.with_suffix(".expected.json").read_text(encoding="utf-8")) for q in cls.queries}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check(self, name, columns, rows):
        expected = self.expected[name]
        self.assertEqual(columns, expected["columns"])
        self.assertEqual(normalise(rows, expected["ordered"]), normalise(expected["rows"], expected["ordered"]))

    def test_there_are_at_least_twenty_five_research_questions(self):
        self.assertGreaterEqual(len(self.queries), 25)
        for query in self.queries:
            expected = self.expected[query.name]
            self.assertTrue(expected["question"].strip(), query.name)
            self.assertTrue(expected["rows"], f"{query.name}: a question without any answer checks nothing")

    def test_rdflib_gives_the_expected_answers_on_every_file(self):
        for file, format in FILES.items():
            dataset = rdflib_dataset(self.out / file, format)
            for query in self.queries:
                with self.subTest(file=file, query=query.name):
                    result = dataset.query(query.read_text(encoding="utf-8"))
                    rows = [["" if value is None else str(value) for value in row] for row in result]
                    self.check(query.name, [str(v) for v in result.vars], rows)

    def test_oxigraph_gives_the_expected_answers_on_every_file(self):
        for file in FILES:
            result = subprocess.run(["node", PEERS / "sparql-oxigraph.mjs", self.out / file, *self.queries],
                                    capture_output=True, text=True, timeout=300)
            self.assertEqual(result.returncode, 0, result.stderr)
            answers = [json.loads(line) for line in result.stdout.splitlines()]
            self.assertEqual(len(answers), len(self.queries))
            for answer in answers:
                name = Path(answer["query"]).name
                with self.subTest(file=file, query=name):
                    columns = self.expected[name]["columns"]
                    self.assertEqual(set(answer["variables"]) - set(columns), set())
                    self.check(name, columns, [[row.get(column, "") for column in columns] for row in answer["rows"]])

    def test_without_the_union_setting_the_named_graphs_hide_the_facts(self):
        """Why README.md names the setting: in a plain rdflib Dataset the default
        graph of the N-Quads is empty, and the questions find nothing."""
        dataset = rdflib.Dataset()
        dataset.parse(self.out / "pactgraph.nq", format="nquads")
        self.assertEqual(len(dataset.query("SELECT * WHERE { ?s ?p ?o }")), 0)
        self.assertGreater(len(rdflib_dataset(self.out / "pactgraph.nq", "nquads").query(
            "SELECT * WHERE { ?s ?p ?o } LIMIT 1")), 0)


if __name__ == "__main__":
    unittest.main()

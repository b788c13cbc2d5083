"""queries/: the research questions about the treaty, each run on the Turtle
export by two SPARQL engines independent of pactgraph (rdflib, Oxigraph),
must give the expected answers recorded beside it."""

import json
import subprocess
import tempfile
import unittest
from pathlib import Path

import rdflib

from pgtest import PEERS, SOURCE_DIR, run

QUERIES = SOURCE_DIR / "queries"
DATA = SOURCE_DIR / "data"


def normalise(rows, ordered):
    rows = [tuple(row) for row in rows]
    return rows if ordered else sorted(rows)


class QueriesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="pactgraph-queries-")
        out = Path(cls.tmp.name) / "out"
        run("build", DATA, "-o", out, "--quiet", check=True)
        cls.turtle = out / "pactgraph.ttl"
        cls.queries = sorted(QUERIES.glob("*.rq"))
        cls.expected = {q.name: json.loads(q.with_suffix(".expected.json").read_text(encoding="utf-8")) for q in cls.queries}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_there_are_at_least_fifteen_research_questions(self):
        self.assertGreaterEqual(len(self.queries), 15)
        for query in self.queries:
            expected = self.expected[query.name]
            self.assertTrue(expected["question"].strip(), query.name)
            self.assertTrue(expected["rows"], f"{query.name}: a question without any answer checks nothing")

    def test_rdflib_gives_the_expected_answers(self):
        graph = rdflib.Graph()
        graph.parse(self.turtle, format="turtle")
        for query in self.queries:
            with self.subTest(query=query.name):
                expected = self.expected[query.name]
                result = graph.query(query.read_text(encoding="utf-8"))
                variables = [str(v) for v in result.vars]
                self.assertEqual(variables, expected["columns"])
                rows = [["" if value is None else str(value) for value in row] for row in result]
                self.assertEqual(normalise(rows, expected["ordered"]),
                                 normalise(expected["rows"], expected["ordered"]))

    def test_oxigraph_gives_the_expected_answers(self):
        result = subprocess.run(["node", PEERS / "sparql-oxigraph.mjs", self.turtle, *self.queries],
                                capture_output=True, text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stderr)
        answers = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(len(answers), len(self.queries))
        for answer in answers:
            name = Path(answer["query"]).name
            with self.subTest(query=name):
                expected = self.expected[name]
                rows = [[row.get(column, "") for column in expected["columns"]] for row in answer["rows"]]
                self.assertEqual(normalise(rows, expected["ordered"]),
                                 normalise(expected["rows"], expected["ordered"]))


if __name__ == "__main__":
    unittest.main()

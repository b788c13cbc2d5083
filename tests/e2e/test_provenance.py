"""The export means exactly what the data says (issue 13's "done when"),
checked on the treaty data through the N-Quads as an independent strict
parser reads them:

- for every statement of the data, the footnotes reachable from its
  statement node, each with its scope, are exactly those its `cite` list
  names — no more (no merged citation nodes), no fewer;
- the direct ("truthy") triples are the best rank of every subject and
  property pair, as in Wikibase: preferred if any, else normal, never
  deprecated;
- the day bounds on dated nodes cover exactly the node's truthy dates."""

import json
import tempfile
import unittest
from collections import Counter, defaultdict
from pathlib import Path

from pgtest import SOURCE_DIR, read_nquads, run

DATA = SOURCE_DIR / "data"
BASE = "https://w3id.org/pactgraph/id/"
PG = "https://w3id.org/pactgraph/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"
FACTS = BASE + "graph/facts"
RANK = {"preferred": 0, "normal": 1, "deprecated": 2}


def load_data():
    citations, statements = {}, []
    for path in sorted(DATA.rglob("*.json")):
        if path.name == "schema.json":
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        citations.update({c["id"]: c for c in document.get("citations", [])})
        statements.extend(document.get("statements", []))
    return citations, statements


def cited(statement, citations):
    """(footnote or None, scope) of each cite entry, by the data README's rule."""
    out = []
    for entry in statement.get("cite", []):
        identifier, scope = (entry["id"], entry["scope"]) if isinstance(entry, dict) else (entry, None)
        footnote = citations[identifier].get("footnote")
        out.append((footnote, scope or ("sentence" if footnote else "article")))
    return frozenset(out)


def object_values(statement):
    """The rdf:object values a statement's object or value becomes (lexical forms)."""
    if "object" in statement:
        return frozenset({BASE + statement["object"]})
    value = statement["value"]
    if isinstance(value, dict):
        return frozenset(value.values())
    if isinstance(value, bool):
        return frozenset({"true" if value else "false"})
    return frozenset({str(value)})


class ProvenanceTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory(prefix="pactgraph-provenance-") as tmp:
            out = Path(tmp) / "out"
            run("build", DATA, "-o", out, "--quiet", check=True)
            cls.quads = read_nquads(out / "pactgraph.nq")
        cls.citations, cls.statements = load_data()
        cls.by_subject = defaultdict(lambda: defaultdict(list))
        for s, p, o, g in cls.quads:
            cls.by_subject[s[1]][p[1]].append(o)

    def values(self, node, predicate):
        return [term[1] for term in self.by_subject[node][predicate]]

    def test_every_statement_reaches_exactly_the_footnotes_it_cites(self):
        exported = Counter()
        for node, properties in self.by_subject.items():
            if not node.startswith(BASE + "statement/"):
                continue
            footnotes = []
            for derivation in self.values(node, PROV + "qualifiedDerivation"):
                (citation,) = self.values(derivation, PROV + "entity")
                self.assertIn(citation, self.values(node, PROV + "wasDerivedFrom"))
                numbers = self.values(citation, PG + "footnote")
                self.assertLessEqual(len(numbers), 1, f"{citation} carries several footnotes")
                (scope,) = self.values(derivation, PG + "citationScope")
                footnotes.append((int(numbers[0]) if numbers else None,
                                  scope.removeprefix(PG).removesuffix("Scope").lower()))
            self.assertEqual(len(footnotes), len(self.values(node, PROV + "wasDerivedFrom")))
            (subject,) = self.values(node, RDF + "subject")
            (predicate,) = self.values(node, RDF + "predicate")
            key = (subject, predicate, frozenset(self.values(node, RDF + "object")))
            exported[key, frozenset(footnotes)] += 1
        expected = Counter()
        for statement in self.statements:
            key = (BASE + statement["subject"], PG + statement["predicate"], object_values(statement))
            expected[key, cited(statement, self.citations)] += 1
        self.assertEqual(len(self.statements), 355)
        self.assertEqual(exported, expected)

    def test_direct_triples_are_the_best_rank_of_each_subject_and_property(self):
        best = {}
        for statement in self.statements:
            pair = (statement["subject"], statement["predicate"])
            best[pair] = min(best.get(pair, 2), RANK[statement.get("rank", "normal")])
        direct = {(s[1], p[1], o[1]) for s, p, o, g in self.quads if g == FACTS}
        checked = Counter()
        for statement in self.statements:
            pair = (statement["subject"], statement["predicate"])
            rank = RANK[statement.get("rank", "normal")]
            truthy = rank != 2 and rank == best[pair]
            for value in object_values(statement):
                with self.subTest(subject=pair[0], predicate=pair[1], value=value):
                    triple = (BASE + pair[0], PG + pair[1], value)
                    # A value may also be stated by another, truthy claim.
                    also_truthy = any(
                        (other["subject"], other["predicate"]) == pair and value in object_values(other)
                        and RANK[other.get("rank", "normal")] == best[pair] != 2 for other in self.statements)
                    self.assertEqual(triple in direct, truthy or also_truthy)
                    checked[truthy] += 1
        # The data has claims of both kinds, so the rule was really exercised.
        self.assertGreater(checked[False], 0)
        self.assertGreater(checked[True], 300)

    def test_dated_nodes_carry_the_first_and_last_day_of_their_truthy_dates(self):
        events = {s[1] for s, p, o, g in self.quads if p[1] == PG + "earliest" and g == FACTS}
        self.assertIn(BASE + "kmt-air-raids-1949-1950", events)
        self.assertEqual(self.values(BASE + "kmt-air-raids-1949-1950", PG + "earliest"), ["1949-10-01"])
        self.assertEqual(self.values(BASE + "kmt-air-raids-1949-1950", PG + "latest"), ["1950-02-28"])
        # The expiry's preferred date is the year 1979; the normal-rank day does not narrow it.
        self.assertEqual(self.values(BASE + "treaty-1950-expiry", PG + "earliest"), ["1979-01-01"])
        self.assertEqual(self.values(BASE + "treaty-1950-expiry", PG + "latest"), ["1979-12-31"])


if __name__ == "__main__":
    unittest.main()

"""`pactgraph import rdf`: an export back into data files. For the treaty
data and the test fixtures, every export (Turtle, TriG, N-Triples, N-Quads,
JSON-LD, inline context or a context reference) imports into data that builds to the same five files,
byte for byte (from N-Triples and N-Quads, whose language tags are lower
case, where the data writes tags in BCP 47's conventional case, as the
treaty data does; the tricky fixture's deliberately odd tags come back
exactly from Turtle, TriG and JSON-LD). RDF from elsewhere becomes nodes and
statements where the ontology has the terms; the rest is reported."""

import json
import shutil
import tempfile
import unittest
from pathlib import Path

from pgtest import SAMPLE, SOURCE_DIR, TempDirTestCase, run

DATA = SOURCE_DIR / "data"
TRICKY = SOURCE_DIR / "tests" / "fixtures" / "tricky"
WIKIBASE = SOURCE_DIR / "tests" / "fixtures" / "wikibase" / "sandbox-statements.ttl"
FORMATS = ("ttl", "nt", "trig", "nq", "jsonld")


class RoundTripTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="pactgraph-rdf-import-"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def round_trip(self, name, data, source_format):
        original = self.tmp / name / "original"
        if not original.exists():
            run("build", data, "-o", original, "-q", check=True)
        imported = self.tmp / name / f"imported-{source_format}"
        result = run("import", "rdf", original / f"pactgraph.{source_format}", "-o", imported)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("left out", result.stderr)
        rebuilt = self.tmp / name / f"rebuilt-{source_format}"
        run("build", imported, "-o", rebuilt, "-q", check=True)
        return {f: (original / f"pactgraph.{f}").read_bytes() == (rebuilt / f"pactgraph.{f}").read_bytes()
                for f in FORMATS}

    def test_treaty_data_from_every_format(self):
        for source_format in FORMATS:
            with self.subTest(source_format=source_format):
                same = self.round_trip("treaty", DATA, source_format)
                self.assertEqual(same, {f: True for f in FORMATS})

    def test_fixtures(self):
        for source_format in FORMATS:
            with self.subTest(source_format=source_format):
                self.assertEqual(self.round_trip("sample", SAMPLE, source_format), {f: True for f in FORMATS})
        for source_format in ("ttl", "trig", "jsonld"):
            with self.subTest(tricky=source_format):
                self.assertEqual(self.round_trip("tricky", TRICKY, source_format), {f: True for f in FORMATS})
        for source_format in ("nt", "nq"):
            with self.subTest(tricky=source_format):
                same = self.round_trip("tricky", TRICKY, source_format)
                self.assertTrue(same["nt"] and same["nq"], same)


class ForeignRdfTest(TempDirTestCase):
    def test_plain_triples_become_statements_and_the_rest_is_reported(self):
        source = self.tmp / "foreign.ttl"
        source.write_text("""
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix id: <https://w3id.org/pactgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
id:talks a pg:Meeting ; rdfs:label "Talks"@en ; pg:participant id:mao ; foaf:topic "x" .
id:mao a pg:Person ; rdfs:label "Mao Zedong"@en ; pg:wikidata "Q5816" .
<http://example.org/other> a foaf:Person ; foaf:name "Someone" .
""", encoding="utf-8")
        out = self.tmp / "out"
        result = run("import", "rdf", source, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("note: left out: 1 node triples with predicates outside the ontology (<http://xmlns.com/foaf/0.1/topic> …)",
                      result.stderr)
        self.assertIn("note: left out: 2 triples about resources without a class of the ontology", result.stderr)
        statements = json.loads((out / "statements.json").read_text(encoding="utf-8"))["statements"]
        self.assertEqual(statements, [{"subject": "talks", "predicate": "participant", "object": "mao",
                                       "cite": ["rdf-import"]}])
        nodes = {n["id"]: n for n in json.loads((out / "nodes.json").read_text(encoding="utf-8"))["nodes"]}
        self.assertEqual(nodes["mao"]["props"], {"wikidata": "Q5816"})
        self.assertEqual(nodes["rdf-import-source"]["props"], {"title": "foreign.ttl"})
        self.assertEqual(run("validate", out).returncode, 0)

    def test_what_the_data_cannot_hold_is_refused(self):
        source = self.tmp / "bad.ttl"
        source.write_text("""
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix id: <https://w3id.org/pactgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:moscow a pg:Place ; rdfs:label "Moscow"@en .
id:talks a pg:Meeting ; rdfs:label "Talks"@en ; pg:participant id:moscow .
""", encoding="utf-8")
        out = self.tmp / "out"
        result = run("import", "rdf", source, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[ontology.range]", result.stderr)
        self.assertFalse(out.exists())

    def test_wikidata_statements_with_references(self):
        out = self.tmp / "out"
        result = run("import", "rdf", WIKIBASE, "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        for note in ("1 Wikibase statements of properties the ontology does not align (P17 …)",
                     "1 Wikibase items without a class the ontology aligns (Q148 …)",
                     "1 Wikibase item triples the data has no place for (http://schema.org/version …)"):
            self.assertIn("note: left out: " + note, result.stderr)
        nodes = {n["id"]: n for n in json.loads((out / "nodes.json").read_text(encoding="utf-8"))["nodes"]}
        self.assertEqual(nodes["q4115189"]["type"], "Treaty")  # P31 Q131569, through the ontology
        self.assertEqual(nodes["q4115189"]["label"], {"en": "Sandbox treaty", "ru": "Договор-песочница"})
        self.assertEqual(nodes["q855"]["type"], "Person")
        self.assertEqual(nodes["q15397819"]["type"], "Book")
        self.assertEqual(nodes["q13406268"]["type"], "Source")  # a stated-in item without an aligned class
        citations = {c["id"]: c for c in json.loads((out / "citations.json").read_text(encoding="utf-8"))["citations"]}
        self.assertEqual(citations["fn-19"], {"id": "fn-19", "source": "q15397819", "pages": "72", "footnote": 19})
        statements = json.loads((out / "statements.json").read_text(encoding="utf-8"))["statements"]
        self.assertIn({"subject": "q4115189", "predicate": "signatory", "object": "q855", "qualifiers": {"ordinal": "1"},
                       "cite": ["fn-19", "fn-30"]}, statements)
        self.assertIn({"subject": "q4115189", "predicate": "date", "value": "1950-02-14", "rank": "preferred",
                       "cite": ["fn-19"]}, statements)
        self.assertIn({"subject": "q4115189", "predicate": "startDate", "value": "1950-01", "cite": ["fn-30"]},
                      statements)  # month precision
        self.assertIn({"subject": "q4115189", "predicate": "signatory", "object": "q5816", "cite": ["rdf-import"]},
                      statements)  # no reference
        self.assertEqual(run("validate", out).returncode, 0)

    def test_jsonld_with_a_context_reference(self):
        """An export written with --jsonld-context refers to the ontology's
        context, which import reads as the generated one (nothing fetched)."""
        original = self.tmp / "original.jsonld"
        run("export", DATA, "-f", "jsonld", "--jsonld-context", "https://example.org/context.jsonld", "-o", original,
            check=True)
        self.assertEqual(json.loads(original.read_text(encoding="utf-8"))["@context"],
                         "https://example.org/context.jsonld")
        imported = self.tmp / "imported"
        result = run("import", "rdf", original, "-o", imported)
        self.assertEqual(result.returncode, 0, result.stderr)
        run("build", DATA, "-o", self.tmp / "a", "-q", check=True)
        run("build", imported, "-o", self.tmp / "b", "-q", check=True)
        for f in FORMATS:
            self.assertEqual((self.tmp / "a" / f"pactgraph.{f}").read_bytes(),
                             (self.tmp / "b" / f"pactgraph.{f}").read_bytes(), f)

    def test_bad_input(self):
        unknown = self.tmp / "x.rdf"
        unknown.write_text("<rdf:RDF/>", encoding="utf-8")
        result = run("import", "rdf", unknown, "-o", self.tmp / "o")
        self.assertEqual(result.returncode, 2)
        self.assertIn("error[usage.rdf-format]", result.stderr)
        # JSON-LD outside the subset the reader takes is refused where it stands, not dropped.
        for document, where in (('{"@context": {"@vocab": "http://example.org/"}, "@id": "http://a", "b": "c"}',
                                 "x.jsonld: /@context: "),
                                ('{"@id": "http://a", "http://b": {"@list": ["c"]}}', "x.jsonld: /http:~1~1b: "),
                                ('{"@id": "http://a", "b": "c"}', "x.jsonld: /b: "),
                                ('{"@id": "http://a",', "x.jsonld: ")):
            with self.subTest(document=document):
                jsonld = self.tmp / "x.jsonld"
                jsonld.write_text(document, encoding="utf-8")
                result = run("import", "rdf", jsonld, "-o", self.tmp / "o")
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertIn("error[rdf.syntax]: " + str(jsonld.parent) + "/" + where, result.stderr)
                self.assertFalse((self.tmp / "o").exists())
        broken = self.tmp / "x.nq"
        broken.write_text("<a> <b> .\n", encoding="utf-8")
        result = run("import", "rdf", broken, "-o", self.tmp / "o")
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[rdf.syntax]", result.stderr)


if __name__ == "__main__":
    unittest.main()

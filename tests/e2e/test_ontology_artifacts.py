"""Files generated from the ontology: they match it (no drift), and
independent engines use them — SHACL (rdf-validate-shacl) on the export,
the JSON-LD context with jsonld.js, the JSON Schema with Ajv."""

import json
import re
import unittest

from pgtest import PEERS, SAMPLE, SOURCE_DIR, TempDirTestCase, parse_nquads, read_nquads, run, tool
from test_bad_input import CASES

import subprocess

SHAPES = SOURCE_DIR / "ontology" / "shapes.ttl"
CONTEXT = SOURCE_DIR / "ontology" / "context.jsonld"
SCHEMA = SOURCE_DIR / "data" / "schema.json"

# Bad-input cases a JSON Schema cannot see, and why. Every other case must be
# rejected by data/schema.json as well as by the loader.
SCHEMA_BLIND = {
    "duplicate key": "JSON parsers keep the last value; only pactgraph's loader sees both",
    "reference to an unknown id": "references span files",
    "duplicate id": "uniqueness spans files",
    "date that is not a date": "a regular expression does not know month lengths",
    "citation of an unknown footnote": "references span files",
    "range violation": "the object's type is defined in another record",
    "footnote beyond 64 bits": "JSON.parse turns it into a float that is still an integer to JavaScript",
    "lone surrogate escape": "JSON.parse accepts lone surrogate escapes",
    "one language in two cases": "a schema cannot compare property names ignoring case",
    "footnote claimed by two citations": "uniqueness of a member across records spans files",
    "place located in itself": "a schema cannot compare a value with the record's id",
    "events part of each other": "the links of a cycle span records and files",
    "claim that ends before it begins": "a regular expression cannot compare two dates",
}


def shacl(shapes, data):
    return subprocess.run(["node", PEERS / "shacl-validate.mjs", shapes, data], capture_output=True, text=True,
                          timeout=300)


class OntologyArtifactsTest(TempDirTestCase):
    def test_generated_files_match_the_ontology(self):
        paths = {"shapes": self.tmp / "shapes.ttl", "context": self.tmp / "context.jsonld",
                 "json-schema": self.tmp / "schema.json"}
        run("generate", *[arg for name, path in paths.items() for arg in (f"--{name}", path)], check=True)
        for generated, committed in ((paths["shapes"], SHAPES), (paths["context"], CONTEXT),
                                     (paths["json-schema"], SCHEMA)):
            with self.subTest(file=committed.name):
                self.assertEqual(generated.read_bytes(), committed.read_bytes(),
                                 f"{committed} is stale: run `build/pactgraph generate` and commit the result")

    def export(self):
        out = self.tmp / "out"
        run("build", SAMPLE, "-o", out, check=True)
        return out

    def test_export_conforms_to_the_shapes(self):
        result = shacl(SHAPES, self.export() / "pactgraph.nq")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("conforms", result.stdout)

    def test_treaty_export_conforms_to_the_shapes(self):
        out = self.tmp / "treaty"
        run("build", SOURCE_DIR / "data", "-o", out, check=True)
        result = shacl(SHAPES, out / "pactgraph.nq")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_treaty_data_files_satisfy_the_json_schema(self):
        files = sorted((SOURCE_DIR / "data").rglob("*.json"))
        files = [f for f in files if f.name != "schema.json"]
        self.assertGreater(len(files), 5)
        result = subprocess.run(["node", PEERS / "json-schema-validate.mjs", SCHEMA, *files], capture_output=True,
                                text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_broken_exports_violate_the_shapes(self):
        nquads = (self.export() / "pactgraph.nq").read_text(encoding="utf-8")
        pg = "https://w3id.org/pactgraph/ontology#"
        base = "https://w3id.org/pactgraph/id/"
        breakages = {
            "a node without label": (
                lambda text: "\n".join(l for l in text.split("\n")
                                       if not (l.startswith(f"<{base}mao-zedong> <http://www.w3.org/2000/01/rdf-schema#label>"))),
                "rdf-schema#label"),
            "a place as participant": (
                lambda text: text.replace(f"<{pg}participant> <{base}shi-zhe>", f"<{pg}participant> <{base}kremlin>"),
                "participant"),
            "a claim stripped of its citations": (
                lambda text: "\n".join(l for l in text.split("\n") if "prov#wasDerivedFrom" not in l),
                "OrConstraintComponent"),
            "a date as a plain string": (
                lambda text: text.replace('"1950-02-14"^^<http://www.w3.org/2001/XMLSchema#date>', '"14 February 1950"'),
                "date"),
        }
        for name, (breakage, evidence) in breakages.items():
            with self.subTest(breakage=name):
                broken = breakage(nquads)
                self.assertNotEqual(broken, nquads, "the breakage must change the export")
                path = self.tmp / "broken.nq"
                path.write_text(broken, encoding="utf-8")
                result = shacl(SHAPES, path)
                self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
                self.assertIn(evidence, result.stdout)

    def test_context_compacts_and_expands_to_the_same_dataset(self):
        out = self.export()
        compacted = self.tmp / "compacted.jsonld"
        roundtrip = tool("node", PEERS / "jsonld-compact-roundtrip.mjs", out / "pactgraph.jsonld", CONTEXT, compacted)
        self.assertEqual(parse_nquads(roundtrip), read_nquads(out / "pactgraph.nq"))
        # The context does its job: short names in the compacted document.
        text = compacted.read_text(encoding="utf-8")
        self.assertIn('"participant"', text)
        self.assertIn('"label"', text)

    def test_json_schema_accepts_valid_files(self):
        files = sorted(SAMPLE.glob("*.json"))
        result = subprocess.run(["node", PEERS / "json-schema-validate.mjs", SCHEMA, *files], capture_output=True,
                                text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_json_schema_rejects_what_the_loader_rejects(self):
        self.assertTrue(set(SCHEMA_BLIND) <= set(CASES))
        for name, (contents, error_id, *_rest) in CASES.items():
            with self.subTest(case=name):
                data = self.tmp / f"case-{len(list(self.tmp.iterdir()))}"
                data.mkdir()
                bad = data / "bad.json"
                bad.write_bytes(contents if isinstance(contents, bytes) else contents.encode("utf-8"))
                loader = run("validate", SAMPLE, data)
                self.assertEqual(loader.returncode, 1, f"the loader must reject {name}")
                self.assertIn(f"error[{error_id}]", loader.stderr)
                schema = subprocess.run(["node", PEERS / "json-schema-validate.mjs", SCHEMA, bad], capture_output=True,
                                        text=True, timeout=300)
                report = json.loads(schema.stdout.strip().splitlines()[-1])
                if name in SCHEMA_BLIND:
                    self.assertTrue(report["valid"], f"{name}: expected the schema to be blind ({SCHEMA_BLIND[name]})")
                else:
                    self.assertFalse(report["valid"], f"{name}: data/schema.json accepted a file the loader rejects")


if __name__ == "__main__":
    unittest.main()

"""`pactgraph package`: the release package of the treaty data, checked by
independent tools — serdi reads the VoID and DCAT Turtle, rdf-validate-shacl
checks them against shapes of our own (tests/fixtures/package), the
ro-crate package validates the RO-Crate (root Dataset, required
properties, every file described), PyYAML reads CITATION.cff; the VoID
figures are recounted from the N-Quads, the DCAT sizes and SHA-256 sums from
the files. The metadata's mistakes are validator diagnostics."""

import hashlib
import json
import shutil
import subprocess
import unittest

import yaml

from pgtest import PEERS, SOURCE_DIR, TempDirTestCase, parse_nquads, run, tool

DATA = SOURCE_DIR / "data"
SHAPES = SOURCE_DIR / "tests" / "fixtures" / "package" / "release.shapes.ttl"
BASE = "https://w3id.org/pactgraph/id/"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SPDX = "http://spdx.org/rdf/terms#"
FILES = {"pactgraph.ttl", "pactgraph.nt", "pactgraph.trig", "pactgraph.nq", "pactgraph.jsonld", "void.ttl", "dcat.ttl",
         "ro-crate-metadata.json", "ro-crate-preview.html", "CITATION.cff"}


class PackageTest(TempDirTestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile
        from pathlib import Path
        cls.out = Path(tempfile.mkdtemp(prefix="pactgraph-package-"))
        result = run("package", DATA, "-o", cls.out)
        assert result.returncode == 0, result.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def triples(self, name):
        return parse_nquads(tool("serdi", "-i", "turtle", "-o", "ntriples", self.out / name))

    def test_files(self):
        self.assertEqual({p.name for p in self.out.iterdir()}, FILES)
        # The exports are the build's.
        build = self.tmp / "build"
        run("build", DATA, "-o", build, "-q", check=True)
        for name in ("pactgraph.ttl", "pactgraph.nq", "pactgraph.jsonld"):
            self.assertEqual((self.out / name).read_bytes(), (build / name).read_bytes(), name)

    def test_void_and_dcat_conform_to_the_shapes(self):
        for name in ("void.ttl", "dcat.ttl"):
            result = tool("node", PEERS / "shacl-validate.mjs", SHAPES, self.out / name)
            self.assertIn("conforms", result, name)

    def test_void_figures_match_a_recount(self):
        quads = parse_nquads((self.out / "pactgraph.nq").read_text(encoding="utf-8"))
        void = self.triples("void.ttl")

        def value(subject, predicate):
            found = [o for s, p, o, _ in void if s == ("iri", subject) and p == ("iri", VOID + predicate)]
            self.assertEqual(len(found), 1, (subject, predicate))
            return int(found[0][1])

        union = {(s, p, o) for s, p, o, _ in quads}
        self.assertEqual(value(BASE + "dataset", "triples"), len(union))
        self.assertEqual(value(BASE + "dataset", "distinctSubjects"), len({s for s, _, _ in union}))
        self.assertEqual(value(BASE + "dataset", "entities"),
                         len({s for s, _, _ in union if s[1].startswith(BASE)}))
        self.assertEqual(value(BASE + "dataset", "properties"), len({p for _, p, _ in union}))
        for graph in ("facts", "provenance", "ontology"):
            in_graph = [q for q in quads if q[3] == BASE + "graph/" + graph]
            self.assertEqual(value(BASE + "dataset/graph/" + graph, "triples"), len(in_graph), graph)
        exact = [q for q in union if q[1] == ("iri", "http://www.w3.org/2004/02/skos/core#exactMatch")]
        linksets = [s for s, p, o, _ in void if p == ("iri", VOID + "linkPredicate")
                    and o == ("iri", "http://www.w3.org/2004/02/skos/core#exactMatch")]
        self.assertEqual(value(linksets[0][1], "triples"), len(exact))

    def test_dcat_sizes_and_checksums(self):
        dcat = self.triples("dcat.ttl")
        for name in ("pactgraph.ttl", "pactgraph.nt", "pactgraph.trig", "pactgraph.nq", "pactgraph.jsonld"):
            distribution = ("iri", BASE + "dataset/distribution/" + name)
            size = [o[1] for s, p, o, _ in dcat if s == distribution and p == ("iri", DCAT + "byteSize")]
            self.assertEqual(size, [str((self.out / name).stat().st_size)], name)
            checksum = [o[1] for s, p, o, _ in dcat if s == ("iri", distribution[1] + "/sha256")
                        and p == ("iri", SPDX + "checksumValue")]
            self.assertEqual(checksum, [hashlib.sha256((self.out / name).read_bytes()).hexdigest()], name)

    def test_ro_crate_validates(self):
        result = tool("node", PEERS / "ro-crate-validate.mjs", self.out)
        report = json.loads(result.strip().splitlines()[-1])
        self.assertEqual(report["errors"], [])
        # Offline, the validator cannot fetch the context: its only warnings say so.
        self.assertEqual({w["id"] for w in report["warnings"]} - {"contextUrlNotFound", "hasContext"}, set())
        self.assertTrue(all(f["inCrate"] for f in report["files"].values()), report["files"])
        crate = json.loads((self.out / "ro-crate-metadata.json").read_text(encoding="utf-8"))
        files = {e["@id"]: e for e in crate["@graph"] if e.get("@type") == "File"}
        self.assertEqual(files["ro-crate-preview.html"]["sha256"],
                         hashlib.sha256((self.out / "ro-crate-preview.html").read_bytes()).hexdigest())
        self.assertIn("<html", (self.out / "ro-crate-preview.html").read_text(encoding="utf-8")[:200].lower())

    def test_citation_cff(self):
        cff = yaml.safe_load((self.out / "CITATION.cff").read_text(encoding="utf-8"))
        self.assertEqual(cff["cff-version"], "1.2.0")
        self.assertEqual(cff["type"], "dataset")
        self.assertEqual(cff["license"], "CC-BY-4.0")
        self.assertEqual(cff["version"], "0.1.0")
        self.assertEqual(str(cff["date-released"]), "2026-11-29")
        self.assertEqual(cff["authors"], [{"name": "pactgraph contributors"}])
        for key in ("message", "title", "abstract"):
            self.assertTrue(cff[key])

    def test_the_validators_catch_a_broken_package(self):
        """The checks above can fail: the shapes find a VoID dataset without
        its triple count and a DCAT dataset without a licence, and the
        RO-Crate validator a root dataset without name and licence."""
        broken = self.tmp / "broken"
        shutil.copytree(self.out, broken)
        for name, cut in (("void.ttl", VOID + "triples"), ("dcat.ttl", "http://purl.org/dc/terms/license")):
            lines = tool("serdi", "-i", "turtle", "-o", "ntriples", self.out / name).splitlines()
            kept = [line for line in lines if f" <{cut}> " not in line]
            self.assertLess(len(kept), len(lines), cut)
            (broken / (name + ".nt")).write_text("\n".join(kept) + "\n", encoding="utf-8")
            result = subprocess.run(["node", PEERS / "shacl-validate.mjs", SHAPES, broken / (name + ".nt")],
                                    capture_output=True, text=True, timeout=300)
            self.assertEqual(result.returncode, 1, name + ": " + result.stdout + result.stderr)
            self.assertIn("violations:", result.stdout)
            self.assertIn(f" {cut}: ", result.stdout)
            (broken / (name + ".nt")).unlink()
        crate = json.loads((broken / "ro-crate-metadata.json").read_text(encoding="utf-8"))
        root = next(e for e in crate["@graph"] if e["@id"] == "./")
        del root["name"], root["license"]
        (broken / "ro-crate-metadata.json").write_text(json.dumps(crate), encoding="utf-8")
        result = subprocess.run(["node", PEERS / "ro-crate-validate.mjs", broken], capture_output=True, text=True,
                                timeout=300)
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertTrue(json.loads(result.stdout.strip().splitlines()[-1])["errors"])

    def test_deterministic(self):
        again = self.tmp / "again"
        run("package", DATA, "-o", again, "-q", check=True)
        for name in FILES:
            self.assertEqual((again / name).read_bytes(), (self.out / name).read_bytes(), name)


class MetadataTest(TempDirTestCase):
    def write(self, dataset):
        directory = self.tmp / "data"
        shutil.copytree(DATA, directory)
        (directory / "dataset.json").write_text(json.dumps({"dataset": dataset}), encoding="utf-8")
        return directory

    def test_mistakes_are_diagnostics(self):
        directory = self.write({"title": "T", "description": "D", "version": " ", "license": "CC BY 4.0",
                                "released": "2026-11", "creators": [{"given": "Zedong"},
                                                                    {"family": "Mao", "orcid": "https://orcid.org/0000-0002-1825-0098"}],
                                "downloadUrl": "https://example.org/files"})
        result = run("validate", directory)
        self.assertEqual(result.returncode, 1)
        errors = [line for line in result.stderr.splitlines() if "error[" in line]
        self.assertEqual(len(errors), 6, result.stderr)
        self.assertTrue(all("error[data.bad-dataset]" in line for line in errors), errors)
        self.assertIn("not an SPDX license identifier", result.stderr)
        self.assertIn("not an ORCID iD with a valid check digit", result.stderr)

    def test_a_valid_orcid_and_two_sections(self):
        directory = self.write({"title": "T", "description": "D", "version": "1", "license": "CC0-1.0",
                                "released": "2026-11-29",
                                "creators": [{"family": "Carberry", "given": "Josiah",
                                              "orcid": "https://orcid.org/0000-0002-1825-0097"}]})
        self.assertEqual(run("validate", directory).returncode, 0)
        (directory / "more.json").write_text(json.dumps({"dataset": {"title": "x"}}), encoding="utf-8")
        result = run("validate", directory)
        self.assertIn("error[data.duplicate-dataset]", result.stderr)

    def test_package_needs_metadata(self):
        out = self.tmp / "out"
        result = run("package", SOURCE_DIR / "tests" / "fixtures" / "sample", "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[package.no-metadata]", result.stderr)
        self.assertFalse(out.exists())


if __name__ == "__main__":
    unittest.main()

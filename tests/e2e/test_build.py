"""`pactgraph build`: every format it writes is read by independent
implementations, and all of them describe the same graph."""

import json
import shutil
import unittest

from pgtest import (SAMPLE, SOURCE_DIR, TempDirTestCase, read_nquads, read_with_jsonld_js, read_with_rapper, read_with_rdflib,
                    read_with_serdi, run, triples)

FORMATS = {
    # file extension: (serdi/rapper syntax, rdflib format or None, has graphs).
    # rdflib does not read N-Triples/N-Quads here: its parser mis-decodes
    # "\\b" (see pgtest.parse_nquads); serdi and rapper read them.
    "ttl": ("turtle", "turtle", False),
    "nt": ("ntriples", None, False),
    "trig": ("trig", "trig", True),
    "nq": ("nquads", None, True),
}


class BuildTest(TempDirTestCase):
    def build(self, *data, out=None):
        out = out or self.tmp / "out"
        result = run("build", *data, "-o", out, check=True)
        return out, result

    def test_writes_every_format_and_independent_parsers_agree(self):
        self.check_parsers_agree(SAMPLE)

    def test_treaty_dataset_export_is_read_alike_by_every_parser(self):
        self.check_parsers_agree(SOURCE_DIR / "data")

    def test_tricky_content_is_read_alike_by_every_parser(self):
        """Quotes, backslashes, line breaks, controls, triple quotes, emoji,
        right-to-left text, combining characters, 20,000-character strings,
        ids starting with digits, numbers beyond 64 bits, mixed-case tags."""
        self.check_parsers_agree(SOURCE_DIR / "tests" / "fixtures" / "tricky")

    def check_parsers_agree(self, data):
        out, _ = self.build(data)
        reference = read_nquads(out / "pactgraph.nq")
        self.assertGreater(len(reference), 50)
        self.assertTrue(all(g is not None for *_rest, g in reference), "every quad is in a named graph")
        for extension, (syntax, rdflib_format, has_graphs) in FORMATS.items():
            path = out / f"pactgraph.{extension}"
            expected = reference if has_graphs else triples(reference)
            with self.subTest(file=path.name, reader="serdi"):
                self.assertEqual(read_with_serdi(path, syntax), expected)
            with self.subTest(file=path.name, reader="rapper"):
                self.assertEqual(read_with_rapper(path, syntax), expected)
            if rdflib_format:
                with self.subTest(file=path.name, reader="rdflib"):
                    self.assertEqual(read_with_rdflib(path, rdflib_format), expected)
        jsonld = out / "pactgraph.jsonld"
        with self.subTest(file=jsonld.name, reader="jsonld.js (safe mode)"):
            self.assertEqual(read_with_jsonld_js(jsonld), reference)
        with self.subTest(file=jsonld.name, reader="rdflib"):
            self.assertEqual(read_with_rdflib(jsonld, "json-ld"), reference)

    def test_nanopublication_encoding_is_read_alike_by_every_parser(self):
        out, _ = self.build(SAMPLE, "--provenance", "nanopub", "--materialize", "crm,sem,schema")
        reference = read_nquads(out / "pactgraph.nq")
        graphs = {g for *_rest, g in reference}
        self.assertGreater(len([g for g in graphs if g.endswith("/assertion")]), 10)
        self.assertEqual(read_with_serdi(out / "pactgraph.trig", "trig"), reference)
        self.assertEqual(read_with_rapper(out / "pactgraph.trig", "trig"), reference)
        self.assertEqual(read_with_jsonld_js(out / "pactgraph.jsonld"), reference)
        rdf_type = ("iri", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        self.assertIn((("iri", "https://w3id.org/pactgraph/id/mao-zedong"), rdf_type,
                       ("iri", "http://www.cidoc-crm.org/cidoc-crm/E21_Person"), "https://w3id.org/pactgraph/id/graph/facts"),
                      reference)
        sem_actor = ("iri", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")
        self.assertTrue(any(p == sem_actor and g.endswith("/assertion") for _s, p, _o, g in reference))

    def test_build_twice_gives_byte_identical_files(self):
        first, _ = self.build(SAMPLE, out=self.tmp / "a")
        second, _ = self.build(SAMPLE, out=self.tmp / "b")
        self.assertEqual(self.snapshot(first), self.snapshot(second))
        self.assertEqual(len(self.snapshot(first)), 5)

    def test_order_and_split_of_input_files_do_not_matter(self):
        files = sorted(SAMPLE.glob("*.json"))
        forward, _ = self.build(*files, out=self.tmp / "forward")
        backward, _ = self.build(*reversed(files), out=self.tmp / "backward")
        # The same records, split differently: every section of every file
        # ("nodes", "statements", "citations") in a file of its own.
        split = self.tmp / "split"
        split.mkdir()
        sections = 0
        for index, path in enumerate(files):
            for key, records in json.loads(path.read_text(encoding="utf-8")).items():
                (split / f"{9 - index}-{key}-{path.name}").write_text(json.dumps({key: records}), encoding="utf-8")
                sections += 1
        self.assertGreater(sections, len(files), "the sample must have a file with several sections to split")
        resplit, _ = self.build(split, out=self.tmp / "resplit")
        self.assertEqual(self.snapshot(forward), self.snapshot(backward))
        self.assertEqual(self.snapshot(forward), self.snapshot(resplit))

    def test_summary_reports_counts_and_files(self):
        out, result = self.build(SAMPLE)
        self.assertIn("built the knowledge graph from 3 data files", result.stdout)
        self.assertRegex(result.stdout, r"Person\s+3")
        self.assertRegex(result.stdout, r"statements\s+11")
        self.assertRegex(result.stdout, r"citations\s+3")
        for extension in ("ttl", "nt", "trig", "nq", "jsonld"):
            self.assertIn(f"pactgraph.{extension}", result.stdout)

    def test_export_writes_one_format_identical_to_build(self):
        out, _ = self.build(SAMPLE)
        for fmt, extension in (("turtle", "ttl"), ("ntriples", "nt"), ("nquads", "nq"), ("trig", "trig"),
                               ("jsonld", "jsonld")):
            with self.subTest(format=fmt):
                to_stdout = run("export", SAMPLE, "--format", fmt, check=True).stdout
                self.assertEqual(to_stdout, (out / f"pactgraph.{extension}").read_text(encoding="utf-8"))
                target = self.tmp / f"one.{extension}"
                run("export", SAMPLE, "-f", fmt, "-o", target, check=True)
                self.assertEqual(target.read_bytes(), (out / f"pactgraph.{extension}").read_bytes())

    def test_base_iri_option_mints_iris_under_it(self):
        out, _ = self.build(SAMPLE, "--base", "https://example.org/kg/")
        quads = read_nquads(out / "pactgraph.nq")
        subjects = {s[1] for s, _p, _o, _g in quads}
        self.assertIn("https://example.org/kg/mao-zedong", subjects)
        self.assertFalse(any(s.startswith("https://w3id.org/pactgraph/id/") for s in subjects))

    def test_labels_carry_languages_and_dates_their_precision(self):
        out, _ = self.build(SAMPLE)
        quads = read_nquads(out / "pactgraph.nq")
        label = ("iri", "http://www.w3.org/2000/01/rdf-schema#label")
        mao = ("iri", "https://w3id.org/pactgraph/id/mao-zedong")
        languages = {o[3] for s, p, o, _g in quads if s == mao and p == label}
        self.assertEqual(languages, {"en", "zh-hans", "zh-hant", "zh-latn-pinyin"})
        date = ("iri", "https://w3id.org/pactgraph/ontology#date")
        dates = {o[1:3] for _s, p, o, _g in quads if p == date}
        self.assertIn(("1950-01-22", "http://www.w3.org/2001/XMLSchema#date"), dates)
        # Every named node has a label (statement and qualified-derivation
        # nodes are unlabelled by design: rdf/Dataset.h).
        typed = {s for s, p, _o, _g in quads if p[1] == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                 and not s[1].split("/")[-2] in ("statement", "derivation")}
        labelled = {s for s, p, _o, _g in quads if p == label}
        self.assertEqual(typed - labelled, set())


if __name__ == "__main__":
    unittest.main()

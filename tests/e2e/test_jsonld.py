"""JSON-LD for JSON users: the export follows the context generated from the
ontology (ontology/context.jsonld) — terms as keys, plain strings and JSON
numbers where that is lossless, language maps — and jsonld.js agrees: it
frames the treaty with its articles through a reverse term, compacting the
export with the context changes nothing, and toRDF gives our N-Quads."""

import json
import subprocess
import unittest

from pgtest import (PEERS, SAMPLE, SOURCE_DIR, TempDirTestCase, parse_nquads, read_nquads, read_with_rdflib, run,
                    tool)

CONTEXT = SOURCE_DIR / "ontology" / "context.jsonld"
TREATY = "https://w3id.org/pactgraph/id/treaty-1950"
TRICKY = SOURCE_DIR / "tests" / "fixtures" / "tricky"
KEYWORDS = {"@id", "@type", "@graph", "@value", "@language", "@context"}


def context():
    return json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]


def nodes(document):
    """(graph id, node object) of every node object of an export."""
    for item in document["@graph"]:
        if "@graph" in item:
            for node in item["@graph"]:
                yield item["@id"], node
        else:
            yield None, item


def as_list(value):
    return value if isinstance(value, list) else [value]


def lowercase_languages(value, language_maps, key=None):
    """`value` with language tags lowercased (jsonld.js lowercases them)."""
    if isinstance(value, list):
        return [lowercase_languages(v, language_maps, key) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: (v.lower() if k == "@language" else lowercase_languages(v, language_maps, k)) for k, v in value.items()}
    return {k.lower(): v for k, v in out.items()} if key in language_maps else out


class JsonLdTest(TempDirTestCase):
    def build(self, data, *options):
        out = self.tmp / f"out-{len(list(self.tmp.iterdir()))}"
        run("build", data, "-o", out, *options, check=True)
        return out

    def test_frames_the_1950_treaty_with_its_articles_and_their_citations(self):
        out = self.build(SOURCE_DIR / "data")
        # The treaty; its articles through the reverse term `articles`
        # (@reverse pg:articleOf); each article's claims through `statements`
        # (@reverse rdf:subject) with the citations they were derived from.
        frame = {"@context": context(), "@id": TREATY,
                 "articles": {"statements": {"@explicit": True,
                                             "predicate": {"@embed": "@never"},
                                             "object": {"@embed": "@never"},
                                             "wasDerivedFrom": {"source": {"@embed": "@never"}}}}}
        frame_path = self.tmp / "frame.jsonld"
        frame_path.write_text(json.dumps(frame), encoding="utf-8")
        framed = json.loads(tool("node", PEERS / "jsonld-frame.mjs", out / "pactgraph.jsonld", frame_path))

        self.assertEqual(framed["@id"], TREATY)
        self.assertEqual(framed["@type"], "Treaty")
        self.assertEqual(framed["label"]["en"], "Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance")
        articles = framed["articles"]
        self.assertEqual(sorted(a["articleNumber"] for a in articles), [1, 2, 3, 4, 5, 6])
        self.assertTrue(all(type(a["articleNumber"]) is int for a in articles), "article numbers are JSON numbers")
        self.assertTrue(all(a["articleOf"] == TREATY for a in articles))
        citations = [c for a in articles for s in as_list(a.get("statements", []))
                     for c in as_list(s["wasDerivedFrom"]) if isinstance(c, dict) and "footnote" in c]
        self.assertGreater(len(citations), 0, "at least one article claim with an embedded citation")
        for citation in citations:
            self.assertIs(type(citation["footnote"]), int)
            self.assertTrue(citation["source"].startswith("https://w3id.org/pactgraph/id/"))
            self.assertEqual(citation["@type"], "Citation")
        statement = as_list(articles[0]["statements"])[0]
        self.assertTrue(statement["predicate"].startswith("pg:"), statement["predicate"])

    def test_export_equals_its_compaction_with_the_context(self):
        """What the writer writes is what jsonld.js writes when it compacts
        the export with the same context (language tags aside: jsonld.js
        lowercases them), and it reads back as our N-Quads (jsonld.js and
        rdflib)."""
        language_maps = {t for t, d in context().items() if isinstance(d, dict) and d.get("@container") == "@language"}
        for name, data, options in (("treaty", SOURCE_DIR / "data", ()), ("sample", SAMPLE, ()),
                                    ("tricky", TRICKY, ()),
                                    ("nanopub", SAMPLE, ("--provenance", "nanopub", "--materialize", "crm,sem,schema"))):
            with self.subTest(data=name):
                out = self.build(data, *options)
                compacted = self.tmp / f"{name}-compacted.jsonld"
                nquads = tool("node", PEERS / "jsonld-compact-roundtrip.mjs", out / "pactgraph.jsonld", CONTEXT, compacted)
                reference = read_nquads(out / "pactgraph.nq")
                self.assertEqual(parse_nquads(nquads), reference)
                self.assertEqual(read_with_rdflib(out / "pactgraph.jsonld", "json-ld"), reference)
                ours = json.loads((out / "pactgraph.jsonld").read_text(encoding="utf-8"))
                theirs = json.loads(compacted.read_text(encoding="utf-8"))
                self.assertEqual(lowercase_languages(ours, language_maps), lowercase_languages(theirs, language_maps))

    def test_embedded_context_is_the_published_one(self):
        out = self.build(SAMPLE)
        document = json.loads((out / "pactgraph.jsonld").read_text(encoding="utf-8"))
        self.assertEqual(document["@context"], context())

    def test_every_key_is_a_term_and_every_term_means_one_property(self):
        terms = context()
        prefixes = {t for t, d in terms.items() if isinstance(d, str) and d[-1] in "/#"}
        forward = {}
        for term, definition in terms.items():
            if isinstance(definition, dict) and "@id" in definition:
                forward.setdefault(definition["@id"], []).append(term)
        self.assertEqual({iri: names for iri, names in forward.items() if len(names) > 1}, {})
        self.assertEqual(terms["pages"]["@id"], "pg:pages")
        self.assertEqual(terms["citedPages"]["@id"], "bibo:pages")
        for term, iri in (("subject", "rdf:subject"), ("predicate", "rdf:predicate"), ("object", "rdf:object")):
            self.assertEqual(terms[term]["@id"], iri)
        self.assertEqual(terms["articles"]["@reverse"], "pg:articleOf")
        self.assertEqual(terms["participatedIn"]["@reverse"], "pg:participant")
        self.assertNotIn("@vocab", terms)
        self.assertNotIn("@language", terms)

        for name, data in (("treaty", SOURCE_DIR / "data"), ("tricky", TRICKY)):
            document = json.loads((self.build(data) / "pactgraph.jsonld").read_text(encoding="utf-8"))
            for graph, node in nodes(document):
                for key in node:
                    if key in KEYWORDS:
                        continue
                    with self.subTest(data=name, graph=graph, key=key):
                        if graph.endswith("/graph/ontology"):
                            # The ontology's own description: rdfs:subClassOf and the like.
                            self.assertTrue(key in terms or key.split(":", 1)[0] in prefixes)
                        else:
                            self.assertIn(key, terms, "facts and provenance use terms only")

    def test_numbers_are_json_numbers_only_where_lossless(self):
        document = json.loads((self.build(SOURCE_DIR / "data") / "pactgraph.jsonld").read_text(encoding="utf-8"))
        footnotes = [node["footnote"] for _g, node in nodes(document) if "footnote" in node]
        self.assertEqual(len(footnotes), 62)
        self.assertTrue(all(type(f) is int for f in footnotes))
        amounts = [node["quantityAmount"] for _g, node in nodes(document) if "quantityAmount" in node]
        self.assertTrue(amounts and all(type(a) is int for a in amounts))

        tricky = json.loads((self.build(TRICKY) / "pactgraph.jsonld").read_text(encoding="utf-8"))
        values = {}
        for _g, node in nodes(tricky):
            for key in ("articleNumber", "amount", "interestRate", "ordinal", "footnote"):
                if key in node:
                    values.setdefault(key, []).extend(as_list(node[key]))
        # Beyond 2^53 or not integral: strings under the coerced term.
        self.assertIn("123456789012345678901234567890", values["articleNumber"])
        self.assertIn("0.000000000000000000001", values["amount"])
        self.assertIn("-0.5", values["interestRate"])
        self.assertIn("-9223372036854775809", values["ordinal"])
        self.assertIn(999999999, values["footnote"])

    def test_context_reference_instead_of_the_inline_context(self):
        url = "https://example.org/pactgraph/context.jsonld"
        out = self.build(SAMPLE, "--jsonld-context", url)
        document = json.loads((out / "pactgraph.jsonld").read_text(encoding="utf-8"))
        self.assertEqual(document["@context"], url)
        exported = run("export", SAMPLE, "-f", "jsonld", "--jsonld-context", url, check=True).stdout
        self.assertEqual(exported, (out / "pactgraph.jsonld").read_text(encoding="utf-8"))
        # Readers that can load the reference read the same dataset; those
        # that cannot fail loudly.
        nquads = tool("node", PEERS / "jsonld-to-nquads.js", "--serve", f"{url}={CONTEXT}", out / "pactgraph.jsonld")
        self.assertEqual(parse_nquads(nquads), read_nquads(out / "pactgraph.nq"))
        offline = subprocess.run(["node", PEERS / "jsonld-to-nquads.js", out / "pactgraph.jsonld"], capture_output=True,
                                 text=True, timeout=300)
        self.assertNotEqual(offline.returncode, 0)
        self.assertIn("loading remote context failed", offline.stderr)

    def test_convert_keeps_the_prefix_only_form(self):
        out = self.build(SAMPLE)
        document = json.loads(run("convert", out / "pactgraph.nq", "--from", "nquads", "--to", "jsonld",
                                  check=True).stdout)
        self.assertTrue(all(isinstance(d, str) for d in document["@context"].values() if d != 1.1))
        for _g, node in nodes(document):
            for key, value in node.items():
                if key not in KEYWORDS:
                    self.assertTrue(isinstance(value, list) and all(isinstance(v, dict) for v in value), key)


if __name__ == "__main__":
    unittest.main()

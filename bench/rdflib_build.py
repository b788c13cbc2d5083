#!/usr/bin/python3
"""Build pactgraph's RDF with rdflib: the baseline of bench/compare.py.

    /usr/bin/python3 bench/rdflib_build.py DATA OUTDIR [--base IRI] [--ontology FILE]

Does what `pactgraph build` does for Turtle and JSON-LD, the way a digital
humanities project would write it in Python with rdflib (Debian's
python3-rdflib):

  1. parse every *.json data file under DATA (as pactgraph reads them:
     recursively, sorted, skipping schema.json and *.schema.json);
  2. read the ontology (ontology/pactgraph.ttl) with rdflib to learn which
     classes and properties exist, which properties link nodes and the
     datatype of the others;
  3. a minimal validation: every type and property is in the ontology, and
     every node, citation and source a record refers to exists;
  4. build a ConjunctiveGraph of the same shape as pactgraph's export
     (include/pactgraph/rdf/Dataset.h): node descriptions and one direct
     triple per claim in the facts graph, one rdf:Statement node per claim
     with its rank, dates, qualifiers, notes and prov:wasDerivedFrom links
     to content-hashed citation nodes in the provenance graph;
  5. serialize Turtle (the union of the graphs) and JSON-LD (with the named
     graphs) into OUTDIR/rdflib.ttl and OUTDIR/rdflib.jsonld.

The output is not byte-identical to pactgraph's (IRIs of statements and
citations hash a different key; rdflib picks its own layout) but it holds the
same triples in kind and about the same number. Prints the counts and the
time of each step. Exit status 1 when validation fails.
"""

import argparse
import calendar
import hashlib
import json
import re
import sys
import time
from pathlib import Path

from rdflib import ConjunctiveGraph, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

PG = Namespace("https://w3id.org/pactgraph/ontology#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
EDTF = URIRef("http://id.loc.gov/datatypes/edtf/EDTF")
DEFAULT_BASE = "https://w3id.org/pactgraph/id/"
RANKS = {"preferred": PG.PreferredRank, "normal": PG.NormalRank, "deprecated": PG.DeprecatedRank}
PREFIXES = {
    "pg": str(PG), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS),
    "prov": str(PROV), "dcterms": str(DCTERMS), "bibo": str(BIBO), "schema": "https://schema.org/",
}

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$")


def data_files(paths):
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in path.rglob("*.json")
                         if p.name != "schema.json" and not p.name.endswith(".schema.json"))
        else:
            files.append(path)
    return sorted(files)


class Ontology:
    """The classes and properties of the ontology, read with rdflib."""

    def __init__(self, path):
        g = Graph()
        g.parse(path, format="turtle")
        self.classes = {str(c)[len(PG):] for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(PG))}
        self.object_properties = {str(p)[len(PG):] for p in g.subjects(RDF.type, OWL.ObjectProperty)
                                  if str(p).startswith(str(PG))}
        self.ranges = {}  # datatype property -> datatype IRI
        for p in g.subjects(RDF.type, OWL.DatatypeProperty):
            if str(p).startswith(str(PG)):
                self.ranges[str(p)[len(PG):]] = g.value(p, RDFS.range) or XSD.string

    def knows_property(self, name):
        return name in self.object_properties or name in self.ranges


def parse_date(text):
    """EDTF subset -> (literal, earliest day, latest day), or None."""
    ends = []
    for part in text.split("/"):
        m = DATE.match(part)
        if not m:
            return None
        ends.append(m)
    if len(ends) > 2:
        return None

    def first_day(m):
        return f"{m[1]}-{m[2] or '01'}-{m[3] or '01'}"

    def last_day(m):
        if m[3]:
            return f"{m[1]}-{m[2]}-{m[3]}"
        month = int(m[2] or 12)
        return f"{m[1]}-{month:02d}-{calendar.monthrange(int(m[1]), month)[1]:02d}"

    begin, end = ends[0], ends[-1]
    if len(ends) == 1 and not begin[4]:
        datatype = XSD.date if begin[3] else XSD.gYearMonth if begin[2] else XSD.gYear
        literal = Literal(text, datatype=datatype)
    else:
        literal = Literal(text, datatype=EDTF)
    return literal, first_day(begin), last_day(end)


class Builder:
    def __init__(self, ontology, base):
        self.ontology = ontology
        self.base = base
        self.dataset = ConjunctiveGraph()
        self.prefixes = dict(PREFIXES, id=base)
        for prefix, namespace in self.prefixes.items():
            self.dataset.bind(prefix, namespace)
        self.facts = self.dataset.get_context(URIRef(base + "graph/facts"))
        self.provenance = self.dataset.get_context(URIRef(base + "graph/provenance"))
        self.nodes = {}
        self.citations = {}
        self.statements = []
        self.errors = []

    # --- reading ---------------------------------------------------------

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for node in document.get("nodes", []):
            if node["id"] in self.nodes:
                self.errors.append(f"{path}: duplicate node id {node['id']}")
            self.nodes[node["id"]] = node
        for citation in document.get("citations", []):
            if citation["id"] in self.citations:
                self.errors.append(f"{path}: duplicate citation id {citation['id']}")
            self.citations[citation["id"]] = citation
        self.statements.extend(document.get("statements", []))

    # --- minimal validation ------------------------------------------------

    def validate(self):
        ontology = self.ontology
        for node in self.nodes.values():
            if node["type"] not in ontology.classes:
                self.errors.append(f"node {node['id']}: unknown type {node['type']}")
            for prop, values in node.get("props", {}).items():
                if not ontology.knows_property(prop):
                    self.errors.append(f"node {node['id']}: unknown property {prop}")
                elif prop in ontology.object_properties:
                    for value in values if isinstance(values, list) else [values]:
                        if value not in self.nodes:
                            self.errors.append(f"node {node['id']}: {prop} refers to unknown node {value}")
        for citation in self.citations.values():
            if citation["source"] not in self.nodes:
                self.errors.append(f"citation {citation['id']}: unknown source {citation['source']}")
        for i, statement in enumerate(self.statements):
            where = f"statement {i} ({statement['subject']} {statement['predicate']})"
            if statement["subject"] not in self.nodes:
                self.errors.append(f"{where}: unknown subject")
            if not ontology.knows_property(statement["predicate"]):
                self.errors.append(f"{where}: unknown predicate")
            if "object" in statement and statement["object"] not in self.nodes:
                self.errors.append(f"{where}: unknown object {statement['object']}")
            for cite in statement.get("cite", []):
                if cite not in self.citations:
                    self.errors.append(f"{where}: unknown citation {cite}")
            for qualifier in statement.get("qualifiers", {}):
                if not ontology.knows_property(qualifier):
                    self.errors.append(f"{where}: unknown qualifier {qualifier}")
        return not self.errors

    # --- building ----------------------------------------------------------

    def node_iri(self, node_id):
        return URIRef(self.base + node_id)

    def values(self, prop, value):
        """RDF terms of a property value (a node, or literals by the property's range)."""
        if prop in self.ontology.object_properties:
            return [self.node_iri(value)]
        datatype = self.ontology.ranges.get(prop, XSD.string)
        if isinstance(value, dict):
            return [Literal(text, lang=lang) for lang, text in value.items()]
        if datatype == XSD.date:
            return [parse_date(value)[0]]
        if isinstance(value, bool):
            return [Literal(value)]
        if datatype == XSD.string:
            return [Literal(value)]
        return [Literal(str(value), datatype=datatype)]

    def add_texts(self, graph, subject, predicate, texts):
        for lang, text in (texts or {}).items():
            for one in text if isinstance(text, list) else [text]:
                graph.add((subject, predicate, Literal(one, lang=lang)))

    def citation_iri(self, citation):
        key = json.dumps([citation["source"], citation.get("pages", "")])
        return URIRef(self.base + "citation/" + hashlib.sha256(key.encode()).hexdigest()[:24])

    def build(self):
        facts, provenance = self.facts, self.provenance
        for node in self.nodes.values():
            subject = self.node_iri(node["id"])
            facts.add((subject, RDF.type, PG[node["type"]]))
            self.add_texts(facts, subject, RDFS.label, node["label"])
            self.add_texts(facts, subject, SKOS.altLabel, node.get("altLabel"))
            self.add_texts(facts, subject, DCTERMS.description, node.get("description"))
            for prop, values in node.get("props", {}).items():
                for value in values if isinstance(values, list) else [values]:
                    for term in self.values(prop, value):
                        facts.add((subject, PG[prop], term))

        citation_iris = {}
        for citation in self.citations.values():
            iri = self.citation_iri(citation)
            citation_iris[citation["id"]] = iri
            source = self.nodes[citation["source"]]
            label = source["label"].get("en") or next(iter(source["label"].values()))
            pages = citation.get("pages", "")
            if pages:
                label += (", pp. " if any(c in pages for c in "-–,") else ", p. ") + pages
            provenance.add((iri, RDF.type, PG.Citation))
            provenance.add((iri, DCTERMS.source, self.node_iri(citation["source"])))
            provenance.add((iri, RDFS.label, Literal(label, lang="en")))
            if pages:
                provenance.add((iri, BIBO.pages, Literal(pages)))
            if "footnote" in citation:
                provenance.add((iri, PG.footnote, Literal(str(citation["footnote"]), datatype=XSD.positiveInteger)))
            self.add_texts(provenance, iri, PG.note, citation.get("note"))

        for statement in self.statements:
            subject = self.node_iri(statement["subject"])
            prop = statement["predicate"]
            predicate = PG[prop]
            value = statement["object"] if "object" in statement else statement["value"]
            objects = self.values(prop, value)
            rank = statement.get("rank", "normal")
            if rank != "deprecated":
                for obj in objects:
                    facts.add((subject, predicate, obj))
            qualifiers = statement.get("qualifiers", {})
            key = json.dumps([statement["subject"], prop, value, sorted(qualifiers.items(), key=str)],
                             ensure_ascii=False)
            node = URIRef(self.base + "statement/" + hashlib.sha256(key.encode()).hexdigest()[:24])
            provenance.add((node, RDF.type, RDF.Statement))
            provenance.add((node, RDF.type, PG.Statement))
            provenance.add((node, RDF.subject, subject))
            provenance.add((node, RDF.predicate, predicate))
            for obj in objects:
                provenance.add((node, RDF.object, obj))
            provenance.add((node, PG.rank, RANKS[rank]))
            if prop in self.ontology.ranges and self.ontology.ranges[prop] == XSD.date:
                _, earliest, latest = parse_date(value)
                provenance.add((node, PG.earliest, Literal(earliest, datatype=XSD.date)))
                provenance.add((node, PG.latest, Literal(latest, datatype=XSD.date)))
            for qualifier, qualifier_value in qualifiers.items():
                for term in self.values(qualifier, qualifier_value):
                    provenance.add((node, PG[qualifier], term))
            self.add_texts(provenance, node, PG.note, statement.get("note"))
            for cite in statement.get("cite", []):
                provenance.add((node, PROV.wasDerivedFrom, citation_iris[cite]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="data files or directories of *.json files")
    parser.add_argument("outdir", help="output directory")
    parser.add_argument("--base", default=DEFAULT_BASE, help="base IRI of node IRIs")
    parser.add_argument("--ontology", default=str(Path(__file__).resolve().parent.parent / "ontology" / "pactgraph.ttl"))
    args = parser.parse_args()

    times = {}
    started = time.perf_counter()
    ontology = Ontology(args.ontology)
    builder = Builder(ontology, args.base)
    files = data_files(args.data)
    for path in files:
        builder.read(path)
    times["parse"] = time.perf_counter() - started

    step = time.perf_counter()
    valid = builder.validate()
    times["validate"] = time.perf_counter() - step
    if not valid:
        for error in builder.errors[:20]:
            print("error:", error, file=sys.stderr)
        print(f"{len(builder.errors)} errors; nothing was written", file=sys.stderr)
        return 1

    step = time.perf_counter()
    builder.build()
    times["graph"] = time.perf_counter() - step

    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    step = time.perf_counter()
    builder.dataset.serialize(destination=str(outdir / "rdflib.ttl"), format="turtle")
    times["turtle"] = time.perf_counter() - step
    step = time.perf_counter()
    builder.dataset.serialize(destination=str(outdir / "rdflib.jsonld"), format="json-ld", context=builder.prefixes,
                              auto_compact=True)
    times["json-ld"] = time.perf_counter() - step

    quads = len(builder.facts) + len(builder.provenance)
    triples = len(builder.dataset)
    print(f"rdflib_build: {len(files)} files, {len(builder.nodes)} nodes, {len(builder.citations)} citations, "
          f"{len(builder.statements)} statements -> {quads} quads, {triples} triples in the union")
    print("rdflib_build: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in times.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

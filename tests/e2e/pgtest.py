"""Shared helpers of the end-to-end tests: run the pactgraph binary and read
RDF with independent implementations (serdi, rapper, rdflib, jsonld.js),
reducing every result to a set of normalised quads that can be compared."""

import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import rdflib

# rdflib would otherwise rewrite lexical forms ("1.50" -> "1.5"), hiding
# differences between tools.
rdflib.NORMALIZE_LITERALS = False

SOURCE_DIR = Path(os.environ.get("PACTGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BIN = os.environ.get("PACTGRAPH_BIN", str(SOURCE_DIR / "build" / "pactgraph"))
SAMPLE = SOURCE_DIR / "tests" / "fixtures" / "sample"
PEERS = SOURCE_DIR / "tests" / "peers"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def run(*args, cwd=None, check=False):
    """Runs pactgraph with `args`; returns the CompletedProcess (text mode)."""
    result = subprocess.run([BIN, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"pactgraph {' '.join(map(str, args))} failed ({result.returncode}):\n{result.stderr}")
    return result


def tool(*args, input_text=None):
    """Runs an external tool; fails the test with its stderr if it fails."""
    result = subprocess.run(list(map(str, args)), capture_output=True, text=True, input=input_text, timeout=300)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} failed ({result.returncode}):\n{result.stderr[:3000]}")
    return result.stdout


def _term(term):
    if isinstance(term, rdflib.Literal):
        language = term.language.lower() if term.language else ""
        datatype = str(term.datatype) if term.datatype else (RDF_LANGSTRING if language else XSD_STRING)
        return ("literal", str(term), datatype, language)
    if isinstance(term, rdflib.BNode):
        raise AssertionError(f"blank node in output: {term}")
    return ("iri", str(term))


def quads_from_rdflib(data, fmt):
    """Parses `data` (text) in rdflib format `fmt` into a set of quads; the
    graph is None for the default graph."""
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=fmt)
    out = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = None if g is None or g == rdflib.graph.DATASET_DEFAULT_GRAPH_ID or isinstance(g, rdflib.BNode) else str(g)
        if isinstance(g, rdflib.Graph):
            identifier = g.identifier
            graph = None if identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID or isinstance(identifier, rdflib.BNode) else str(identifier)
        out.add((_term(s), _term(p), _term(o), graph))
    return out


def triples(quads):
    """Drops the graph of every quad."""
    return {(s, p, o, None) for (s, p, o, _g) in quads}


def read_with_serdi(path, syntax):
    return quads_from_rdflib(tool("serdi", "-i", syntax, "-o", "nquads", path), "nquads")


def read_with_rapper(path, syntax):
    out_syntax = "nquads" if syntax in ("trig", "nquads") else "ntriples"
    return quads_from_rdflib(tool("rapper", "-q", "-i", syntax, "-o", out_syntax, path), "nquads")


def read_with_jsonld_js(path):
    script = PEERS / "jsonld-to-nquads.js"
    return quads_from_rdflib(tool("node", script, path), "nquads")


def read_with_rdflib(path, fmt):
    return quads_from_rdflib(Path(path).read_text(encoding="utf-8"), fmt)


class TempDirTestCase(unittest.TestCase):
    """A test case with a fresh temporary directory in self.tmp."""

    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="pactgraph-e2e-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def snapshot(self, directory):
        """{relative path: bytes} of every file under `directory`."""
        directory = Path(directory)
        if not directory.exists():
            return None
        return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}

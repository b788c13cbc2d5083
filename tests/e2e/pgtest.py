"""Shared helpers of the end-to-end tests: run the pactgraph binary and read
RDF with independent implementations (serdi, rapper, rdflib, jsonld.js),
reducing every result to a set of normalised quads that can be compared."""

import os
import re
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


_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_TERM = re.compile(r'\s*(?:<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?|(_:\S+))')


def _unescape(text):
    def one(match):
        if match.group(1) or match.group(2):
            return chr(int(match.group(1) or match.group(2), 16))
        if match.group(3) not in _ECHAR:
            raise AssertionError(f"invalid escape \\{match.group(3)}")
        return _ECHAR[match.group(3)]
    return _UNESCAPE.sub(one, text)


def parse_nquads(text, allow_blank_nodes=False):
    """Set of normalised quads from N-Triples/N-Quads text. A strict parser
    of our own: rdflib 6.1.1's N-Triples/N-Quads parser decodes a literal
    backslash followed by b, n, t… as a control character (\\\\b -> \\ + BS),
    so it is not used to read these syntaxes."""
    quads = set()
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        terms, position = [], 0
        while True:
            match = _TERM.match(line, position)
            if not match:
                break
            if match.group(5):
                if not allow_blank_nodes:
                    raise AssertionError(f"blank node in output line {number}: {line[:200]}")
                terms.append(("blank", match.group(5)[2:]))
            elif match.group(1) is not None:
                terms.append(("iri", _unescape(match.group(1))))
            else:
                language = (match.group(4) or "").lower()
                datatype = match.group(3) or (RDF_LANGSTRING if language else XSD_STRING)
                terms.append(("literal", _unescape(match.group(2)), _unescape(datatype), language))
            position = match.end()
        if not re.fullmatch(r"\s*\.\s*", line[position:]) or len(terms) not in (3, 4):
            raise AssertionError(f"unparseable N-Quads line {number}: {line[:200]}")
        graph = terms[3][1] if len(terms) == 4 else None
        quads.add((terms[0], terms[1], terms[2], graph))
    return quads


def to_rdflib(term):
    """The rdflib term of a normalised term tuple."""
    if term[0] == "iri":
        return rdflib.URIRef(term[1])
    if term[0] == "blank":
        return rdflib.BNode(term[1])
    _kind, value, datatype, language = term
    if language:
        return rdflib.Literal(value, lang=language)
    return rdflib.Literal(value, datatype=None if datatype == XSD_STRING else rdflib.URIRef(datatype))


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
    return parse_nquads(tool("serdi", "-i", syntax, "-o", "nquads", path))


def read_with_rapper(path, syntax):
    out_syntax = "nquads" if syntax in ("trig", "nquads") else "ntriples"
    return parse_nquads(tool("rapper", "-q", "-i", syntax, "-o", out_syntax, path))


def read_with_jsonld_js(path):
    script = PEERS / "jsonld-to-nquads.js"
    return parse_nquads(tool("node", script, path))


def read_nquads(path):
    """Our own N-Quads/N-Triples file, read by the strict parser above."""
    return parse_nquads(Path(path).read_text(encoding="utf-8"))


def read_with_rdflib(path, fmt):
    if fmt in ("nt", "nquads", "ntriples"):
        raise AssertionError("rdflib's N-Triples/N-Quads parser is not a trustworthy reader (see parse_nquads)")
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

"""`pactgraph export quickstatements`: the treaty's claims as a
QuickStatements batch. The batch is read back by a parser written here from
QuickStatements 3's V1 command grammar (TAB-separated fields, quoted
strings, R+/R- ranks, P qualifiers, S references with !S starting another
reference), and one claim with qualifiers and two references (a fixture)
is checked end to end against the data: subject, property, value,
qualifiers, and for each citation its source item, pages and footnote.
Values that do not fit their property's datatype (the ontology's
wikibase:propertyType) are reported where they come from, not written. Also: new items with
labels in every language, date precision, ranks, the two-pass workflow
with --items, and another Wikibase's mapping from an extended ontology."""

import json
import re
import unittest

from pgtest import SOURCE_DIR, TempDirTestCase, run

DATA = SOURCE_DIR / "data"
TREATY = DATA / "sino-soviet-1950"
FIXTURE = SOURCE_DIR / "tests" / "fixtures" / "quickstatements"
ONTOLOGY = SOURCE_DIR / "ontology" / "pactgraph.ttl"
BASE = "https://w3id.org/pactgraph/id/"


def parse_value(text):
    """A QuickStatements value as (kind, value)."""
    if re.fullmatch(r"Q\d+|LAST", text):
        return ("item", text)
    if match := re.fullmatch(r'([a-z][a-z0-9-]*):"((?:[^"\\]|\\.)*)"', text):
        return ("monolingual", match.group(1), re.sub(r"\\(.)", r"\1", match.group(2)))
    if match := re.fullmatch(r'"((?:[^"\\]|\\.)*)"', text):
        return ("string", re.sub(r"\\(.)", r"\1", match.group(1)))
    if match := re.fullmatch(r"\+(\d{4}-\d{2}-\d{2})T00:00:00Z/(\d+)", text):
        return ("time", match.group(1), int(match.group(2)))
    if match := re.fullmatch(r"([+-]\d+(?:\.\d+)?)(?:U(\d+))?", text):
        return ("quantity", match.group(1), match.group(2))
    raise AssertionError(f"not a QuickStatements value: {text!r}")


def parse_batch(text):
    """Commands as dicts, following QuickStatements 3's V1 parser."""
    commands = []
    for line in text.split("\n"):
        if not line:
            continue
        fields = line.split("\t")
        if fields == ["CREATE"]:
            commands.append({"action": "create"})
            continue
        entity, what = fields[0], fields[1]
        if re.fullmatch(r"[LDA][a-z][a-z0-9-]*", what):
            commands.append({"action": {"L": "label", "D": "description", "A": "alias"}[what[0]], "entity": entity,
                             "language": what[1:], "value": parse_value(fields[2])})
            continue
        assert re.fullmatch(r"P\d+", what), line
        claim = {"action": "claim", "entity": entity, "property": what, "value": parse_value(fields[2]),
                 "rank": "normal", "qualifiers": [], "references": []}
        rest = fields[3:]
        if rest and rest[0] in ("R+", "R0", "R-"):
            claim["rank"] = {"R+": "preferred", "R0": "normal", "R-": "deprecated"}[rest.pop(0)]
        assert len(rest) % 2 == 0, line
        for key, value in zip(rest[0::2], rest[1::2]):
            if key.startswith("P"):
                claim["qualifiers"].append((key, parse_value(value)))
            else:
                if key.startswith("!S") or not claim["references"]:
                    claim["references"].append([])
                claim["references"][-1].append(("P" + key.lstrip("!S"), parse_value(value)))
        commands.append(claim)
    return commands


def load(name):
    return json.loads((TREATY / name).read_text(encoding="utf-8"))


class QuickStatementsTest(TempDirTestCase):
    def export(self, *args):
        result = run("export", "quickstatements", DATA, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def all_items(self):
        """Test items (Q900000 + n) for every node without a Wikidata id."""
        items, n = {}, 900000
        for path in sorted(TREATY.glob("*.json")):
            for node in json.loads(path.read_text(encoding="utf-8")).get("nodes", []):
                if "wikidata" not in node.get("props", {}):
                    items[node["id"]] = f"Q{n}"
                    n += 1
        path = self.tmp / "items.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        return items, path

    def test_first_pass_creates_items_with_every_label(self):
        result = self.export()
        commands = parse_batch(result.stdout)
        self.assertIn("claims wait for items this batch creates", result.stderr)
        creates = [i for i, c in enumerate(commands) if c["action"] == "create"]
        self.assertGreater(len(creates), 50)
        # Mikoyan has no Wikidata id: a new human with his English and Russian names.
        start = next(i for i in creates if commands[i + 1]["value"] == ("string", "Anastas Mikoyan"))
        block = commands[start + 1:creates[creates.index(start) + 1]]
        self.assertIn({"action": "label", "entity": "LAST", "language": "ru", "value": ("string", "Анастас Микоян")}, block)
        self.assertIn(("P31", ("item", "Q5")), [(c.get("property"), c.get("value")) for c in block])
        self.assertIn(("P973", ("string", BASE + "anastas-mikoyan")), [(c.get("property"), c.get("value")) for c in block])
        # Stalin has a verified Wikidata id: no new item for him.
        self.assertNotIn(("string", "Joseph Stalin"), [c.get("value") for c in commands])

    def fixture_items(self):
        """Test items (Q900000 + n) for the nodes of the fixture."""
        nodes = json.loads((FIXTURE / "treaty.json").read_text(encoding="utf-8"))["nodes"]
        items = {node["id"]: f"Q{900000 + n}" for n, node in enumerate(nodes)}
        path = self.tmp / "fixture-items.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        return items, path

    def test_a_claim_with_qualifiers_and_two_references_end_to_end(self):
        items, path = self.fixture_items()
        result = run("export", "quickstatements", FIXTURE, "--items", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        claims = [c for c in parse_batch(result.stdout) if c["action"] == "claim"]
        data = json.loads((FIXTURE / "treaty.json").read_text(encoding="utf-8"))
        [statement] = [s for s in data["statements"] if s.get("object") == "zhou-enlai"]
        [claim] = [c for c in claims if c["entity"] == items[statement["subject"]] and c["property"] == "P1891"
                   and c["value"] == ("item", items["zhou-enlai"])]  # signatory
        self.assertEqual(claim["rank"], "normal")
        qualifiers = statement["qualifiers"]
        self.assertEqual(sorted(claim["qualifiers"]),
                         [("P1545", ("string", str(qualifiers["ordinal"]))),  # series ordinal: a string
                          ("P585", ("time", qualifiers["pointInTime"], 11))])  # point in time, day precision
        citations = {c["id"]: c for c in data["citations"]}
        expected = []
        for cite in statement["cite"]:
            citation = citations[cite if isinstance(cite, str) else cite["id"]]
            closing = ", closing the paragraph" if isinstance(cite, dict) and cite.get("scope") == "paragraph" else ""
            expected.append([("P248", ("item", items[citation["source"]])), ("P304", ("string", citation["pages"])),
                             ("P958", ("string", f"footnote {citation['footnote']}{closing}"))])
        self.assertEqual(len(expected), 2)
        self.assertEqual(claim["references"], expected)

    def test_a_value_that_does_not_fit_its_property_is_reported_not_written(self):
        items, path = self.fixture_items()
        result = run("export", "quickstatements", FIXTURE, "--items", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        claims = [c for c in parse_batch(result.stdout) if c["action"] == "claim"]
        # The role is text and P3831 takes items: the claim is written without it ...
        [claim] = [c for c in claims if c["value"] == ("item", items["andrey-vyshinsky"])]
        self.assertEqual(sorted(claim["qualifiers"]), [("P1545", ("string", "2")), ("P585", ("time", "1950-02-00", 10))])
        self.assertEqual(len(claim["references"]), 2)
        self.assertNotIn("P3831", result.stdout)
        # ... and the user is told where, which property and why, and how many.
        warnings = [line for line in result.stderr.splitlines() if "warning[" in line]
        self.assertEqual(warnings, [
            f"{FIXTURE / 'treaty.json'}:17:5: warning[quickstatements.datatype]: treaty-1950 signatory andrey-vyshinsky: "
            'qualifier role (P3831) "for the Soviet Union"@en: P3831 takes items (wikibase:WikibaseItem), '
            "not text in a language; written without it (at /statements/2)"])
        self.assertIn("3 claims, 0 new items; 1 value not written: they do not fit their Wikibase property's datatype",
                      result.stderr)
        # The datatypes are the ontology's: declared as monolingual text, the role is written.
        retyped = self.tmp / "retyped.ttl"
        retyped.write_text(ONTOLOGY.read_text(encoding="utf-8").replace(
            "wd:P3831 wikibase:propertyType wikibase:WikibaseItem", "wd:P3831 wikibase:propertyType wikibase:Monolingualtext"),
            encoding="utf-8")
        result = run("export", "quickstatements", FIXTURE, "--items", path, "--ontology", retyped)
        self.assertEqual(result.returncode, 0, result.stderr)
        [claim] = [c for c in parse_batch(result.stdout) if c.get("value") == ("item", items["andrey-vyshinsky"])]
        self.assertIn(("P3831", ("monolingual", "en", "for the Soviet Union")), claim["qualifiers"])
        self.assertNotIn("warning[", result.stderr)

    def test_every_role_of_a_written_claim_is_reported_on_the_treaty(self):
        items, path = self.all_items()
        result = self.export("--items", path)
        self.assertNotIn("P3831", result.stdout)
        aligned = set(re.findall(r"^pg:(\w+) rdfs:subPropertyOf wdt:P\d+", ONTOLOGY.read_text(encoding="utf-8"), re.M))
        with_role = set()
        for file in sorted(TREATY.glob("statements-*.json")):
            for n, s in enumerate(load(file.name)["statements"]):
                if "role" in s.get("qualifiers", {}) and s["predicate"] in aligned:
                    with_role.add((str(file), f"/statements/{n}", s["qualifiers"]["role"]["en"]))
        warned = set()
        for line in result.stderr.splitlines():
            if match := re.fullmatch(r"(.+?):\d+:\d+: warning\[quickstatements\.datatype\]: .*qualifier role \(P3831\) "
                                     r'"(.*)"@en: P3831 takes items .*\(at (/statements/\d+)\)', line):
                warned.add((match.group(1), match.group(3), match.group(2)))
        self.assertGreater(len(with_role), 20)
        self.assertEqual(warned, with_role)
        self.assertIn(f"; {len(with_role)} values not written", result.stderr)

    def test_dates_keep_their_precision_and_ranks_travel(self):
        items, path = self.all_items()
        claims = [c for c in parse_batch(self.export("--items", path).stdout) if c["action"] == "claim"]
        expiry = [c for c in claims if c["entity"] == items["treaty-1950-expiry"] and c["property"] == "P585"]
        self.assertIn(("time", "1979-00-00", 9), [c["value"] for c in expiry])
        self.assertEqual({c["rank"] for c in expiry if c["value"] == ("time", "1979-00-00", 9)}, {"preferred"})
        yalta = [c["value"] for c in claims if c["entity"] == items["yalta-conference"] and c["property"] == "P585"]
        self.assertIn(("time", "1945-02-00", 10), yalta)
        durations = [c["value"] for c in claims if c["property"] == "P2047"]
        self.assertIn(("quantity", "+30", "577"), durations)  # 30 years

    def test_another_wikibase_maps_through_an_extended_ontology(self):
        extended = self.tmp / "factgrid.ttl"
        extended.write_text(ONTOLOGY.read_text(encoding="utf-8") + "\n"
                            "<https://w3id.org/pactgraph/ontology#participant> "
                            "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf> "
                            "<https://database.factgrid.de/prop/direct/P1111> .\n"
                            "<http://purl.org/dc/terms/source> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> "
                            "<https://database.factgrid.de/prop/direct/P12> .\n"
                            "<https://database.factgrid.de/entity/P1111> <http://wikiba.se/ontology#propertyType> "
                            "<http://wikiba.se/ontology#WikibaseItem> .\n"
                            "<https://database.factgrid.de/entity/P12> <http://wikiba.se/ontology#propertyType> "
                            "<http://wikiba.se/ontology#WikibaseItem> .\n", encoding="utf-8")
        items, path = self.all_items()
        for node in ("joseph-stalin", "mao-zedong"):
            items[node] = "Q42"
        path.write_text(json.dumps(items), encoding="utf-8")
        result = self.export("--ontology", extended, "--wikibase", "https://database.factgrid.de/", "--items", path)
        claims = [c for c in parse_batch(result.stdout) if c["action"] == "claim"]
        self.assertTrue(claims)
        self.assertEqual({c["property"] for c in claims}, {"P1111"})
        self.assertTrue(all(r[0][0] == "P12" for c in claims for r in c["references"]))
        self.assertIn("note: not written: date: no property of the target in the ontology", result.stderr)
        self.assertNotIn(("item", "Q855"), [c["value"] for c in claims])  # Wikidata ids are Wikidata's only

    def test_bad_options(self):
        self.assertEqual(run("export", "quickstatements", DATA, "--wikibase", "not an iri").returncode, 2)
        bad = self.tmp / "items.json"
        bad.write_text('{"mao-zedong": "M1"}', encoding="utf-8")
        result = run("export", "quickstatements", DATA, "--items", bad)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[quickstatements.bad-items]", result.stderr)


if __name__ == "__main__":
    unittest.main()

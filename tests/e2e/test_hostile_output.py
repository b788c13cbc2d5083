"""Every output channel is hostile-safe, and a command that writes several
files changes all of them or none (issue 19: "Data loss" and "Injection").

Inputs are our own: labels and file names with ESC/OSC sequences, BEL, C1
controls, raw line breaks that imitate a diagnostic, spreadsheet formulas and
Graphviz entities; the outputs are read the way their consumers read them
(a terminal's view of the text, Graphviz's SVG as XML, CSV cells)."""

import csv
import json
import re
import subprocess
import unittest
import xml.etree.ElementTree as ET

from pgtest import SAMPLE, SOURCE_DIR, TempDirTestCase, run

DATA = SOURCE_DIR / "data"
# Forges a diagnostic line, sets the terminal title, rings, uses a C1 CSI.
HOSTILE = "Evil\x1b]0;pwned\x07\nsample/a.json:1:1: error[data.fake]: forged\x1b[31m\u009b1m\u2028x"
FORMULAS = ["=HYPERLINK(\"http://example.org\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(1)"]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u2028\u2029]")


def hostile_dataset(directory, label=HOSTILE, names=()):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sources.json").write_text((SAMPLE / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
    people = [{"id": "evil", "type": "Person", "label": {"en": label}}]
    people += [{"id": f"p{i}", "type": "Person", "label": {"en": name}} for i, name in enumerate(names)]
    nodes = people + [{"id": "talks", "type": "Meeting", "label": {"en": label}}]
    statements = [{"subject": "talks", "predicate": "participant", "object": p["id"], "cite": ["fn-34"]} for p in people]
    statements.append({"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-34"]})
    (directory / "data.json").write_text(json.dumps({"nodes": nodes, "statements": statements}), encoding="utf-8")
    return directory


class InjectionTest(TempDirTestCase):
    def assert_terminal_safe(self, text, what):
        self.assertIsNone(CONTROL.search(text), f"{what}: raw control character in {text!r}")
        self.assertNotRegex(text, r"(?m)^sample/a\.json:1:1: error\[data\.fake\]", f"{what}: forged line")

    def test_text_outputs_escape_every_control_character(self):
        data = hostile_dataset(self.tmp / "data")
        for args in (("analyze", data), ("timeline", data), ("audit", data, "--all"), ("path", "evil", "talks", data)):
            with self.subTest(command=args[0]):
                result = run(*args)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assert_terminal_safe(result.stdout, args[0])
                self.assert_terminal_safe(result.stderr, args[0])
                self.assertIn("\\u001b]0;pwned\\u0007", result.stdout)

    def test_diagnostics_escape_values_and_file_names(self):
        data = self.tmp / "evil\x1b[2Jdir"
        hostile_dataset(data)
        bad = json.loads((data / "data.json").read_text(encoding="utf-8"))
        bad["statements"][0]["object"] = HOSTILE  # an unknown reference echoed in the message
        (data / "data.json").write_text(json.dumps(bad), encoding="utf-8")
        result = run("validate", data)
        self.assertEqual(result.returncode, 1)
        self.assert_terminal_safe(result.stderr, "validate")
        self.assertIn("error[data.unknown-reference]", result.stderr)
        self.assertIn("evil\\u001b[2Jdir", result.stderr)

    def test_csv_cells_cannot_be_formulas(self):
        data = hostile_dataset(self.tmp / "data", label="Talks", names=FORMULAS)
        out = self.tmp / "net"
        result = run("network", data, "--format", "csv", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(f"{out}-nodes.csv", encoding="utf-8", newline="") as f:
            labels = {row["Label"] for row in csv.DictReader(f)}
        for formula in FORMULAS:
            self.assertIn("'" + formula, labels)
        for label in labels:
            self.assertNotIn(label[:1], ("=", "+", "-", "@", "\t", "\r"), label)

    def test_dot_renders_to_well_formed_svg_with_the_labels_as_written(self):
        label = "A & B <\"q\"> \x01\x1b[31m\x07 end"
        data = hostile_dataset(self.tmp / "data", label="Talks", names=[label])
        dot = run("network", data, "--format", "dot")
        self.assertEqual(dot.returncode, 0, dot.stderr)
        svg = subprocess.run(["dot", "-Tsvg"], input=dot.stdout, capture_output=True, text=True, timeout=60)
        self.assertEqual(svg.returncode, 0, svg.stderr)
        root = ET.fromstring(svg.stdout)  # well-formed XML, or this raises
        texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
        self.assertIn("A & B <\"q\"> [31m end", texts)


class AllOrNothingTest(TempDirTestCase):
    def test_build_changes_every_file_or_none(self):
        out = self.tmp / "out"
        run("build", SAMPLE, "-o", out, "--quiet", check=True)
        (out / "pactgraph.trig").unlink()
        (out / "pactgraph.trig").mkdir()  # the third of five targets cannot be replaced
        before = self.snapshot(out)
        result = run("build", DATA, "-o", out, "--quiet")
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("pactgraph.trig: it is a directory; nothing was written", result.stderr)
        self.assertEqual(self.snapshot(out), before)
        self.assertEqual(sorted(p.name for p in out.iterdir()),
                         ["pactgraph.jsonld", "pactgraph.nq", "pactgraph.nt", "pactgraph.trig", "pactgraph.ttl"])

    def test_network_csv_pair_changes_together(self):
        out = self.tmp / "net"
        run("network", SAMPLE, "--format", "csv", "-o", out, check=True)
        nodes = self.tmp / "net-nodes.csv"
        before = nodes.read_bytes()
        (self.tmp / "net-edges.csv").unlink()
        (self.tmp / "net-edges.csv").mkdir()
        result = run("network", DATA, "--format", "csv", "-o", out)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertEqual(nodes.read_bytes(), before)

    def test_empty_or_blank_paths_are_usage_errors(self):
        precious = self.tmp / "pactgraph.ttl"
        precious.write_text("the user's own file\n", encoding="utf-8")
        for args in (("build", SAMPLE, "-o", ""), ("build", SAMPLE, "-o", "  "), ("export", SAMPLE, "-f", "turtle", "-o", ""),
                     ("validate", ""), ("report", SAMPLE, "-o", " "), ("network", SAMPLE, "--format", "csv", "-o", "")):
            with self.subTest(args=args):
                result = run(*args, cwd=self.tmp)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn("error[usage.blank-path]", result.stderr)
        self.assertEqual(precious.read_text(encoding="utf-8"), "the user's own file\n")
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir()), ["pactgraph.ttl"])


if __name__ == "__main__":
    unittest.main()

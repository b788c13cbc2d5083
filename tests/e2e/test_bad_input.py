"""Bad input: each problem gives file:line:col, the JSON Pointer, a clear
message with a stable id, exit code 1 (3 for unreadable files), and no
output file is created or changed."""

import os
import re
import shutil
import unittest

from pgtest import SAMPLE, TempDirTestCase, run

# name: (contents of bad.json, expected id, where, JSON Pointer, words in the message)
# `where` is the text the diagnostic must point at (its first occurrence),
# or None for the end of the file.
CASES = {
    "malformed JSON": (
        '{"nodes": [\n  {"id": "x", "type": "Person" "label": {"en": "X"}}\n]}',
        "json.syntax", '"label"', None, "syntax error"),
    "truncated JSON": (
        '{"nodes": [{"id": "x"',
        "json.syntax", None, None, "unexpected end of input"),
    "empty file": ("", "json.empty", None, None, "empty"),
    "duplicate key": (
        '{"nodes": [{"id": "x", "type": "Person",\n "id": "y", "label": {"en": "X"}}]}',
        "json.duplicate-key", '"id": "y"', "/nodes/0/id", 'duplicate key "id"'),
    "unknown record type": (
        '{"nodes": [{"id": "lin-biao", "type": "Persn", "label": {"en": "Lin Biao"}}]}',
        "ontology.unknown-class", '"Persn"', "/nodes/0/type", 'unknown type "Persn"'),
    "unknown top-level section": (
        '{"node": []}',
        "data.unknown-key", '"node"', "/node", 'unknown key "node"'),
    "reference to an unknown id": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "party",\n'
        '  "object": "ussrr", "cite": ["fn-38"]}]}',
        "data.unknown-reference", '"ussrr"', "/statements/0/object", 'no node has the id "ussrr"'),
    "duplicate id": (
        '{"nodes": [\n  {"id": "kremlin", "type": "Place", "label": {"en": "Kremlin"}}]}',
        "data.duplicate-id", '{"id": "kremlin"', "/nodes/0", 'id "kremlin" is already used'),
    "date that is not a date": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "date", "value": "1950-02-31", "cite": ["fn-38"]}]}',
        "data.bad-date", '"1950-02-31"', "/statements/0/value", "day 31 does not exist"),
    "unknown property": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "partys", "object": "prc", "cite": ["fn-38"]}]}',
        "ontology.unknown-property", '"partys"', "/statements/0/predicate", 'unknown property "partys"'),
    "claim without citation": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "signatory", "object": "mao-zedong"}]}',
        "ontology.missing-citation", '{"subject"', "/statements/0", "needs at least one citation"),
    "citation of an unknown footnote": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "signatory", "object": "mao-zedong", "cite": ["fn-99"]}]}',
        "data.unknown-citation", '"fn-99"', "/statements/0/cite/0", 'no citation has the id "fn-99"'),
    "range violation": (
        '{"statements": [{"subject": "negotiation-1950-01-22", "predicate": "participant", "object": "kremlin", "cite": ["fn-34"]}]}',
        "ontology.range", '"kremlin"', "/statements/0/object", "is a Place"),
    "invalid language tag": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en_GB": "X"}}]}',
        "data.bad-language-tag", '"X"', "/nodes/0/label/en_GB", "not a BCP 47 language tag"),
    "invalid UTF-8": (
        b'{"nodes": [{"id": "x", "type": "Place", "label": {"en": "\xff"}}]}',
        "json.syntax", b'"\xff"', None, "UTF-8"),
    "missing id": (
        '{"nodes": [{"type": "Place", "label": {"en": "X"}}]}',
        "data.missing-key", '{"type"', "/nodes/0", 'this record needs "id"'),
    "id that is not a slug": (
        '{"nodes": [{"id": "Zhou Enlai", "type": "Person", "label": {"en": "X"}}]}',
        "data.bad-id", '{"id"', "/nodes/0", 'id "Zhou Enlai" is not a slug'),
    "wrong JSON type": (
        '{"nodes": [{"id": 42, "type": "Place", "label": {"en": "X"}}]}',
        "data.wrong-type", "42", "/nodes/0/id", "expected a string, found a number"),
    "section that is not an array": (
        '{"nodes": {"id": "x"}}',
        "data.wrong-type", '{"id"', "/nodes", "expected an array of records"),
    "footnote beyond 64 bits": (
        '{"citations": [{"id": "fn-70", "source": "heinzig-2004", "footnote": 123456789012345678901234567890}]}',
        "data.bad-footnote", "123456789012345678901234567890", "/citations/0/footnote", "positive integer"),
    "U+0000 in a label": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "a\\u0000b"}}]}',
        "data.nul-character", '"a', "/nodes/0/label/en", "U+0000"),
    "noncharacter in a label": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "a\\uFFFEb"}}]}',
        "data.noncharacter", '"a', "/nodes/0/label/en", "U+FFFE"),
    "lone surrogate escape": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "\\ud800"}}]}',
        "json.syntax", '"\\ud800"', None, "surrogate"),
    "deep nesting": (
        '{"nodes": ' + "[" * 100 + "]" * 100 + "}",
        "json.too-deep", "[" * 36, None, "nesting deeper than 64 levels"),
    "binary file": (
        bytes(range(256)) * 4,
        "json.syntax", None, None, "syntax error"),
    "number out of range": (
        '{"citations": [{"id": "fn-70", "source": "heinzig-2004", "footnote": 1e400}]}',
        "json.number-range", '1e400', None, "out of range"),
}
# Cases whose `where` cannot be predicted by text search.
POSITION_FREE = {"binary file", "deep nesting"}

HINTS = {
    "unknown record type": "did you mean `Person`?",
    "reference to an unknown id": "did you mean `ussr`?",
    "unknown property": "did you mean `party`?",
}


def position_of(contents, needle):
    """1-based line and column (in code points) of `needle` in `contents`,
    or of the end of `contents` when `needle` is None."""
    raw = contents if isinstance(contents, bytes) else contents.encode("utf-8")
    offset = len(raw) if needle is None else raw.index(needle if isinstance(needle, bytes) else needle.encode("utf-8"))
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode("utf-8", errors="replace")) + 1


class BadInputTest(TempDirTestCase):
    def data_with(self, contents, name="data"):
        data = self.tmp / name
        shutil.copytree(SAMPLE, data)
        mode = "wb" if isinstance(contents, bytes) else "w"
        with open(data / "bad.json", mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
            f.write(contents)
        return data

    def test_each_bad_input_is_located_explained_and_writes_nothing(self):
        for name, (contents, error_id, where, pointer, words) in CASES.items():
            with self.subTest(case=name):
                line, column = position_of(contents, where) if name not in POSITION_FREE else (None, None)
                data = self.data_with(contents, name=f"data-{len(list(self.tmp.iterdir()))}")
                out = self.tmp / f"out-{error_id}"
                result = run("build", data, "-o", out)
                self.assertEqual(result.returncode, 1, result.stderr)
                if line is None:
                    self.assertRegex(result.stderr, re.escape(str(data / "bad.json")) + rf":\d+:\d+: error\[{re.escape(error_id)}\]: ")
                else:
                    location = f"{data / 'bad.json'}:{line}:{column}: error[{error_id}]: "
                    self.assertIn(location, result.stderr)
                self.assertIn(words, result.stderr)
                if pointer:
                    self.assertIn(f"(at {pointer})", result.stderr)
                if name in HINTS:
                    self.assertIn(f"hint: {HINTS[name]}", result.stderr)
                self.assertIn("nothing was written", result.stderr)
                self.assertFalse(out.exists(), "no output directory may appear")
                self.assertEqual(result.stdout, "")

    def test_failed_build_leaves_the_previous_export_untouched(self):
        out = self.tmp / "out"
        run("build", SAMPLE, "-o", out, check=True)
        before = self.snapshot(out)
        data = self.data_with(CASES["duplicate id"][0])
        result = run("build", data, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(self.snapshot(out), before)

    def test_failed_export_creates_no_file(self):
        data = self.data_with(CASES["unknown property"][0])
        target = self.tmp / "graph.ttl"
        result = run("export", data, "-f", "turtle", "-o", target)
        self.assertEqual(result.returncode, 1)
        self.assertFalse(target.exists())
        self.assertEqual(list(self.tmp.glob(".graph.ttl*")), [])

    def test_every_problem_is_reported_in_one_run(self):
        data = self.data_with(
            '{"nodes": [{"id": "Bad Id", "type": "Persn", "label": {"en": "X"}}],\n'
            ' "statements": [{"subject": "ghost", "predicate": "partys", "object": "prc", "cite": ["fn-0"]},\n'
            '                {"subject": "treaty-1950", "predicate": "date", "value": "1950-13", "cite": ["fn-38"]}]}')
        (data / "broken.json").write_text('{"nodes": [', encoding="utf-8")
        result = run("validate", data)
        self.assertEqual(result.returncode, 1)
        for error_id in ("data.bad-id", "ontology.unknown-class", "data.unknown-reference", "ontology.unknown-property",
                         "data.unknown-citation", "data.bad-date", "json.syntax"):
            self.assertIn(f"error[{error_id}]", result.stderr)
        self.assertRegex(result.stderr, r"\n7 errors; nothing was written\n$")

    def test_missing_input_is_an_io_error(self):
        result = run("build", self.tmp / "does-not-exist", "-o", self.tmp / "out")
        self.assertEqual(result.returncode, 3)
        self.assertIn("error[io.read]: no such file or directory", result.stderr)
        self.assertFalse((self.tmp / "out").exists())

    def test_huge_strings_are_handled(self):
        data = self.data_with('{"nodes": [{"id": "x", "type": "Place", "label": {"en": "' + "鯨" * 5_000_000 + '"}}]}')
        result = run("build", data, "-o", self.tmp / "out", "--quiet")
        self.assertEqual(result.returncode, 0, result.stderr[:2000])
        self.assertGreater((self.tmp / "out" / "pactgraph.nt").stat().st_size, 15_000_000)

    def test_unreadable_data_file_is_an_io_error(self):
        # Root reads any file whatever its mode, so unreadability is made by a
        # dangling symbolic link.
        data = self.data_with("{}")
        os.symlink(self.tmp / "gone.json", data / "dangling.json")
        result = run("build", data, "-o", self.tmp / "out")
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn(f"{data / 'dangling.json'}: error[io.read]: no such file or directory", result.stderr)
        self.assertFalse((self.tmp / "out").exists())

    def test_symlink_loops_do_not_hang_or_duplicate(self):
        data = self.data_with("{}")
        os.symlink(data, data / "loop")
        os.symlink(data / "sources.json", data / "alias.json")
        result = run("validate", data)
        # The loop is not followed; the file alias is read twice, so its ids repeat.
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[data.duplicate-id]", result.stderr)
        self.assertIn("alias.json", result.stderr)

    def test_directory_without_data_is_refused(self):
        empty = self.tmp / "empty"
        empty.mkdir()
        (empty / "notes.txt").write_text("not data")
        result = run("validate", empty)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[input.no-data]", result.stderr)


if __name__ == "__main__":
    unittest.main()

"""Bad input: each problem gives file:line:col, the JSON Pointer, a clear
message with a stable id, exit code 1 (3 for unreadable files), and no
output file is created or changed."""

import os
import random
import re
import shutil
import subprocess
import time
import unittest

from pgtest import BIN, SAMPLE, TempDirTestCase, run

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
    # Issue 19: special bytes and encodings
    "comment in JSON": (
        '{\n  "nodes": [],\n  /* the citations follow */ "citations": []\n}',
        "json.syntax", "/*", None, "syntax error"),
    "second document after the first": (
        '{"nodes": []}\n\n   {"citations": []}\n',
        "json.syntax", '{"citations"', None, "expected end of input"),
    "NUL byte": (
        b'{"nodes": []}\n\x00{"nodes": [{"id": "never read"',
        "json.syntax", b"\x00", None, "NUL byte"),
    "UTF-16 file": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"}}]}'.encode("utf-16"),
        "json.encoding", b"\xff\xfe", None, "UTF-16 (little-endian)"),
    # Issue 19: rules the documentation implies
    "null value": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "date", "value": null, "cite": ["fn-38"]}]}',
        "data.wrong-type", "null", "/statements/0/value", "found null"),
    "object and value": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "party", "object": "prc", "value": "prc",\n'
        '  "cite": ["fn-38"]}]}',
        "data.object-and-value", '{"subject"', "/statements/0", "not both"),
    "dangling singleton in a language tag": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X", "de-x": "Y"}}]}',
        "data.bad-language-tag", '"Y"', "/nodes/0/label/de-x", "RFC 5646"),
    "two regions in a language tag": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"}, "description": {"pt-BR-PT": "Lugar"}}]}',
        "data.bad-language-tag", '"Lugar"', "/nodes/0/description/pt-BR-PT", "RFC 5646"),
    "one language in two cases": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"zh-Hans": "北京", "zh-hans": "北平"}}]}',
        "data.duplicate-language", '"北平"', "/nodes/0/label/zh-hans", "one label per language"),
    "blank label": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X", "ru": " \\t\\u3000 "}}]}',
        "data.empty-text", '" \\t', "/nodes/0/label/ru", "blank label"),
    "empty description": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"}, "description": {}}]}',
        "data.empty-map", "{}", "/nodes/0/description", "empty language map"),
    "empty altLabel map": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"},\n  "altLabel": {}}]}',
        "data.empty-map", "{}", "/nodes/0/altLabel", "empty language map"),
    "empty altLabel list": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"}, "altLabel": {"ru": ["Икс"], "zh": []}}]}',
        "data.empty-list", "[]", "/nodes/0/altLabel/zh", "empty list of names"),
    "Wikidata URL instead of an id": (
        '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"},\n'
        '  "props": {"wikidata": "https://www.wikidata.org/wiki/Q8646"}}]}',
        "data.pattern-mismatch", '"https', "/nodes/0/props/wikidata", "^Q[1-9][0-9]*$"),
    "lowercase Wikidata id": (
        '{"nodes": [{"id": "x", "type": "State", "label": {"en": "X"}, "props": {"wikidataCloseMatch": ["q148"]}}]}',
        "data.pattern-mismatch", '"q148"', "/nodes/0/props/wikidataCloseMatch/0", "wikidataCloseMatch"),
    "footnote claimed by two citations": (
        '{"citations": [{"id": "fn-77", "source": "heinzig-2004", "pages": "351", "footnote": 77},\n'
        '  {"id": "fn-77b", "source": "heinzig-2004", "pages": "352", "footnote": 77}]}',
        "data.duplicate-footnote", "77}]", "/citations/1/footnote", 'footnote 77 is already citation "fn-77"'),
    "place located in itself": (
        '{"nodes": [{"id": "beijing", "type": "Place", "label": {"en": "Beijing"}, "props": {"locatedIn": "beijing"}}]}',
        "ontology.cycle", '"beijing"}', "/nodes/0/props/locatedIn", "beijing → beijing"),
    "events part of each other": (
        '{"nodes": [{"id": "talks-1950", "type": "Negotiation", "label": {"en": "Talks"}}],\n'
        ' "statements": [\n'
        '  {"subject": "negotiation-1950-01-22", "predicate": "partOfEvent", "object": "talks-1950", "cite": ["fn-34"]},\n'
        '  {"subject": "talks-1950", "predicate": "partOfEvent", "object": "negotiation-1950-01-22",\n'
        '   "cite": ["fn-34"]}]}',
        "ontology.cycle", '"negotiation-1950-01-22",\n', "/statements/1/object",
        "negotiation-1950-01-22 → talks-1950 → negotiation-1950-01-22"),
    "claim that ends before it begins": (
        '{"statements": [{"subject": "negotiation-1950-01-22", "predicate": "participant", "object": "shi-zhe",\n'
        '  "cite": ["fn-34"], "qualifiers": {"startDate": "1950-02", "endDate": "1950-01-31"}}]}',
        "data.bad-interval", '"1950-01-31"', "/statements/0/qualifiers/endDate", "ends (endDate 1950-01-31) before"),
    "year 0000": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "date", "value": "0000-02-14", "cite": ["fn-38"]}]}',
        "data.bad-date", '"0000-02-14"', "/statements/0/value", "year 0000 is not supported"),
    "lookalike letter in a reference": (
        '{"statements": [{"subject": "treaty-1950", "predicate": "signatory", "object": "mao-zed\u043eng",'
        ' "cite": ["fn-38"]}]}',
        "data.unknown-reference", '"mao-zed', "/statements/0/object", "U+043E CYRILLIC SMALL LETTER O"),
    "lookalike dash in an id": (
        '{"nodes": [{"id": "treaty\u20131945", "type": "Treaty", "label": {"en": "Treaty of 1945"}}]}',
        "data.bad-id", '{"id"', "/nodes/0", "U+2013 EN DASH"),
    "number that is no integer": (
        '{"nodes": [{"id": "art", "type": "TreatyArticle", "label": {"en": "Article"},\n'
        '  "props": {"articleNumber": 2.5e0, "articleOf": "treaty-1950"}}]}',
        "data.bad-literal", "2.5e0", "/nodes/0/props/articleNumber", "expected an integer"),
}
# Cases whose `where` cannot be predicted by text search.
POSITION_FREE = {"binary file", "deep nesting"}

HINTS = {
    "unknown record type": "did you mean `Person`?",
    "reference to an unknown id": "did you mean `ussr`?",
    "unknown property": "did you mean `party`?",
    "comment in JSON": "JSON has no comments",
    "second document after the first": "a data file holds one JSON object",
    "UTF-16 file": "save the file as UTF-8",
    "Wikidata URL instead of an id": 'write "Q8646"',
    "lowercase Wikidata id": 'write "Q148"',
    "lookalike letter in a reference": "did you mean `mao-zedong`?",
    "lookalike dash in an id": 'type it as "treaty-1945"',
    "footnote claimed by two citations": 'one citation per footnote: cite "fn-77" instead',
}
# Cases that must produce exactly one diagnostic (no cascade, no unlocated duplicate).
SINGLE = {"UTF-16 file", "null value", "object and value", "NUL byte", "comment in JSON"}
# Every error line starts with the file, line and column.
LOCATED = re.compile(r"^\S.*:\d+:\d+: error\[[a-z0-9.-]+\]: ")


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
                for line in result.stderr.splitlines():
                    if "error[" in line:
                        self.assertRegex(line, LOCATED)
                if name in SINGLE:
                    self.assertTrue(result.stderr.endswith("\n1 error; nothing was written\n"), result.stderr)

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

    def test_a_50_mb_value_is_named_by_its_length_not_echoed(self):
        # Each file holds one 50 MiB string where a diagnostic quotes the
        # value: an id that is no slug, an unknown key, a date. The message
        # shows its first 80 characters, an ellipsis and its length in bytes.
        size = 50 * 1024 * 1024
        value = ("Xx " * (size // 3 + 1))[:size]
        cases = {
            "data.bad-id": '{"nodes": [{"id": "%s", "type": "Place", "label": {"en": "X"}}]}',
            "data.unknown-key": '{"nodes": [{"id": "x", "type": "Place", "label": {"en": "X"}, "%s": 1}]}',
            "data.bad-date": '{"statements": [{"subject": "treaty-1950", "predicate": "date", "value": "%s",'
                             ' "cite": ["fn-38"]}]}',
        }
        for error_id, template in cases.items():
            with self.subTest(error=error_id):
                data = self.data_with(template % value, name=f"data-{error_id}")
                result = run("validate", data, "--max-file-size", "64M")
                self.assertEqual(result.returncode, 1, result.stderr[:2000])
                self.assertIn(f"error[{error_id}]", result.stderr)
                self.assertIn('"' + value[:80] + '…" (52428800 bytes)', result.stderr)
                self.assertNotIn(value[:200], result.stderr)  # nor in the JSON Pointer
                self.assertLess(len(result.stderr), 2000, result.stderr[:3000])

    def test_50_mb_of_garbage_is_refused_with_a_short_diagnostic(self):
        data = self.data_with("{}")
        # 50 MiB of pseudo-random bytes after an "x", which no JSON starts with.
        garbage = b"x" + random.Random(18).randbytes(50 * 1024 * 1024 - 1)
        (data / "garbage.json").write_bytes(garbage)
        result = run("validate", data, "--max-file-size", "64M")
        self.assertEqual(result.returncode, 1, result.stderr[:2000])
        self.assertRegex(result.stderr, re.escape(str(data / "garbage.json")) + r":1:\d+: error\[json\.syntax\]")
        self.assertLess(len(result.stderr), 2000, result.stderr[:3000])

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

    # Issue 19: special files. Each is refused before it is read, as an I/O
    # problem (exit 3), and nothing is written.
    def assert_io_refusal(self, data, error_id, words, *options):
        out = self.tmp / "out"
        started = time.monotonic()
        result = subprocess.run([BIN, "build", str(data), "-o", str(out), *options], capture_output=True, text=True,
                                timeout=60)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn(f": error[{error_id}]: {words}", result.stderr)
        self.assertTrue(result.stderr.endswith("nothing was written\n"), result.stderr)
        self.assertFalse(out.exists())
        return result, time.monotonic() - started

    def test_fifo_is_refused_without_blocking(self):
        data = self.data_with("{}")
        os.mkfifo(data / "pipe.json")
        result, _ = self.assert_io_refusal(data, "io.not-a-file", "this is a named pipe (FIFO), not a regular file")
        self.assertIn(f"{data / 'pipe.json'}: error[io.not-a-file]", result.stderr)

    def test_link_to_an_endless_device_is_refused_unread(self):
        data = self.data_with("{}")
        os.symlink("/dev/zero", data / "zeros.json")
        os.symlink("/dev/urandom", data / "noise.json")
        result, seconds = self.assert_io_refusal(data, "io.not-a-file", "this is a character device")
        self.assertIn("noise.json", result.stderr)
        self.assertLess(seconds, 10)

    def test_read_error_is_an_io_error_not_an_empty_file(self):
        # /proc/self/mem, read from offset 0, fails with EIO (the first page is never mapped).
        data = self.data_with("{}")
        os.symlink("/proc/self/mem", data / "broken-disk.json")
        result, _ = self.assert_io_refusal(data, "io.read", "reading failed: input/output error")
        self.assertNotIn("json.empty", result.stderr)

    def test_file_over_the_size_limit_is_refused_before_reading(self):
        data = self.data_with("{}")
        big = data / "big.json"
        with open(big, "wb") as f:  # sparse: 50 MB that take no disk space and are never read
            f.truncate(50 * 1024 * 1024)
        result, seconds = self.assert_io_refusal(data, "io.too-large",
                                                 "the file holds 50 MiB, more than the limit of 32 MiB")
        self.assertIn("--max-file-size", result.stderr)
        self.assertLess(seconds, 5)
        # The limit is overridable (the file is then read: zero bytes are no JSON).
        result = run("validate", data, "--max-file-size", "64M")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("error[json.syntax]", result.stderr)
        result = run("validate", data, "--max-file-size", "1k")
        self.assertIn("more than the limit of 1 KiB", result.stderr)

    def test_utf16_file_gets_one_message_not_a_cascade(self):
        # The sample's actors, saved as UTF-16: the treaty refers to them.
        data = self.data_with("{}")
        actors = (data / "actors.json").read_text(encoding="utf-8")
        for encoding in ("utf-16", "utf-16-be", "utf-32"):
            with self.subTest(encoding=encoding):
                (data / "actors.json").write_bytes(actors.encode(encoding))
                result = run("validate", data)
                self.assertEqual(result.returncode, 1)
                self.assertRegex(result.stderr, r"actors\.json:1:1: error\[json\.encoding\]: the file is UTF-(16|32)")
                self.assertIn("hint: save the file as UTF-8", result.stderr)
                self.assertTrue(result.stderr.endswith("\n1 error; nothing was written\n"), result.stderr)

    def test_numbers_in_exponent_form_are_exact_decimals(self):
        data = self.data_with(
            '{"statements": [{"subject": "treaty-1950", "predicate": "amount", "value": 3E8, "cite": ["fn-38"],\n'
            '  "qualifiers": {"unit": "USD"}},\n'
            ' {"subject": "treaty-1950", "predicate": "interestRate", "value": 1e-2, "cite": ["fn-38"]}]}')
        result = run("export", data, "-f", "ntriples")
        self.assertEqual(result.returncode, 0, result.stderr)
        decimal = "<http://www.w3.org/2001/XMLSchema#decimal>"
        self.assertIn(f'"300000000"^^{decimal}', result.stdout)
        self.assertIn(f'"0.01"^^{decimal}', result.stdout)

    def test_directory_without_data_is_refused(self):
        empty = self.tmp / "empty"
        empty.mkdir()
        (empty / "notes.txt").write_text("not data")
        result = run("validate", empty)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error[input.no-data]", result.stderr)


if __name__ == "__main__":
    unittest.main()

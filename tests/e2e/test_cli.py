"""The command line itself: help, version, usage errors and exit codes."""

import json
import re
import unittest

from pgtest import SAMPLE, TempDirTestCase, run

SUBCOMMANDS = ("build", "validate", "export")


class CliTest(TempDirTestCase):
    def test_help_on_every_subcommand(self):
        top = run("--help")
        self.assertEqual(top.returncode, 0)
        for name in SUBCOMMANDS:
            self.assertIn(name, top.stdout)
            with self.subTest(subcommand=name):
                result = run(name, "--help")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("DATA", result.stdout)
                self.assertIn("--ontology", result.stdout)
        self.assertIn("--base", run("build", "--help").stdout)
        self.assertIn("--format", run("export", "--help").stdout)

    def test_version(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^pactgraph \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2(self):
        cases = {
            "no subcommand": [],
            "unknown subcommand": ["frobnicate"],
            "build without output": ["build", SAMPLE],
            "unknown format": ["export", SAMPLE, "--format", "rdfxml"],
            "relative base": ["build", SAMPLE, "-o", self.tmp / "out", "--base", "relative/"],
            "base without separator": ["build", SAMPLE, "-o", self.tmp / "out", "--base", "https://example.org/x"],
            # RFC 3987 refuses these (util::isAbsoluteIri, unit/util/TextTest)
            "base with a second #": ["build", SAMPLE, "-o", self.tmp / "out", "--base", "https://example.org/kg#a#"],
            "base with a bad percent escape": ["build", SAMPLE, "-o", self.tmp / "out", "--base",
                                               "https://example.org/%G1/"],
            "base with a bidi control": ["build", SAMPLE, "-o", self.tmp / "out", "--base",
                                         "https://example.org/\u202egk/"],
            "base with an unclosed IP literal": ["build", SAMPLE, "-o", self.tmp / "out", "--base",
                                                 "http://[2001:db8::1/kg/"],
            "file size that is no size": ["validate", SAMPLE, "--max-file-size", "12 parsecs"],
        }
        for name, args in cases.items():
            with self.subTest(case=name):
                result = run(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertNotEqual(result.stderr, "")
        self.assertFalse((self.tmp / "out").exists())

    def test_export_targets(self):
        """`export` writes an RDF format (-f) or, as its subcommands, the
        sources as CSL-JSON and the claims as QuickStatements."""
        help_text = run("export", "--help").stdout
        for target in ("csl-json", "quickstatements"):
            self.assertIn(target, help_text)
            with self.subTest(target=target):
                self.assertEqual(run("export", target, "--help").returncode, 0)
                self.assertEqual(run("export", target).returncode, 2)  # DATA is required
        csl = run("export", "csl-json", SAMPLE)
        self.assertEqual(csl.returncode, 0, csl.stderr)
        self.assertIsInstance(json.loads(csl.stdout), list)
        qs = run("export", "quickstatements", SAMPLE)
        self.assertEqual(qs.returncode, 0, qs.stderr)
        self.assertTrue(qs.stdout.startswith("CREATE\n"), qs.stdout[:200])
        for args, error in ((["export", SAMPLE], "usage.no-format"), (["export", "-f", "turtle"], "usage.no-data"),
                            (["export", "csl-json", SAMPLE, "-f", "turtle"], "")):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn(error, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_each_error_class_has_its_exit_code_and_one_diagnostic(self):
        # README's table; a broken invariant (4) cannot be provoked from
        # outside: unit/cli/ErrorsTest throws one through the same runner.
        blocker = self.tmp / "a-file"
        blocker.write_text("not a directory", encoding="utf-8")
        cases = {
            "usage": (["path", "mao-zedong", "joseph-stalin", SAMPLE, "--graph", "http://example.org/g"], 2,
                      "error[usage.graph-without-endpoint]"),
            "invalid data (an unknown node)": (["path", "nobody-at-all", "mao-zedong", SAMPLE], 1, "error["),
            "unreadable input": (["query", self.tmp / "missing.rq", "--endpoint", "http://127.0.0.1:9/sparql"], 3,
                                 "error[io.read]"),
            "unwritable output": (["build", SAMPLE, "-o", blocker / "out"], 3, "error[io.write]"),
            "unreachable store": (["store", "status", "--graph", "http://example.org/g", "--endpoint",
                                   "http://127.0.0.1:9/gsp", "--connect-timeout", "2", "--retries", "0"], 3,
                                  "error[store.unreachable]"),
        }
        for name, (args, code, diagnostic) in cases.items():
            with self.subTest(case=name):
                result = run(*args)
                self.assertEqual(result.returncode, code, result.stderr)
                self.assertTrue(result.stderr.startswith(diagnostic) or f"\n{diagnostic}" in result.stderr,
                                result.stderr)

    def test_validate_reports_counts_and_writes_nothing(self):
        result = run("validate", SAMPLE, cwd=self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "valid: 3 files, 11 nodes, 11 statements, 3 citations\n")
        self.assertEqual(list(self.tmp.iterdir()), [])

    def test_quiet_prints_nothing_on_success(self):
        result = run("build", SAMPLE, "-o", self.tmp / "out", "--quiet")
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "", ""))

    def test_progress_reports_every_stage_on_stderr(self):
        result = run("build", SAMPLE, "-o", self.tmp / "out", "--progress")
        self.assertEqual(result.returncode, 0, result.stderr)
        stages = re.findall(r"^progress: (.+): [0-9]+\.[0-9]{3} s, peak memory [0-9]+ MB$", result.stderr, re.M)
        # The formats are written concurrently (one stage); one at a time with --jobs 1.
        self.assertEqual(stages, ["load", "validate", "build quads", "write turtle, ntriples, trig, nquads, jsonld",
                                  "commit"])
        one_by_one = run("build", SAMPLE, "-o", self.tmp / "out", "--progress", "--jobs", "1")
        self.assertEqual(re.findall(r"^progress: (.+): [0-9]+\.[0-9]{3} s, peak memory [0-9]+ MB$", one_by_one.stderr, re.M),
                         ["load", "validate", "build quads", "write turtle", "write ntriples", "write trig",
                          "write nquads", "write jsonld", "commit"])
        self.assertNotIn("progress", result.stdout)
        # Not a terminal and no --progress: silent.
        self.assertEqual(run("export", SAMPLE, "-f", "nquads").stderr, "")
        both = run("export", SAMPLE, "-f", "nquads", "--progress", "--quiet")
        self.assertEqual(both.returncode, 2)
        self.assertIn("excludes", both.stderr)

    def test_broken_ontology_file_is_reported(self):
        bad = self.tmp / "bad.ttl"
        bad.write_text("@prefix pg: <https://w3id.org/pactgraph/ontology#> .\npg:x a .\n")
        result = run("validate", SAMPLE, "--ontology", bad)
        self.assertEqual(result.returncode, 3)
        self.assertIn(f"{bad}:2:", result.stderr)


if __name__ == "__main__":
    unittest.main()

"""The HTML report (`pactgraph report`) end to end: the page is opened in
headless Chromium (Debian's `chromium`, driven by playwright-core from
tests/peers, no downloaded browser) at 1400 and 400 px wide, screenshots
taken, and checked as a reader would see it — one circle per actor in the
rendering that fits the width, the timeline's events in chronological
order, non-empty tables whose rows stay a few lines high, every in-page
link resolving, no console errors, no network request but the file itself,
nothing wider than the viewport (no element needs sideways scrolling), the
most central actor on screen — and validated by html-validate (offline).
Big graphs show their top actors with a note. The output is byte-identical
across runs and input orders, and the tricky fixture's text is shown
escaped."""

import json
import os
import shutil
import subprocess
import unittest
from pathlib import Path

from pgtest import PEERS, SAMPLE, SOURCE_DIR, TempDirTestCase, run

DATA = SOURCE_DIR / "data"
TRICKY = SOURCE_DIR / "tests" / "fixtures" / "tricky"
NETWORK = SOURCE_DIR / "tests" / "fixtures" / "network"
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_TIMEOUT = 180  # seconds for one whole browser session (the script bounds each step to 30 s)
# Set to a directory to keep the screenshots after the run (they are always
# written to the test's temporary directory first).
KEEP_SCREENSHOTS = os.environ.get("PACTGRAPH_REPORT_SCREENSHOTS")


def require_peers():
    if not CHROMIUM.exists():
        raise AssertionError("/usr/bin/chromium is missing: run scripts/install-deps.sh --test")
    if not (PEERS / "node_modules" / "playwright-core").exists():
        raise AssertionError("playwright-core is missing: run scripts/install-deps.sh --test")


# A table row taller than this at either width is a wall of text.
MAX_ROW_HEIGHT = 320


def dated_events(data):
    """Ids of the events the timeline can place (at least one known end), in
    timeline order, and of all events, in timeline order."""
    timeline = json.loads(run("timeline", data, "--json", check=True).stdout)
    return [e["id"] for e in timeline["events"]
            if e.get("days") and (e["days"].get("earliest") or e["days"].get("latest"))], \
        [e["id"] for e in timeline["events"]]


class ReportTest(TempDirTestCase):
    def report(self, *data, name="report.html", extra=()):
        out = self.tmp / name
        result = run("report", *data, "-o", out, *extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(out.exists())
        return out

    def browse(self, report):
        """What the browser sees at both widths (see tests/peers/report-check.mjs)."""
        require_peers()
        shots = self.tmp / (report.stem + "-screenshots")
        shots.mkdir()
        result = subprocess.run(["node", PEERS / "report-check.mjs", report, shots], cwd=PEERS,
                                capture_output=True, text=True, timeout=BROWSER_TIMEOUT)
        self.assertEqual(result.returncode, 0, result.stderr[-3000:])
        for name in ("desktop.png", "narrow.png"):
            self.assertGreater((shots / name).stat().st_size, 10_000, name)
        if KEEP_SCREENSHOTS:
            target = Path(KEEP_SCREENSHOTS) / report.stem
            shutil.copytree(shots, target, dirs_exist_ok=True)
        return json.loads(result.stdout)

    def check_page(self, seen, data, drawn=None):
        """The checks every report must pass, at both widths. `drawn`: the
        actor ids the network shows (default: all)."""
        analysis = json.loads(run("analyze", data, "--json", check=True).stdout)
        actors = {a["id"] for a in analysis["actors"]}
        drawn = actors if drawn is None else drawn
        dated, events = dated_events(data)
        self.assertEqual(seen["requests"], [seen["url"]] * 2, "only the file itself may load, once per viewport")
        for width, page in seen["viewports"].items():
            with self.subTest(width=width):
                self.assertEqual(page["consoleErrors"], [])
                self.assertEqual(page["visibleNetworks"], 1, "one rendering of the network at a time")
                self.assertEqual(page["networkVariant"], "narrow" if width == "narrow" else "wide")
                self.assertEqual(page["networkCircles"], len(drawn))
                self.assertEqual({link.removeprefix("actor-") for link in page["networkActorLinks"]}, drawn)
                if drawn == actors:
                    self.assertEqual(page["networkLines"], analysis["summary"]["links"])
                self.assertTrue(page["centralActor"]["drawn"], page["centralActor"])
                self.assertTrue(page["centralActor"]["onScreen"], page["centralActor"])
                self.assertLessEqual(page["networkWidth"], page["clientWidth"])
                marks = [mark.removeprefix("event-") for mark in page["timelineMarks"]]
                if len(dated) <= 150:
                    self.assertEqual(marks, dated, "the chart lists every dated event in timeline order")
                else:
                    self.assertEqual(marks, [e for e in dated if e in set(marks)], "timeline order")
                entries = [entry.removeprefix("event-") for entry in page["eventEntries"]]
                self.assertEqual(entries, [e for e in events if e in set(entries)], "events in timeline order")
                if len(events) <= 300:
                    self.assertEqual(entries, events)
                self.assertGreaterEqual(page["tableRows"]["actors"], min(len(actors), 300))
                self.assertGreater(page["tableRows"]["sources"], 0)
                self.assertLessEqual(page["tallestRow"]["actors"], MAX_ROW_HEIGHT)
                self.assertLessEqual(page["tallestRow"]["sources"], MAX_ROW_HEIGHT)
                self.assertGreater(page["fragmentLinks"], 0)
                self.assertEqual(page["brokenLinks"], [])
                self.assertLessEqual(page["scrollWidth"], page["clientWidth"], page["overflowing"])
                self.assertEqual(page["overflowing"], [])

    def test_curated_treaty_in_the_browser(self):
        report = self.report(DATA, name="data.html")
        seen = self.browse(report)
        self.check_page(seen, DATA)
        desktop = seen["viewports"]["desktop"]
        self.assertEqual(desktop["title"], "Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance")
        self.assertGreaterEqual(desktop["tableRows"]["treaties"], 6, "the six articles of the 1950 treaty")
        text = desktop["text"]
        # The 1949–50 negotiation has its own detail panel, and claims show their citations.
        self.assertIn("Detail, 1 December 1949 – 28 February 1950", text)
        self.assertIn("Heinzig 2004, p. 364 [fn 38]", text)
        html = report.read_text(encoding="utf-8")
        for anchor in ("actor-mao-zedong", "event-negotiation-1950-01-22", "source-heinzig-2004", "treaty-treaty-1950"):
            self.assertIn(f'id="{anchor}"', html)

    def test_fixtures_in_the_browser(self):
        for data in (SAMPLE, NETWORK, TRICKY):
            with self.subTest(data=data.name):
                self.check_page(self.browse(self.report(data, name=f"{data.name}.html")), data)

    def test_big_graph_shows_its_top_actors_with_a_note(self):
        data = self.tmp / "synth"
        run("synth", "--entities", "1500", "--seed", "3", "-o", data, check=True)
        out = self.tmp / "synth.html"
        result = run("report", data, "-o", out, "--progress")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("progress: report: scores", result.stderr)
        self.assertIn("note: ", result.stderr)
        analysis = json.loads(run("analyze", data, "--json", check=True).stdout)
        self.assertGreater(len(analysis["actors"]), 100)
        by_pagerank = sorted(analysis["actors"], key=lambda a: (-a["pageRank"], a["id"]))
        top = {a["id"] for a in by_pagerank[:100]}
        seen = self.browse(out)
        self.check_page(seen, data, drawn=top)
        text = seen["viewports"]["desktop"]["text"]
        self.assertIn(f"The 100 actors of highest PageRank of {len(analysis['actors']):,}", text)
        self.assertIn("Showing 300 of", text)

    def test_tricky_text_is_escaped_and_shown_as_written(self):
        report = self.report(TRICKY, name="tricky-escaped.html")
        html = report.read_text(encoding="utf-8")
        fixture = json.loads((TRICKY / "tricky.json").read_text(encoding="utf-8"))
        source_label = fixture["nodes"][0]["label"]["en"]
        url = fixture["nodes"][0]["props"]["url"]
        self.assertIn(source_label, html)  # quotes and backslashes need no escaping in text
        self.assertIn(url.replace("&", "&amp;"), html)
        self.assertNotIn(url, html)
        # C0 controls are shown as Control Pictures, never written raw.
        self.assertFalse(any(chr(c) in html for c in range(0x20) if chr(c) not in "\t\n"))
        self.assertIn("\u2401\u2402\u2403", html)
        # The right-to-left override is isolated and cannot reorder the page.
        self.assertIn("<bdi>right-to-left override: \u202eabc\u202c", html)
        seen = self.browse(report)
        text = seen["viewports"]["desktop"]["text"]
        self.assertIn(source_label, text)
        self.assertIn(url, text)
        self.assertIn("A person whose id starts with a digit", text)
        self.assertIn("role with \\ and \"", text)
        self.assertIn("123456789012345678901234567890", text)

    def test_html_is_valid(self):
        reports = [self.report(DATA, name="data.html")]
        for data in (SAMPLE, NETWORK, TRICKY):
            reports.append(self.report(data, name=f"{data.name}.html"))
        validator = PEERS / "node_modules" / ".bin" / "html-validate"
        result = subprocess.run([validator, "--config", PEERS / "html-validate.json", *reports], cwd=PEERS,
                                capture_output=True, text=True, timeout=300)
        self.assertEqual(result.returncode, 0, result.stdout[-5000:] + result.stderr[-2000:])

    def test_output_is_byte_identical_across_runs_and_input_orders(self):
        files = sorted((DATA / "sino-soviet-1950").glob("*.json"))
        first = self.report(DATA, name="first.html").read_bytes()
        self.assertEqual(first, self.report(DATA, name="second.html").read_bytes())
        self.assertEqual(first, self.report(*reversed(files), name="reversed.html").read_bytes())
        # The same files under other names, so that a directory lists them in another order.
        copy = self.tmp / "renamed"
        copy.mkdir()
        for index, path in enumerate(reversed(files)):
            shutil.copy(path, copy / f"{index:02d}-{path.name}")
        self.assertEqual(first, self.report(copy, name="renamed.html").read_bytes())

    def test_zoom_title_and_errors(self):
        report = self.report(DATA, extra=("--zoom", "1950-01/1950-02", "--title", "Talks <1950>"))
        html = report.read_text(encoding="utf-8")
        self.assertIn("<title>Talks &lt;1950&gt;</title>", html)
        self.assertIn("Detail, 1 January 1950 – 28 February 1950", html)
        before = report.read_bytes()
        bad_zoom = run("report", DATA, "-o", report, "--zoom", "1950-13")
        self.assertEqual(bad_zoom.returncode, 2)
        self.assertIn("error[usage.bad-date]", bad_zoom.stderr)
        bad_data = self.tmp / "bad"
        bad_data.mkdir()
        (bad_data / "x.json").write_text('{"nodes": [{"id": "x", "type": "Persn", "label": {"en": "X"}}]}')
        invalid = run("report", bad_data, "-o", report)
        self.assertEqual(invalid.returncode, 1)
        self.assertIn("ontology.unknown-class", invalid.stderr)
        self.assertEqual(report.read_bytes(), before, "a failed run leaves the previous report untouched")
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir() if p.name.startswith(".")), [])

    def test_an_extended_ontology_reaches_the_report(self):
        """Terms an --ontology extension puts below the report's own (a
        subclass of pg:Treaty and of pg:Person, subproperties of
        pg:articleOf and pg:participant) are shown as those terms are."""
        ontology = self.tmp / "extended.ttl"
        ontology.write_text((SOURCE_DIR / "ontology" / "pactgraph.ttl").read_text(encoding="utf-8") +
                            (SOURCE_DIR / "tests" / "fixtures" / "ontology-extension.ttl").read_text(encoding="utf-8"),
                            encoding="utf-8")
        data = self.tmp / "extended"
        shutil.copytree(SAMPLE, data)
        (data / "secret.json").write_text(json.dumps({
            "nodes": [
                {"id": "secret-protocol", "type": "SecretProtocol", "label": {"en": "Secret additional protocol"}},
                {"id": "secret-clause", "type": "ProtocolClause", "label": {"en": "Secret clause"},
                 "props": {"clauseOf": "secret-protocol"}},
                {"id": "envoy", "type": "Envoy", "label": {"en": "The envoy"}}],
            "statements": [
                {"subject": "secret-clause", "predicate": "summary", "value": {"en": "Spheres of interest"},
                 "cite": ["fn-34"]},
                {"subject": "negotiation-1950-01-22", "predicate": "negotiator", "object": "envoy",
                 "cite": ["fn-38"]}]}), encoding="utf-8")
        html = self.report(data, name="extended.html", extra=("--ontology", ontology)).read_text(encoding="utf-8")
        self.assertIn('<article class="entry" id="treaty-secret-protocol">', html)
        self.assertIn('<tr id="article-secret-clause">', html)
        self.assertIn("Spheres of interest", html)
        self.assertIn('<a href="#actor-envoy" class="actor person', html)
        envoy = html[html.index('<tr id="actor-envoy">'):]
        envoy = envoy[:envoy.index("</tr>")]
        self.assertIn('<a href="#event-negotiation-1950-01-22">', envoy)
        # The network the report draws is the one `analyze` computes with the same ontology.
        analysis = json.loads(run("analyze", data, "--json", "--ontology", ontology, check=True).stdout)
        linked = {a["id"]: a["degree"] for a in analysis["actors"]}
        self.assertGreater(linked["envoy"], 0)


if __name__ == "__main__":
    unittest.main()

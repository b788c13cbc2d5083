"""Coverage of the curated dataset (data/) against its source article.

Checks mechanically, with the standard library only, that what the article
contains is in the data: every numbered footnote is a citation with the pages
the reference prints; every reference, bibliography and further-reading entry
is a source; every date written in the body is a date of some statement,
cited by the one citation rule (below); every person, party, state and place
the body names is a node; the amounts, the treaty's articles and its names in
five languages are there. It also checks the shape the validator relies on
(unique ids, references that resolve, cited claims) and that descriptions and
summaries are not copied from the article.

The citation rule, with its scope on each entry of a statement's `cite` list:
a claim from a sentence that carries its own footnote cites that footnote
(scope `sentence`); a claim from a sentence without one cites the next footnote
of its paragraph (scope `paragraph`); a claim from a paragraph with no footnote
after the sentence cites `article-text` (scope `article`). A `cite` entry is a
citation id — scope `sentence` for a citation with a footnote number, `article`
for one without — or an object {"id": ..., "scope": ...}.

Paths: PACTGRAPH_SOURCE_DIR is the repository root (default: two levels up
from this file); the article is ../shared/seed/sino-soviet-treaty-1950.txt
beside it.
"""

import json
import os
import re
import unittest
from pathlib import Path

SOURCE_DIR = Path(os.environ.get("PACTGRAPH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
ARTICLE = SOURCE_DIR / ".." / "shared" / "seed" / "sino-soviet-treaty-1950.txt"
DATA = SOURCE_DIR / "data"
ONTOLOGY = SOURCE_DIR / "ontology" / "pactgraph.ttl"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH = "(" + "|".join(MONTHS) + ")"
DATE_PROPERTIES = {"date", "startDate", "endDate", "pointInTime"}
SOURCE_TYPES = {"Book", "Chapter", "JournalArticle", "Review", "WebPage", "EncyclopediaArticle"}
TREATY = "treaty-1950"
SCOPES = ("sentence", "paragraph", "article")
MARKER = re.compile(r"\[(\d+)\]")
# A sentence ends at . ! or ? (and closing quotes), with the footnote markers printed after it
# ("...third road."[20], "...[56]: 86"), before a space or the end of the paragraph.
SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\[\d+\](?::\s?[0-9–-]+)?)*(?=\s|$)")

# Names the article's body gives, by the type of node each must be. Every
# name must occur in the body (checked) and be a label or alternative label.
PERSONS = ["Joseph Stalin", "Mao Zedong", "Deng Xiaoping", "Roosevelt", "Churchill", "Chiang Kai-shek",
           "Anastas Mikoyan", "Zhu De", "Chen Boda", "Ye Siluo", "Wang Dongxing", "Shi Zhe", "Liu Shaoqi",
           "Zhou Enlai", "Molotov", "Malenkov", "Vyshinsky", "Fedorenko", "Li Fuchun", "Wang Jiaxiang", "Tito",
           "Khrushchev", "Truman", "Austin Jersild"]
ORGANIZATIONS = {
    "PoliticalParty": ["Chinese Communist Party", "CCP", "Kuomintang", "KMT", "CPSU"],
    "Organization": ["TASS", "CCP Central Committee", "Joint Sino-Soviet Military Commission"],
    "MilitaryUnit": ["KMT Air Force", "PLA", "Red Army"],
    "Government": ["Kuomintang government", "KMT government", "Chinese Nationalist government", "Qing government"],
}
STATES = ["People's Republic of China", "Union of Soviet Socialist Republics", "Soviet Union", "United States",
          "Britain", "Japan", "Germany", "Vietnam", "Cambodia", "Afghanistan", "Mongolia", "Tsarist Russia"]
PLACES = ["Moscow", "Kremlin", "Port Arthur", "Dalian", "Port Dalian", "Chinese Changchun Railway", "Taiwan",
          "Outer Mongolia", "Shanghai", "Yalta", "Northeast China", "Kuril Islands", "Southern Sakhalin", "Guningtou",
          "Beijing", "Far East", "East Asia", "Sino-Soviet border"]
EVENTS = ["Yalta Conference", "World War II", "Chinese Civil War", "Second Sino-Japanese War", "Cold War",
          "Battle of Guningtou", "Sino-Soviet split", "Third Indochina War", "Korean War", "156 Projects"]
DOCUMENTS = ["On the People's Democratic Dictatorship", "Marshall Plan", "Point Four Program",
             "Five Principles of Peaceful Coexistence", "Yalta agreement"]

# Years written in the body that date no event of their own in the data but
# must still appear in its text, with the reason.
YEARS_IN_TEXT_ONLY = {
    "1952": "the railway clause's deadline ('no later than 1952'), kept in the agreement's summary",
}


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def significant(text):
    return [w for w in words(text) if len(w) >= 4]


def same_dash(text):
    return text.replace("-", "–")


class Article:
    """The article split into body, references, bibliography and further reading."""

    def __init__(self, text):
        lines = text.splitlines()
        see_also = lines.index("See also")
        self.body_lines = lines[1:see_also]
        self.body = "\n".join(self.body_lines)
        section = None
        self.references, self.bibliography, self.further, self.external = [], [], [], []
        for line in lines[see_also:]:
            if line == "editReferences":
                section = self.references
            elif line == "Bibliography":
                section = self.bibliography
            elif line == "Further reading":
                section = self.further
            elif line == "External links":
                section = self.external
            elif section is not None and re.match(r"^(edit)?- ", line):
                section.append(re.sub(r"^(edit)?- (\^ )?", "", line))

    def footnote_markers(self):
        return {int(n) for n in re.findall(r"\[(\d+)\]", self.body)}

    def next_footnote(self, line, position):
        """The footnote that follows `position` in the same paragraph, or None."""
        match = MARKER.search(line, position)
        return int(match.group(1)) if match else None

    def sentences(self):
        """Every sentence of the body as a Sentence, paragraph (line) by paragraph."""
        out = []
        for number, line in enumerate(self.body_lines):
            start = 0
            ends = [m.end() for m in SENTENCE_END.finditer(line)]
            for end in ends + ([len(line)] if line[ends[-1] if ends else 0:].strip() else []):
                out.append(Sentence(self, number, start, end))
                start = end
        return out

    def sentence_at(self, number, position):
        return next(s for s in self.sentences() if s.line == number and s.start <= position < s.end)


class Sentence:
    """One sentence of the body: its text, the footnotes it carries (markers inside it or right after its end) and
    the next footnote of its paragraph after it."""

    def __init__(self, article, line, start, end):
        self.line, self.start, self.end = line, start, end
        paragraph = article.body_lines[line]
        self.offset = start + len(paragraph[start:end]) - len(paragraph[start:end].lstrip())
        self.text = paragraph[start:end].strip()
        self.own = [int(n) for n in MARKER.findall(paragraph, start, end)]
        self.next = article.next_footnote(paragraph, end)

    def expected(self, position=None):
        """(footnote or None for article-text, scope) that the rule gives a claim of this sentence. For a sentence
        with footnotes: the first one after `position` in it, if any."""
        if self.own:
            after = [n for n, m in zip(self.own, MARKER.finditer(self.text))
                     if position is not None and self.offset + m.start() >= position]
            return (after or self.own)[0], "sentence"
        if self.next is not None:
            return self.next, "paragraph"
        return None, "article"

    def supports(self, footnote, scope):
        """Whether a claim of this sentence may cite `footnote` (None: article-text) with `scope`."""
        if scope == "sentence":
            return footnote in self.own
        if scope == "paragraph":
            return not self.own and footnote is not None and self.next == footnote
        return not self.own and self.next is None and footnote is None


class Dataset:
    def __init__(self, directory):
        self.nodes, self.citations, self.statements = {}, {}, []
        self.duplicates = []
        for path in sorted(directory.rglob("*.json")):
            if path.name == "schema.json":
                continue
            doc = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=self._no_duplicate_keys)
            for node in doc.get("nodes", []):
                if node["id"] in self.nodes or node["id"] in self.citations:
                    self.duplicates.append(node["id"])
                self.nodes[node["id"]] = node
            for citation in doc.get("citations", []):
                if citation["id"] in self.nodes or citation["id"] in self.citations:
                    self.duplicates.append(citation["id"])
                self.citations[citation["id"]] = citation
            self.statements.extend(doc.get("statements", []))

    @staticmethod
    def _no_duplicate_keys(pairs):
        out = {}
        for key, value in pairs:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = value
        return out

    def names(self, node):
        out = set(node.get("label", {}).values())
        for variants in node.get("altLabel", {}).values():
            out.update(variants)
        return out

    def find_by_name(self, name, types=None):
        return [n for n in self.nodes.values()
                if name in self.names(n) and (types is None or n["type"] in types)]

    def cite_entries(self, statement):
        """(citation id, scope) for each entry of the statement's cite list. An id string has scope `sentence` if
        the citation has a footnote number and `article` if not; an object gives its scope (None if it has none)."""
        out = []
        for entry in statement.get("cite", []):
            if isinstance(entry, dict):
                out.append((entry.get("id"), entry.get("scope")))
            else:
                has_footnote = "footnote" in self.citations.get(entry, {})
                out.append((entry, "sentence" if has_footnote else "article"))
        return out

    def cites(self, statement):
        """(footnote number or None for a citation without one, scope) for each cite entry."""
        return [(self.citations.get(c, {}).get("footnote"), scope) for c, scope in self.cite_entries(statement)]

    def footnotes_of(self, statement, scope=None):
        return {n for n, sc in self.cites(statement) if n is not None and scope in (None, sc)}

    def cites_article_text(self, statement):
        return any(c == "article-text" and scope == "article" for c, scope in self.cite_entries(statement))

    def date_values(self):
        """(value, statement) for every date-typed value and qualifier of a statement."""
        for statement in self.statements:
            if statement["predicate"] in DATE_PROPERTIES and isinstance(statement.get("value"), str):
                yield statement["value"], statement
            for name, value in statement.get("qualifiers", {}).items():
                if name in DATE_PROPERTIES:
                    for v in value if isinstance(value, list) else [value]:
                        yield v, statement

    def texts(self):
        """Every human-readable text: labels, descriptions, summaries, notes."""
        for node in self.nodes.values():
            for field in ("label", "description"):
                yield from node.get(field, {}).values()
            for variants in node.get("altLabel", {}).values():
                yield from variants
        for statement in self.statements:
            value = statement.get("value")
            if isinstance(value, dict):
                yield from value.values()
            yield from statement.get("note", {}).values()


def endpoints(value):
    """The EDTF value and, for an interval, its two ends (qualifiers ?~% dropped)."""
    value = value.rstrip("?~%")
    return [value] + [part.rstrip("?~%") for part in value.split("/")] if "/" in value else [value]


def ontology_terms(text):
    """(classes, properties, properties that need a citation) of the Turtle file, by local name."""
    classes, properties, cited = set(), set(), set()
    for block in re.split(r"\n\s*\n", text):
        match = re.search(r"^pg:(\w+) a owl:(Class|ObjectProperty|DatatypeProperty)", block, re.M)
        if not match:
            continue
        (classes if match.group(2) == "Class" else properties).add(match.group(1))
        if re.search(r"pg:requiresCitation true", block):
            cited.add(match.group(1))
    return classes, properties, cited


class DatasetCoverageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.article = Article(ARTICLE.read_text(encoding="utf-8"))
        cls.data = Dataset(DATA)

    # --- shape ----------------------------------------------------------------

    def test_ids_are_unique_and_references_resolve(self):
        data = self.data
        self.assertEqual(data.duplicates, [], "ids used twice")
        classes, properties, cited = ontology_terms(ONTOLOGY.read_text(encoding="utf-8"))
        for node in data.nodes.values():
            self.assertIn(node["type"], classes, node["id"])
            self.assertIn("en", node["label"], node["id"])
        for citation in data.citations.values():
            source = data.nodes.get(citation["source"])
            self.assertIsNotNone(source, citation["id"])
            self.assertIn(source["type"], SOURCE_TYPES, citation["id"])
        for statement in data.statements:
            where = f"{statement['subject']} {statement['predicate']}"
            self.assertIn(statement["subject"], data.nodes, where)
            self.assertIn(statement["predicate"], properties, where)
            if "object" in statement:
                self.assertIn(statement["object"], data.nodes, where)
            for cite, _scope in data.cite_entries(statement):
                self.assertIn(cite, data.citations, where)
            if statement["predicate"] in cited:
                self.assertTrue(statement.get("cite"), f"{where} needs a citation")

    def test_every_citation_supports_a_claim(self):
        used = {c for s in self.data.statements for c, _scope in self.data.cite_entries(s)}
        self.assertEqual(sorted(set(self.data.citations) - used), [])

    # --- footnotes and sources -------------------------------------------------

    def test_every_footnote_is_a_citation(self):
        markers = self.article.footnote_markers()
        self.assertEqual(markers, set(range(1, 63)), "the article's footnote markers")
        self.assertEqual(len(self.article.references), 62, "the article's reference list")
        by_footnote = {c.get("footnote"): c for c in self.data.citations.values() if c.get("footnote")}
        for n in sorted(markers):
            with self.subTest(footnote=n):
                self.assertIn(n, by_footnote, f"footnote {n} has no citation")
                self.assertEqual(by_footnote[n]["id"], f"fn-{n}")
        article_text = self.data.citations.get("article-text")
        self.assertIsNotNone(article_text, "claims without a footnote cite 'article-text'")
        self.assertNotIn("footnote", article_text)
        self.assertEqual(self.data.nodes[article_text["source"]]["type"], "EncyclopediaArticle")

    @staticmethod
    def printed_pages(reference):
        match = re.search(r"\bpp?\. ([0-9][0-9–,\s-]*[0-9])", reference)
        if match:
            return match.group(1)
        match = re.search(r"\d(?: \(\d+\))?: ([0-9][0-9–-]*[0-9])\.", reference)
        return match.group(1) if match else None

    def test_citations_give_the_printed_pages_and_source(self):
        for n, reference in enumerate(self.article.references, start=1):
            with self.subTest(footnote=n):
                citation = self.data.citations.get(f"fn-{n}")
                self.assertIsNotNone(citation)
                self.assertEqual(citation.get("footnote"), n)
                printed = self.printed_pages(reference)
                suffix = re.search(rf"\[{n}\]: ([0-9][0-9–,\s-]*[0-9])", self.article.body)
                if suffix:
                    printed = suffix.group(1)
                self.assertEqual(citation.get("pages"), printed, reference)
                source = self.data.nodes[citation["source"]]
                people = source.get("props", {}).get("creator", []) + source.get("props", {}).get("editor", [])
                surnames = {p.split(",")[0].strip() for p in people}
                if reference.startswith('"'):  # no author printed: match the title
                    self.assertIn(source["props"]["title"], reference)
                else:
                    # "Alan." in footnote 41 is Lawrance's given name printed in the surname's place.
                    lead = reference.split(".")[0].split(",")[0].split(";")[0].split(" (")[0].strip()
                    given = {p.split(",")[1].strip() for p in people if "," in p}
                    self.assertTrue(lead in surnames or lead in given, f"{lead!r} vs {sorted(surnames)}")
                    title_words = set(significant(reference))
                    source_words = significant(source["props"]["title"] + " " +
                                               source["props"].get("containerTitle", ""))
                    shared = [w for w in source_words if w in title_words]
                    self.assertGreaterEqual(len(shared), 2, f"title of {source['id']} not in {reference!r}")

    def entries(self):
        out = [("bibliography", e) for e in self.article.bibliography]
        out += [("further reading", e) for e in self.article.further]
        out += [("external link", e) for e in self.article.external if '"' in e]
        return out

    def test_every_bibliography_entry_is_a_source(self):
        sources = [n for n in self.data.nodes.values() if n["type"] in SOURCE_TYPES]
        matched = {}
        self.assertEqual(len(self.article.bibliography), 10)
        self.assertEqual(len(self.article.further), 4)
        for kind, entry in self.entries():
            with self.subTest(entry=entry[:60]):
                surname = re.split(r"[ ,]", entry, 1)[0]
                quoted = re.search(r'"(.+?)"', entry)
                entry_words = set(significant(entry))
                candidates = []
                for source in sources:
                    props = source.get("props", {})
                    people = props.get("creator", []) + props.get("editor", []) + props.get("translator", [])
                    if surname not in {p.split(",")[0].strip() for p in people}:
                        continue
                    title_words = significant(props.get("title", ""))
                    if not title_words or sum(w in entry_words for w in title_words) < 0.8 * len(title_words):
                        continue
                    if quoted and kind != "further reading":
                        wanted = significant(quoted.group(1))
                        if sum(w in title_words for w in wanted) < 0.8 * len(wanted):
                            continue
                    candidates.append(source["id"])
                self.assertTrue(candidates, f"no source for the {kind} entry {entry!r}")
                matched[entry] = candidates
        # Each entry is its own source: no two entries resolved to one node only.
        singles = [c[0] for c in matched.values() if len(c) == 1]
        self.assertEqual(len(singles), len(set(singles)), matched)

    # --- dates ----------------------------------------------------------------

    def date_mentions(self):
        """(kind, iso value, (footnote or None, scope) by the citation rule, matched text) for each date in the
        body."""
        out = []
        for number, line in enumerate(self.article.body_lines):
            taken = []

            def add(kind, value, match):
                taken.append(match.span())
                sentence = self.article.sentence_at(number, match.start())
                out.append((kind, value, sentence.expected(match.end()), match.group(0)))

            def free(match):
                return not any(a <= match.start() < b for a, b in taken)

            for m in re.finditer(rf"\bbetween {MONTH} (\d{{4}}) and {MONTH} (\d{{4}})", line):
                value = f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}/{m.group(4)}-{MONTHS.index(m.group(3)) + 1:02d}"
                add("interval", value, m)
            for m in re.finditer(r"\b(?:between|from) (\d{4}) (?:and|to) (\d{4})\b", line, re.I):
                add("interval", f"{m.group(1)}/{m.group(2)}", m)
            for m in re.finditer(r"\bin (\d{4})\b", line):  # "expired in 1979": a year-precise date
                add("year", m.group(1), m)
            for m in re.finditer(rf"\b{MONTH} (\d{{1,2}}), (\d{{4}})", line):
                add("day", f"{m.group(3)}-{MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}", m)
            for m in re.finditer(rf"\b(\d{{1,2}}) {MONTH} (\d{{4}})", line):
                add("day", f"{m.group(3)}-{MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}", m)
            for m in re.finditer(rf"\b{MONTH} (\d{{4}})\b", line):
                if free(m):
                    add("month", f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}", m)
            for m in re.finditer(rf"\b{MONTH} (\d{{1,2}})\b(?!,? \d{{4}})", line):
                if free(m):
                    add("yearless", f"-{MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}", m)
            for m in re.finditer(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! century)", line):
                add("day-only", f"-{int(m.group(1)):02d}", m)
        return out

    def test_every_body_date_is_a_cited_date_in_the_data(self):
        mentions = self.date_mentions()
        self.assertGreaterEqual(len(mentions), 21, "the article's dates")
        values = list(self.data.date_values())
        for kind, value, (footnote, scope), text in mentions:
            with self.subTest(date=text):
                if kind in ("yearless", "day-only"):
                    hits = [s for v, s in values if any(e.endswith(value) and len(e) == 10 for e in endpoints(v))]
                    hits = [s for s in hits if s.get("note")]
                elif kind in ("interval", "year"):
                    hits = [s for v, s in values if v == value]
                else:
                    hits = [s for v, s in values if value in endpoints(v)]
                self.assertTrue(hits, f"{text!r} ({value}) is not a date in the data"
                                      + (" with a note on the missing year" if kind in ("yearless", "day-only") else ""))
                if footnote is None:
                    self.assertTrue(any(self.data.cites_article_text(s) for s in hits),
                                    f"{text!r} has no footnote after it in its paragraph: some statement of it must "
                                    "cite article-text")
                else:
                    self.assertTrue(any(footnote in self.data.footnotes_of(s, scope) for s in hits),
                                    f"{text!r}: by the rule some statement of it must cite footnote {footnote} with "
                                    f"scope {scope}")

    def test_every_cite_entry_has_a_scope_that_fits_its_citation(self):
        closing = {s.next for s in self.article.sentences() if not s.own and s.next is not None}
        counts = {scope: 0 for scope in SCOPES}
        for statement in self.data.statements:
            where = f"{statement['subject']} {statement['predicate']} {statement.get('object', statement.get('value'))}"
            ids = [c for c, _scope in self.data.cite_entries(statement)]
            self.assertEqual(len(ids), len(set(ids)), f"{where}: a citation cited twice")
            for entry in statement.get("cite", []):
                with self.subTest(claim=where, entry=entry):
                    if isinstance(entry, dict):
                        self.assertEqual(set(entry), {"id", "scope"}, "a cite object has exactly id and scope")
                        self.assertIn(entry["scope"], SCOPES)
                    else:
                        self.assertIsInstance(entry, str)
            for (cite, scope), (footnote, _scope) in zip(self.data.cite_entries(statement), self.data.cites(statement)):
                with self.subTest(claim=where, cite=cite, scope=scope):
                    self.assertIn(cite, self.data.citations)
                    counts[scope] = counts.get(scope, 0) + 1
                    if footnote is None:
                        self.assertEqual(scope, "article", "a citation without a footnote has scope article")
                    else:
                        self.assertIn(scope, ("sentence", "paragraph"), "a footnote has scope sentence or paragraph")
                        self.assertIn(footnote, self.article.footnote_markers())
                    if scope == "paragraph":
                        self.assertIn(footnote, closing, f"footnote {footnote} closes no sentence without a footnote "
                                                         "in its paragraph")
        self.assertTrue(all(counts.values()), counts)

    @staticmethod
    def states_date(text, value):
        """Whether the sentence writes every end of the EDTF value: its year (with the month name and day number
        where the value has them), or a month and day without year ('January 22'), or a day alone ('the 16th')."""
        for end in endpoints(value)[-2:] if "/" in value else endpoints(value):
            parts = end.split("-")
            month = MONTHS[int(parts[1]) - 1] if len(parts) > 1 else None
            day = str(int(parts[2])) if len(parts) > 2 else None
            with_year = (re.search(rf"\b{parts[0]}\b", text) and (month is None or month in text)
                         and (day is None or re.search(rf"\b{day}\b", text)))
            without_year = day and (re.search(rf"\b{month} {day}\b|\b{day} {month}\b", text)
                                    or re.search(rf"\bthe {day}(st|nd|rd|th)\b", text))
            if not (with_year or without_year):
                return False
        return True

    @staticmethod
    def states_amount(text, value):
        number = int(value)
        written = {str(number), f"{number:,}"}
        if number % 1_000_000 == 0:
            written.add(f"${number // 1_000_000} million")
        return any(re.search(rf"(?<![\d,$]){re.escape(w)}(?![\d,])", text) for w in written)

    def test_dated_and_counted_claims_cite_by_the_rule(self):
        """A date or amount claim cites, with each of its scopes, a sentence that writes its value: footnote n with
        scope sentence only if a sentence carrying [n] writes it; with scope paragraph only if a sentence without a
        footnote, closed by [n] in its paragraph, writes it; article-text only from a paragraph with no footnote
        after the sentence."""
        sentences = self.article.sentences()
        checked = 0
        for statement in self.data.statements:
            value = statement.get("value")
            if statement["predicate"] in DATE_PROPERTIES and isinstance(value, str):
                states = self.states_date
            elif statement["predicate"] == "amount":
                states = self.states_amount
            else:
                continue
            for footnote, scope in self.data.cites(statement):
                checked += 1
                with self.subTest(claim=f"{statement['subject']} {statement['predicate']} {value}",
                                  footnote=footnote, scope=scope):
                    self.assertTrue(any(s.supports(footnote, scope) and states(s.text, str(value)) for s in sentences),
                                    "no sentence that writes this value allows this citation and scope")
        self.assertGreater(checked, 40)

    def test_every_body_year_is_in_the_data(self):
        full_dates = {v for v, _s in self.data.date_values() for v in endpoints(v)}
        text = "\n".join(self.data.texts())
        years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", self.article.body))
        self.assertGreaterEqual(len(years), 7)
        for year in sorted(years):
            with self.subTest(year=year):
                if year in YEARS_IN_TEXT_ONLY:
                    self.assertIn(year, text, YEARS_IN_TEXT_ONLY[year])
                else:
                    self.assertTrue(any(v.startswith(year) for v in full_dates), f"no date in {year}")

    # --- actors, places, events -----------------------------------------------

    def assert_named(self, names, types):
        for name in names:
            with self.subTest(name=name):
                self.assertIn(name, self.article.body, "the name list must quote the article")
                self.assertTrue(self.data.find_by_name(name, types), f"no {'/'.join(sorted(types))} named {name!r}")

    def test_every_person_named_in_the_body_is_a_node(self):
        self.assert_named(PERSONS, {"Person"})

    def test_every_organization_state_place_event_and_document_is_a_node(self):
        for node_type, names in ORGANIZATIONS.items():
            self.assert_named(names, {node_type})
        self.assert_named(STATES, {"State"})
        self.assert_named(PLACES, {"Place"})
        self.assert_named(EVENTS, {"Event", "MilitaryEvent", "Conference", "Meeting"})
        self.assert_named(DOCUMENTS, {"Document", "Agreement", "Treaty"})

    def participants(self, event, footnote):
        out = {}
        for s in self.data.statements:
            if s["subject"] == event and s["predicate"] == "participant" and footnote in self.data.footnotes_of(s):
                out[s["object"]] = s
        return out

    def test_participants_of_22_january_1950(self):
        match = re.search(r"participants from the Soviet side were (.+?); Chinese participants included (.+?)\.\[(\d+)\]",
                          self.article.body)
        self.assertIsNotNone(match)
        footnote = int(match.group(3))
        names = [n.strip() for part in match.group(1, 2) for n in re.split(r",\s*(?:and\s+)?", part)]
        self.assertEqual(len(names), 12, names)
        participants = self.participants("negotiation-1950-01-22", footnote)
        self.assertEqual(len(participants), 12)
        for name in names:
            with self.subTest(name=name):
                ids = {n["id"] for n in self.data.find_by_name(name, {"Person"})}
                self.assertTrue(ids & set(participants), f"{name} is not a participant citing footnote {footnote}")

    def test_mao_companions_and_their_roles(self):
        match = re.search(r"On December 6, Mao travelled by train to Moscow, along with (.+?)\[(\d+)\]", self.article.body)
        self.assertIsNotNone(match)
        text, footnote = match.group(1), int(match.group(2))
        journeys = [s["subject"] for s in self.data.statements
                    if s["predicate"] == "destination" and s.get("object") == "moscow"
                    and footnote in self.data.footnotes_of(s)]
        self.assertEqual(len(journeys), 1)
        participants = self.participants(journeys[0], footnote)
        for name in ["Chen Boda", "Ye Siluo", "Wang Dongxing", "Shi Zhe"]:
            with self.subTest(name=name):
                self.assertIn(name, text)
                person = self.data.find_by_name(name, {"Person"})[0]["id"]
                self.assertIn(person, participants)
                self.assertIn("role", participants[person].get("qualifiers", {}))
                roles = [s for s in self.data.statements if s["subject"] == person
                         and s["predicate"] in ("servedAs", "servedUnder") and footnote in self.data.footnotes_of(s)]
                self.assertEqual({s["predicate"] for s in roles}, {"servedAs", "servedUnder"})

    # --- the treaty -----------------------------------------------------------

    def test_treaty_names_in_every_language_the_article_gives(self):
        match = re.search(r"\(Russian: (.+?), simplified Chinese: (.+?); traditional Chinese: (.+?); pinyin: (.+?)\)",
                          self.article.body)
        self.assertIsNotNone(match)
        label = self.data.nodes[TREATY]["label"]
        self.assertEqual(label.get("ru"), match.group(1))
        self.assertEqual(label.get("zh-Hans"), match.group(2))
        self.assertEqual(label.get("zh-Hant"), match.group(3))
        self.assertEqual(label.get("zh-Latn-pinyin"), match.group(4))
        self.assertEqual(label.get("en"), self.article.body_lines[0].split(" (")[0].removeprefix("The "))

    def test_every_article_of_the_treaty_is_summarised_and_cited(self):
        numbers = [int(n) for n in re.findall(r"^editArticle (\d+)\.$|^Article (\d+)\.$", self.article.body, re.M)
                   for n in n if n]
        self.assertEqual(numbers, [1, 2, 3, 4, 5, 6])
        # Each article's text is a paragraph of its own; only Article 6 carries footnotes (39, 40, 41). The
        # others cite the article itself: the footnotes after Article 6 do not close their paragraphs.
        texts = {n: self.article.body.split(f"Article {n}.\n")[1].split("\n")[0] for n in numbers}
        printed = {n: {int(m) for m in re.findall(r"\[(\d+)\]", text)} for n, text in texts.items()}
        self.assertEqual(printed, {1: set(), 2: set(), 3: set(), 4: set(), 5: set(), 6: {39, 40, 41}})
        for n in numbers:
            with self.subTest(article=n):
                nodes = [x for x in self.data.nodes.values() if x["type"] == "TreatyArticle"
                         and x.get("props", {}).get("articleNumber") == n
                         and x.get("props", {}).get("articleOf") == TREATY]
                self.assertEqual(len(nodes), 1)
                claims = [s for s in self.data.statements if s["subject"] == nodes[0]["id"]]
                self.assertTrue([s for s in claims if s["predicate"] == "summary"])
                for s in claims:
                    if printed[n]:
                        self.assertEqual(self.data.footnotes_of(s, "sentence"), printed[n], s)
                    else:
                        self.assertTrue(self.data.cites_article_text(s) and len(s["cite"]) == 1, s)

    def amounts(self):
        """(value, qualifiers, statement) for every amount claim."""
        return [(str(s["value"]), s.get("qualifiers", {}), s) for s in self.data.statements
                if s["predicate"] == "amount"]

    def test_every_amount_in_the_body_is_in_the_data(self):
        body = self.article.body
        amounts = self.amounts()

        def find(value, unit=None, what=None):
            out = []
            for v, q, s in amounts:
                if v != value or (unit is not None and q.get("unit") != unit):
                    continue
                if what is not None and what not in " ".join(q.get("quantityOf", {}).values()):
                    continue
                out.append(s)
            return out

        money = re.findall(r"\$(\d+) million", body)
        self.assertGreaterEqual(len(money), 3)
        for millions in money:
            with self.subTest(amount=f"${millions} million"):
                self.assertTrue(find(str(int(millions) * 1_000_000), "USD"))
        yearly = find("60000000", "USD")
        self.assertTrue(any(s.get("qualifiers", {}).get("per") == "P1Y" for s in yearly), "$60 million a year")
        tons = re.findall(r"([\d,]+) tons of ([a-z ]+?)(?=,| to | and )", body)
        self.assertEqual(len(tons), 4)
        for quantity, material in tons:
            with self.subTest(material=material):
                hits = find(quantity.replace(",", ""), "ton", material.strip())
                self.assertTrue(hits)
                self.assertTrue(all(s.get("qualifiers", {}).get("pointInTime") == "1954/1959" for s in hits))
        for number, what in re.findall(r"(\d+) (airstrikes)", body):
            self.assertTrue(find(number, what="air strikes"))
        for number, what in re.findall(r"embargo of (\d+) (kinds of goods)", body):
            self.assertTrue(find(number, what=what))
        request = re.search(r"Zhu De proposed buying (.+?)\.\[", body).group(1)
        items = re.findall(r"([\d,]+)(?:-(\d+))? (aircraft|helicopters|bombers|Chinese pilots|personnel)", request)
        self.assertEqual(len(items), 5)
        for low, high, what in items:
            for bound in filter(None, [low, high]):
                with self.subTest(request=f"{bound} {what}"):
                    self.assertTrue(find(bound.replace(",", ""), what=what))
        rate = re.search(r"interest rate of (\d+) percent per year", body).group(1)
        self.assertTrue(any(s["predicate"] == "interestRate" and str(s["value"]) == rate for s in self.data.statements))

    def test_treaty_terms(self):
        def values(subject, predicate):
            return {str(s.get("value", s.get("object"))) for s in self.data.statements
                    if s["subject"] == subject and s["predicate"] == predicate}
        self.assertIn("P30Y", values(TREATY, "duration"))
        self.assertIn("P5Y", values(f"{TREATY}-article-6", "renewalPeriod"))
        self.assertIn("P1Y", values(f"{TREATY}-article-6", "noticePeriod"))
        self.assertEqual(values(TREATY, "party"), {"prc", "ussr"})
        self.assertIn("1950-02-14", values(TREATY, "date"))
        self.assertIn("1979-02-16", values(TREATY, "endDate"))
        self.assertIn("treaty-1945", values(TREATY, "supersedes"))
        accompanying = {s["subject"] for s in self.data.statements
                        if s["predicate"] == "accompanies" and s.get("object") == TREATY}
        self.assertGreaterEqual(len(accompanying), 4)

    # --- own words ------------------------------------------------------------

    def test_descriptions_and_summaries_are_not_copied_from_the_article(self):
        n = 8
        body = words(self.article.body)
        shingles = {tuple(body[i:i + n]) for i in range(len(body) - n + 1)}
        texts = []
        for node in self.data.nodes.values():
            texts += [(node["id"], t) for t in node.get("description", {}).values()]
        for s in self.data.statements:
            if s["predicate"] == "summary":
                texts += [(s["subject"], t) for t in s["value"].values()]
        self.assertGreater(len(texts), 100)
        for where, text in texts:
            own = re.sub(r"\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)", " ", text)  # quotations are allowed
            w = words(own)
            copied = [" ".join(w[i:i + n]) for i in range(len(w) - n + 1) if tuple(w[i:i + n]) in shingles]
            with self.subTest(node=where):
                self.assertEqual(copied, [], f"copied from the article: {text!r}")


if __name__ == "__main__":
    unittest.main()

#include "pactgraph/report/Report.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "Figures.h"
#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/Audit.h"
#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/model/Labels.h"
#include "pactgraph/report/Html.h"
#include "pactgraph/report/TimeScale.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::report {

namespace {

constexpr const char* kStyle = R"css(
:root{--text:#1d1d1f;--muted:#5c6166;--line:#d9dde3;--accent:#1f6f8b;--stripe:#f5f7f9;--mark:#fff4c2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
color:var(--text);background:#fff;overflow-wrap:break-word}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 16px}
header{padding-top:20px}
h1{font-size:1.65rem;line-height:1.25;margin:0 0 .3em}
h2{font-size:1.3rem;margin:2em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .2em}
.lead{color:var(--muted);margin:.2em 0}
nav ul{list-style:none;padding:0;margin:.8em 0 0;display:flex;flex-wrap:wrap;gap:.2em 1.2em;font-weight:600}
a{color:var(--accent)}
figure{margin:1em 0}
figcaption{font-size:.88rem;color:var(--muted)}
svg.network,svg.timeline{display:block;width:100%;height:auto}
svg.narrow{display:none}
.narrow-only{display:none}
.figure-note{font-size:.9rem;color:var(--muted);border-left:3px solid #f3d27a;padding-left:.6em}
.network .links line{stroke:#8e99a6;stroke-opacity:.55;stroke-linecap:round}
.network .links line.uncited{stroke-dasharray:4 3}
.network .actor circle{stroke:#fff;stroke-width:1.5}
.network .actor text{font-size:12px;text-anchor:middle;fill:#1d1d1f;paint-order:stroke;
stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.network .actor.major text{font-weight:700}
.network a:hover circle,.network a:focus circle{stroke:#111;stroke-width:2.5}
.network .separator{stroke:#b9c0c8;stroke-dasharray:6 4}
.network .caption{font-size:12px;fill:var(--muted)}
.legend,.legend ul{list-style:none;padding:0;margin:.4em 0;display:flex;
flex-wrap:wrap;gap:.3em 1.4em;font-size:.88rem;color:var(--muted)}
.legend li{display:flex;align-items:center}
.swatch{width:16px;height:16px;flex:none;margin-right:.4em}
.swatch.wide-swatch{width:40px}
.key{fill:#8e99a6;stroke:#8e99a6}
line.key.uncited{stroke-dasharray:4 3}
.timeline .stripe{fill:var(--stripe)}
.timeline .grid{stroke:#c9ced6;stroke-width:1}
.timeline .grid.minor{stroke:#e6e9ec}
.timeline .tick{font-size:12px;fill:var(--muted)}
.timeline .tick.minor{font-size:10px}
.timeline .band{fill:#f3d27a;fill-opacity:.45}
.mark{fill:#1f6f8b;stroke:#1f6f8b;stroke-width:1}
.mark.open-start,.mark.open-end{stroke:none}
.mark.uncertain{fill:#cfe3ea;stroke-dasharray:3 2;stroke-width:1.5}
.continues{fill:#1f6f8b}
.timeline text{font-size:12px;fill:#1d1d1f}
.timeline text.inside{fill:#fff;font-weight:600}
.timeline .qualifier{font-weight:700;fill:#b3261e}
.timeline a:hover text,.timeline a:focus text{text-decoration:underline}
.undated{font-size:.92rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35em .6em;border-bottom:1px solid var(--line);
overflow-wrap:anywhere}
thead th{background:#eef1f4}
.name{min-width:9em}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:var(--stripe)}
.small{font-size:.85rem}
:target{background:var(--mark)!important;outline:2px solid #f3d27a}
.claims{padding-left:1.1em;margin:.3em 0}
.claims li{margin:.15em 0}
.p{color:var(--muted);font-style:italic}
.cite{font-size:.85em;color:var(--muted)}
.note{display:block;font-size:.85em;color:var(--muted)}
.rank{font-size:.72em;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;
border-radius:3px;padding:0 .3em;margin-left:.3em;color:var(--muted)}
.rank.deprecated{color:#b3261e}
.deprecated>.v{text-decoration:line-through}
.entry{border-left:3px solid var(--line);padding:.1em 0 .1em .8em;margin:1.1em 0}
.meta{color:var(--muted);margin:0 0 .2em;font-size:.9rem}
.names span+span::before{content:" · "}
.warnings{font-size:.9rem;color:#7a4b00}
footer{color:var(--muted);font-size:.85rem;margin-top:3em;padding-bottom:2em;border-top:1px solid var(--line)}
.more{color:var(--muted)}
@media (max-width:640px){body{font-size:14px}h1{font-size:1.3rem}th,td{padding:.3em .4em}
header,main,footer{padding:0 12px}
svg.wide{display:none}svg.narrow{display:block}.narrow-only{display:inline}
table.cards thead{display:none}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}
table.cards tr{padding:.45em .3em;border-bottom:1px solid var(--line)}
table.cards td{border:0;padding:.05em 0;text-align:left}
table.cards td.num{display:inline-block;margin-right:.9em;white-space:nowrap}
table.cards td[data-label]::before{content:attr(data-label) " ";color:var(--muted);font-size:.85em}
table.cards td.name,table.cards td.kind{display:inline-block;margin-right:.6em}
table.cards td.name{font-weight:600}}
@media print{nav{display:none}body{font-size:10pt}a{color:inherit;text-decoration:none}
svg.narrow{display:none}svg.wide{display:block}figure,tr,.entry{break-inside:avoid}
h2,h3{break-after:avoid}:target{background:none!important;outline:none}
}
)css";

// "1 source", "2 sources".
std::string count(std::size_t n, const char* one, const char* many) { return util::countOf(n, one, many); }

// "partOfEvent" → "part of event".
std::string words(const std::string& camel) {
  std::string out;
  for (const char c : camel) {
    if (c >= 'A' && c <= 'Z') {
      if (!out.empty()) out += ' ';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  return out;
}

// The text of a value as written: English for a language map (else its
// first language), the lexical form otherwise.
std::string valueText(const model::Value& value) {
  return value.shape == model::Value::Shape::languageMap ? model::preferredText(value.languages) : value.text;
}

std::string textOf(const std::vector<model::LangText>& texts) { return model::preferredText(texts); }

// The node's first attribute of the pg: property `property` or one of its
// subproperties.
const model::Attribute* attribute(const analysis::TypeHierarchy& types, const model::Node& node, const char* property) {
  for (const auto& a : node.attributes) {
    if (types.propertyIs(a.property, property)) return &a;
  }
  return nullptr;
}

std::string referenceOf(const model::Value& value) {
  return value.referencedId.empty() ? value.text : value.referencedId;
}

// Article numbers compare as numbers, however long.
bool numberLess(const std::string& x, const std::string& y) {
  if (x.size() != y.size()) return x.size() < y.size();
  return x < y;
}

// "7800" → "7,800": counts in the notes.
std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

class ReportWriter {
 public:
  ReportWriter(const model::Graph& graph, const analysis::TypeHierarchy& types, const ReportAnalyses& analyses,
               const ReportOptions& options)
      : graph_(graph),
        types_(types),
        options_(options),
        dates_(analyses.dates),
        network_(analyses.network),
        scores_(analyses.scores),
        timeline_(analyses.timeline),
        audit_(analyses.audit) {
    stage("selection");
    selectActors();
    for (const auto& node : graph.nodes) {
      if (types.nodeIs(node, "Treaty") || types.nodeIs(node, "Agreement")) treatyIds_.insert(node.id);
      if (types.nodeIs(node, "Source")) sourceIds_.insert(node.id);
    }
    for (const auto& node : graph.nodes) {
      if (const model::Attribute* of = attribute(types, node, "articleOf")) {
        const std::string document = referenceOf(of->value);
        if (graph.findNode(document)) {
          articles_[document].push_back(&node);
          treatyIds_.insert(document);
        }
      }
    }
    for (const auto& statement : graph.statements) bySubject_[statement.subjectId].push_back(&statement);
    selectEvents();
    selectTreaties();
    for (std::size_t i = 0; i < audit_.sources.size() && i < options.listLimit; ++i) {
      shownSources_.push_back(&audit_.sources[i]);
    }

    std::size_t ordinal = 0;
    for (const std::size_t i : shownActors_) {
      anchors_[network_.actors[i].id] = {anchorId("actor", network_.actors[i].id), ordinal++};
    }
    for (const analysis::TimelineEvent* event : shownEvents_) {
      anchors_[event->id] = {anchorId("event", event->id), ordinal++};
    }
    for (const auto& id : shownTreaties_) anchors_[id] = {anchorId("treaty", id), ordinal++};
    for (const auto& id : shownTreaties_) {
      const auto found = articles_.find(id);
      if (found == articles_.end()) continue;
      for (const model::Node* article : found->second) {
        anchors_[article->id] = {anchorId("article", article->id), ordinal++};
      }
    }
    for (const analysis::SourceSupport* source : shownSources_) {
      anchors_[source->id] = {anchorId("source", source->id), ordinal++};
    }
    stage("layout and page");
  }

  ReportSummary summary() const { return {network_.actors.size(), drawn_.actors.size(), scores_.sampledSources}; }

  std::string render() {
    std::ostringstream out;
    const std::string title = pageTitle();
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"pactgraph\">\n<title>"
        << escapeText(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    writeHeader(out, title);
    out << "<main>\n";
    writeNetwork(out);
    writeTimeline(out);
    writeActors(out);
    writeEvents(out);
    writeTreaties(out);
    writeSources(out);
    out << "</main>\n<footer>\n<p>Made by pactgraph from the curated data. Every claim is shown with the citations "
           "that support it (source, pages, footnote of the curated text). Network layout: Kamada–Kawai "
           "(Boost.Graph), deterministic. Centralities: degree, Brandes betweenness and Wasserman–Faust closeness "
           "on hop distances, PageRank (d = 0.85).</p>\n</footer>\n</body>\n</html>\n";
    return out.str();
  }

 private:
  struct Anchor {
    std::string id;
    std::size_t ordinal = 0;
  };

  std::string pageTitle() const {
    if (!options_.title.empty()) return options_.title;
    std::string best;
    std::size_t most = 0;
    for (const auto& id : treatyIds_) {
      const auto found = bySubjectCount(id);
      if (found > most) {
        most = found;
        best = id;
      }
    }
    return best.empty() ? "pactgraph report" : analysis::displayLabel(graph_, best);
  }

  std::size_t bySubjectCount(const std::string& id) const {
    const auto found = bySubject_.find(id);
    return found == bySubject_.end() ? 0 : found->second.size();
  }

  void stage(const std::string& name) const {
    if (options_.progress) options_.progress->stage("report: " + name);
  }

  // The drawn network (all actors, or the networkLimit of highest PageRank)
  // and the actors of the table (the drawn ones and the listLimit of
  // highest betweenness, in order of betweenness).
  void selectActors() {
    const std::size_t n = network_.actors.size();
    std::vector<bool> drawn(n, n <= options_.networkLimit);
    if (n > options_.networkLimit) {
      const auto ranked = analysis::byPageRank(network_, scores_);
      for (std::size_t r = 0; r < options_.networkLimit; ++r) drawn[ranked[r]] = true;
    }
    std::vector<std::size_t> keep;
    for (std::size_t v = 0; v < n; ++v) {
      if (!drawn[v]) continue;
      keep.push_back(v);
      drawnScores_.actors.push_back(scores_.actors[v]);
      drawnIds_.insert(network_.actors[v].id);
    }
    drawn_ = analysis::inducedNetwork(network_, keep);
    std::size_t listed = 0;
    for (const std::size_t v : analysis::byBetweenness(network_, scores_)) {
      if (listed < options_.listLimit || drawn[v]) shownActors_.push_back(v);
      ++listed;
    }
  }

  // The events of the list and, among them, of the timeline: all when they
  // fit, else those with the most drawn actors taking part, then the most
  // participants, then the earliest; shown in timeline order.
  void selectEvents() {
    const auto& events = timeline_.events;
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (events.size() > options_.listLimit || events.size() > options_.timelineLimit) {
      std::vector<std::size_t> top(events.size(), 0);
      for (std::size_t i = 0; i < events.size(); ++i) {
        for (const auto& id : events[i].participants) top[i] += drawnIds_.count(id);
      }
      std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        if (top[x] != top[y]) return top[x] > top[y];
        return events[x].participants.size() > events[y].participants.size();
      });
    }
    const auto firstOf = [&](std::size_t limit) {
      std::vector<std::size_t> chosen(order.begin(),
                                      order.begin() + static_cast<std::ptrdiff_t>(std::min(limit, order.size())));
      std::sort(chosen.begin(), chosen.end());
      std::vector<const analysis::TimelineEvent*> out;
      for (const std::size_t i : chosen) out.push_back(&events[i]);
      return out;
    };
    shownEvents_ = firstOf(options_.listLimit);
    chartEvents_ = firstOf(std::min(options_.timelineLimit, options_.listLimit));
  }

  // Treaties and agreements: all when they fit, else those with the most
  // claims; in chronological order (analysis/Chronology.h).
  void selectTreaties() {
    std::vector<std::string> ids(treatyIds_.begin(), treatyIds_.end());
    if (ids.size() > options_.listLimit) {
      std::stable_sort(ids.begin(), ids.end(), [&](const std::string& x, const std::string& y) {
        return bySubjectCount(x) > bySubjectCount(y);
      });
      ids.resize(options_.listLimit);
    }
    struct Entry {
      std::string id;
      std::string label;
      std::optional<analysis::DayRange> days;
    };
    std::vector<Entry> entries;
    for (auto& id : ids) entries.push_back({id, analysis::displayLabel(graph_, id), dates_.nodeDate(id)});
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
      return analysis::chronologicallyBefore({x.days, x.label, x.id}, {y.days, y.label, y.id});
    });
    for (auto& entry : entries) shownTreaties_.push_back(std::move(entry.id));
  }

  // "Showing 300 of 8,600 events …" when a list was cut, else empty.
  static std::string cutNote(std::size_t shown, std::size_t total, const std::string& what, const std::string& how) {
    if (shown >= total) return {};
    return "<p class=\"figure-note\">Showing " + thousands(shown) + " of " + thousands(total) + " " + what + ": " +
           how + "</p>\n";
  }

  // A node's label, linked to its place in the report when it has one.
  std::string link(const std::string& id) const {
    const std::string label = analysis::displayLabel(graph_, id);
    const auto found = anchors_.find(id);
    if (found == anchors_.end()) return isolatedHtml(label);
    return "<a href=\"#" + found->second.id + "\">" + isolatedHtml(label) + "</a>";
  }

  std::string citations(const model::Statement& statement) const {
    const auto cited = analysis::citationsOf(graph_, statement);
    if (cited.empty()) return " <span class=\"cite\">[no citation]</span>";
    std::string out = " <span class=\"cite\">[";
    bool first = true;
    for (const model::Citation* citation : cited) {
      out += first ? "" : "; ";
      first = false;
      const std::string text = analysis::formatCitation(graph_, *citation);
      const auto found = anchors_.find(citation->sourceId);
      if (found == anchors_.end()) {
        out += isolatedHtml(text);
      } else {
        out += "<a href=\"#" + found->second.id + "\">" + isolatedHtml(text) + "</a>";
      }
    }
    return out + "]</span>";
  }

  std::string objectHtml(const model::Statement& statement) const {
    if (!statement.object.referencedId.empty()) return link(statement.object.referencedId);
    return isolatedHtml(valueText(statement.object));
  }

  // Sort key of a claim in a list: predicate, then the smallest footnote
  // among its citations (claims of the curated text's lead, without a
  // footnote, first; so claims follow the text's narrative), then object,
  // then everything else that tells two claims apart (never the input
  // order, which depends on how the data is split into files).
  using ClaimKey = std::tuple<std::string, long long, std::string, std::string, int, std::string>;
  ClaimKey claimKey(const model::Statement& s) const {
    long long footnote = -1;
    for (const model::Citation* citation : analysis::citationsOf(graph_, s)) {
      const long long number = citation->footnote.value_or(0);
      footnote = footnote < 0 ? number : std::min(footnote, number);
    }
    std::string qualifiers;
    for (const auto& q : s.qualifiers) qualifiers += q.property + "=" + valueText(q.value) + ";";
    std::string cited;
    for (const auto& c : s.citationIds) cited += c + ";";
    const std::string object =
        s.object.referencedId.empty() ? valueText(s.object) : analysis::displayLabel(graph_, s.object.referencedId);
    return {s.predicate, footnote, object, qualifiers, static_cast<int>(s.rank), cited + textOf(s.notes)};
  }

  std::string claim(const model::Statement& statement) const {
    std::string out = statement.rank == model::Rank::deprecated ? "<li class=\"deprecated\">" : "<li>";
    out += "<span class=\"p\">" + escapeText(words(statement.predicate)) + "</span> <span class=\"v\">" +
           objectHtml(statement) + "</span>";
    if (!statement.qualifiers.empty()) {
      out += " (";
      bool first = true;
      for (const auto& q : statement.qualifiers) {
        out += (first ? "" : "; ") + escapeText(words(q.property)) + ": " +
               (q.value.referencedId.empty() ? isolatedHtml(valueText(q.value)) : link(q.value.referencedId));
        first = false;
      }
      out += ")";
    }
    if (statement.rank != model::Rank::normal) {
      out += " <span class=\"rank " + std::string(model::rankName(statement.rank)) + "\">" +
             std::string(model::rankName(statement.rank)) + "</span>";
    }
    out += citations(statement);
    const std::string note = textOf(statement.notes);
    if (!note.empty()) out += "<span class=\"note\">Note: " + isolatedHtml(note) + "</span>";
    return out + "</li>\n";
  }

  // The claims whose subject is `id`, sorted; predicates in `skip` left out.
  std::string claimList(const std::string& id, const std::set<std::string>& skip = {}) const {
    const auto found = bySubject_.find(id);
    if (found == bySubject_.end()) return {};
    std::vector<const model::Statement*> statements;
    for (const model::Statement* s : found->second) {
      if (!skip.count(s->predicate)) statements.push_back(s);
    }
    if (statements.empty()) return {};
    std::sort(statements.begin(), statements.end(),
              [&](const model::Statement* x, const model::Statement* y) { return claimKey(*x) < claimKey(*y); });
    std::string out = "<ul class=\"claims\">\n";
    for (const model::Statement* s : statements) out += claim(*s);
    return out + "</ul>\n";
  }

  void writeHeader(std::ostringstream& out, const std::string& title) const {
    const auto counts = graph_.counts();
    std::size_t dated = 0;
    for (const auto& event : timeline_.events) dated += event.days ? 1 : 0;
    out << "<header>\n<h1>" << isolatedHtml(title) << "</h1>\n<p class=\"lead\">"
        << count(network_.actors.size(), "actor", "actors") << " and " << count(network_.links.size(), "link", "links")
        << "; " << count(timeline_.events.size(), "event", "events") << " (" << dated << " dated); "
        << count(treatyIds_.size(), "treaty or agreement", "treaties and agreements") << "; "
        << count(sourceIds_.size(), "source", "sources") << "; " << count(counts.statements, "claim", "claims")
        << " and " << count(counts.citations, "citation", "citations") << "."
        << (options_.includeDeprecated ? " Deprecated claims are included in the network and timeline."
                                       : " Deprecated (disputed) claims are left out of the network and timeline "
                                         "but listed with their claims.")
        << "</p>\n<nav aria-label=\"Sections\"><ul><li><a href=\"#network\">Network</a></li><li><a "
           "href=\"#timeline\">Timeline</a></li><li><a href=\"#actors\">Actors</a></li><li><a "
           "href=\"#events\">Events</a></li><li><a href=\"#treaties\">Treaties</a></li><li><a "
           "href=\"#sources\">Sources</a></li></ul></nav>\n</header>\n";
  }

  void writeNetwork(std::ostringstream& out) const {
    out << "<section id=\"network\">\n<h2>Actor network</h2>\n";
    if (network_.actors.empty()) {
      out << "<p>The data has no actors.</p>\n</section>\n";
      return;
    }
    std::string note;
    if (drawn_.actors.size() < network_.actors.size()) {
      note += "The " + thousands(drawn_.actors.size()) + " actors of highest PageRank of " +
              thousands(network_.actors.size()) + ", and the " + thousands(drawn_.links.size()) + " of " +
              thousands(network_.links.size()) + " links among them: the whole network would be unreadable.";
    }
    if (scores_.sampledSources > 0) {
      note += std::string(note.empty() ? "" : " ") + "Betweenness (circle size) and closeness are estimated from " +
              thousands(scores_.sampledSources) + " of the " + thousands(network_.actors.size()) +
              " actors as sources of shortest paths.";
    }
    out << detail::networkFigure(graph_, types_, drawn_, drawnScores_, note) << "</section>\n";
  }

  void writeTimeline(std::ostringstream& out) const {
    out << "<section id=\"timeline\">\n<h2>Timeline</h2>\n";
    std::optional<analysis::DayRange> zoom = options_.zoom;
    if (!zoom) zoom = busiestWindow(timeline_.events, 3);
    std::string note;
    if (chartEvents_.size() < timeline_.events.size()) {
      note = "The " + thousands(chartEvents_.size()) + " of " + thousands(timeline_.events.size()) +
             " events with the most of the network's drawn actors taking part; <code>pactgraph timeline</code> "
             "lists them all.";
    }
    out << detail::timelineFigure(timeline_, chartEvents_, zoom, note);
    if (timeline_.warnings.warningCount() > 0) {
      std::vector<std::string> messages;
      for (const auto& w : timeline_.warnings.all()) messages.push_back(w.message);
      std::sort(messages.begin(), messages.end());
      out << "<div class=\"warnings\"><p>Dates that contradict the claims relating them:</p><ul>\n";
      for (std::size_t i = 0; i < messages.size() && i < options_.listLimit; ++i) {
        out << "<li>" << isolatedHtml(messages[i]) << "</li>\n";
      }
      if (messages.size() > options_.listLimit) {
        out << "<li class=\"more\">and " << thousands(messages.size() - options_.listLimit)
            << " more (<code>pactgraph timeline</code>)</li>\n";
      }
      out << "</ul></div>\n";
    }
    out << "</section>\n";
  }

  void writeActors(std::ostringstream& out) const {
    // What each actor took part in: the events and documents of its
    // co-participation claims, in the order of the report.
    std::map<std::string, std::vector<std::string>> takesPart;
    for (const auto& statement : graph_.statements) {
      if (!options_.includeDeprecated && statement.rank == model::Rank::deprecated) continue;
      if (!analysis::isCoParticipation(types_, statement.predicate) || statement.object.referencedId.empty()) continue;
      if (!anchors_.count(statement.subjectId)) continue;
      auto& list = takesPart[statement.object.referencedId];
      if (std::find(list.begin(), list.end(), statement.subjectId) == list.end()) list.push_back(statement.subjectId);
    }
    out << "<section id=\"actors\">\n<h2>Actors</h2>\n<p>Ranked by betweenness (how often an actor lies on the "
           "shortest chains between others). Degree: linked actors; citations: distinct citations over all its "
           "links; closeness: Wasserman–Faust; component 1 is the largest connected group.</p>\n"
        << cutNote(shownActors_.size(), network_.actors.size(), "actors",
                   "the most central ones and those drawn in the network; <code>pactgraph analyze</code> lists them "
                   "all.")
        << "<table class=\"cards\">\n<thead><tr><th class=\"num\">#</th><th>Actor</th><th>Kind</th>"
           "<th class=\"num\">Degree</th><th class=\"num\">Citations</th><th class=\"num\">Betweenness</th>"
           "<th class=\"num\">Closeness</th><th class=\"num\">PageRank</th><th class=\"num\">Comp.</th>"
           "<th>Takes part in</th></tr></thead>\n<tbody>\n";
    std::size_t rank = 0;
    for (const std::size_t i : shownActors_) {
      const analysis::Actor& actor = network_.actors[i];
      const analysis::ActorScores& s = scores_.actors[i];
      out << "<tr id=\"" << anchorId("actor", actor.id) << "\"><td class=\"num\" data-label=\"#\">" << ++rank
          << "</td><td class=\"name\">" << isolatedHtml(actor.label) << "</td><td class=\"kind\">"
          << escapeText(actor.type) << "</td><td class=\"num\" data-label=\"Degree\">" << s.degree
          << "</td><td class=\"num\" data-label=\"Citations\">" << s.strength
          << "</td><td class=\"num\" data-label=\"Betweenness\">" << formatNumber(s.betweennessNormalized, 4)
          << "</td><td class=\"num\" data-label=\"Closeness\">" << formatNumber(s.closeness, 4)
          << "</td><td class=\"num\" data-label=\"PageRank\">" << formatNumber(s.pageRank, 4)
          << "</td><td class=\"num\" data-label=\"Comp.\">" << s.component
          << "</td><td class=\"small\" data-label=\"Takes part in:\">";
      auto contexts = takesPart[actor.id];
      std::sort(contexts.begin(), contexts.end(), [&](const std::string& x, const std::string& y) {
        return anchors_.at(x).ordinal < anchors_.at(y).ordinal;
      });
      // A few, so that a row stays a few lines high; the events list has the rest.
      constexpr std::size_t kShown = 6;
      for (std::size_t c = 0; c < contexts.size() && c < kShown; ++c) out << (c ? "; " : "") << link(contexts[c]);
      if (contexts.size() > kShown) out << " <span class=\"more\">and " << contexts.size() - kShown << " more</span>";
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
  }

  void writeEvents(std::ostringstream& out) const {
    out << "<section id=\"events\">\n<h2>Events</h2>\n<p>In date order, undated events last; each claim with its "
           "citations.</p>\n"
        << cutNote(shownEvents_.size(), timeline_.events.size(), "events",
                   "those with the most of the network's drawn actors taking part; <code>pactgraph timeline</code> "
                   "lists them all.");
    for (const analysis::TimelineEvent* shown : shownEvents_) {
      const analysis::TimelineEvent& event = *shown;
      out << "<article class=\"entry\" id=\"" << anchorId("event", event.id) << "\">\n<h3>" << isolatedHtml(event.label)
          << "</h3>\n<p class=\"meta\">" << escapeText(event.type) << " · ";
      if (event.days) {
        out << escapeText(event.edtf) << " (" << escapeText(event.precision);
        if (event.uncertain) out << ", uncertain";
        if (event.approximate) out << ", approximate";
        out << ")";
      } else {
        out << "undated";
      }
      out << "</p>\n";
      if (const model::Node* node = graph_.findNode(event.id)) {
        const std::string description = textOf(node->descriptions);
        if (!description.empty()) out << "<p>" << isolatedHtml(description) << "</p>\n";
      }
      out << claimList(event.id) << "</article>\n";
    }
    out << "</section>\n";
  }

  void writeTreaties(std::ostringstream& out) const {
    out << "<section id=\"treaties\">\n<h2>Treaties and agreements</h2>\n";
    if (treatyIds_.empty()) out << "<p>The data has no treaties or agreements.</p>\n";
    out << cutNote(shownTreaties_.size(), treatyIds_.size(), "treaties and agreements", "those with the most claims.");
    for (const auto& id : shownTreaties_) {
      const model::Node* node = graph_.findNode(id);
      out << "<article class=\"entry\" id=\"" << anchorId("treaty", id) << "\">\n<h3>"
          << isolatedHtml(analysis::displayLabel(*node)) << "</h3>\n<p class=\"meta\">" << escapeText(node->type);
      if (const auto date = dates_.nodeDate(id)) {
        out << " · "
            << escapeText(date->earliest == date->latest ? date->earliest : date->earliest + " – " + date->latest);
      }
      out << "</p>\n";
      std::vector<const model::LangText*> others;
      for (const auto& label : node->labels) {
        if (label.language != "en") others.push_back(&label);
      }
      if (!others.empty()) {
        out << "<p class=\"names\">";
        for (const model::LangText* label : others) {
          out << "<span lang=\"" << escapeAttribute(label->language) << "\">" << isolatedHtml(label->text) << "</span>";
        }
        out << "</p>\n";
      }
      std::vector<std::string> alternatives;
      for (const auto& alt : node->altLabels) alternatives.push_back(alt.text);
      if (!alternatives.empty()) {
        out << "<p class=\"meta\">Also called: ";
        for (std::size_t i = 0; i < alternatives.size(); ++i) {
          out << (i ? "; " : "") << isolatedHtml(alternatives[i]);
        }
        out << "</p>\n";
      }
      const std::string description = textOf(node->descriptions);
      if (!description.empty()) out << "<p>" << isolatedHtml(description) << "</p>\n";
      out << claimList(id);
      writeArticles(out, id);
      out << "</article>\n";
    }
    out << "</section>\n";
  }

  void writeArticles(std::ostringstream& out, const std::string& documentId) const {
    const auto found = articles_.find(documentId);
    if (found == articles_.end()) return;
    std::vector<std::pair<std::string, const model::Node*>> numbered;
    for (const model::Node* article : found->second) {
      const model::Attribute* number = attribute(types_, *article, "articleNumber");
      numbered.emplace_back(number ? valueText(number->value) : std::string(), article);
    }
    std::sort(numbered.begin(), numbered.end(), [](const auto& x, const auto& y) {
      if (x.first != y.first) return numberLess(x.first, y.first);
      return x.second->id < y.second->id;
    });
    out << "<table class=\"articles\">\n<thead><tr><th class=\"num\">Article</th>"
           "<th>Summary and claims</th></tr></thead>\n<tbody>\n";
    for (const auto& [number, article] : numbered) {
      out << "<tr id=\"" << anchorId("article", article->id) << "\"><td class=\"num\">"
          << (number.empty() ? "–" : escapeText(number)) << "</td><td>";
      const std::string list = claimList(article->id);
      const std::string description = textOf(article->descriptions);
      if (list.empty() && !description.empty()) out << isolatedHtml(description);
      out << list << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }

  // Author, year, title, container and identifiers, as far as given.
  std::string bibliographic(const model::Node& node) const {
    std::vector<std::string> parts;
    const auto text = [&](const char* property) -> std::string {
      const model::Attribute* a = attribute(types_, node, property);
      return a ? valueText(a->value) : std::string();
    };
    std::string creators = text("creatorList");
    if (creators.empty()) {
      for (const auto& a : node.attributes) {
        if (types_.propertyIs(a.property, "creator")) creators += (creators.empty() ? "" : "; ") + valueText(a.value);
      }
    }
    std::string out;
    if (!creators.empty()) out += isolatedHtml(creators);
    if (const std::string issued = text("issued"); !issued.empty()) out += " (" + escapeText(issued) + ")";
    if (const std::string title = text("title"); !title.empty()) {
      out += (out.empty() ? "" : ". ") + std::string("<cite>") + isolatedHtml(title) + "</cite>";
    }
    if (const std::string container = text("containerTitle"); !container.empty()) {
      out += ". In " + isolatedHtml(container);
    }
    if (const std::string publisher = text("publisher"); !publisher.empty()) out += ". " + isolatedHtml(publisher);
    for (const char* id : {"doi", "isbn", "oclc", "jstor", "url"}) {
      if (const std::string value = text(id); !value.empty()) {
        std::string name = id;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        out += ". " + name + " " + isolatedHtml(value);
      }
    }
    return out;
  }

  void writeSources(std::ostringstream& out) const {
    std::map<std::string, std::vector<long long>> footnotes;
    for (const auto& citation : graph_.citations) {
      if (citation.footnote) footnotes[citation.sourceId].push_back(*citation.footnote);
    }
    out << "<section id=\"sources\">\n<h2>Sources</h2>\n<p>" << audit_.claims
        << " claims: " << audit_.claims - audit_.uncited.size() << " cited, " << audit_.uncited.size() << " uncited, "
        << audit_.singleSource.size() << " resting on a single source, " << audit_.ranked.size()
        << " ranked (preferred or deprecated), " << audit_.annotated.size()
        << " annotated with a note. Sources by the number of claims they support.</p>\n"
        << cutNote(shownSources_.size(), audit_.sources.size(), "sources", "those supporting the most claims.")
        << "<table class=\"cards\">\n<thead><tr><th>Source</th><th>Details</th><th class=\"num\">Claims</th>"
           "<th class=\"num\">Citations</th><th>Footnotes</th></tr></thead>\n<tbody>\n";
    for (const analysis::SourceSupport* shown : shownSources_) {
      const analysis::SourceSupport& source = *shown;
      out << "<tr id=\"" << anchorId("source", source.id) << "\"><td class=\"name\">" << isolatedHtml(source.label)
          << "</td><td class=\"small\">";
      if (const model::Node* node = graph_.findNode(source.id)) out << bibliographic(*node);
      out << "</td><td class=\"num\" data-label=\"Claims\">" << source.claims
          << "</td><td class=\"num\" data-label=\"Citations\">" << source.citations
          << "</td><td class=\"small\" data-label=\"Footnotes:\">";
      auto numbers = footnotes[source.id];
      std::sort(numbers.begin(), numbers.end());
      numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
      for (std::size_t i = 0; i < numbers.size(); ++i) out << (i ? ", " : "") << numbers[i];
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
  }

  const model::Graph& graph_;
  const analysis::TypeHierarchy& types_;
  const ReportOptions& options_;
  const analysis::ClaimDates& dates_;
  const analysis::ActorNetwork& network_;
  const analysis::NetworkScores& scores_;
  const analysis::Timeline& timeline_;
  const analysis::Audit& audit_;
  // What is shown of big graphs (ReportOptions' limits).
  analysis::ActorNetwork drawn_;         // the network figure's actors and links
  analysis::NetworkScores drawnScores_;  // their scores in the whole network
  std::set<std::string> drawnIds_;
  std::vector<std::size_t> shownActors_;                      // indexes into network_.actors, table order
  std::vector<const analysis::TimelineEvent*> shownEvents_;   // the events list, timeline order
  std::vector<const analysis::TimelineEvent*> chartEvents_;   // the timeline figure's, timeline order
  std::vector<std::string> shownTreaties_;                    // chronological
  std::vector<const analysis::SourceSupport*> shownSources_;  // most claims first
  std::set<std::string> treatyIds_;
  std::set<std::string> sourceIds_;
  std::map<std::string, std::vector<const model::Node*>> articles_;  // by document id, any order
  std::map<std::string, Anchor> anchors_;                            // node id → its element in the report
  std::map<std::string, std::vector<const model::Statement*>> bySubject_;
};

}  // namespace

std::string renderReport(const model::Graph& graph, const analysis::TypeHierarchy& types,
                         const ReportAnalyses& analyses, const ReportOptions& options, ReportSummary* summary) {
  ReportWriter writer(graph, types, analyses, options);
  if (summary) *summary = writer.summary();
  std::string html = writer.render();
  if (options.progress) options.progress->finish();
  return html;
}

}  // namespace pactgraph::report

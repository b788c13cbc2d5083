#include "pactgraph/interop/Diff.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Escape.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {

namespace {

using model::Quad;
using model::Term;
using PredicateObject = std::pair<std::string, Term>;

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

const std::string kType = iri(model::vocab::rdf, "type");
const std::string kSubject = iri(model::vocab::rdf, "subject");
const std::string kPredicate = iri(model::vocab::rdf, "predicate");
const std::string kObject = iri(model::vocab::rdf, "object");
const std::string kLabel = iri(model::vocab::rdfs, "label");
const std::string kStatement = iri(model::vocab::pg, "Statement");
const std::string kCitation = iri(model::vocab::pg, "Citation");
const std::string kRank = iri(model::vocab::pg, "rank");
const std::string kNote = iri(model::vocab::pg, "note");
const std::string kFootnote = iri(model::vocab::pg, "footnote");
const std::string kEarliest = iri(model::vocab::pg, "earliest");
const std::string kLatest = iri(model::vocab::pg, "latest");
const std::string kScope = iri(model::vocab::pg, "citationScope");
const std::string kDerivation = iri(model::vocab::prov, "Derivation");
const std::string kDerivedFrom = iri(model::vocab::prov, "wasDerivedFrom");
const std::string kQualifiedDerivation = iri(model::vocab::prov, "qualifiedDerivation");
const std::string kEntity = iri(model::vocab::prov, "entity");

struct Claim {
  std::string subject, predicate;
  Term object;
  std::vector<PredicateObject> qualifiers;
  std::string rank;
  std::vector<CitedAs> cited;
  std::vector<std::string> notes;
};

std::string noteText(const Term& term) { return term.language.empty() ? term.value : term.value + "@" + term.language; }

// One version of the dataset, read back into claims, citations and node descriptions.
struct Version {
  std::map<std::string, Claim> claims;                            // by statement IRI
  std::map<std::string, std::vector<PredicateObject>> citations;  // by citation IRI: its triples
  std::map<std::string, std::optional<long long>> footnotes;      // by citation IRI
  std::map<std::string, std::vector<PredicateObject>> nodes;      // by node IRI: description triples
  std::map<std::string, std::string> labels;
  std::map<std::string, std::size_t> graphSizes;

  Version(const std::vector<Quad>& quads, const std::string& base) {
    std::unordered_map<std::string, std::vector<const Quad*>> bySubject;
    std::set<std::string> statements, citationNodes, derivations;
    for (const auto& q : quads) {
      ++graphSizes[q.graph.value];
      bySubject[q.subject.value].push_back(&q);
      if (q.predicate.value == kType) {
        if (q.object.value == kStatement) statements.insert(q.subject.value);
        if (q.object.value == kCitation) citationNodes.insert(q.subject.value);
        if (q.object.value == kDerivation) derivations.insert(q.subject.value);
      }
      if (q.predicate.value == kLabel && q.object.isLiteral()) {
        auto& label = labels[q.subject.value];
        if (label.empty() || q.object.language == "en") label = q.object.value;
      }
    }
    // Statements with their derivations.
    std::set<std::tuple<std::string, std::string, Term>> claimTriples;
    for (const auto& statement : statements) {
      Claim claim;
      for (const Quad* q : bySubject[statement]) {
        const std::string& p = q->predicate.value;
        if (p == kType || p == kDerivedFrom || p == kEarliest || p == kLatest || p.starts_with(rdf::kValueNamespace)) {
          continue;
        }
        if (p == kSubject) {
          claim.subject = q->object.value;
        } else if (p == kPredicate) {
          claim.predicate = q->object.value;
        } else if (p == kObject) {
          claim.object = q->object;
        } else if (p == kRank) {
          claim.rank = q->object.value;
        } else if (p == kNote) {
          claim.notes.push_back(noteText(q->object));
        } else if (p == kQualifiedDerivation) {
          CitedAs cited;
          for (const Quad* d : bySubject[q->object.value]) {
            if (d->predicate.value == kEntity) cited.citation = d->object.value;
            if (d->predicate.value == kScope) cited.scope = d->object.value;
          }
          claim.cited.push_back(cited);
        } else {
          claim.qualifiers.push_back({p, q->object});
        }
      }
      std::sort(claim.qualifiers.begin(), claim.qualifiers.end());
      std::sort(claim.cited.begin(), claim.cited.end());
      claim.cited.erase(std::unique(claim.cited.begin(), claim.cited.end()), claim.cited.end());
      std::sort(claim.notes.begin(), claim.notes.end());
      claimTriples.insert({claim.subject, claim.predicate, claim.object});
      claims.emplace(statement, std::move(claim));
    }
    for (const auto& citation : citationNodes) {
      auto& triples = citations[citation];
      for (const Quad* q : bySubject[citation]) {
        if (q->predicate.value == kFootnote) footnotes[citation] = std::stoll(q->object.value);
        triples.push_back({q->predicate.value, q->object});
      }
      std::sort(triples.begin(), triples.end());
      triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
    }
    // Nodes: subjects minted from ids (not statement, citation, value … nodes).
    for (const auto& [subject, subjectQuads] : bySubject) {
      if (!subject.starts_with(base) || statements.contains(subject) || citationNodes.contains(subject) ||
          derivations.contains(subject)) {
        continue;
      }
      const std::string_view id = std::string_view(subject).substr(base.size());
      if (id.find('/') != std::string_view::npos) continue;  // value/, graph/, np/ …
      auto& triples = nodes[subject];
      for (const Quad* q : subjectQuads) {
        const std::string& p = q->predicate.value;
        if (p == kEarliest || p == kLatest || p.starts_with(rdf::kValueNamespace)) continue;
        if (claimTriples.contains({subject, p, q->object})) continue;  // a direct claim triple
        triples.push_back({p, q->object});
      }
      std::sort(triples.begin(), triples.end());
      triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
    }
  }
};

// a \ b and b \ a of two sorted vectors.
template <typename T>
std::pair<std::vector<T>, std::vector<T>> difference(const std::vector<T>& a, const std::vector<T>& b) {
  std::vector<T> onlyA, onlyB;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyA));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(onlyB));
  return {onlyA, onlyB};
}

ClaimChange changeOf(ClaimChange::Kind kind, const std::string& statement, const Claim* before, const Claim* after) {
  const Claim& claim = after != nullptr ? *after : *before;
  ClaimChange change;
  change.kind = kind;
  change.statement = statement;
  change.subject = claim.subject;
  change.predicate = claim.predicate;
  change.object = claim.object;
  change.qualifiers = claim.qualifiers;
  if (before != nullptr) {
    change.rankBefore = before->rank;
    change.citedBefore = before->cited;
    change.notesBefore = before->notes;
  }
  if (after != nullptr) {
    change.rankAfter = after->rank;
    change.citedAfter = after->cited;
    change.notesAfter = after->notes;
  }
  return change;
}

// ---- presentation -------------------------------------------------------

struct Namer {
  const DatasetDiff& diff;

  // An IRI as a reader knows it: an id under the base, pg:term, or <iri>.
  std::string name(const std::string& value) const {
    if (value.starts_with(diff.base)) return value.substr(diff.base.size());
    static const std::pair<std::string_view, std::string_view> kPrefixes[] = {
        {"pg:", model::vocab::pg},         {"rdf:", model::vocab::rdf},         {"rdfs:", model::vocab::rdfs},
        {"xsd:", model::vocab::xsd},       {"owl:", model::vocab::owl},         {"skos:", model::vocab::skos},
        {"prov:", model::vocab::prov},     {"dcterms:", model::vocab::dcterms}, {"bibo:", model::vocab::bibo},
        {"schema:", model::vocab::schema}, {"pgv:", rdf::kValueNamespace}};
    for (const auto& [prefix, ns] : kPrefixes) {
      if (value.starts_with(ns) && value.size() > ns.size()) return std::string(prefix) + value.substr(ns.size());
    }
    return "<" + value + ">";
  }
  std::string term(const Term& t) const {
    if (t.isIri()) return name(t.value);
    std::string out = "\"" + t.value + "\"";
    if (!t.language.empty()) return out + "@" + t.language;
    if (t.datatype != iri(model::vocab::xsd, "string")) {
      out += "^^" + name(t.datatype);
    }
    return out;
  }
  std::string predicate(const std::string& value) const {
    return value.starts_with(model::vocab::pg) ? value.substr(model::vocab::pg.size()) : name(value);
  }
  std::string claim(const ClaimChange& c) const {
    std::string out = name(c.subject) + " " + predicate(c.predicate) + " " + term(c.object);
    for (const auto& [p, v] : c.qualifiers) out += " (" + predicate(p) + " " + term(v) + ")";
    return out;
  }
  std::string rank(const std::string& value) const {
    std::string local = predicate(value);
    if (local.ends_with("Rank")) local.resize(local.size() - 4);
    return util::toLowerAscii(local.substr(0, 1)) + local.substr(std::min<std::size_t>(1, local.size()));
  }
  std::string label(const std::string& value) const {
    const auto it = diff.labels.find(value);
    return it == diff.labels.end() ? name(value) : it->second;
  }
  std::string cited(const CitedAs& c) const {
    std::string out = label(c.citation);
    if (!c.scope.empty()) {
      std::string scope = predicate(c.scope);
      if (scope.ends_with("Scope")) scope.resize(scope.size() - 5);
      out += " [" + util::toLowerAscii(scope) + "]";
    }
    return out;
  }
};

const char* kindName(ClaimChange::Kind kind) {
  switch (kind) {
    case ClaimChange::Kind::added:
      return "added";
    case ClaimChange::Kind::removed:
      return "removed";
    case ClaimChange::Kind::reranked:
      return "reranked";
    case ClaimChange::Kind::recited:
      return "recited";
    case ClaimChange::Kind::renoted:
      return "renoted";
  }
  return "";
}
const char* kindName(NodeChange::Kind kind) {
  return kind == NodeChange::Kind::added ? "added" : kind == NodeChange::Kind::removed ? "removed" : "changed";
}
const char* kindName(CitationChange::Kind kind) {
  return kind == CitationChange::Kind::added ? "added" : kind == CitationChange::Kind::removed ? "removed" : "changed";
}

// The lines that describe one claim change, without the claim itself.
std::vector<std::string> claimDetails(const Namer& n, const ClaimChange& c) {
  std::vector<std::string> out;
  switch (c.kind) {
    case ClaimChange::Kind::added:
    case ClaimChange::Kind::removed: {
      const auto& cited = c.kind == ClaimChange::Kind::added ? c.citedAfter : c.citedBefore;
      const auto& rank = c.kind == ClaimChange::Kind::added ? c.rankAfter : c.rankBefore;
      out.push_back("rank " + n.rank(rank));
      std::vector<std::string> lines;
      for (const auto& x : cited) lines.push_back("cites " + n.cited(x));
      std::sort(lines.begin(), lines.end());  // by label, as a reader looks for them
      out.insert(out.end(), lines.begin(), lines.end());
      break;
    }
    case ClaimChange::Kind::reranked:
      out.push_back("rank " + n.rank(c.rankBefore) + " → " + n.rank(c.rankAfter));
      break;
    case ClaimChange::Kind::recited: {
      const auto [gone, come] = difference(c.citedBefore, c.citedAfter);
      std::vector<std::string> lines;
      for (const auto& x : gone) lines.push_back("no longer cites " + n.cited(x));
      std::sort(lines.begin(), lines.end());
      std::vector<std::string> added;
      for (const auto& x : come) added.push_back("now cites " + n.cited(x));
      std::sort(added.begin(), added.end());
      lines.insert(lines.end(), added.begin(), added.end());
      return lines;
    }
    case ClaimChange::Kind::renoted: {
      const auto [gone, come] = difference(c.notesBefore, c.notesAfter);
      for (const auto& x : gone) out.push_back("note removed: " + x);
      for (const auto& x : come) out.push_back("note added: " + x);
      break;
    }
  }
  return out;
}

}  // namespace

std::size_t DatasetDiff::count(ClaimChange::Kind kind) const {
  return static_cast<std::size_t>(
      std::count_if(claims.begin(), claims.end(), [&](const auto& c) { return c.kind == kind; }));
}

DatasetDiff diffDatasets(std::vector<Quad> before, std::vector<Quad> after, const std::string& base) {
  for (auto* quads : {&before, &after}) {
    // Language tags compare without regard to case (RDF 1.1 §3.3): the
    // N-Quads writer lowercases them, the data keeps them as written.
    for (auto& quad : *quads) {
      if (!quad.object.language.empty()) quad.object.language = util::toLowerAscii(quad.object.language);
    }
    std::sort(quads->begin(), quads->end());
    quads->erase(std::unique(quads->begin(), quads->end()), quads->end());
  }
  DatasetDiff diff;
  diff.base = base;
  std::tie(diff.removed, diff.added) = difference(before, after);
  const Version old(before, base);
  const Version now(after, base);

  // Claims.
  for (const auto& [statement, claim] : old.claims) {
    const auto it = now.claims.find(statement);
    if (it == now.claims.end()) {
      diff.claims.push_back(changeOf(ClaimChange::Kind::removed, statement, &claim, nullptr));
      continue;
    }
    if (claim.rank != it->second.rank)
      diff.claims.push_back(changeOf(ClaimChange::Kind::reranked, statement, &claim, &it->second));
    if (claim.cited != it->second.cited)
      diff.claims.push_back(changeOf(ClaimChange::Kind::recited, statement, &claim, &it->second));
    if (claim.notes != it->second.notes)
      diff.claims.push_back(changeOf(ClaimChange::Kind::renoted, statement, &claim, &it->second));
  }
  for (const auto& [statement, claim] : now.claims) {
    if (!old.claims.contains(statement))
      diff.claims.push_back(changeOf(ClaimChange::Kind::added, statement, nullptr, &claim));
  }
  std::sort(diff.claims.begin(), diff.claims.end(), [](const ClaimChange& a, const ClaimChange& b) {
    return std::tie(a.kind, a.subject, a.predicate, a.object, a.statement) <
           std::tie(b.kind, b.subject, b.predicate, b.object, b.statement);
  });

  // Nodes.
  for (const auto& [node, triples] : old.nodes) {
    const auto it = now.nodes.find(node);
    if (it == now.nodes.end()) {
      diff.nodes.push_back({NodeChange::Kind::removed, node, triples, {}});
    } else if (triples != it->second) {
      auto [gone, come] = difference(triples, it->second);
      diff.nodes.push_back({NodeChange::Kind::changed, node, std::move(gone), std::move(come)});
    }
  }
  for (const auto& [node, triples] : now.nodes) {
    if (!old.nodes.contains(node)) diff.nodes.push_back({NodeChange::Kind::added, node, {}, triples});
  }
  std::stable_sort(diff.nodes.begin(), diff.nodes.end(), [](const NodeChange& a, const NodeChange& b) {
    return std::tie(a.kind, a.node) < std::tie(b.kind, b.node);
  });

  // Citations: one footnote whose node changed is one changed citation.
  std::map<long long, std::string> newByFootnote;
  for (const auto& [citation, footnote] : now.footnotes) {
    if (footnote && !old.citations.contains(citation)) newByFootnote[*footnote] = citation;
  }
  std::set<std::string> matched;
  for (const auto& [citation, triples] : old.citations) {
    const auto same = now.citations.find(citation);
    if (same != now.citations.end()) {
      if (triples != same->second) {
        auto [gone, come] = difference(triples, same->second);
        diff.citations.push_back(
            {CitationChange::Kind::changed, citation, citation, old.footnotes.at(citation), gone, come});
      }
      continue;
    }
    const auto footnote = old.footnotes.contains(citation) ? old.footnotes.at(citation) : std::nullopt;
    if (footnote && newByFootnote.contains(*footnote)) {
      const std::string& replacement = newByFootnote[*footnote];
      matched.insert(replacement);
      auto [gone, come] = difference(triples, now.citations.at(replacement));
      diff.citations.push_back({CitationChange::Kind::changed, citation, replacement, footnote, gone, come});
    } else {
      diff.citations.push_back({CitationChange::Kind::removed, citation, {}, footnote, triples, {}});
    }
  }
  for (const auto& [citation, triples] : now.citations) {
    if (!old.citations.contains(citation) && !matched.contains(citation)) {
      diff.citations.push_back({CitationChange::Kind::added,
                                {},
                                citation,
                                now.footnotes.contains(citation) ? now.footnotes.at(citation) : std::nullopt,
                                {},
                                triples});
    }
  }
  std::stable_sort(diff.citations.begin(), diff.citations.end(), [](const CitationChange& a, const CitationChange& b) {
    return std::tie(a.kind, a.footnote, a.before, a.after) < std::tie(b.kind, b.footnote, b.before, b.after);
  });

  // Graph sizes.
  std::map<std::string, GraphCount> graphs;
  for (const auto& [graph, n] : old.graphSizes) graphs[graph].before = n;
  for (const auto& [graph, n] : now.graphSizes) graphs[graph].after = n;
  for (const auto& q : diff.removed) ++graphs[q.graph.value].removed;
  for (const auto& q : diff.added) ++graphs[q.graph.value].added;
  for (auto& [graph, count] : graphs) {
    count.graph = graph;
    diff.graphs.push_back(count);
  }
  diff.labels = old.labels;
  for (const auto& [subject, label] : now.labels) diff.labels[subject] = label;
  return diff;
}

std::string formatDiffText(const DatasetDiff& diff) {
  const Namer n{diff};
  std::string out;
  const auto line = [&](const std::string& text) { out += util::terminalSafe(text) + "\n"; };
  line("claims: " + std::to_string(diff.count(ClaimChange::Kind::added)) + " added, " +
       std::to_string(diff.count(ClaimChange::Kind::removed)) + " removed, " +
       std::to_string(diff.count(ClaimChange::Kind::reranked)) + " re-ranked, " +
       std::to_string(diff.count(ClaimChange::Kind::recited)) + " re-cited, " +
       std::to_string(diff.count(ClaimChange::Kind::renoted)) + " re-noted; nodes: " +
       std::to_string(diff.nodes.size()) + " changed; citations: " + std::to_string(diff.citations.size()) +
       " changed; quads: " + std::to_string(diff.removed.size()) + " removed, " + std::to_string(diff.added.size()) +
       " added");
  for (const auto& c : diff.claims) {
    line(std::string(kindName(c.kind)) + " claim " + n.claim(c));
    for (const auto& detail : claimDetails(n, c)) line("    " + detail);
  }
  for (const auto& node : diff.nodes) {
    line(std::string(kindName(node.kind)) + " node " + n.name(node.node));
    for (const auto& [p, o] : node.removed) line("    - " + n.predicate(p) + " " + n.term(o));
    for (const auto& [p, o] : node.added) line("    + " + n.predicate(p) + " " + n.term(o));
  }
  for (const auto& c : diff.citations) {
    line(std::string(kindName(c.kind)) + " citation " + n.label(c.after.empty() ? c.before : c.after));
    for (const auto& [p, o] : c.removed) line("    - " + n.predicate(p) + " " + n.term(o));
    for (const auto& [p, o] : c.added) line("    + " + n.predicate(p) + " " + n.term(o));
  }
  for (const auto& g : diff.graphs) {
    line("graph " + (g.graph.empty() ? std::string("(default)") : "<" + g.graph + ">") + ": " +
         std::to_string(g.before) + " → " + std::to_string(g.after) + " quads (" + std::to_string(g.removed) +
         " removed, " + std::to_string(g.added) + " added)");
  }
  return out;
}

std::string formatDiffJson(const DatasetDiff& diff) {
  using Json = nlohmann::ordered_json;
  const Namer n{diff};
  const auto termJson = [&](const Term& t) {
    Json j = Json::object();
    if (t.isIri()) {
      j["iri"] = t.value;
    } else {
      j["value"] = t.value;
      if (!t.language.empty()) {
        j["language"] = t.language;
      } else {
        j["datatype"] = t.datatype;
      }
    }
    return j;
  };
  const auto triplesJson = [&](const std::vector<PredicateObject>& triples) {
    Json list = Json::array();
    for (const auto& [p, o] : triples) list.push_back(Json{{"predicate", p}, {"object", termJson(o)}});
    return list;
  };
  const auto citedJson = [&](const std::vector<CitedAs>& cited) {
    Json list = Json::array();
    for (const auto& c : cited) {
      Json j = {{"citation", c.citation}, {"label", n.label(c.citation)}};
      if (!c.scope.empty()) j["scope"] = c.scope;
      list.push_back(j);
    }
    return list;
  };
  Json out = Json::object();
  out["base"] = diff.base;
  Json summary = Json::object();
  for (auto kind : {ClaimChange::Kind::added, ClaimChange::Kind::removed, ClaimChange::Kind::reranked,
                    ClaimChange::Kind::recited, ClaimChange::Kind::renoted}) {
    summary[std::string("claims ") + kindName(kind)] = diff.count(kind);
  }
  summary["nodes changed"] = diff.nodes.size();
  summary["citations changed"] = diff.citations.size();
  summary["quads removed"] = diff.removed.size();
  summary["quads added"] = diff.added.size();
  out["summary"] = summary;
  Json claims = Json::array();
  for (const auto& c : diff.claims) {
    Json j = Json::object();
    j["change"] = kindName(c.kind);
    j["statement"] = c.statement;
    j["subject"] = c.subject;
    j["predicate"] = c.predicate;
    j["object"] = termJson(c.object);
    Json qualifiers = Json::array();
    for (const auto& [p, v] : c.qualifiers) qualifiers.push_back(Json{{"predicate", p}, {"value", termJson(v)}});
    j["qualifiers"] = qualifiers;
    j["text"] = n.claim(c);
    if (!c.rankBefore.empty()) j["rankBefore"] = c.rankBefore;
    if (!c.rankAfter.empty()) j["rankAfter"] = c.rankAfter;
    if (c.kind != ClaimChange::Kind::added) j["citedBefore"] = citedJson(c.citedBefore);
    if (c.kind != ClaimChange::Kind::removed) j["citedAfter"] = citedJson(c.citedAfter);
    if (c.kind == ClaimChange::Kind::renoted) {
      j["notesBefore"] = c.notesBefore;
      j["notesAfter"] = c.notesAfter;
    }
    claims.push_back(j);
  }
  out["claims"] = claims;
  Json nodes = Json::array();
  for (const auto& node : diff.nodes) {
    nodes.push_back(Json{{"change", kindName(node.kind)},
                         {"node", node.node},
                         {"removed", triplesJson(node.removed)},
                         {"added", triplesJson(node.added)}});
  }
  out["nodes"] = nodes;
  Json citations = Json::array();
  for (const auto& c : diff.citations) {
    Json j = {{"change", kindName(c.kind)}};
    if (!c.before.empty()) j["before"] = c.before;
    if (!c.after.empty()) j["after"] = c.after;
    if (c.footnote) j["footnote"] = *c.footnote;
    j["label"] = n.label(c.after.empty() ? c.before : c.after);
    j["removed"] = triplesJson(c.removed);
    j["added"] = triplesJson(c.added);
    citations.push_back(j);
  }
  out["citations"] = citations;
  Json graphs = Json::array();
  for (const auto& g : diff.graphs) {
    graphs.push_back(
        Json{{"graph", g.graph}, {"before", g.before}, {"after", g.after}, {"removed", g.removed}, {"added", g.added}});
  }
  out["graphs"] = graphs;
  return out.dump(2) + "\n";
}

std::string formatDiffMarkdown(const DatasetDiff& diff, const std::string& title) {
  const Namer n{diff};
  const auto md = [](const std::string& text) { return util::markdownEscape(text); };
  std::string out = "## " + md(title) + "\n\n";
  out += "| change | count |\n|---|---:|\n";
  for (auto kind : {ClaimChange::Kind::added, ClaimChange::Kind::removed, ClaimChange::Kind::reranked,
                    ClaimChange::Kind::recited, ClaimChange::Kind::renoted}) {
    out += std::string("| claims ") + kindName(kind) + " | " + std::to_string(diff.count(kind)) + " |\n";
  }
  out += "| nodes changed | " + std::to_string(diff.nodes.size()) + " |\n";
  out += "| citations changed | " + std::to_string(diff.citations.size()) + " |\n";
  out += "| quads removed / added | " + std::to_string(diff.removed.size()) + " / " +
         std::to_string(diff.added.size()) + " |\n";
  const char* headings[] = {"Claims added", "Claims removed", "Claims re-ranked", "Claims re-cited", "Notes on claims"};
  for (int k = 0; k < 5; ++k) {
    const auto kind = static_cast<ClaimChange::Kind>(k);
    if (diff.count(kind) == 0) continue;
    out += std::string("\n### ") + headings[k] + "\n\n";
    for (const auto& c : diff.claims) {
      if (c.kind != kind) continue;
      out += "- " + md(n.label(c.subject)) + " — " + md(n.predicate(c.predicate)) + " — " +
             md(c.object.isIri() ? n.label(c.object.value) : n.term(c.object));
      for (const auto& [p, v] : c.qualifiers) out += " (" + md(n.predicate(p)) + " " + md(n.term(v)) + ")";
      out += " `" + md(n.name(c.subject)) + "`\n";
      for (const auto& detail : claimDetails(n, c)) out += "  - " + md(detail) + "\n";
    }
  }
  if (!diff.nodes.empty()) {
    out += "\n### Nodes\n\n";
    for (const auto& node : diff.nodes) {
      out += std::string("- ") + kindName(node.kind) + ": " + md(n.label(node.node)) + " `" + md(n.name(node.node)) +
             "`\n";
      for (const auto& [p, o] : node.removed) out += "  - removed " + md(n.predicate(p)) + " " + md(n.term(o)) + "\n";
      for (const auto& [p, o] : node.added) out += "  - added " + md(n.predicate(p)) + " " + md(n.term(o)) + "\n";
    }
  }
  if (!diff.citations.empty()) {
    out += "\n### Citations\n\n";
    for (const auto& c : diff.citations) {
      out += std::string("- ") + kindName(c.kind) + ": " + md(n.label(c.after.empty() ? c.before : c.after)) + "\n";
      for (const auto& [p, o] : c.removed) out += "  - removed " + md(n.predicate(p)) + " " + md(n.term(o)) + "\n";
      for (const auto& [p, o] : c.added) out += "  - added " + md(n.predicate(p)) + " " + md(n.term(o)) + "\n";
    }
  }
  return out;
}

std::vector<std::string> sparqlUpdateRequests(const DatasetDiff& diff, std::size_t maxBytes) {
  std::vector<std::string> requests;
  std::string request;
  const auto flush = [&] {
    if (!request.empty()) requests.push_back(std::move(request));
    request.clear();
  };
  // Appends one block, starting a new request when it would not fit.
  const auto addBlock = [&](const std::string& block) {
    if (!request.empty() && request.size() + 2 + block.size() > maxBytes) flush();
    if (!request.empty()) request += ";\n";
    request += block;
  };
  const auto blocks = [&](const std::vector<Quad>& quads, const std::string& operation) {
    // Quads are sorted by graph: blocks per graph, cut at line ends.
    for (std::size_t i = 0; i < quads.size();) {
      std::size_t end = i;
      std::vector<Quad> triples;
      while (end < quads.size() && quads[end].graph == quads[i].graph) {
        triples.push_back({quads[end].subject, quads[end].predicate, quads[end].object, Term::iri({})});
        ++end;
      }
      const std::string body = rdf::serialize(triples, rdf::Format::ntriples, {});
      const std::string open =
          quads[i].inDefaultGraph() ? operation + " {\n" : operation + " {\n  GRAPH <" + quads[i].graph.value + "> {\n";
      const std::string close = quads[i].inDefaultGraph() ? "}\n" : "  }\n}\n";
      const std::size_t overhead = open.size() + close.size() + 2;
      const std::size_t budget = maxBytes > overhead ? maxBytes - overhead : 0;
      const auto lineEnd = [&](std::size_t at) {
        const std::size_t newline = body.find('\n', at);
        return newline == std::string::npos ? body.size() : newline + 1;
      };
      for (std::size_t from = 0; from < body.size();) {
        // Whole lines, as many as fit into `budget`, at least one.
        std::size_t to = lineEnd(from);
        while (to < body.size()) {
          const std::size_t next = lineEnd(to);
          if (next - from > budget) break;
          to = next;
        }
        addBlock(open + body.substr(from, to - from) + close);
        from = to;
      }
      i = end;
    }
  };
  blocks(diff.removed, "DELETE DATA");
  blocks(diff.added, "INSERT DATA");
  flush();
  return requests;
}

std::string sparqlUpdate(const DatasetDiff& diff) {
  auto requests = sparqlUpdateRequests(diff, std::numeric_limits<std::size_t>::max());
  return requests.empty() ? std::string() : std::move(requests.front());
}

}  // namespace pactgraph::interop

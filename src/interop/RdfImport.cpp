#include "pactgraph/interop/RdfImport.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <tuple>

#include "WikibaseRdf.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {

namespace {

using model::Term;
using Json = nlohmann::ordered_json;

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

const std::string kType = iri(model::vocab::rdf, "type");
const std::string kLabel = iri(model::vocab::rdfs, "label");
const std::string kAltLabel = iri(model::vocab::skos, "altLabel");
const std::string kDescription = iri(model::vocab::dcterms, "description");
const std::string kSource = iri(model::vocab::dcterms, "source");
const std::string kPages = iri(model::vocab::bibo, "pages");
const std::string kSubject = iri(model::vocab::rdf, "subject");
const std::string kPredicate = iri(model::vocab::rdf, "predicate");
const std::string kObject = iri(model::vocab::rdf, "object");
const std::string kStatement = iri(model::vocab::pg, "Statement");
const std::string kCitation = iri(model::vocab::pg, "Citation");
const std::string kQuantity = iri(model::vocab::pg, "Quantity");
const std::string kRank = iri(model::vocab::pg, "rank");
const std::string kNote = iri(model::vocab::pg, "note");
const std::string kFootnote = iri(model::vocab::pg, "footnote");
const std::string kScope = iri(model::vocab::pg, "citationScope");
const std::string kDerivation = iri(model::vocab::prov, "Derivation");
const std::string kDerivedFrom = iri(model::vocab::prov, "wasDerivedFrom");
const std::string kQualifiedDerivation = iri(model::vocab::prov, "qualifiedDerivation");
const std::string kEntity = iri(model::vocab::prov, "entity");

struct Triple {
  std::string s, p;
  Term o;
  auto operator<=>(const Triple&) const = default;
};

// What one import collects, then writes.
class Importer {
 public:
  Importer(const std::vector<model::Quad>& quads, const ontology::Ontology& ontology, std::string base,
           std::string inputName)
      : ontology_(ontology), base_(std::move(base)), inputName_(std::move(inputName)) {
    std::set<Triple> unique;
    for (const auto& q : quads) unique.insert({q.subject.value, q.predicate.value, q.object});
    for (const auto& t : ontology.triples()) ontologyTriples_.insert({t.subject.value, t.predicate.value, t.object});
    for (const auto* p : ontology.properties()) {
      if (!p->linkPredicate.empty()) linkPredicates_.insert(p->linkPredicate);
    }
    for (const auto& t : unique) {
      if (ontologyTriples_.contains(t)) continue;  // the ontology graph
      bySubject_[t.s].push_back(t);
      if (t.p == kType && t.o.isIri()) types_[t.s].insert(t.o.value);
    }
  }

  RdfImport run() {
    classify();
    collectClaimTriples();
    for (const auto& subject : statementNodes_) readStatement(subject);
    for (const auto& subject : citationNodes_) readCitation(subject);
    for (const auto& [subject, id] : nodeIds_) readNode(subject, id);
    for (const auto& [subject, triples] : bySubject_) {
      if (!handled_.contains(subject)) {
        leave(triples.size(), "triples about resources without a class of the ontology (" + display(subject) + " …)");
      }
    }
    return write();
  }

 private:
  bool is(const std::string& subject, const std::string& type) const {
    const auto it = types_.find(subject);
    return it != types_.end() && it->second.contains(type);
  }

  std::optional<std::string> idOf(const std::string& value) const {
    if (!value.starts_with(base_)) return std::nullopt;
    std::string id = value.substr(base_.size());
    if (!util::isSlug(id)) return std::nullopt;
    return id;
  }

  std::string display(const std::string& value) const {
    if (value.starts_with(base_)) return value.substr(base_.size());
    if (value.starts_with(model::vocab::pg)) return "pg:" + value.substr(model::vocab::pg.size());
    return "<" + value + ">";
  }

  void leave(std::size_t n, const std::string& what) { leftOut_[what] += n; }

  void classify() {
    for (const auto& [subject, types] : types_) {
      if (types.contains(kStatement)) {
        statementNodes_.push_back(subject);
      } else if (types.contains(kCitation)) {
        citationNodes_.push_back(subject);
      } else if (types.contains(kDerivation) || types.contains(kQuantity)) {
        handled_.insert(subject);  // read with their statement, or computed
      } else if (const auto id = idOf(subject)) {
        for (const auto& type : types) {
          if (type.starts_with(model::vocab::pg) && ontology_.isNodeClass(type)) {
            nodeIds_[subject] = *id;
            break;
          }
        }
      }
    }
    for (const auto& [subject, triples] : bySubject_) {
      if (subject.starts_with(base_ + "value/")) handled_.insert(subject);  // quantity nodes
    }
  }

  // The JSON of one literal or node reference under `property`; nothing
  // (and a note in leftOut) when it cannot be written.
  std::optional<Json> value(const ontology::OntologyProperty& property, const Term& term) {
    if (property.kind == ontology::OntologyProperty::Kind::object) {
      if (term.isIri()) {
        if (const auto id = idOf(term.value); id && nodeIds_.count(term.value)) return Json(*id);
      }
      leave(1, "values of pg:" + property.localName + " that are not nodes of the data");
      return std::nullopt;
    }
    if (!term.isLiteral()) {
      leave(1, "IRIs as values of the datatype property pg:" + property.localName);
      return std::nullopt;
    }
    return Json(term.value);
  }

  // Values of one property: language strings as one map, others as a value or a list.
  std::optional<Json> values(const ontology::OntologyProperty& property, const std::vector<Term>& terms) {
    Json out = Json::array();
    Json languages = Json::object();
    for (const auto& term : terms) {
      if (term.isLiteral() && !term.language.empty()) {
        languages[term.language] = term.value;
      } else if (auto v = value(property, term)) {
        out.push_back(*v);
      }
    }
    if (!languages.empty()) return languages;
    if (out.empty()) return std::nullopt;
    if (out.size() == 1) return out.front();
    return out;
  }

  Json languageMap(const std::vector<Term>& terms) {
    Json out = Json::object();
    for (const auto& t : terms) {
      if (t.isLiteral()) out[t.language.empty() ? "en" : t.language] = t.value;
    }
    return out;
  }

  void readStatement(const std::string& subject) {
    handled_.insert(subject);
    std::string s, p, rank;
    std::vector<Term> objects, notes;
    std::map<std::string, std::vector<Term>> qualifiers;
    std::vector<std::pair<std::string, std::string>> derivations;  // citation IRI, scope IRI
    std::set<std::string> derived;
    for (const auto& t : bySubject_[subject]) {
      if (t.p == kType || t.p.starts_with(rdf::kValueNamespace) || t.p == iri(model::vocab::pg, "earliest") ||
          t.p == iri(model::vocab::pg, "latest")) {
        continue;
      }
      if (t.p == kSubject)
        s = t.o.value;
      else if (t.p == kPredicate)
        p = t.o.value;
      else if (t.p == kObject)
        objects.push_back(t.o);
      else if (t.p == kRank)
        rank = t.o.value;
      else if (t.p == kNote)
        notes.push_back(t.o);
      else if (t.p == kDerivedFrom)
        derived.insert(t.o.value);
      else if (t.p == kQualifiedDerivation) {
        std::string citation, scope;
        for (const auto& d : bySubject_[t.o.value]) {
          if (d.p == kEntity) citation = d.o.value;
          if (d.p == kScope) scope = d.o.value;
        }
        derivations.push_back({citation, scope});
      } else {
        qualifiers[t.p].push_back(t.o);
      }
    }
    for (const auto& cited : derived) {
      if (std::none_of(derivations.begin(), derivations.end(), [&](const auto& d) { return d.first == cited; })) {
        derivations.push_back({cited, {}});
      }
    }
    const auto* property = ontology_.findPropertyByIri(p);
    const auto subjectId = idOf(s);
    if (property == nullptr || !subjectId || !nodeIds_.count(s) || objects.empty()) {
      leave(bySubject_[subject].size(),
            "triples of statement nodes whose subject, predicate or object the data cannot hold");
      return;
    }
    Statement statement;
    statement.subject = *subjectId;
    statement.predicate = property->localName;
    statement.objectProperty = property->kind == ontology::OntologyProperty::Kind::object;
    const auto v = values(*property, objects);
    if (!v) return;
    statement.value = *v;
    statement.rank = rank == iri(model::vocab::pg, "PreferredRank")    ? "preferred"
                     : rank == iri(model::vocab::pg, "DeprecatedRank") ? "deprecated"
                                                                       : "";
    if (!notes.empty()) statement.note = languageMap(notes);
    for (const auto& [qp, qterms] : qualifiers) {
      const auto* q = ontology_.findPropertyByIri(qp);
      if (q == nullptr || q->computed) {
        leave(qterms.size(), "statement triples with predicates outside the ontology (" + display(qp) + " …)");
        continue;
      }
      if (auto qv = values(*q, qterms)) statement.qualifiers[q->localName] = *qv;
    }
    statement.derivations = derivations;
    if (derivations.empty() && property->requiresCitation) {
      statement.derivations = {{"rdf-import", {}}};  // no reference: the file is its only provenance
      ++uncitedStatements_;
    }
    statement.order = statement.subject + '\x1f' + statement.predicate + '\x1f' + subject;
    statements_.push_back(std::move(statement));
  }

  void readCitation(const std::string& subject) {
    handled_.insert(subject);
    Citation citation;
    citation.iri = subject;
    std::vector<Term> notes;
    for (const auto& t : bySubject_[subject]) {
      if (t.p == kType || t.p == kLabel) continue;  // the label is computed
      if (t.p == kSource) {
        citation.source = idOf(t.o.value).value_or("");
      } else if (t.p == kPages) {
        citation.pages = t.o.value;
      } else if (t.p == kFootnote) {
        citation.footnote = std::stoll(t.o.value);
      } else if (t.p == kNote) {
        notes.push_back(t.o);
      } else {
        leave(1, "citation triples with predicates outside the ontology (" + display(t.p) + " …)");
      }
    }
    if (!notes.empty()) citation.note = languageMap(notes);
    citations_.push_back(std::move(citation));
  }

  void readNode(const std::string& subject, const std::string& id) {
    handled_.insert(subject);
    Json node = Json::object();
    node["id"] = id;
    std::string type;
    Json labels = Json::object(), altLabels = Json::object(), descriptions = Json::object();
    std::map<std::string, std::vector<Term>> props;
    for (const auto& t : bySubject_[subject]) {
      if (t.p == kType) {
        if (t.o.value.starts_with(model::vocab::pg) && ontology_.isNodeClass(t.o.value)) {
          if (type.empty()) type = t.o.value.substr(model::vocab::pg.size());
        } else {
          leave(1, "rdf:type triples to classes outside the ontology (" + display(t.o.value) + " …)");
        }
      } else if (t.p == kLabel && t.o.isLiteral()) {
        labels[t.o.language.empty() ? "en" : t.o.language] = t.o.value;
      } else if (t.p == kAltLabel && t.o.isLiteral()) {
        altLabels[t.o.language.empty() ? "en" : t.o.language].push_back(t.o.value);
      } else if (t.p == kDescription && t.o.isLiteral()) {
        descriptions[t.o.language.empty() ? "en" : t.o.language] = t.o.value;
      } else if (t.p == iri(model::vocab::pg, "earliest") || t.p == iri(model::vocab::pg, "latest") ||
                 t.p.starts_with(rdf::kValueNamespace) || linkPredicates_.contains(t.p) || claimTriples_.contains(t)) {
        continue;  // computed: day bounds, quantities, links out, direct claim triples
      } else if (const auto* property = ontology_.findPropertyByIri(t.p)) {
        if (property->computed) continue;
        if (property->requiresCitation) {
          uncited_.push_back({subject, t});
        } else if (property->qualifierOnly) {
          leave(1, "node triples of qualifier properties (pg:" + property->localName + ")");
        } else {
          props[property->localName].push_back(t.o);
        }
      } else {
        leave(1, "node triples with predicates outside the ontology (" + display(t.p) + " …)");
      }
    }
    node["type"] = type;
    if (labels.empty()) {
      labels["en"] = id;
      leave(1, "nodes without a label (their id became the English label)");
    }
    node["label"] = labels;
    for (auto& [language, list] : altLabels.items()) {
      std::vector<std::string> sorted = list.get<std::vector<std::string>>();
      std::sort(sorted.begin(), sorted.end());
      list = sorted;
    }
    if (!altLabels.empty()) node["altLabel"] = altLabels;
    if (!descriptions.empty()) node["description"] = descriptions;
    Json attributes = Json::object();
    for (auto& [name, terms] : props) {
      std::sort(terms.begin(), terms.end());
      if (auto v = values(*ontology_.findProperty(name), terms)) attributes[name] = *v;
    }
    if (!attributes.empty()) node["props"] = attributes;
    nodes_.push_back(std::move(node));
  }

  struct Citation {
    std::string iri, id, source, pages;
    std::optional<long long> footnote;
    Json note;
  };
  struct Statement {
    std::string subject, predicate, rank, order;
    bool objectProperty = false;
    Json value, note;
    std::map<std::string, Json> qualifiers;
    std::vector<std::pair<std::string, std::string>> derivations;
  };

  RdfImport write() {
    // Citation ids from footnotes (the ids are not in the RDF).
    std::sort(citations_.begin(), citations_.end(), [](const Citation& a, const Citation& b) {
      return std::tie(a.footnote, a.source, a.pages, a.iri) < std::tie(b.footnote, b.source, b.pages, b.iri);
    });
    std::set<std::string> taken;
    std::map<std::string, std::pair<std::string, bool>> byIri;  // citation IRI → id, has a footnote
    for (auto& c : citations_) {
      std::string id = c.footnote ? "fn-" + std::to_string(*c.footnote) : "article-text";
      if (taken.contains(id)) {
        int n = 2;
        while (taken.contains(id + "-" + std::to_string(n))) ++n;
        id += "-" + std::to_string(n);
      }
      taken.insert(id);
      c.id = id;
      byIri[c.iri] = {id, c.footnote.has_value()};
    }
    // Plain claim triples: statements citing the file itself.
    if (!uncited_.empty() || uncitedStatements_ > 0) {
      Json source = {{"id", "rdf-import-source"},
                     {"type", "Source"},
                     {"label", {{"en", "RDF import: " + inputName_}}},
                     {"props", {{"title", inputName_}}}};
      nodes_.push_back(source);
      citations_.push_back({"", "rdf-import", "rdf-import-source", "", std::nullopt,
                            Json{{"en", "Claims read from " + inputName_ + " without a citation of their own."}}});
      for (const auto& [subject, t] : uncited_) {
        const auto* property = ontology_.findPropertyByIri(t.p);
        Statement statement;
        statement.subject = nodeIds_.at(subject);
        statement.predicate = property->localName;
        statement.objectProperty = property->kind == ontology::OntologyProperty::Kind::object;
        const auto v = values(*property, {t.o});
        if (!v) continue;
        statement.value = *v;
        statement.order = statement.subject + '\x1f' + statement.predicate + '\x1f' + t.o.value;
        statement.derivations = {{"rdf-import", {}}};
        statements_.push_back(std::move(statement));
      }
    }
    std::sort(nodes_.begin(), nodes_.end(), [](const Json& a, const Json& b) { return a["id"] < b["id"]; });
    std::sort(statements_.begin(), statements_.end(),
              [](const Statement& a, const Statement& b) { return a.order < b.order; });

    Json nodes = Json::array();
    for (auto& node : nodes_) nodes.push_back(node);
    Json citations = Json::array();
    for (const auto& c : citations_) {
      Json j = {{"id", c.id}, {"source", c.source}};
      if (!c.pages.empty()) j["pages"] = c.pages;
      if (c.footnote) j["footnote"] = *c.footnote;
      if (!c.note.is_null()) j["note"] = c.note;
      citations.push_back(j);
    }
    Json statements = Json::array();
    for (const auto& s : statements_) {
      Json j = {{"subject", s.subject}, {"predicate", s.predicate}};
      j[s.objectProperty ? "object" : "value"] = s.value;
      if (!s.qualifiers.empty()) {
        Json q = Json::object();
        for (const auto& [name, v] : s.qualifiers) q[name] = v;
        j["qualifiers"] = q;
      }
      if (!s.rank.empty()) j["rank"] = s.rank;
      if (!s.note.is_null()) j["note"] = s.note;
      Json cite = Json::array();
      std::vector<std::pair<std::string, Json>> entries;
      for (const auto& [citationIri, scopeIri] : s.derivations) {
        if (citationIri == "rdf-import") {
          entries.push_back({"rdf-import", "rdf-import"});
          continue;
        }
        const auto it = byIri.find(citationIri);
        if (it == byIri.end()) {
          leave(1, "derivations from resources that are no citation");
          continue;
        }
        const auto& [id, hasFootnote] = it->second;
        const std::string scope =
            scopeIri.starts_with(model::vocab::pg) ? scopeIri.substr(model::vocab::pg.size()) : "";
        const bool usual = scope.empty() || (hasFootnote ? scope == "SentenceScope" : scope == "ArticleScope");
        if (usual) {
          entries.push_back({id, id});
        } else {
          std::string name = scope.substr(0, scope.size() - 5);
          name[0] = static_cast<char>(name[0] - 'A' + 'a');
          entries.push_back({id, Json{{"id", id}, {"scope", name}}});
        }
      }
      std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (const auto& [key, entry] : entries) cite.push_back(entry);
      j["cite"] = cite;
      statements.push_back(j);
    }
    RdfImport out;
    out.nodes = nodes.size();
    out.citations = citations.size();
    out.statements = statements.size();
    out.uncitedClaims = uncited_.size() + uncitedStatements_;
    out.files = {{"nodes.json", Json{{"nodes", nodes}}.dump(2) + "\n"},
                 {"citations.json", Json{{"citations", citations}}.dump(2) + "\n"},
                 {"statements.json", Json{{"statements", statements}}.dump(2) + "\n"}};
    for (const auto& [what, n] : leftOut_) out.leftOut.push_back(std::to_string(n) + " " + what);
    return out;
  }

  const ontology::Ontology& ontology_;
  std::string base_;
  std::string inputName_;
  std::set<Triple> ontologyTriples_;
  std::set<std::string> linkPredicates_;
  std::map<std::string, std::vector<Triple>> bySubject_;
  std::map<std::string, std::set<std::string>> types_;
  std::vector<std::string> statementNodes_, citationNodes_;
  std::map<std::string, std::string> nodeIds_;  // subject IRI → id
  std::set<std::string> handled_;
  std::set<Triple> claimTriples_;
  std::vector<std::pair<std::string, Triple>> uncited_;
  std::size_t uncitedStatements_ = 0;  // statement nodes without a derivation
  std::vector<Json> nodes_;
  std::vector<Citation> citations_;
  std::vector<Statement> statements_;
  std::map<std::string, std::size_t> leftOut_;

  // Direct triples of claims: (subject, predicate, object) of every statement node.
  void collectClaimTriples() {
    for (const auto& subject : statementNodes_) {
      std::string s, p;
      std::vector<Term> objects;
      for (const auto& t : bySubject_[subject]) {
        if (t.p == kSubject) s = t.o.value;
        if (t.p == kPredicate) p = t.o.value;
        if (t.p == kObject) objects.push_back(t.o);
      }
      for (const auto& o : objects) claimTriples_.insert({s, p, o});
    }
  }
};

std::string detectBase(const std::vector<model::Quad>& quads) {
  for (const auto& q : quads) {
    const std::string& g = q.graph.value;
    if (g.ends_with("graph/facts")) return g.substr(0, g.size() - 11);
  }
  for (const auto& q : quads) {
    const std::string& s = q.subject.value;
    if (const auto at = s.find("statement/"); at != std::string::npos && q.object.value == kStatement)
      return s.substr(0, at);
  }
  return std::string(model::vocab::defaultBase);
}

}  // namespace

std::string conventionalTagCase(std::string_view tag) {
  std::string out;
  bool afterSingleton = false;
  std::size_t index = 0;
  std::size_t start = 0;
  while (start <= tag.size()) {
    const auto end = std::min(tag.find('-', start), tag.size());
    std::string subtag = util::toLowerAscii(tag.substr(start, end - start));
    const bool letters = std::all_of(subtag.begin(), subtag.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (index > 0 && !afterSingleton && letters) {
      if (subtag.size() == 4) subtag[0] = static_cast<char>(subtag[0] - 'a' + 'A');
      if (subtag.size() == 2) {
        for (auto& c : subtag) c = static_cast<char>(c - 'a' + 'A');
      }
    }
    if (index > 0 && subtag.size() == 1) afterSingleton = true;
    out += (index == 0 ? "" : "-") + subtag;
    ++index;
    start = end + 1;
  }
  return out;
}

RdfImport importRdf(const std::vector<model::Quad>& quads, const ontology::Ontology& ontology,
                    const RdfImportOptions& options) {
  const std::string base = options.base.empty() ? detectBase(quads) : options.base;
  auto wikibase = detail::fromWikibaseRdf(quads, ontology, options.wikibase, base);
  if (options.conventionalTagCase) {
    for (auto& q : wikibase.quads) {
      if (!q.object.language.empty()) q.object.language = conventionalTagCase(q.object.language);
    }
  }
  RdfImport out = Importer(wikibase.quads, ontology, base, options.inputName).run();
  out.leftOut.insert(out.leftOut.end(), wikibase.leftOut.begin(), wikibase.leftOut.end());
  std::sort(out.leftOut.begin(), out.leftOut.end());
  return out;
}

}  // namespace pactgraph::interop

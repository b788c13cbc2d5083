#include "WikibaseRdf.h"

#include <algorithm>
#include <map>
#include <set>

#include "WikibaseMapping.h"
#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop::detail {

namespace {

using model::Quad;
using model::Term;

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

constexpr std::string_view kWikibase = model::vocab::wikibase;

class Rewriter {
 public:
  Rewriter(const std::vector<Quad>& quads, const ontology::Ontology& ontology, const WikibaseTarget& target,
           const std::string& base)
      : quads_(quads), ontology_(ontology), mapping_(ontology, target), target_(target), base_(base) {
    const std::string root = target.root;
    entityNs_ = target.entityNamespace();
    directNs_ = target.directPropertyNamespace();
    statementNs_ = root + "prop/statement/";
    qualifierNs_ = root + "prop/qualifier/";
    referenceNs_ = root + "prop/reference/";
    claimNs_ = root + "prop/";
    for (const auto& q : quads) bySubject_[q.subject.value].push_back(&q);
    // Reverse of the alignment: claims take a property that is not qualifier-only, qualifiers prefer one that is.
    for (const auto& [pgIri, id] : mapping_.properties) {
      const auto* property = ontology.findPropertyByIri(pgIri);
      if (property == nullptr) continue;
      if (!property->qualifierOnly && !claimProperty_.contains(id)) claimProperty_[id] = pgIri;
      if (!qualifierProperty_.contains(id) || property->qualifierOnly) qualifierProperty_[id] = pgIri;
    }
    for (const auto& [pgClass, items] : mapping_.classes) {
      for (const auto& item : items) classesOf_[item].push_back(pgClass);
    }
  }

  WikibaseRewrite run() {
    WikibaseRewrite out;
    // Statements: (entity, p:Pn, statement node).
    for (const auto& q : quads_) {
      const std::string& p = q.predicate.value;
      if (!p.starts_with(claimNs_) || p.find('/', claimNs_.size()) != std::string::npos) continue;
      if (!isItem(q.subject.value) || !q.object.isIri()) continue;
      statements_.push_back({q.subject.value, p.substr(claimNs_.size()), q.object.value});
    }
    out.found = !statements_.empty();
    for (const auto& s : statements_) statementNodes_.insert(s.node);
    for (const auto& q : quads_) {
      const std::string& p = q.predicate.value;
      if (p.starts_with(statementNs_ + "value/") || p.starts_with(qualifierNs_ + "value/") ||
          p.starts_with(referenceNs_ + "value/")) {
        valueNodes_.insert(q.object.value);
      }
    }
    if (!out.found) {
      out.quads = quads_;
      return out;
    }
    typeItems();
    for (const auto& s : statements_) rewriteStatement(s);
    for (const auto& [item, type] : types_) rewriteItem(item, type);
    // Everything that is not Wikibase RDF passes through.
    for (const auto& q : quads_) {
      if (!consumed(q)) emitted_.push_back(q);
    }
    out.quads = std::move(emitted_);
    for (const auto& [what, n] : notes_) out.leftOut.push_back(std::to_string(n) + " " + what);
    return out;
  }

 private:
  struct WikibaseStatement {
    std::string item, property, node;
  };

  bool isItem(const std::string& value) const {
    if (!value.starts_with(entityNs_)) return false;
    const std::string local = value.substr(entityNs_.size());
    return local.size() > 1 && local[0] == 'Q' && local.find_first_not_of("0123456789", 1) == std::string::npos;
  }
  std::string nodeIri(const std::string& item) const { return base_ + "q" + item.substr(entityNs_.size() + 1); }
  std::string hash(const std::string& text) const { return util::sha256Hex(text).substr(0, 24); }
  void note(const std::string& what, std::size_t n = 1) { notes_[what] += n; }

  std::vector<const Quad*> triples(const std::string& subject) const {
    const auto it = bySubject_.find(subject);
    return it == bySubject_.end() ? std::vector<const Quad*>{} : it->second;
  }

  void add(const std::string& s, const std::string& p, Term o) {
    emitted_.push_back({Term::iri(s), Term::iri(p), std::move(o), Term::iri({})});
  }

  // pg: classes from P31 (direct or as statements); sources of references are Sources at least.
  void typeItems() {
    std::map<std::string, std::set<std::string>> instanceOf;
    const std::string direct = directNs_ + mapping_.instanceOf;
    for (const auto& q : quads_) {
      if (q.predicate.value == direct && isItem(q.subject.value)) instanceOf[q.subject.value].insert(q.object.value);
    }
    std::set<std::string> sources;
    for (const auto& s : statements_) {
      for (const auto* t : triples(s.node)) {
        if (t->predicate.value == statementNs_ + s.property && s.property == mapping_.instanceOf) {
          instanceOf[s.item].insert(t->object.value);
        }
        if (t->predicate.value == iri(model::vocab::prov, "wasDerivedFrom")) {
          for (const auto* r : triples(t->object.value)) {
            if (r->predicate.value == referenceNs_ + mapping_.statedIn && isItem(r->object.value))
              sources.insert(r->object.value);
          }
        }
      }
    }
    // Every item the file describes or uses as a value.
    std::set<std::string> items;
    for (const auto& q : quads_) {
      if (isItem(q.subject.value)) items.insert(q.subject.value);
      if (q.object.isIri() && isItem(q.object.value) && q.predicate.value.starts_with(claimNs_)) {
        items.insert(q.object.value);
      }
    }
    items.insert(sources.begin(), sources.end());
    for (const auto& [item, classes] : instanceOf) {
      for (const auto& cls : classes) items.erase(cls);  // classes are values of P31, not nodes
    }
    for (const auto& item : items) {
      std::vector<std::string> candidates;
      for (const auto& cls : instanceOf[item]) {
        const auto local = cls.starts_with(entityNs_) ? cls.substr(entityNs_.size()) : cls;
        for (const auto& pgClass : classesOf_[local]) candidates.push_back(pgClass);
      }
      // The most specific class: the one with the most ancestors.
      std::sort(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
        const auto na = ontology_.ancestors(a).size(), nb = ontology_.ancestors(b).size();
        return na != nb ? na > nb : a < b;
      });
      if (!candidates.empty()) {
        types_[item] = candidates.front();
      } else if (sources.contains(item)) {
        types_[item] = iri(model::vocab::pg, "Source");
      } else {
        note("Wikibase items without a class the ontology aligns (" + item.substr(entityNs_.size()) + " …)");
      }
    }
  }

  void rewriteItem(const std::string& item, const std::string& type) {
    const std::string node = nodeIri(item);
    add(node, iri(model::vocab::rdf, "type"), Term::iri(type));
    std::string title;
    for (const auto* t : triples(item)) {
      const std::string& p = t->predicate.value;
      if (!t->object.isLiteral()) continue;
      if (p == iri(model::vocab::rdfs, "label")) {
        add(node, p, t->object);
        if (title.empty() || t->object.language == "en") title = t->object.value;
      } else if (p == iri(model::vocab::skos, "altLabel")) {
        add(node, p, t->object);
      } else if (p == "http://schema.org/description" || p == iri(model::vocab::schema, "description")) {
        add(node, iri(model::vocab::dcterms, "description"), t->object);
      }
    }
    for (const auto* t : triples(item)) {
      const std::string& p = t->predicate.value;
      const bool read = p == iri(model::vocab::rdfs, "label") || p == iri(model::vocab::skos, "altLabel") ||
                        p == "http://schema.org/description" || p == iri(model::vocab::schema, "description") ||
                        p.starts_with(claimNs_) ||
                        (p == iri(model::vocab::rdf, "type") && t->object.value.starts_with(kWikibase));
      if (!read) note("Wikibase item triples the data has no place for (" + p + " …)");
    }
    if (target_.isWikidata()) add(node, iri(model::vocab::pg, "wikidata"), Term::string(item.substr(entityNs_.size())));
    if (ontology_.isSubClassOf(type, iri(model::vocab::pg, "Source")) && !title.empty()) {
      add(node, iri(model::vocab::pg, "title"), Term::string(title));
    }
  }

  // A Wikibase value as the literal or node the pg property takes; nothing (noted) otherwise.
  std::optional<Term> convert(const Term& value, const std::string& pgIri, const std::string& valueNode) {
    if (value.isIri()) {
      if (isItem(value.value) && types_.contains(value.value)) return Term::iri(nodeIri(value.value));
      note("Wikibase values that are items without a class the ontology aligns, or other IRIs");
      return std::nullopt;
    }
    const auto* property = ontology_.findPropertyByIri(pgIri);
    const std::string range = property->ranges.empty() ? std::string() : property->ranges.front();
    Term out = value;
    if (value.datatype == iri(model::vocab::xsd, "dateTime")) {
      int precision = 11;
      for (const auto* t : triples(valueNode)) {
        if (t->predicate.value == iri(kWikibase, "timePrecision")) precision = std::stoi(t->object.value);
      }
      std::string lexical = value.value.starts_with('+') ? value.value.substr(1) : value.value;
      if (precision < 9 || precision > 11 || lexical.size() < 10) {
        note("Wikibase times of a precision other than year, month or day");
        return std::nullopt;
      }
      lexical = lexical.substr(0, precision == 11 ? 10 : precision == 10 ? 7 : 4);
      if (!model::parseEdtf(lexical)) {
        note("Wikibase times pactgraph cannot read");
        return std::nullopt;
      }
      return Term::literal(lexical, range);
    }
    if (out.isLiteral() && out.language.empty() && !range.empty() && model::checkLexical(range, out.value) != "") {
      note("Wikibase values that do not fit the range of their pg: property (pg:" + property->localName + ")");
      return std::nullopt;
    }
    return out;
  }

  // The node of a statement's main or qualifier value (psv:/pqv:), for time precision.
  std::string valueNode(const std::string& statement, const std::string& ns, const std::string& property) const {
    for (const auto* t : triples(statement)) {
      if (t->predicate.value == ns + "value/" + property) return t->object.value;
    }
    return {};
  }

  void rewriteStatement(const WikibaseStatement& s) {
    if (s.property == mapping_.instanceOf) return;  // the item's class
    const auto claim = claimProperty_.find(s.property);
    if (claim == claimProperty_.end()) {
      note("Wikibase statements of properties the ontology does not align (" + s.property + " …)");
      return;
    }
    if (!types_.contains(s.item)) return;  // noted with the item
    const std::string node = base_ + "statement/wb-" + hash(s.node);
    std::vector<std::pair<std::string, Term>> parts;  // predicate, object on the statement node
    std::optional<Term> value;
    std::string rank = iri(model::vocab::pg, "NormalRank");
    std::vector<std::string> references;
    for (const auto* t : triples(s.node)) {
      const std::string& p = t->predicate.value;
      if (p == statementNs_ + s.property) {
        value = convert(t->object, claim->second, valueNode(s.node, statementNs_, s.property));
        if (!value) return;
      } else if (p.starts_with(qualifierNs_) && p.find('/', qualifierNs_.size()) == std::string::npos) {
        const std::string id = p.substr(qualifierNs_.size());
        const auto q = qualifierProperty_.find(id);
        if (q == qualifierProperty_.end()) {
          note("Wikibase statements with qualifiers the ontology does not align (" + id + " …)");
          return;
        }
        const auto qv = convert(t->object, q->second, valueNode(s.node, qualifierNs_, id));
        if (!qv) return;
        parts.push_back({q->second, *qv});
      } else if (p == iri(kWikibase, "rank")) {
        const std::string r = t->object.value.substr(kWikibase.size());
        rank = iri(model::vocab::pg, r == "PreferredRank"    ? "PreferredRank"
                                     : r == "DeprecatedRank" ? "DeprecatedRank"
                                                             : "NormalRank");
      } else if (p == iri(model::vocab::prov, "wasDerivedFrom")) {
        references.push_back(t->object.value);
      }
    }
    if (!value) return;
    const std::string pg(model::vocab::pg);
    add(node, iri(model::vocab::rdf, "type"), Term::iri(pg + "Statement"));
    add(node, iri(model::vocab::rdf, "subject"), Term::iri(nodeIri(s.item)));
    add(node, iri(model::vocab::rdf, "predicate"), Term::iri(claim->second));
    add(node, iri(model::vocab::rdf, "object"), *value);
    add(node, pg + "rank", Term::iri(rank));
    for (auto& [p, o] : parts) add(node, p, o);
    for (const auto& reference : references) addReference(node, reference);
  }

  void addReference(const std::string& statement, const std::string& reference) {
    std::string source, pages;
    std::optional<long long> footnote;
    for (const auto* t : triples(reference)) {
      const std::string& p = t->predicate.value;
      if (p == referenceNs_ + mapping_.statedIn && isItem(t->object.value) && types_.contains(t->object.value)) {
        source = nodeIri(t->object.value);
      } else if (p == referenceNs_ + mapping_.pages) {
        pages = t->object.value;
      } else if (p == referenceNs_ + mapping_.footnote && t->object.value.starts_with("footnote ")) {
        const std::string digits = t->object.value.substr(9, t->object.value.find_first_not_of("0123456789", 9) - 9);
        if (!digits.empty() && digits.size() < 10) footnote = std::stoll(digits);
      } else if (p.starts_with(referenceNs_)) {
        note("reference parts the ontology does not align (" + p.substr(referenceNs_.size()) + " …)");
      }
    }
    if (source.empty()) {
      note("Wikibase references without a stated-in item the data can hold");
      return;
    }
    const std::string pg(model::vocab::pg);
    const std::string citation =
        base_ + "citation/wb-" + hash(source + '\x1f' + pages + '\x1f' + (footnote ? std::to_string(*footnote) : ""));
    add(citation, iri(model::vocab::rdf, "type"), Term::iri(pg + "Citation"));
    add(citation, iri(model::vocab::dcterms, "source"), Term::iri(source));
    if (!pages.empty()) add(citation, iri(model::vocab::bibo, "pages"), Term::string(pages));
    if (footnote) {
      add(citation, pg + "footnote",
          Term::literal(std::to_string(*footnote), iri(model::vocab::xsd, "positiveInteger")));
    }
    const std::string derivation = base_ + "derivation/wb-" + hash(statement + citation);
    add(statement, iri(model::vocab::prov, "qualifiedDerivation"), Term::iri(derivation));
    add(derivation, iri(model::vocab::rdf, "type"), Term::iri(iri(model::vocab::prov, "Derivation")));
    add(derivation, iri(model::vocab::prov, "entity"), Term::iri(citation));
    add(derivation, pg + "citationScope", Term::iri(pg + (footnote ? "SentenceScope" : "ArticleScope")));
  }

  // A quad of the Wikibase RDF itself (read above, or not needed).
  bool consumed(const Quad& q) const {
    const std::string& p = q.predicate.value;
    if (p.starts_with(claimNs_) || p.starts_with(directNs_) || p.starts_with(kWikibase)) return true;
    if (isItem(q.subject.value)) return true;  // rewritten or noted with the item
    if (statementNodes_.contains(q.subject.value) || valueNodes_.contains(q.subject.value)) return true;
    return p == iri(model::vocab::prov, "wasDerivedFrom") || q.object.value == iri(kWikibase, "Reference") ||
           q.object.value == iri(kWikibase, "Statement");
  }

  const std::vector<Quad>& quads_;
  const ontology::Ontology& ontology_;
  WikibaseMapping mapping_;
  const WikibaseTarget& target_;
  std::string base_;
  std::string entityNs_, directNs_, statementNs_, qualifierNs_, referenceNs_, claimNs_;
  std::map<std::string, std::vector<const Quad*>> bySubject_;
  std::map<std::string, std::string> claimProperty_, qualifierProperty_;  // P-id → pg IRI
  std::map<std::string, std::vector<std::string>> classesOf_;             // Q-id → pg classes
  std::vector<WikibaseStatement> statements_;
  std::set<std::string> statementNodes_;
  std::set<std::string> valueNodes_;          // psv:/pqv:/prv: value nodes
  std::map<std::string, std::string> types_;  // item IRI → pg class
  std::vector<Quad> emitted_;
  std::map<std::string, std::size_t> notes_;
};

}  // namespace

WikibaseRewrite fromWikibaseRdf(const std::vector<model::Quad>& quads, const ontology::Ontology& ontology,
                                const WikibaseTarget& target, const std::string& base) {
  return Rewriter(quads, ontology, target, base).run();
}

}  // namespace pactgraph::interop::detail

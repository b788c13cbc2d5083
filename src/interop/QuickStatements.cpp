#include "pactgraph/interop/QuickStatements.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Identity.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"
#include "pactgraph/util/Iri.h"
#include "WikibaseMapping.h"

namespace pactgraph::interop {

namespace {

// A QuickStatements string: quoted, \ and " escaped, control characters
// (line and field breaks included) as spaces.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = util::decodeUtf8(text, i);
    const std::size_t length = std::max<std::size_t>(cp.length, 1);
    const char32_t c = cp.length == 0 ? 0xFFFD : cp.value;
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
      out += ' ';
    } else if (cp.length == 0) {
      out += "\xEF\xBF\xBD";  // not UTF-8: U+FFFD
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out + "\"";
}

std::string timeValue(const model::SimpleDate& d) {
  char buffer[48];
  const int precision = d.precision == model::DatePrecision::day ? 11 : d.precision == model::DatePrecision::month ? 10 : 9;
  std::snprintf(buffer, sizeof buffer, "+%04d-%02d-%02dT00:00:00Z/%d", d.year, d.month, d.day, precision);
  return buffer;
}

class BatchWriter {
 public:
  BatchWriter(const model::Graph& graph, const ontology::Ontology& ontology, const WikibaseTarget& target,
              const std::map<std::string, std::string>& knownItems, const std::string& base)
      : graph_(graph), target_(target), mapping_(ontology, target), known_(knownItems), base_(base) {}

  QuickStatementsBatch run() {
    // Claims in a stable order: subject, predicate, content key.
    std::vector<const model::Statement*> statements;
    for (const auto& s : graph_.statements) statements.push_back(&s);
    std::vector<std::pair<std::string, const model::Statement*>> keyed;
    for (const auto* s : statements) keyed.push_back({s->subjectId + '\x1f' + s->predicateIri + '\x1f' + model::statementKey(*s), s});
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    // Which claims the target can carry, and which items they need.
    std::map<std::string, std::size_t> unmappedCounts;
    std::vector<const model::Statement*> mapped;
    for (const auto& [key, s] : keyed) {
      std::string why = unmappable(*s);
      if (!why.empty()) {
        ++unmappedCounts[why];
        continue;
      }
      mapped.push_back(s);
      needed_.insert(s->subjectId);
      if (!s->object.referencedId.empty()) needed_.insert(s->object.referencedId);
      for (const auto& id : s->citationIds) {
        if (const auto* c = graph_.findCitation(id)) needed_.insert(c->sourceId);
      }
    }
    for (const auto& [why, n] : unmappedCounts) {
      out_.unmapped.push_back(why + " (" + std::to_string(n) + (n == 1 ? " claim)" : " claims)"));
    }

    std::map<std::string, std::vector<const model::Statement*>> bySubject;
    for (const auto* s : mapped) bySubject[s->subjectId].push_back(s);
    // New items, each with the claims whose subject it is.
    for (const auto& id : needed_) {
      if (item(id)) continue;
      const model::Node* node = graph_.findNode(id);
      if (node == nullptr) continue;
      create(*node);
      for (const auto* s : bySubject[id]) claim(*s, "LAST");
    }
    // Claims on items that exist.
    for (const auto& [id, list] : bySubject) {
      if (const auto q = item(id)) {
        for (const auto* s : list) claim(*s, *q);
      }
    }
    return std::move(out_);
  }

 private:
  std::optional<std::string> item(const std::string& id) const {
    if (const auto it = known_.find(id); it != known_.end()) return it->second;
    if (target_.isWikidata()) {
      if (const auto* node = graph_.findNode(id)) {
        for (const auto& a : node->attributes) {
          if (a.property == "wikidata") return a.value.text;
        }
      }
    }
    return std::nullopt;
  }

  // Why the target cannot carry a claim (empty: it can).
  std::string unmappable(const model::Statement& s) const {
    if (!mapping_.property(s.predicateIri)) return s.predicate + ": no property of the target in the ontology";
    for (const auto& q : s.qualifiers) {
      if (!mapping_.property(q.propertyIri)) return s.predicate + " with qualifier " + q.property + ": no property of the target";
    }
    if (s.object.date && s.object.date->isInterval()) return s.predicate + ": a date interval has no single Wikibase time";
    if (!s.object.referencedId.empty()) return {};
    if (s.object.terms.empty()) return s.predicate + ": no value";
    if (!literal(s.object.terms.front(), s.object.date)) return s.predicate + ": a value the target cannot carry";
    for (const auto& q : s.qualifiers) {
      if (q.value.date && q.value.date->isInterval()) return s.predicate + " with qualifier " + q.property + ": a date interval";
      if (q.value.referencedId.empty() && (q.value.terms.empty() || !literal(q.value.terms.front(), q.value.date))) {
        return s.predicate + " with qualifier " + q.property + ": a value the target cannot carry";
      }
    }
    return {};
  }

  // A literal in QuickStatements syntax, or nothing when the target cannot carry it.
  std::optional<std::string> literal(const model::Term& term, const std::optional<model::DateValue>& date) const {
    if (date) return timeValue(date->begin);
    const std::string xsd(model::vocab::xsd);
    if (!term.language.empty()) return util::toLowerAscii(term.language) + ":" + quoted(term.value);
    if (term.datatype == xsd + "string" || term.datatype == xsd + "anyURI") return quoted(term.value);
    if (term.datatype == xsd + "integer" || term.datatype == xsd + "decimal" || term.datatype == xsd + "nonNegativeInteger" ||
        term.datatype == xsd + "positiveInteger") {
      return term.value.starts_with('-') || term.value.starts_with('+') ? term.value : "+" + term.value;
    }
    if (term.datatype == xsd + "duration" && target_.isWikidata()) {
      if (const auto quantity = model::durationQuantity(term.value)) {
        const std::string unit(util::iriLocalName(quantity->unitIri));
        return (quantity->amount.starts_with('-') ? "" : "+") + quantity->amount + "U" + unit.substr(1);
      }
    }
    return std::nullopt;
  }

  // The value of a claim or qualifier; nothing when an item is missing.
  std::optional<std::string> value(const model::Value& v, std::vector<std::string>& missing) const {
    if (!v.referencedId.empty()) {
      if (auto q = item(v.referencedId)) return *q;
      missing.push_back(v.referencedId);
      return std::nullopt;
    }
    return literal(v.terms.front(), v.date);
  }

  void line(const std::vector<std::string>& fields) {
    std::string text;
    for (const auto& field : fields) text += (text.empty() ? "" : "\t") + field;
    out_.commands += text + "\n";
  }

  void create(const model::Node& node) {
    ++out_.itemsCreated;
    line({"CREATE"});
    const auto sorted = [](std::vector<model::LangText> texts) {
      std::stable_sort(texts.begin(), texts.end(), [](const auto& a, const auto& b) {
        return util::toLowerAscii(a.language) < util::toLowerAscii(b.language);
      });
      return texts;
    };
    for (const auto& label : sorted(node.labels)) line({"LAST", "L" + util::toLowerAscii(label.language), quoted(label.text)});
    for (const auto& d : sorted(node.descriptions)) {
      if (util::countCodePoints(d.text) <= 250) line({"LAST", "D" + util::toLowerAscii(d.language), quoted(d.text)});
    }
    for (const auto& alias : sorted(node.altLabels)) line({"LAST", "A" + util::toLowerAscii(alias.language), quoted(alias.text)});
    if (const auto it = mapping_.classes.find(node.typeIri); it != mapping_.classes.end() && !mapping_.instanceOf.empty()) {
      for (const auto& q : it->second) line({"LAST", mapping_.instanceOf, q});
    }
    if (!mapping_.describedAt.empty()) line({"LAST", mapping_.describedAt, quoted(base_ + node.id)});
  }

  void claim(const model::Statement& s, const std::string& subject) {
    std::vector<std::string> missing;
    std::vector<std::string> fields{subject, *mapping_.property(s.predicateIri)};
    const auto v = value(s.object, missing);
    fields.push_back(v.value_or(""));
    if (s.rank == model::Rank::preferred) fields.push_back("R+");
    if (s.rank == model::Rank::deprecated) fields.push_back("R-");
    // Qualifiers in order of property, then value.
    std::vector<std::pair<std::string, std::string>> qualifiers;
    for (const auto& q : s.qualifiers) {
      if (auto qv = value(q.value, missing)) qualifiers.push_back({*mapping_.property(q.propertyIri), *qv});
      if (q.value.date && q.value.date->begin.approximate && target_.isWikidata()) qualifiers.push_back({"P1480", "Q5727902"});
    }
    if (s.object.date && s.object.date->begin.approximate && target_.isWikidata()) {
      qualifiers.push_back({"P1480", "Q5727902"});  // sourcing circumstances: circa
    }
    std::sort(qualifiers.begin(), qualifiers.end());
    qualifiers.erase(std::unique(qualifiers.begin(), qualifiers.end()), qualifiers.end());
    for (const auto& [p, qv] : qualifiers) {
      fields.push_back(p);
      fields.push_back(qv);
    }
    // One reference per citation: stated in, page(s), the footnote.
    bool first = true;
    for (std::size_t i = 0; i < s.citationIds.size(); ++i) {
      const model::Citation* c = graph_.findCitation(s.citationIds[i]);
      if (c == nullptr || mapping_.statedIn.empty()) continue;
      const auto source = item(c->sourceId);
      if (!source) {
        missing.push_back(c->sourceId);
        continue;
      }
      fields.push_back((first ? "S" : "!S") + mapping_.statedIn.substr(1));
      fields.push_back(*source);
      first = false;
      if (!c->pages.empty() && !mapping_.pages.empty()) {
        fields.push_back("S" + mapping_.pages.substr(1));
        fields.push_back(quoted(c->pages));
      }
      if (c->footnote && !mapping_.footnote.empty()) {
        const auto scope = i < s.citationScopes.size() ? s.citationScopes[i] : model::CitationScope::sentence;
        fields.push_back("S" + mapping_.footnote.substr(1));
        fields.push_back(quoted("footnote " + std::to_string(*c->footnote) +
                                (scope == model::CitationScope::paragraph ? ", closing the paragraph" : "")));
      }
    }
    if (!missing.empty()) {
      std::sort(missing.begin(), missing.end());
      missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
      std::string list;
      for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
      out_.deferred.push_back(s.subjectId + " " + s.predicate + " " +
                              (s.object.referencedId.empty() ? s.object.text : s.object.referencedId) +
                              ": waits for the items of " + list);
      return;
    }
    line(fields);
    ++out_.claimsWritten;
  }

  const model::Graph& graph_;
  const WikibaseTarget& target_;
  detail::WikibaseMapping mapping_;
  const std::map<std::string, std::string>& known_;
  std::string base_;
  std::set<std::string> needed_;
  QuickStatementsBatch out_;
};

}  // namespace

QuickStatementsBatch writeQuickStatements(const model::Graph& graph, const ontology::Ontology& ontology,
                                          const WikibaseTarget& target,
                                          const std::map<std::string, std::string>& knownItems,
                                          const std::string& base) {
  return BatchWriter(graph, ontology, target, knownItems, base).run();
}

}  // namespace pactgraph::interop

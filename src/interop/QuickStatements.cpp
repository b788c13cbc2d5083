#include "pactgraph/interop/QuickStatements.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "WikibaseMapping.h"
#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Identity.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Iri.h"
#include "pactgraph/util/Text.h"

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

// Wikidata's sourcing circumstances (P1480): circa (Q5727902), for "~" dates.
constexpr std::string_view kSourcingCircumstances = "P1480";
constexpr std::string_view kCirca = "Q5727902";

std::string timeValue(const model::SimpleDate& d) {
  char buffer[48];
  const int precision = d.precision == model::DatePrecision::day     ? 11
                        : d.precision == model::DatePrecision::month ? 10
                                                                     : 9;
  std::snprintf(buffer, sizeof buffer, "+%04d-%02d-%02dT00:00:00Z/%d", d.year, d.month, d.day, precision);
  return buffer;
}

// What a value is, as far as a Wikibase datatype is concerned.
enum class Kind { item, time, languageText, string, number, duration, iri, other };

Kind kindOf(const model::Value& v) {
  if (!v.referencedId.empty()) return Kind::item;
  if (v.date) return Kind::time;
  if (v.terms.empty()) return Kind::other;
  const model::Term& term = v.terms.front();
  const std::string xsd(model::vocab::xsd);
  if (!term.language.empty()) return Kind::languageText;
  if (term.datatype == xsd + "string") return Kind::string;
  if (term.datatype == xsd + "anyURI") return Kind::iri;
  if (term.datatype == xsd + "integer" || term.datatype == xsd + "decimal" ||
      term.datatype == xsd + "nonNegativeInteger" || term.datatype == xsd + "positiveInteger") {
    return Kind::number;
  }
  if (term.datatype == xsd + "duration") return Kind::duration;
  return Kind::other;
}

std::string describe(Kind kind) {
  switch (kind) {
    case Kind::item:
      return "an item";
    case Kind::time:
      return "a date";
    case Kind::languageText:
      return "text in a language";
    case Kind::string:
      return "a string";
    case Kind::number:
      return "a number";
    case Kind::duration:
      return "a duration";
    case Kind::iri:
      return "an IRI";
    case Kind::other:
      break;
  }
  return "a value of another type";
}

std::string describe(detail::WikibaseDatatype type) {
  using T = detail::WikibaseDatatype;
  switch (type) {
    case T::item:
      return "items";
    case T::time:
      return "dates";
    case T::string:
      return "strings";
    case T::externalId:
      return "identifiers";
    case T::monolingualText:
      return "text in a language";
    case T::quantity:
      return "quantities";
    case T::url:
      return "URLs";
    case T::other:
      break;
  }
  return "values pactgraph does not write";
}

// The value as the input has it, for a message: `"borrower"@en`, `1950-02`.
std::string shown(const model::Value& v) {
  if (!v.referencedId.empty() || v.date || v.terms.empty()) return v.referencedId.empty() ? v.text : v.referencedId;
  const auto& term = v.terms.front();
  return "\"" + term.value + "\"" + (term.language.empty() ? "" : "@" + term.language);
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
    for (const auto* s : statements)
      keyed.push_back({s->subjectId + '\x1f' + s->predicateIri + '\x1f' + model::statementKey(*s), s});
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
      const std::string& pid = *mapping_.property(s->predicateIri);
      std::vector<std::string> unused;
      if (value(s->object, pid, unused, why); !why.empty()) {
        warn(s->origin,
             claimText(*s) + ": the value " + shown(s->object) + " as " + pid + ": " + why + "; claim not written");
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

  // Why the target cannot carry a claim at all (empty: it can). Whether
  // each value fits its property's datatype is checked as it is written.
  std::string unmappable(const model::Statement& s) const {
    if (!mapping_.property(s.predicateIri)) return s.predicate + ": no property of the target in the ontology";
    for (const auto& q : s.qualifiers) {
      if (!mapping_.property(q.propertyIri))
        return s.predicate + " with qualifier " + q.property + ": no property of the target";
    }
    if (s.object.date && s.object.date->isInterval())
      return s.predicate + ": a date interval has no single Wikibase time";
    if (s.object.referencedId.empty() && s.object.terms.empty()) return s.predicate + ": no value";
    for (const auto& q : s.qualifiers) {
      if (q.value.date && q.value.date->isInterval())
        return s.predicate + " with qualifier " + q.property + ": a date interval";
      if (q.value.referencedId.empty() && q.value.terms.empty())
        return s.predicate + " with qualifier " + q.property + ": no value";
    }
    return {};
  }

  // Why a value of `kind` cannot be a value of the target property `pid`
  // (empty: it can), by the datatype the ontology declares for `pid`.
  std::string misfit(const std::string& pid, Kind kind) const {
    using T = detail::WikibaseDatatype;
    const T* type = mapping_.datatype(pid);
    if (type == nullptr) {
      if (const auto it = mapping_.typeProblems.find(pid); it != mapping_.typeProblems.end()) {
        return pid + " has several datatypes in the ontology (" + it->second + ")";
      }
      return pid + " has no datatype in the ontology (wikibase:propertyType)";
    }
    bool fits = false;
    switch (*type) {
      case T::item:
        fits = kind == Kind::item;
        break;
      case T::time:
        fits = kind == Kind::time;
        break;
      case T::monolingualText:
        fits = kind == Kind::languageText;
        break;
      case T::string:
      case T::externalId:
        fits = kind == Kind::string || kind == Kind::iri || kind == Kind::number;
        break;
      case T::url:
        fits = kind == Kind::iri;
        break;
      case T::quantity:
        fits = kind == Kind::number || (kind == Kind::duration && target_.isWikidata());
        break;
      case T::other:
        return pid + " is of a datatype pactgraph does not write (" + mapping_.typeProblems.at(pid) + ")";
    }
    if (fits) return {};
    std::string why = pid + " takes " + describe(*type) + " (wikibase:" + std::string(detail::datatypeName(*type)) +
                      "), not " + describe(kind);
    if (kind == Kind::duration && *type == T::quantity) why += " (a duration's unit is a Wikidata item)";
    return why;
  }

  // The value of a claim or qualifier in the syntax of `pid`'s datatype;
  // nothing when an item is missing (added to `missing`) or when the value
  // does not fit (`why` says why).
  std::optional<std::string> value(const model::Value& v, const std::string& pid, std::vector<std::string>& missing,
                                   std::string& why) const {
    const Kind kind = kindOf(v);
    why = misfit(pid, kind);
    if (!why.empty()) return std::nullopt;
    switch (kind) {
      case Kind::item:
        if (auto q = item(v.referencedId)) return *q;
        missing.push_back(v.referencedId);
        return std::nullopt;
      case Kind::time:
        return timeValue(v.date->begin);
      case Kind::languageText:
        return util::toLowerAscii(v.terms.front().language) + ":" + quoted(v.terms.front().value);
      case Kind::string:
      case Kind::iri:
        return quoted(v.terms.front().value);
      case Kind::number: {
        const std::string& n = v.terms.front().value;
        if (*mapping_.datatype(pid) != detail::WikibaseDatatype::quantity) return quoted(n);  // "1" for series ordinal
        return n.starts_with('-') || n.starts_with('+') ? n : "+" + n;
      }
      case Kind::duration:
        if (const auto quantity = model::durationQuantity(v.terms.front().value)) {
          const std::string unit(util::iriLocalName(quantity->unitIri));
          return (quantity->amount.starts_with('-') ? "" : "+") + quantity->amount + "U" + unit.substr(1);
        }
        why = "a duration in more than one unit has no single quantity";
        return std::nullopt;
      case Kind::other:
        break;
    }
    why = "pactgraph writes no value of this kind";
    return std::nullopt;
  }

  void warn(const util::Origin& origin, const std::string& message) {
    out_.warnings.push_back({util::Severity::warning, "quickstatements.datatype", origin, message, {}});
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
    for (const auto& label : sorted(node.labels))
      line({"LAST", "L" + util::toLowerAscii(label.language), quoted(label.text)});
    for (const auto& d : sorted(node.descriptions)) {
      if (util::countCodePoints(d.text) <= 250) line({"LAST", "D" + util::toLowerAscii(d.language), quoted(d.text)});
    }
    for (const auto& alias : sorted(node.altLabels))
      line({"LAST", "A" + util::toLowerAscii(alias.language), quoted(alias.text)});
    if (const auto it = mapping_.classes.find(node.typeIri);
        it != mapping_.classes.end() && !mapping_.instanceOf.empty()) {
      if (const auto why = misfit(mapping_.instanceOf, Kind::item); !why.empty()) {
        warn(node.origin, node.id + ": its class (instance of, " + mapping_.instanceOf + ") not written: " + why);
      } else {
        for (const auto& q : it->second) line({"LAST", mapping_.instanceOf, q});
      }
    }
    if (!mapping_.describedAt.empty()) {
      if (const auto why = misfit(mapping_.describedAt, Kind::iri); !why.empty()) {
        warn(node.origin,
             node.id + ": its pactgraph IRI (described at URL, " + mapping_.describedAt + ") not written: " + why);
      } else {
        line({"LAST", mapping_.describedAt, quoted(base_ + node.id)});
      }
    }
  }

  static std::string claimText(const model::Statement& s) {
    return s.subjectId + " " + s.predicate + " " +
           (s.object.referencedId.empty() ? s.object.text : s.object.referencedId);
  }

  // A claim whose value fits its property (checked by `run`); a qualifier
  // or reference part that does not fit is left out and reported.
  void claim(const model::Statement& s, const std::string& subject) {
    std::vector<std::string> missing;
    std::vector<std::string> leftOut;  // "qualifier role (P3831): why"
    std::string why;
    const std::string& pid = *mapping_.property(s.predicateIri);
    std::vector<std::string> fields{subject, pid, value(s.object, pid, missing, why).value_or("")};
    if (s.rank == model::Rank::preferred) fields.push_back("R+");
    if (s.rank == model::Rank::deprecated) fields.push_back("R-");
    // Qualifiers in order of property, then value.
    std::vector<std::pair<std::string, std::string>> qualifiers;
    const auto circa = [&](const std::string& of) {  // sourcing circumstances: circa
      if (const auto problem = misfit(std::string(kSourcingCircumstances), Kind::item); !problem.empty()) {
        leftOut.push_back("circa of " + of + " (" + std::string(kSourcingCircumstances) + "): " + problem);
      } else {
        qualifiers.push_back({std::string(kSourcingCircumstances), std::string(kCirca)});
      }
    };
    for (const auto& q : s.qualifiers) {
      const std::string& qpid = *mapping_.property(q.propertyIri);
      if (auto qv = value(q.value, qpid, missing, why)) {
        qualifiers.push_back({qpid, *qv});
        if (q.value.date && q.value.date->begin.approximate && target_.isWikidata()) circa("qualifier " + q.property);
      } else if (!why.empty()) {
        leftOut.push_back("qualifier " + q.property + " (" + qpid + ") " + shown(q.value) + ": " + why);
      }
    }
    if (s.object.date && s.object.date->begin.approximate && target_.isWikidata()) circa("the value");
    std::sort(qualifiers.begin(), qualifiers.end());
    qualifiers.erase(std::unique(qualifiers.begin(), qualifiers.end()), qualifiers.end());
    for (const auto& [p, qv] : qualifiers) {
      fields.push_back(p);
      fields.push_back(qv);
    }
    // One reference per citation: stated in, page(s), the footnote.
    const std::string statedInWhy = mapping_.statedIn.empty() ? "" : misfit(mapping_.statedIn, Kind::item);
    const std::string pagesWhy = mapping_.pages.empty() ? "" : misfit(mapping_.pages, Kind::string);
    const std::string footnoteWhy = mapping_.footnote.empty() ? "" : misfit(mapping_.footnote, Kind::string);
    bool first = true;
    for (std::size_t i = 0; i < s.citationIds.size(); ++i) {
      const model::Citation* c = graph_.findCitation(s.citationIds[i]);
      if (c == nullptr || mapping_.statedIn.empty()) continue;
      if (!statedInWhy.empty()) {
        leftOut.push_back("reference " + c->id + " (stated in, " + mapping_.statedIn + "): " + statedInWhy);
        continue;
      }
      const auto source = item(c->sourceId);
      if (!source) {
        missing.push_back(c->sourceId);
        continue;
      }
      fields.push_back((first ? "S" : "!S") + mapping_.statedIn.substr(1));
      fields.push_back(*source);
      first = false;
      if (!c->pages.empty() && !mapping_.pages.empty()) {
        if (!pagesWhy.empty()) {
          leftOut.push_back("pages of " + c->id + " (" + mapping_.pages + "): " + pagesWhy);
        } else {
          fields.push_back("S" + mapping_.pages.substr(1));
          fields.push_back(quoted(c->pages));
        }
      }
      if (c->footnote && !mapping_.footnote.empty()) {
        if (!footnoteWhy.empty()) {
          leftOut.push_back("footnote of " + c->id + " (" + mapping_.footnote + "): " + footnoteWhy);
        } else {
          const auto scope = i < s.citationScopes.size() ? s.citationScopes[i] : model::CitationScope::sentence;
          fields.push_back("S" + mapping_.footnote.substr(1));
          fields.push_back(quoted("footnote " + std::to_string(*c->footnote) +
                                  (scope == model::CitationScope::paragraph ? ", closing the paragraph" : "")));
        }
      }
    }
    if (!missing.empty()) {  // what does not fit is reported when the claim is written
      std::sort(missing.begin(), missing.end());
      missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
      std::string list;
      for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
      out_.deferred.push_back(claimText(s) + ": waits for the items of " + list);
      return;
    }
    line(fields);
    ++out_.claimsWritten;
    for (const auto& part : leftOut) warn(s.origin, claimText(s) + ": " + part + "; written without it");
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

#include "pactgraph/ontology/Validator.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "Pattern.h"
#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/model/Identity.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::ontology {

namespace vocab = model::vocab;
using model::Value;
using util::StoredOrigin;

namespace {

// The LoC EDTF datatype, for dates that no single XSD type can carry
// (intervals, uncertain or approximate dates).
constexpr std::string_view kEdtfDatatype = "http://id.loc.gov/datatypes/edtf/EDTF";

std::string shortName(const std::string& iri) {
  if (iri.starts_with(vocab::pg)) return iri.substr(vocab::pg.size());
  if (iri.starts_with(vocab::xsd)) return "xsd:" + iri.substr(vocab::xsd.size());
  if (iri.starts_with(vocab::rdf)) return "rdf:" + iri.substr(vocab::rdf.size());
  return "<" + iri + ">";
}

std::string joinNames(const std::vector<std::string>& iris, std::string_view glue) {
  std::string out;
  for (std::size_t i = 0; i < iris.size(); ++i) {
    if (i) out += glue;
    out += shortName(iris[i]);
  }
  return out;
}

class Validation {
 public:
  Validation(const Ontology& ontology, model::Graph& graph, util::Diagnostics& diagnostics)
      : ontology_(ontology), graph_(graph), diagnostics_(diagnostics) {}

  void run() {
    graph_.index();
    for (const auto& node : graph_.nodes) nodeIds_.push_back(node.id);
    for (const auto& citation : graph_.citations) citationIds_.push_back(citation.id);
    checkIdentities();
    for (auto& node : graph_.nodes) checkNode(node);
    // Attributes after all types resolve: their domains and ranges need them.
    for (auto& node : graph_.nodes) checkAttributes(node.attributes, &node, false);
    for (auto& citation : graph_.citations) checkCitation(citation);
    for (auto& statement : graph_.statements) checkStatement(statement);
    checkRequiredProperties();
    checkDuplicateStatements();
    checkFootnotes();
    checkCycles();
    checkDatasets();
  }

 private:
  // --- the dataset section ------------------------------------------------

  // ISO 7064 11-2 check digit of an ORCID iD (https://orcid.org/0000-0002-1825-0097).
  static bool isOrcid(std::string_view iri) {
    constexpr std::string_view prefix = "https://orcid.org/";
    if (!iri.starts_with(prefix) || iri.size() != prefix.size() + 19) return false;
    const std::string_view id = iri.substr(prefix.size());
    int total = 0;
    int digits = 0;
    for (std::size_t i = 0; i < id.size(); ++i) {
      if (i % 5 == 4) {
        if (id[i] != '-') return false;
        continue;
      }
      if (++digits == 16) {
        const int check = (12 - total % 11) % 11;
        return id[i] == (check == 10 ? 'X' : static_cast<char>('0' + check));
      }
      if (id[i] < '0' || id[i] > '9') return false;
      total = (total + (id[i] - '0')) * 2;
    }
    return false;
  }

  void checkDatasets() {
    for (std::size_t i = 1; i < graph_.datasets.size(); ++i) {
      diagnostics_.error("data.duplicate-dataset", graph_.datasets[i].origin,
                         "a second \"dataset\" section; the dataset is described once",
                         "the first is at " + graph_.datasets[0].origin.position().file.str() + ":" +
                             std::to_string(graph_.datasets[0].origin.position().line));
    }
    for (const auto& dataset : graph_.datasets) {
      const auto bad = [&](const std::string& what, const std::string& hint = {}) {
        diagnostics_.error("data.bad-dataset", dataset.origin, what, hint);
      };
      for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"title", &dataset.title},
                                        {"description", &dataset.description},
                                        {"version", &dataset.version}}) {
        if (!value->empty() && value->find_first_not_of(" \t\r\n") == std::string::npos)
          bad(std::string(name) + " is blank");
      }
      const bool spdx = !dataset.license.empty() &&
                        dataset.license.find_first_not_of(
                            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-+") == std::string::npos;
      if (!dataset.license.empty() && !spdx) {
        bad("license " + util::quotedValue(dataset.license) + " is not an SPDX license identifier",
            "write the identifier (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0), not a name or URL");
      }
      const auto date = model::parseEdtf(dataset.released);
      if (!dataset.released.empty() &&
          (!date || date->isInterval() || date->begin.precision != model::DatePrecision::day || date->begin.uncertain ||
           date->begin.approximate)) {
        bad("released " + util::quotedValue(dataset.released) + " is not a day (yyyy-mm-dd)");
      }
      for (const auto& [name, iri] : {std::pair<const char*, const std::string*>{"homepage", &dataset.homepage},
                                      {"downloadUrl", &dataset.downloadUrl}}) {
        if (!iri->empty() && !util::isAbsoluteIri(*iri))
          bad(std::string(name) + " " + util::quotedValue(*iri) + " is not an absolute IRI");
      }
      if (!dataset.downloadUrl.empty() && !dataset.downloadUrl.ends_with("/")) {
        bad("downloadUrl must end in / (the files of the release are named under it)");
      }
      if (dataset.creators.empty()) bad("the dataset needs at least one creator");
      for (const auto& creator : dataset.creators) {
        if (creator.name.empty() && creator.family.empty()) {
          diagnostics_.error("data.bad-dataset", creator.origin, "a creator needs a \"family\" name or a \"name\"");
        }
        if (!creator.orcid.empty() && !isOrcid(creator.orcid)) {
          diagnostics_.error(
              "data.bad-dataset", creator.origin,
              "orcid " + util::quotedValue(creator.orcid) + " is not an ORCID iD with a valid check digit",
              "write the full IRI, https://orcid.org/0000-0002-1825-0097");
        }
      }
    }
  }

  // --- identities ---------------------------------------------------------

  template <typename Record>
  void checkIds(const std::vector<Record>& records, std::string_view what) {
    std::unordered_map<std::string_view, const Record*> first(records.size());
    for (const auto& record : records) {
      if (record.id.empty()) continue;  // the loader reported the missing id
      if (!util::isSlug(record.id)) {
        const std::string folded = util::foldLookalikes(record.id);
        diagnostics_.error("data.bad-id", record.origin,
                           std::string(what) + " id " + util::quotedValue(record.id) +
                               " is not a slug: " + util::slugProblem(record.id),
                           util::isSlug(folded)
                               ? "type it as " + util::quotedValue(folded)
                               : "ids use lowercase ASCII letters, digits and '-', e.g. \"zhou-enlai\"");
      }
      auto [it, inserted] = first.emplace(record.id, &record);
      if (!inserted) {
        const auto& p = it->second->origin.position();
        diagnostics_.error(
            "data.duplicate-id", record.origin,
            std::string(what) + " id " + util::quotedValue(record.id) + " is already used",
            "first defined at " + p.file.str() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column));
      }
    }
  }

  void checkIdentities() {
    checkIds(graph_.nodes, "node");
    checkIds(graph_.citations, "citation");
  }

  // --- texts ----------------------------------------------------------------

  // The texts of one language map (a label, a description, the lists of
  // altLabel, a langString value).
  void checkTexts(const std::vector<model::LangText>& texts, std::string_view what) {
    // Language tags ignore case (RFC 5646 §2.1.1): "en" and "EN" are one
    // language, so one map may not hold both.
    std::map<std::string, const model::LangText*> firstByLanguage;
    for (const auto& text : texts) {
      if (!util::isLanguageTag(text.language)) {
        diagnostics_.error(
            "data.bad-language-tag", text.origin,
            util::quotedValue(text.language) + " is not a BCP 47 language tag (not well-formed per RFC 5646)",
            "use tags like en, ru, zh-Hans, zh-Hant, zh-Latn-pinyin: a language, then optionally "
            "a script, a region and variants");
      }
      const auto [first, isNew] = firstByLanguage.emplace(util::toLowerAscii(text.language), &text);
      if (!isNew && first->second->language != text.language) {
        const auto& p = first->second->origin.position();
        diagnostics_.error("data.duplicate-language", text.origin,
                           util::quotedValue(text.language) + " and \"" + first->second->language +
                               "\" are the same language (tags ignore case): one " + std::string(what) +
                               (what == "alternative label" ? " list" : "") + " per language",
                           "merge them under one tag; the other is at line " + std::to_string(p.line) + ", column " +
                               std::to_string(p.column));
        first->second = &text;  // report each further spelling once
      }
      if (text.text.empty()) {
        diagnostics_.error("data.empty-text", text.origin, "empty " + std::string(what));
      } else if (util::isBlank(text.text)) {
        diagnostics_.error("data.empty-text", text.origin, "blank " + std::string(what) + " (only white space)");
      }
      checkCharacters(text.text, text.origin);
    }
  }

  // U+0000 is valid JSON and valid RDF, but Serd (like many C-based RDF
  // tools and triple stores) ends a string there: refuse it rather than
  // export a silently truncated literal.
  //
  // Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF, U+nFFFE/F) are
  // refused too: raptor rejects them and drops them from Turtle silently.
  void checkCharacters(std::string_view text, const StoredOrigin& origin) {
    if (text.find('\0') != std::string_view::npos) {
      diagnostics_.error("data.nul-character", origin, "the text contains the character U+0000",
                         "remove the \\u0000 escape; RDF tools would cut the text there");
    }
    if (const auto noncharacter = util::findNoncharacter(text)) {
      diagnostics_.error("data.noncharacter", origin, "the text contains the Unicode noncharacter " + *noncharacter,
                         "noncharacters are for internal use; several RDF tools reject or drop them");
    }
  }

  // --- classes --------------------------------------------------------------

  bool isInstance(const model::Node& node, const std::string& classIri) const {
    return !node.typeIri.empty() && ontology_.isSubClassOf(node.typeIri, classIri);
  }

  // True when `classes` is empty or the node is an instance of one of them.
  bool fitsAny(const model::Node& node, const std::vector<std::string>& classes) const {
    if (classes.empty()) return true;
    for (const auto& c : classes) {
      if (isInstance(node, c)) return true;
    }
    return false;
  }

  void checkNode(model::Node& node) {
    if (!node.type.empty()) {
      const OntologyClass* c = ontology_.findClass(node.type);
      if (!c) {
        diagnostics_.error("ontology.unknown-class", node.typeOrigin, "unknown type " + util::quotedValue(node.type),
                           util::didYouMean(node.type, ontology_.classNames()).empty()
                               ? "the types are the classes of ontology/pactgraph.ttl"
                               : util::didYouMean(node.type, ontology_.classNames()));
      } else {
        node.typeIri = c->iri;
        if (!ontology_.isNodeClass(c->iri)) {
          node.typeIri.clear();
          diagnostics_.error("ontology.not-a-node-class", node.typeOrigin,
                             util::quotedValue(node.type) + " records are not nodes",
                             node.type == "Citation"    ? "put citations in the \"citations\" section"
                             : node.type == "Statement" ? "put claims in the \"statements\" section"
                                                        : "pactgraph writes these itself");
        }
      }
    }
    if (node.labels.empty() && !node.id.empty()) {
      diagnostics_.error("data.missing-label", node.origin, "node " + util::quotedValue(node.id) + " has no label",
                         "give at least an English name: \"label\": {\"en\": \"…\"}");
    }
    checkTexts(node.labels, "label");
    checkTexts(node.altLabels, "alternative label");
    checkTexts(node.descriptions, "description");
  }

  void checkAttributes(std::vector<model::Attribute>& attributes, const model::Node* subject, bool qualifiers) {
    for (auto& attribute : attributes) {
      const OntologyProperty* property = ontology_.findProperty(attribute.property);
      if (!property) {
        unknownProperty(attribute.property, attribute.origin);
        continue;
      }
      attribute.propertyIri = property->iri;
      if (property->computed) {
        computedProperty(*property, attribute.origin);
        continue;
      }
      if (!qualifiers) {
        if (property->qualifierOnly) {
          diagnostics_.error(
              "ontology.qualifier-only", attribute.origin,
              util::quotedValue(attribute.property) + " qualifies statements; it cannot describe a node");
          continue;
        }
        if (property->requiresCitation) {
          diagnostics_.error("ontology.claim-needs-statement", attribute.origin,
                             util::quotedValue(attribute.property) + " is a claim that needs a citation",
                             "state it in \"statements\" with \"cite\" instead of \"props\"");
          continue;
        }
        if (subject) checkDomain(*property, *subject, attribute.origin);
      }
      resolveValue(*property, attribute.value, false);
    }
  }

  void computedProperty(const OntologyProperty& property, const StoredOrigin& origin) {
    diagnostics_.error(
        "ontology.computed-property", origin,
        util::quotedValue(property.localName) + " is computed by pactgraph, so it cannot be given in the data",
        "remove it; the export derives it from the data (see ontology/pactgraph.ttl)");
  }

  void unknownProperty(const std::string& name, const StoredOrigin& origin) {
    const std::string hint = util::didYouMean(name, ontology_.propertyNames());
    diagnostics_.error("ontology.unknown-property", origin, "unknown property " + util::quotedValue(name),
                       hint.empty() ? "the properties are those of ontology/pactgraph.ttl" : hint);
  }

  void checkDomain(const OntologyProperty& property, const model::Node& subject, const StoredOrigin& origin) {
    if (subject.typeIri.empty() || fitsAny(subject, property.domains)) return;
    diagnostics_.error("ontology.domain", origin,
                       util::quotedValue(property.localName) + " applies to " + joinNames(property.domains, " or ") +
                           ", but \"" + subject.id + "\" is a " + subject.type,
                       "check the subject, or the property's domain in the ontology");
  }

  // Gives `value` its meaning under `property`: a node reference or typed
  // literal terms. `strictShape`: the statement said "object"/"value"
  // explicitly, so it must match the property's kind.
  void resolveValue(const OntologyProperty& property, Value& value, bool strictShape) {
    if (property.kind == OntologyProperty::Kind::object) {
      if (value.shape != Value::Shape::string || (strictShape && !value.isReference)) {
        diagnostics_.error("data.object-expected", value.origin,
                           util::quotedValue(property.localName) + " links to a node: give its id" +
                               (strictShape ? " under \"object\"" : ""));
        return;
      }
      const model::Node* target = graph_.findNode(value.text);
      if (!target) {
        unknownReference(value.text, value.origin);
        return;
      }
      value.referencedId = target->id;
      if (!target->typeIri.empty() && !fitsAny(*target, property.ranges)) {
        diagnostics_.error("ontology.range", value.origin,
                           util::quotedValue(property.localName) + " expects " + joinNames(property.ranges, " or ") +
                               ", but " + util::quotedValue(target->id) + " is a " + target->type,
                           "check the object, or the property's range in the ontology");
      }
      return;
    }
    if (strictShape && value.isReference) {
      diagnostics_.error(
          "data.value-expected", value.origin,
          util::quotedValue(property.localName) + " takes a literal: write it under \"value\", not \"object\"");
      return;
    }
    const std::string& datatype = property.ranges.front();
    const std::string langString = std::string(vocab::rdf) + "langString";
    if (datatype == langString) {
      if (value.shape != Value::Shape::languageMap) {
        diagnostics_.error("data.bad-literal", value.origin,
                           util::quotedValue(property.localName) + " takes text in languages, like {\"en\": \"…\"}");
        return;
      }
      checkTexts(value.languages, property.localName);
      for (const auto& text : value.languages) value.terms.push_back(model::Term::langString(text.text, text.language));
      return;
    }
    if (value.shape == Value::Shape::languageMap) {
      diagnostics_.error(
          "data.bad-literal", value.origin,
          util::quotedValue(property.localName) + " takes " + shortName(datatype) + ", not a language map");
      return;
    }
    if (datatype == std::string(vocab::xsd) + "date") {
      resolveDate(property, value);
      return;
    }
    const bool numeric = value.shape == Value::Shape::number;
    const bool integral = datatype.ends_with("integer") || datatype.ends_with("Integer");
    const bool expectsNumber = integral || datatype.ends_with("decimal") || datatype.ends_with("double");
    if (numeric && !expectsNumber) {
      diagnostics_.error(
          "data.bad-literal", value.origin,
          util::quotedValue(property.localName) + " takes " + shortName(datatype) + ": write it as a string");
      return;
    }
    checkCharacters(value.text, value.origin);
    std::string lexical = value.text;
    if (numeric && (integral || datatype.ends_with("decimal")) && lexical.find_first_of(".eE") != std::string::npos) {
      // A JSON number in exponent form (1e-7), or an integer written 1.0:
      // its exact value, as JSON Schema sees it.
      if (auto exact = integral ? model::jsonNumberAsInteger(lexical) : model::jsonNumberAsDecimal(lexical)) {
        lexical = std::move(*exact);
      } else if (auto decimal = model::jsonNumberAsDecimal(lexical)) {
        lexical = std::move(*decimal);  // not integral: checkLexical says so
      } else {
        diagnostics_.error("data.bad-literal", value.origin,
                           util::quotedValue(property.localName) + ": " + value.text + " takes more than " +
                               std::to_string(model::kMaxNumberDigits) + " digits to write exactly",
                           "write the number in a shorter form");
        return;
      }
    }
    const std::string problem = model::checkLexical(datatype, lexical);
    if (!problem.empty()) {
      diagnostics_.error("data.bad-literal", value.origin, util::quotedValue(property.localName) + ": " + problem);
      return;
    }
    if (!property.pattern.empty() && !checkPattern(property, value)) return;
    value.terms.push_back(datatype == std::string(vocab::xsd) + "string" ? model::Term::string(lexical)
                                                                         : model::Term::literal(lexical, datatype));
  }

  // pg:pattern. The hint tries what the value most likely meant: without
  // surrounding space, its last path segment (a pasted URL), upper case,
  // without lookalike characters — the first that matches is shown.
  bool checkPattern(const OntologyProperty& property, const Value& value) {
    auto [compiled, isNew] = patterns_.try_emplace(&property, nullptr);
    if (isNew) compiled->second = std::make_unique<ValuePattern>(property.pattern);
    const ValuePattern& pattern = *compiled->second;
    if (pattern.matches(value.text)) return true;
    std::vector<std::string> candidates;
    std::string trimmed = value.text;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    for (const std::string& base : {trimmed, util::foldLookalikes(trimmed)}) {
      const std::size_t cut = base.find_last_of("/#=:");
      for (const std::string& part : {base, cut == std::string::npos ? base : base.substr(cut + 1)}) {
        candidates.push_back(part);
        std::string upper = part;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        candidates.push_back(std::move(upper));
      }
    }
    const auto fix = std::find_if(candidates.begin(), candidates.end(),
                                  [&](const std::string& c) { return !c.empty() && pattern.matches(c); });
    diagnostics_.error("data.pattern-mismatch", value.origin,
                       util::quotedValue(value.text) + " is not a value of " + util::quotedValue(property.localName) +
                           ", which matches " + property.pattern,
                       fix != candidates.end() ? "write " + util::quotedValue(*fix)
                                               : "the pattern is the property's pg:pattern in the ontology");
    return false;
  }

  void resolveDate(const OntologyProperty& property, Value& value) {
    if (value.shape != Value::Shape::string) {
      diagnostics_.error("data.bad-date", value.origin,
                         util::quotedValue(property.localName) + " takes a date as a string, like \"1950-02-14\"");
      return;
    }
    std::string error;
    auto date = model::parseEdtf(value.text, &error);
    if (!date) {
      diagnostics_.error("data.bad-date", value.origin, util::quotedValue(value.text) + " is not a date: " + error,
                         "dates are YYYY-MM-DD, YYYY-MM or YYYY, intervals A/B, with ? ~ % for uncertain/approximate");
      return;
    }
    const bool exact = !date->isInterval() && !date->begin.uncertain && !date->begin.approximate;
    value.terms.push_back(exact ? model::Term::literal(date->begin.xsdLexical(), date->begin.xsdDatatype())
                                : model::Term::literal(date->edtf(), std::string(kEdtfDatatype)));
    value.date = std::move(date);
  }

  void unknownReference(const std::string& id, const StoredOrigin& origin) {
    unknownId("data.unknown-reference", "node", id, nodeIds_, origin, "define it in \"nodes\" of some data file");
  }

  // A reference to an id that no record has. When the reference is no slug
  // (a Cyrillic "о" in "mоlotov"), the message says which character is
  // wrong, and the hint offers the id it was taken for.
  void unknownId(std::string id, std::string_view what, const std::string& reference,
                 const std::vector<std::string>& ids, const StoredOrigin& origin, std::string_view otherwise) {
    std::string message = "no " + std::string(what) + " has the id " + util::quotedValue(reference);
    std::string hint;
    if (const std::string problem = util::slugProblem(reference); !problem.empty()) {
      message += ": " + problem;
      const std::string folded = util::foldLookalikes(reference);
      const bool exists = what == "node" ? graph_.findNode(folded) != nullptr : graph_.findCitation(folded) != nullptr;
      if (folded != reference && exists) hint = "did you mean `" + folded + "`?";
    }
    if (hint.empty()) hint = util::didYouMean(reference, ids);
    diagnostics_.error(std::move(id), origin, std::move(message), hint.empty() ? std::string(otherwise) : hint);
  }

  // --- citations ------------------------------------------------------------

  void checkCitation(model::Citation& citation) {
    checkTexts(citation.notes, "note");
    checkCharacters(citation.pages, citation.origin);
    if (citation.sourceId.empty()) return;
    const model::Node* source = graph_.findNode(citation.sourceId);
    if (!source) {
      unknownReference(citation.sourceId, citation.sourceOrigin);
      return;
    }
    if (!source->typeIri.empty() && !isInstance(*source, std::string(vocab::pg) + "Source")) {
      diagnostics_.error("ontology.range", citation.sourceOrigin,
                         "a citation's source must be a Source (Book, Chapter, JournalArticle, …), but \"" +
                             source->id + "\" is a " + source->type);
    }
  }

  // --- statements -----------------------------------------------------------

  // The one citation rule (data/README.md): a footnote supports its own
  // sentence (the default) or, cited with scope "paragraph", the sentences
  // of the paragraph it closes; a citation without a footnote is the curated
  // text itself, scope "article".
  void resolveScope(const model::Citation& citation, model::CitationScope& scope, const StoredOrigin& where) {
    using model::CitationScope;
    const bool footnoted = citation.footnote.has_value();
    if (scope == CitationScope::unspecified) {
      scope = footnoted ? CitationScope::sentence : CitationScope::article;
      return;
    }
    if (footnoted == (scope != CitationScope::article)) return;
    diagnostics_.error(
        "data.scope-mismatch", where,
        footnoted ? util::quotedValue(citation.id) + " is footnote " + std::to_string(*citation.footnote) +
                        ", so its scope is \"sentence\" or \"paragraph\", not \"article\""
                  : util::quotedValue(citation.id) + " has no footnote number, so its scope can only be \"article\"",
        footnoted ? "cite a citation without a footnote (the text itself) for a claim the text makes "
                    "without a footnote"
                  : "drop \"scope\" or cite the footnote that closes the paragraph");
  }

  void checkStatement(model::Statement& statement) {
    checkTexts(statement.notes, "note");
    const model::Node* subject = nullptr;
    if (!statement.subjectId.empty()) {
      subject = graph_.findNode(statement.subjectId);
      if (!subject) unknownReference(statement.subjectId, statement.subjectOrigin);
    }
    statement.citationScopes.resize(statement.citationIds.size(), model::CitationScope::unspecified);
    for (std::size_t i = 0; i < statement.citationIds.size(); ++i) {
      const model::Citation* citation = graph_.findCitation(statement.citationIds[i]);
      if (!citation) {
        unknownId("data.unknown-citation", "citation", statement.citationIds[i], citationIds_,
                  statement.citationOrigins[i], "define it in \"citations\" of some data file");
        continue;
      }
      resolveScope(*citation, statement.citationScopes[i], statement.citationOrigins[i]);
    }
    checkAttributes(statement.qualifiers, nullptr, true);
    checkQualifierInterval(statement);
    if (statement.predicate.empty()) return;
    const OntologyProperty* property = ontology_.findProperty(statement.predicate);
    if (!property) {
      unknownProperty(statement.predicate, statement.predicateOrigin);
      return;
    }
    if (property->computed) {
      computedProperty(*property, statement.predicateOrigin);
      return;
    }
    if (property->qualifierOnly) {
      diagnostics_.error(
          "ontology.qualifier-only", statement.predicateOrigin,
          util::quotedValue(statement.predicate) + " only qualifies statements; it cannot be a predicate",
          "put it under \"qualifiers\" of the statement it qualifies");
      return;
    }
    statement.predicateIri = property->iri;
    if (subject) checkDomain(*property, *subject, statement.predicateOrigin);
    if (property->requiresCitation && statement.citationIds.empty()) {
      diagnostics_.error("ontology.missing-citation", statement.origin,
                         util::quotedValue(statement.predicate) + " is a claim and needs at least one citation",
                         "add \"cite\": [\"fn-…\"]; for a claim the curated text makes without a footnote, cite "
                         "the text itself (see data/README.md)");
    }
    if (statement.hasObject) resolveValue(*property, statement.object, true);
  }

  // A claim's startDate and endDate qualifiers bound when it held: the end
  // may not lie before the beginning, as in an EDTF interval.
  void checkQualifierInterval(const model::Statement& statement) {
    for (const auto& end : statement.qualifiers) {
      if (end.property != "endDate" || !end.value.date) continue;
      const model::SimpleDate& last = end.value.date->end ? *end.value.date->end : end.value.date->begin;
      for (const auto& start : statement.qualifiers) {
        if (start.property != "startDate" || !start.value.date) continue;
        const model::SimpleDate& first = start.value.date->begin;
        if (last.latestDay() >= first.earliestDay()) continue;
        diagnostics_.error(
            "data.bad-interval", end.value.origin,
            "the claim ends (endDate " + end.value.text + ") before it begins (startDate " + start.value.text + ")",
            "swap the two dates, or correct one of them");
      }
    }
  }

  // --- whole-graph checks -----------------------------------------------------

  void checkRequiredProperties() {
    // Only the properties some class requires are worth remembering.
    std::set<std::string, std::less<>> required;
    for (const OntologyClass* c : ontology_.classes())
      required.insert(c->requiredProperties.begin(), c->requiredProperties.end());
    if (required.empty()) return;
    std::set<std::pair<std::string_view, std::string_view>> present;  // (node id, property IRI)
    for (const auto& node : graph_.nodes) {
      for (const auto& attribute : node.attributes) {
        if (required.contains(attribute.propertyIri)) present.emplace(node.id, attribute.propertyIri);
      }
    }
    // A deprecated claim has no direct triple, so it does not count.
    for (const auto& statement : graph_.statements) {
      if (statement.rank != model::Rank::deprecated && required.contains(statement.predicateIri)) {
        present.emplace(statement.subjectId, statement.predicateIri);
      }
    }
    for (const auto& node : graph_.nodes) {
      if (node.typeIri.empty()) continue;
      for (const auto& ancestor : ontology_.ancestors(node.typeIri)) {
        if (!ancestor.starts_with(vocab::pg)) continue;
        const OntologyClass* c = ontology_.findClass(std::string_view(ancestor).substr(vocab::pg.size()));
        if (!c) continue;
        for (const auto& property : c->requiredProperties) {
          if (present.contains({node.id, property})) continue;
          diagnostics_.error("ontology.missing-required", node.origin,
                             "a " + c->localName + " needs " + util::quotedValue(shortName(property)) + ", and \"" +
                                 node.id + "\" has none",
                             "add it to \"props\" or as a statement");
        }
      }
    }
  }

  void checkDuplicateStatements() {
    std::unordered_map<std::string, const model::Statement*> seen(graph_.statements.size());
    for (const auto& statement : graph_.statements) {
      // Only fully resolved claims can be compared; the others already failed.
      const bool resolved = !statement.object.referencedId.empty() || !statement.object.terms.empty();
      if (statement.predicateIri.empty() || !resolved) continue;
      auto [it, inserted] = seen.emplace(model::statementKey(statement), &statement);
      if (inserted) continue;
      const auto& p = it->second->origin.position();
      diagnostics_.error("data.duplicate-statement", statement.origin,
                         "the same claim (subject, predicate, object and qualifiers) is stated twice",
                         "merge the two into one statement with both citations; the first is at " + p.file.str() + ":" +
                             std::to_string(p.line) + ":" + std::to_string(p.column));
    }
  }

  // One citation per footnote (data/README.md): two citations claiming the
  // same footnote number would split its claims.
  void checkFootnotes() {
    std::unordered_map<long long, const model::Citation*> first;
    for (const auto& citation : graph_.citations) {
      if (!citation.footnote) continue;
      const auto [it, isNew] = first.emplace(*citation.footnote, &citation);
      if (isNew) continue;
      const auto& p = it->second->footnoteOrigin.position();
      diagnostics_.error(
          "data.duplicate-footnote", citation.footnoteOrigin,
          "footnote " + std::to_string(*citation.footnote) + " is already citation \"" + it->second->id + "\"",
          "one citation per footnote: cite \"" + it->second->id + "\" instead, or correct the number; it is at " +
              p.file.str() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column));
    }
  }

  // pg:acyclic properties (containment, part-of): no node lies within
  // itself, directly or through others, whichever files the links are in.
  // Deprecated claims are not links. Each cycle is reported once, at the
  // link that closes it in a depth-first search from the smallest id;
  // iterative, so a long chain cannot exhaust the stack.
  void checkCycles() {
    struct Link {
      std::string_view target;
      const StoredOrigin* origin;
    };
    for (const OntologyProperty* property : ontology_.properties()) {
      if (!property->acyclic) continue;
      std::map<std::string_view, std::vector<Link>> links;
      for (const auto& node : graph_.nodes) {
        for (const auto& attribute : node.attributes) {
          if (attribute.propertyIri == property->iri && !attribute.value.referencedId.empty()) {
            links[node.id].push_back({attribute.value.referencedId, &attribute.value.origin});
          }
        }
      }
      for (const auto& statement : graph_.statements) {
        if (statement.predicateIri == property->iri && statement.rank != model::Rank::deprecated &&
            !statement.object.referencedId.empty()) {
          links[statement.subjectId].push_back({statement.object.referencedId, &statement.object.origin});
        }
      }
      enum class State { unseen, onPath, done };
      std::map<std::string_view, State> state;
      struct Step {
        std::string_view node;
        std::size_t next = 0;  // index of the next link to follow
      };
      for (const auto& [start, unused] : links) {
        if (state[start] != State::unseen) continue;
        std::vector<Step> path{{start}};
        std::vector<const StoredOrigin*> via;  // via[i]: the link from path[i] to path[i + 1]
        state[start] = State::onPath;
        while (!path.empty()) {
          Step& step = path.back();
          const auto out = links.find(step.node);
          if (out == links.end() || step.next == out->second.size()) {
            state[step.node] = State::done;
            path.pop_back();
            if (!via.empty()) via.pop_back();
            continue;
          }
          const Link& link = out->second[step.next++];
          State& target = state[link.target];
          if (target == State::onPath) {
            reportCycle(*property, path, via, link);
          } else if (target == State::unseen) {
            target = State::onPath;
            via.push_back(link.origin);
            path.push_back({link.target});
          }
        }
      }
    }
  }

  template <typename Step, typename Link>
  void reportCycle(const OntologyProperty& property, const std::vector<Step>& path,
                   const std::vector<const StoredOrigin*>& via, const Link& closing) {
    std::size_t from = 0;
    while (path[from].node != closing.target) ++from;
    std::string chain;
    std::string places;
    for (std::size_t i = from; i < path.size(); ++i) {
      chain += std::string(path[i].node) + " → ";
      if (i + 1 < path.size()) {
        const auto& p = via[i]->position();
        places +=
            (places.empty() ? "" : ", ") + p.file.str() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
      }
    }
    chain += std::string(closing.target);
    const bool self = from + 1 == path.size();
    diagnostics_.error("ontology.cycle", *closing.origin,
                       util::quotedValue(closing.target) + " would lie within itself: " + chain + " (\"" +
                           property.localName + "\" links never form a cycle)",
                       self ? "a node cannot be " + ontology_.label(property.iri) + " itself"
                            : "correct one of the links; the others are at " + places);
  }

  const Ontology& ontology_;
  model::Graph& graph_;
  util::Diagnostics& diagnostics_;
  std::vector<std::string> nodeIds_;
  std::vector<std::string> citationIds_;
  std::map<const OntologyProperty*, std::unique_ptr<ValuePattern>> patterns_;
};

}  // namespace

void validate(const Ontology& ontology, model::Graph& graph, util::Diagnostics& diagnostics) {
  Validation validation(ontology, graph, diagnostics);
  validation.run();
}

}  // namespace pactgraph::ontology

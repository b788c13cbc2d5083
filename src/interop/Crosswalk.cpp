#include "pactgraph/interop/Crosswalk.h"

#include <algorithm>
#include <array>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {

namespace {

constexpr std::array<std::string_view, 26> kNameVariables = {
    "author",          "chair",     "collection-editor", "compiler",    "composer",           "container-author",
    "contributor",     "curator",   "director",          "editor",      "editorial-director", "executive-producer",
    "guest",           "host",      "illustrator",       "interviewer", "narrator",           "organizer",
    "original-author", "performer", "producer",          "recipient",   "reviewed-author",    "script-writer",
    "series-creator",  "translator"};
constexpr std::array<std::string_view, 6> kDateVariables = {"accessed", "available-date", "event-date",
                                                            "issued",   "original-date",  "submitted"};

std::string localName(const std::string& iri) { return iri.substr(model::vocab::pg.size()); }

// The value of `key` in `map`, or nullptr.
const std::string* lookUp(const std::map<std::string, std::string, std::less<>>& map, std::string_view key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

bool isCslNameVariable(std::string_view variable) {
  return std::find(kNameVariables.begin(), kNameVariables.end(), variable) != kNameVariables.end();
}

bool isCslDateVariable(std::string_view variable) {
  return std::find(kDateVariables.begin(), kDateVariables.end(), variable) != kDateVariables.end();
}

Crosswalk Crosswalk::fromOntology(const ontology::Ontology& ontology) {
  const std::string pg(model::vocab::pg);
  const std::string cslType = pg + "cslType";
  const std::string cslVariable = pg + "cslVariable";
  const std::string cslNoteField = pg + "cslNoteField";
  const std::string bibtexType = pg + "bibtexType";
  const std::string bibtexField = pg + "bibtexField";
  const std::string xsdDate = std::string(model::vocab::xsd) + "date";
  const std::string source = pg + "Source";

  Crosswalk out;
  std::map<std::string, std::string> ownCslType;  // class local name → its own pg:cslType
  const auto conflict = [](const std::string& what) {
    throw ontology::OntologyError("the reference-manager crosswalk is ambiguous: " + what);
  };
  for (const auto& triple : ontology.triples()) {
    const std::string& p = triple.predicate.value;
    if (!triple.subject.value.starts_with(pg) || !triple.object.isLiteral()) continue;
    const std::string subject = localName(triple.subject.value);
    const std::string& value = triple.object.value;
    if (p == cslType) {
      if (!out.classByCslType_.emplace(value, subject).second) conflict("CSL type \"" + value + "\" on two classes");
      if (!ownCslType.emplace(subject, value).second) conflict("pg:" + subject + " has two CSL types");
    } else if (p == bibtexType) {
      if (!out.classByBibtexType_.emplace(util::toLowerAscii(value), subject).second) {
        conflict("BibTeX type \"" + value + "\" on two classes");
      }
    } else if (p == bibtexField) {
      if (!out.propertyByBibtexField_.emplace(util::toLowerAscii(value), subject).second) {
        conflict("BibTeX field \"" + value + "\" on two properties");
      }
    } else if (p == cslVariable || p == cslNoteField) {
      const auto* property = ontology.findProperty(subject);
      if (property == nullptr) conflict("pg:" + subject + " has a CSL mapping but is no property");
      CslField field;
      field.property = subject;
      field.name = value;
      if (p == cslNoteField) {
        field.kind = CslKind::note;
      } else if (isCslNameVariable(value)) {
        field.kind = CslKind::names;
      } else if (!property->ranges.empty() && property->ranges.front() == xsdDate) {
        field.kind = CslKind::date;
      }
      field.multiple = field.kind == CslKind::names || value == "ISBN";
      out.fields_.push_back(field);
      if (!property->ranges.empty()) out.rangeByProperty_[subject] = property->ranges.front();
    }
  }
  std::sort(out.fields_.begin(), out.fields_.end(),
            [](const CslField& a, const CslField& b) { return a.name < b.name; });
  for (std::size_t i = 1; i < out.fields_.size(); ++i) {
    if (out.fields_[i].name == out.fields_[i - 1].name)
      conflict("CSL variable \"" + out.fields_[i].name + "\" on two properties");
  }
  // Every Source class gets the CSL type of itself or its nearest ancestor.
  for (const auto* c : ontology.nodeClasses()) {
    if (!ontology.isSubClassOf(c->iri, source)) continue;
    std::vector<std::string> level{c->localName};
    std::string found;
    while (found.empty() && !level.empty()) {
      std::vector<std::string> next;
      std::sort(level.begin(), level.end());
      for (const auto& name : level) {
        if (auto it = ownCslType.find(name); it != ownCslType.end() && found.empty()) found = it->second;
        if (const auto* cls = ontology.findClass(name)) {
          for (const auto& parent : cls->superClasses) {
            if (parent.starts_with(pg)) next.push_back(localName(parent));
          }
        }
      }
      level = std::move(next);
    }
    out.cslTypeByClass_[c->localName] = found.empty() ? "document" : found;
  }
  return out;
}

const std::string* Crosswalk::classForCslType(std::string_view cslType) const {
  return lookUp(classByCslType_, cslType);
}

std::string Crosswalk::cslTypeOf(const std::string& classLocalName) const {
  const std::string* type = lookUp(cslTypeByClass_, classLocalName);
  return type == nullptr ? "document" : *type;
}

const std::string* Crosswalk::classForBibtexType(std::string_view entryType) const {
  return lookUp(classByBibtexType_, entryType);
}

const CslField* Crosswalk::fieldForCslVariable(std::string_view variable) const {
  for (const auto& field : fields_) {
    if (field.kind != CslKind::note && field.name == variable) return &field;
  }
  return nullptr;
}

const CslField* Crosswalk::fieldForNoteLabel(std::string_view label) const {
  const std::string lower = util::toLowerAscii(label);
  for (const auto& field : fields_) {
    if (field.kind == CslKind::note && util::toLowerAscii(field.name) == lower) return &field;
  }
  return nullptr;
}

const CslField* Crosswalk::fieldForProperty(std::string_view property) const {
  for (const auto& field : fields_) {
    if (field.property == property) return &field;
  }
  return nullptr;
}

const std::string* Crosswalk::propertyForBibtexField(std::string_view field) const {
  return lookUp(propertyByBibtexField_, field);
}

std::string Crosswalk::rangeOf(const std::string& property) const {
  const std::string* range = lookUp(rangeByProperty_, property);
  return range == nullptr ? std::string(model::vocab::xsd) + "string" : *range;
}

bool Crosswalk::isSourceClass(const std::string& classLocalName) const {
  return cslTypeByClass_.contains(classLocalName);
}

}  // namespace pactgraph::interop

// The crosswalk between pactgraph's sources and reference managers, read
// from the ontology (never from C++): pg:cslType and pg:bibtexType on
// Source classes, pg:cslVariable, pg:cslNoteField and pg:bibtexField on
// source properties (ontology/pactgraph.ttl says what each means). A
// FactGrid or Zotero user changes the mapping by editing the ontology.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/ontology/Ontology.h"

namespace pactgraph::interop {

// How a property's value is written in CSL-JSON.
enum class CslKind {
  text,   // a string variable ("container-title": "…")
  names,  // a name variable: [{"family", "given"}] ↔ "Family, Given"
  date,   // a date variable: {"date-parts": [[1950, 2, 14]]} ↔ EDTF "1950-02-14"
  note,   // a `Label: value` line of the CSL note (Zotero's Extra)
};

struct CslField {
  std::string property;  // pg: local name (creator, containerTitle)
  std::string name;      // CSL variable (author, container-title) or note label (OCLC)
  CslKind kind = CslKind::text;
  bool multiple = false;  // several values allowed: names, and ISBN as Zotero keeps them (space-separated)
};

class Crosswalk {
 public:
  // Throws ontology::OntologyError when the annotations contradict each
  // other (one CSL type on two classes, one CSL variable on two properties).
  static Crosswalk fromOntology(const ontology::Ontology& ontology);

  // The class (local name) of a CSL item type, or nullptr.
  const std::string* classForCslType(std::string_view cslType) const;
  // The CSL type of a class: its own pg:cslType or the nearest ancestor's;
  // "document" when none has one.
  std::string cslTypeOf(const std::string& classLocalName) const;
  // The class of a BibTeX entry type (lower case), or nullptr.
  const std::string* classForBibtexType(std::string_view entryType) const;

  const CslField* fieldForCslVariable(std::string_view variable) const;
  // Note labels match without regard to ASCII case ("oclc: 123").
  const CslField* fieldForNoteLabel(std::string_view label) const;
  const CslField* fieldForProperty(std::string_view property) const;
  // The property (local name) a BibTeX field (lower case) is read into, or nullptr.
  const std::string* propertyForBibtexField(std::string_view field) const;

  // Every field, sorted by CSL name (the order of an exported item's keys).
  const std::vector<CslField>& fields() const { return fields_; }

  // The datatype IRI of a property's range (for checking imported values).
  std::string rangeOf(const std::string& property) const;
  // True when `classLocalName` is pg:Source or below it.
  bool isSourceClass(const std::string& classLocalName) const;

 private:
  std::map<std::string, std::string, std::less<>> classByCslType_;
  std::map<std::string, std::string, std::less<>> cslTypeByClass_;  // every Source class, inherited types filled in
  std::map<std::string, std::string, std::less<>> rangeByProperty_;
  std::map<std::string, std::string, std::less<>> classByBibtexType_;
  std::map<std::string, std::string, std::less<>> propertyByBibtexField_;
  std::vector<CslField> fields_;
};

// CSL 1.0.2 name and date variables (the specification's lists).
bool isCslNameVariable(std::string_view variable);
bool isCslDateVariable(std::string_view variable);

}  // namespace pactgraph::interop

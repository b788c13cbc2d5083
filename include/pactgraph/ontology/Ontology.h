// The ontology (ontology/pactgraph.ttl), read with Sord, as the validator
// needs it: which classes and properties exist, their hierarchy, domains,
// ranges and pactgraph's own annotations (see the header of the .ttl file).
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::ontology {

// The ontology file itself is broken (not a data problem): exit code 3-like
// failure reported by the CLI before anything else runs.
class OntologyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OntologyClass {
  std::string iri;
  std::string localName;
  std::set<std::string> superClasses;           // direct rdfs:subClassOf, full IRIs
  std::vector<std::string> requiredProperties;  // pg:requiredProperty, full IRIs
};

struct OntologyProperty {
  enum class Kind { object, datatype };

  std::string iri;
  std::string localName;
  Kind kind = Kind::datatype;
  std::vector<std::string> domains;  // any one suffices; empty = anything
  std::vector<std::string> ranges;   // classes (object) or one datatype IRI (datatype)
  bool requiresCitation = false;
  bool qualifierOnly = false;
  // pg:computed true: written by the exporter or an analysis (rank, footnote,
  // earliest/latest days, quantities, centralities); never accepted in input.
  bool computed = false;
  // pg:linkTemplate / pg:linkPredicate of an identifier property (empty if none).
  std::string linkTemplate;
  std::string linkPredicate;
  // pg:pattern: an ECMAScript regular expression every value matches (found
  // anywhere in the value unless anchored, as in JSON Schema and SHACL);
  // empty if none. Only on properties of range xsd:string; checked to compile.
  std::string pattern;
  // pg:acyclic true: no chain of these links leads from a node back to
  // itself (containment and part-of relations). Object properties only.
  bool acyclic = false;
  std::set<std::string> superProperties;  // direct rdfs:subPropertyOf, full IRIs
};

class Ontology {
 public:
  // Parses Turtle; `name` is used in error messages. Throws OntologyError on
  // syntax errors and on terms the validator cannot use (a pg: property that
  // is neither object nor datatype property, a datatype range it does not
  // know how to check).
  static Ontology fromTurtle(std::string_view turtle, const std::string& name);

  // The ontology compiled into the binary (ontology/pactgraph.ttl at build time).
  static Ontology builtIn();

  const OntologyClass* findClass(std::string_view localName) const;
  const OntologyProperty* findProperty(std::string_view localName) const;
  const OntologyProperty* findPropertyByIri(const std::string& iri) const;

  // Reflexive, transitive rdfs:subClassOf over the whole file.
  bool isSubClassOf(const std::string& classIri, const std::string& ancestorIri) const;
  // All superclasses of `classIri` including itself (any namespace).
  const std::set<std::string>& ancestors(const std::string& classIri) const;
  // Every pg: class IRI with ancestors() of it: the class hierarchy as plain
  // data, for modules that do not link the ontology (analysis::TypeHierarchy).
  std::map<std::string, std::set<std::string>, std::less<>> classAncestry() const;
  // Reflexive, transitive rdfs:subPropertyOf ancestors of a property.
  std::set<std::string> propertyAncestors(const std::string& propertyIri) const;
  // Every pg: property IRI with propertyAncestors() of it (the property
  // hierarchy as plain data, as classAncestry()).
  std::map<std::string, std::set<std::string>, std::less<>> propertyAncestry() const;
  // owl:equivalentClass / owl:equivalentProperty partners of a term.
  std::vector<std::string> equivalents(const std::string& iri) const;

  // For every pg: class and property, the terms it aligns to that lie in
  // one of `namespaces`: its rdfs:subClassOf / rdfs:subPropertyOf ancestors
  // and their owl:equivalent* partners (transitively). Keys without aligned
  // terms are left out.
  std::map<std::string, std::vector<std::string>> alignments(const std::vector<std::string>& namespaces) const;

  std::vector<const OntologyClass*> classes() const;
  std::vector<const OntologyProperty*> properties() const;
  // pg: classes whose instances are nodes of the input: all but the
  // pg:computed classes (Citation, Statement, Rank, …) and their subclasses.
  std::vector<const OntologyClass*> nodeClasses() const;
  bool isNodeClass(const std::string& classIri) const;
  // All pg: classes that are `classIri` or below it, sorted by IRI.
  std::vector<std::string> subClassesOf(const std::string& classIri) const;
  // Individuals declared in the ontology as instances of `classIri` (pg:NormalRank…).
  std::vector<std::string> individualsOf(const std::string& classIri) const;

  std::vector<std::string> classNames() const;
  std::vector<std::string> propertyNames() const;

  // rdfs:label@en of a term, or its local name.
  std::string label(const std::string& iri) const;

  // Every triple of the file without a blank node (exports have none; an
  // extension's OWL lists and restrictions are left out); the export writes
  // them as the ontology graph.
  struct Triple {
    model::Term subject, predicate, object;
  };
  const std::vector<Triple>& triples() const { return triples_; }

 private:
  std::map<std::string, OntologyClass, std::less<>> classes_;        // by local name
  std::map<std::string, OntologyProperty, std::less<>> properties_;  // by local name
  std::map<std::string, std::set<std::string>> superClasses_;        // all classes, any namespace
  // ancestors() per class, filled on first use: validation asks for every
  // node and claim, and the hierarchy never changes after parsing.
  mutable std::map<std::string, std::set<std::string>, std::less<>> ancestorCache_;
  std::map<std::string, std::set<std::string>> superProperties_;
  std::map<std::string, std::vector<std::string>> equivalents_;
  std::map<std::string, std::string> labels_;
  std::map<std::string, std::vector<std::string>> individuals_;  // class IRI -> instances
  std::set<std::string> computedClasses_;                        // pg:computed true
  std::vector<Triple> triples_;
};

}  // namespace pactgraph::ontology

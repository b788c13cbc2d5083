// The knowledge graph as curated: typed nodes, cited statements, citations.
//
// The loader fills the "as written" parts of every record (strings exactly as
// in the input, with their origin). ontology::validate then checks them and
// fills the "resolved" parts (class and property IRIs, typed literal terms),
// so that the writers and analyses never interpret input text themselves.
// A Graph whose validation reported errors must not be written.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "pactgraph/model/Date.h"
#include "pactgraph/model/Term.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::model {

using util::Origin;
using util::StoredOrigin;

struct LangText {
  std::string language;  // BCP 47 tag as written
  std::string text;
  StoredOrigin origin;
};

// A value as written in the input, before the ontology gives it a meaning.
struct Value {
  enum class Shape {
    string,       // "text": a node id or a literal, depending on the property
    number,       // a JSON number; `text` holds its exact lexeme
    boolean,      // `text` is "true" or "false"
    languageMap,  // { "en": "…", "ru": "…" }; see `languages`
  };
  Shape shape = Shape::string;
  std::string text;
  std::vector<LangText> languages;
  bool isReference = false;  // written under "object": must name a node
  StoredOrigin origin;

  // Resolved by ontology::validate:
  std::vector<Term> terms;        // one per language for maps, else one
  std::string referencedId;       // node id, when the property is an object property
  std::optional<DateValue> date;  // when the property's range is xsd:date
};

// A property/value pair that is not itself a claim: node attributes and
// statement qualifiers.
struct Attribute {
  std::string property;  // local name in the ontology, as written
  Value value;
  StoredOrigin origin;      // of the key
  std::string propertyIri;  // resolved
};

struct Node {
  std::string id;
  std::string type;  // class local name, as written
  std::vector<LangText> labels;
  std::vector<LangText> altLabels;
  std::vector<LangText> descriptions;
  std::vector<Attribute> attributes;
  StoredOrigin origin;      // of the record
  StoredOrigin typeOrigin;  // of its "type" value

  std::string typeIri;  // resolved
};

struct Citation {
  std::string id;
  std::string sourceId;
  StoredOrigin sourceOrigin;
  std::string pages;  // locator as printed; may be empty
  std::optional<long long> footnote;
  StoredOrigin footnoteOrigin;
  std::vector<LangText> notes;
  StoredOrigin origin;
};

enum class Rank { preferred, normal, deprecated };
std::string_view rankName(Rank rank);

// How closely a citation supports a claim (data/README.md, "one citation
// rule"): the footnote on the claim's own sentence, the footnote that closes
// the claim's paragraph, or the curated text itself without a footnote.
enum class CitationScope {
  unspecified,  // as loaded when the input gives none; validation resolves it
  sentence,
  paragraph,
  article,
};
std::string_view scopeName(CitationScope scope);

struct Statement {
  std::string subjectId;
  StoredOrigin subjectOrigin;
  std::string predicate;  // property local name, as written
  StoredOrigin predicateOrigin;
  Value object;  // "object" (isReference) or "value"
  // Set by the loader when it read exactly one of "object" and "value", of a
  // JSON type it accepts; otherwise it reported why, and validation leaves
  // `object` alone rather than report the same problem again without a place.
  bool hasObject = false;
  std::vector<Attribute> qualifiers;
  Rank rank = Rank::normal;
  std::vector<LangText> notes;
  std::vector<std::string> citationIds;
  std::vector<StoredOrigin> citationOrigins;  // parallel to citationIds
  std::vector<CitationScope> citationScopes;  // parallel to citationIds; resolved by validation
  StoredOrigin origin;

  std::string predicateIri;  // resolved
};

// Someone credited with the dataset: a person (`family`, `given`) or an
// organisation or group (`name`); ORCID as its https://orcid.org/ IRI.
struct DatasetCreator {
  std::string name;
  std::string family;
  std::string given;
  std::string orcid;
  std::string affiliation;
  StoredOrigin origin;
};

// The dataset as a whole (the "dataset" section of one data file,
// data/README.md): what a release package describes (VoID, DCAT, RO-Crate,
// CITATION.cff). Strings as written; validation checks them.
struct DatasetMetadata {
  std::string title;
  std::string description;
  std::string version;
  std::string license;      // SPDX identifier (CC-BY-SA-4.0)
  std::string released;     // yyyy-mm-dd
  std::string homepage;     // absolute IRI, may be empty
  std::string downloadUrl;  // absolute IRI the released files live under (ends in /), may be empty
  std::vector<DatasetCreator> creators;
  std::vector<std::string> keywords;
  StoredOrigin origin;
};

// Counts of one graph, for summaries.
struct GraphCounts {
  std::map<std::string, std::size_t> nodesByType;
  std::size_t nodes = 0;
  std::size_t statements = 0;
  std::size_t citations = 0;
};

class Graph {
 public:
  std::vector<Node> nodes;
  std::vector<Citation> citations;
  std::vector<Statement> statements;
  // Every "dataset" section read (validation accepts at most one).
  std::vector<DatasetMetadata> datasets;

  // Appends the records of `other` after these (call index() afterwards).
  void append(Graph&& other);

  // Rebuilds the id indexes; call after adding records. When ids repeat, the
  // index keeps the first (validation reports the others).
  void index();
  const Node* findNode(const std::string& id) const;
  const Citation* findCitation(const std::string& id) const;

  GraphCounts counts() const;

 private:
  std::unordered_map<std::string, std::size_t> nodeIndex_;
  std::unordered_map<std::string, std::size_t> citationIndex_;
};

// Which statements are "truthy", as in the Wikibase RDF model: for each
// (subject, predicate) pair, the claims of the best rank present — the
// preferred ones if there is any, else the normal ones; deprecated claims
// never. Indexed like `graph.statements`. Works on resolved predicates
// (after validation), falling back to the predicate as written.
std::vector<bool> truthyStatements(const Graph& graph);

}  // namespace pactgraph::model

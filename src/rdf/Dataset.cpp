#include "pactgraph/rdf/Dataset.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "pactgraph/model/Identity.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::rdf {

namespace vocab = model::vocab;
using model::Quad;
using model::Term;

namespace {

Term iri(std::string_view ns, std::string_view local) { return Term::iri(std::string(ns) + std::string(local)); }

// Length of the hex prefix of SHA-256 used in IRIs: 96 bits, collision-free
// in practice for any dataset a single machine can hold.
constexpr std::size_t kHashLength = 24;

const std::string kRdfType = std::string(vocab::rdf) + "type";

// Builds into a QuadStore. Terms are interned as they are made; the IRIs of
// nodes and citations are computed once and cached (citations are cited
// many times; their IRI is a hash).
class DatasetBuilder {
 public:
  DatasetBuilder(const model::Graph& graph, const ExportOptions& options)
      : graph_(graph),
        options_(options),
        base_(options.base),
        facts_(Term::iri(factsGraphIri(options.base))),
        provenance_(Term::iri(options.provenance == ProvenanceEncoding::nanopublications
                                  ? options.base + "graph/citations"
                                  : provenanceGraphIri(options.base))) {
    for (const auto& [term, aligned] : options_.alignedTerms) {
      auto& ids = alignedIds_[store_.iri(term)];
      for (const auto& iri : aligned) ids.push_back(store_.iri(iri));
    }
  }

  QuadStore build() {
    for (const auto& node : graph_.nodes) addNode(node);
    for (const auto& citation : graph_.citations) addCitation(citation);
    for (const auto& statement : graph_.statements) {
      if (options_.provenance == ProvenanceEncoding::nanopublications) {
        addNanopublication(statement);
      } else {
        addStatement(statement);
      }
    }
    store_.finalize();
    return std::move(store_);
  }

 private:
  Term nodeIri(const std::string& id) const { return Term::iri(base_ + id); }

  Term citationIri(const model::Citation& citation) {
    auto [it, inserted] = citationIris_.try_emplace(&citation);
    if (inserted) {
      it->second = Term::iri(base_ + "citation/" + util::sha256Hex(model::citationKey(citation)).substr(0, kHashLength));
    }
    return it->second;
  }

  Term statementIri(const model::Statement& statement) const {
    return Term::iri(base_ + "statement/" + util::sha256Hex(model::statementKey(statement)).substr(0, kHashLength));
  }

  void add(const Term& s, const Term& p, const Term& o, const Term& g) {
    store_.add(store_.intern(s), store_.intern(p), store_.intern(o), store_.intern(g));
  }

  // The RDF terms of a resolved value: a node IRI or its literal terms.
  std::vector<Term> valueTerms(const model::Value& value) const {
    if (!value.referencedId.empty()) return {nodeIri(value.referencedId)};
    return value.terms;
  }

  void addTexts(const Term& subject, const Term& predicate, const std::vector<model::LangText>& texts, const Term& g) {
    for (const auto& text : texts) add(subject, predicate, Term::langString(text.text, text.language), g);
  }

  void addNode(const model::Node& node) {
    PG_CHECK(!node.typeIri.empty(), "buildDataset needs a validated graph (node " + node.id + ")");
    const Term subject = nodeIri(node.id);
    addFact(subject, rdfType_, Term::iri(node.typeIri), facts_);
    addTexts(subject, rdfsLabel_, node.labels, facts_);
    addTexts(subject, skosAltLabel_, node.altLabels, facts_);
    addTexts(subject, dctermsDescription_, node.descriptions, facts_);
    for (const auto& attribute : node.attributes) {
      for (const auto& term : valueTerms(attribute.value)) {
        addFact(subject, Term::iri(attribute.propertyIri), term, facts_);
      }
    }
  }

  // "Heinzig 2004, pp. 318–319"@en: the source's English label (or any) plus the locator.
  std::string citationLabel(const model::Citation& citation) const {
    std::string label = citation.sourceId;
    if (const model::Node* source = graph_.findNode(citation.sourceId)) {
      for (const auto& text : source->labels) {
        if (text.language == "en" || label == citation.sourceId) label = text.text;
      }
    }
    if (!citation.pages.empty()) {
      const bool range = citation.pages.find_first_of("-–,") != std::string::npos;
      label += (range ? ", pp. " : ", p. ") + citation.pages;
    }
    return label;
  }

  void addCitation(const model::Citation& citation) {
    const Term subject = citationIri(citation);
    add(subject, rdfType_, pgCitation_, provenance_);
    add(subject, dctermsSource_, nodeIri(citation.sourceId), provenance_);
    add(subject, rdfsLabel_, Term::langString(citationLabel(citation), "en"), provenance_);
    if (!citation.pages.empty()) add(subject, biboPages_, Term::string(citation.pages), provenance_);
    if (citation.footnote) {
      add(subject, pgFootnote_,
          Term::literal(std::to_string(*citation.footnote), std::string(vocab::xsd) + "positiveInteger"), provenance_);
    }
    addTexts(subject, pgNote_, citation.notes, provenance_);
  }

  void addStatement(const model::Statement& statement) {
    PG_CHECK(!statement.predicateIri.empty(), "buildDataset needs a validated graph (statement)");
    const Term subject = nodeIri(statement.subjectId);
    const Term predicate = Term::iri(statement.predicateIri);
    const std::vector<Term> objects = valueTerms(statement.object);
    if (statement.rank != model::Rank::deprecated) {
      for (const auto& object : objects) addFact(subject, predicate, object, facts_);
    }
    const Term node = statementIri(statement);
    const Term& g = provenance_;
    add(node, rdfType_, rdfStatement_, g);
    add(node, rdfType_, pgStatement_, g);
    add(node, rdfSubject_, subject, g);
    add(node, rdfPredicate_, predicate, g);
    for (const auto& object : objects) add(node, rdfObject_, object, g);
    addClaimProvenance(statement, node, g);
  }

  void addNanopublication(const model::Statement& statement) {
    PG_CHECK(!statement.predicateIri.empty(), "buildDataset needs a validated graph (statement)");
    const std::string np = base_ + "np/" + util::sha256Hex(model::statementKey(statement)).substr(0, kHashLength);
    const Term head = Term::iri(np + "/head");
    const Term assertion = Term::iri(np + "/assertion");
    const Term provenance = Term::iri(np + "/provenance");
    const Term pubinfo = Term::iri(np + "/pubinfo");
    const Term nanopub = Term::iri(np);
    const std::string nps = "http://www.nanopub.org/nschema#";
    add(nanopub, rdfType_, iri(nps, "Nanopublication"), head);
    add(nanopub, iri(nps, "hasAssertion"), assertion, head);
    add(nanopub, iri(nps, "hasProvenance"), provenance, head);
    add(nanopub, iri(nps, "hasPublicationInfo"), pubinfo, head);
    for (const auto& object : valueTerms(statement.object)) {
      addFact(nodeIri(statement.subjectId), Term::iri(statement.predicateIri), object, assertion);
    }
    addClaimProvenance(statement, assertion, provenance);
    add(nanopub, dctermsConformsTo_, Term::iri(std::string(vocab::pgOntology)), pubinfo);
  }

  // Rank, date span, qualifiers, notes and citations of a claim, as
  // properties of `about` (a statement node or an assertion graph) in `g`.
  void addClaimProvenance(const model::Statement& statement, const Term& about, const Term& g) {
    static const std::map<model::Rank, std::string_view> kRankTerms = {
        {model::Rank::preferred, "PreferredRank"}, {model::Rank::normal, "NormalRank"}, {model::Rank::deprecated, "DeprecatedRank"}};
    add(about, pgRank_, iri(vocab::pg, kRankTerms.at(statement.rank)), g);
    if (const auto& date = statement.object.date) {
      const std::string xsdDate = std::string(vocab::xsd) + "date";
      const model::SimpleDate& last = date->end ? *date->end : date->begin;
      add(about, pgEarliest_, Term::literal(date->begin.earliestDay(), xsdDate), g);
      add(about, pgLatest_, Term::literal(last.latestDay(), xsdDate), g);
    }
    for (const auto& qualifier : statement.qualifiers) {
      for (const auto& term : valueTerms(qualifier.value)) add(about, Term::iri(qualifier.propertyIri), term, g);
    }
    addTexts(about, pgNote_, statement.notes, g);
    for (const auto& id : statement.citationIds) {
      const model::Citation* citation = graph_.findCitation(id);
      PG_CHECK(citation != nullptr, "buildDataset needs a validated graph (citation " + id + ")");
      add(about, provWasDerivedFrom_, citationIri(*citation), g);
    }
  }

  // A triple of the facts (a node description or a claim): also emitted
  // with the aligned types or predicates the caller asked to materialise.
  void addFact(const Term& s, const Term& p, const Term& o, const Term& g) {
    const auto subject = store_.intern(s), predicate = store_.intern(p), object = store_.intern(o), graph = store_.intern(g);
    store_.add(subject, predicate, object, graph);
    if (alignedIds_.empty()) return;
    const bool isType = p.value == kRdfType;
    const auto aligned = alignedIds_.find(isType ? object : predicate);
    if (aligned == alignedIds_.end()) return;
    for (const auto term : aligned->second) {
      if (isType) {
        store_.add(subject, predicate, term, graph);
      } else {
        store_.add(subject, term, object, graph);
      }
    }
  }

  const model::Graph& graph_;
  const ExportOptions& options_;
  std::string base_;
  Term facts_;
  Term provenance_;
  QuadStore store_;
  std::map<QuadStore::TermId, std::vector<QuadStore::TermId>> alignedIds_;
  // The fixed terms of the RDF shape, built once.
  const Term biboPages_ = iri(vocab::bibo, "pages");
  const Term dctermsConformsTo_ = iri(vocab::dcterms, "conformsTo");
  const Term dctermsDescription_ = iri(vocab::dcterms, "description");
  const Term dctermsSource_ = iri(vocab::dcterms, "source");
  const Term pgCitation_ = iri(vocab::pg, "Citation");
  const Term pgStatement_ = iri(vocab::pg, "Statement");
  const Term pgEarliest_ = iri(vocab::pg, "earliest");
  const Term pgFootnote_ = iri(vocab::pg, "footnote");
  const Term pgLatest_ = iri(vocab::pg, "latest");
  const Term pgNote_ = iri(vocab::pg, "note");
  const Term pgRank_ = iri(vocab::pg, "rank");
  const Term provWasDerivedFrom_ = iri(vocab::prov, "wasDerivedFrom");
  const Term rdfStatement_ = iri(vocab::rdf, "Statement");
  const Term rdfObject_ = iri(vocab::rdf, "object");
  const Term rdfPredicate_ = iri(vocab::rdf, "predicate");
  const Term rdfSubject_ = iri(vocab::rdf, "subject");
  const Term rdfType_ = iri(vocab::rdf, "type");
  const Term rdfsLabel_ = iri(vocab::rdfs, "label");
  const Term skosAltLabel_ = iri(vocab::skos, "altLabel");
  std::unordered_map<const model::Citation*, Term> citationIris_;
};

}  // namespace

std::string factsGraphIri(const std::string& base) { return base + "graph/facts"; }
std::string provenanceGraphIri(const std::string& base) { return base + "graph/provenance"; }

bool isValidBase(const std::string& base) {
  return !base.empty() && (base.back() == '/' || base.back() == '#') && util::isAbsoluteIri(base);
}

QuadStore buildQuadStore(const model::Graph& graph, const ExportOptions& options) {
  PG_CHECK(isValidBase(options.base), "invalid base IRI " + options.base);
  return DatasetBuilder(graph, options).build();
}

std::vector<Quad> buildDataset(const model::Graph& graph, const ExportOptions& options) {
  return buildQuadStore(graph, options).toQuads();
}

}  // namespace pactgraph::rdf

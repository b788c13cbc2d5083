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

// Length of the hex prefix of SHA-256 used in IRIs: 96 bits, collision-free
// in practice for any dataset a single machine can hold.
constexpr std::size_t kHashLength = 24;

// Builds into a QuadStore, working on term ids: the fixed terms of the RDF
// shape are interned once, node IRIs are looked up through a reused buffer
// (no allocation when the term is known), and citation IRIs (a hash, cited
// many times) are computed once.
class DatasetBuilder {
 public:
  using Id = QuadStore::TermId;

  DatasetBuilder(const model::Graph& graph, const ExportOptions& options)
      : graph_(graph),
        options_(options),
        base_(options.base),
        facts_(store_.iri(factsGraphIri(options.base))),
        provenance_(store_.iri(options.provenance == ProvenanceEncoding::nanopublications
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
  Id vocabulary(std::string_view ns, std::string_view local) {
    scratch_.assign(ns);
    scratch_.append(local);
    return store_.iri(scratch_);
  }

  Id nodeIri(const std::string& id) {
    scratch_.assign(base_);
    scratch_.append(id);
    return store_.iri(scratch_);
  }

  Id citationIri(const model::Citation& citation) {
    auto [it, inserted] = citationIris_.try_emplace(&citation, 0);
    if (inserted) {
      it->second =
          store_.iri(base_ + "citation/" + util::sha256Hex(model::citationKey(citation)).substr(0, kHashLength));
    }
    return it->second;
  }

  Id statementIri(const model::Statement& statement) {
    return store_.iri(base_ + "statement/" + util::sha256Hex(model::statementKey(statement)).substr(0, kHashLength));
  }

  Id literal(std::string_view lexical, std::string_view datatype) {
    return store_.intern(TermView{Term::Kind::literal, lexical, datatype, {}});
  }

  Id langString(const model::LangText& text) {
    return store_.intern(TermView{Term::Kind::literal, text.text, rdfLangString_, text.language});
  }

  void add(Id s, Id p, Id o, Id g) { store_.add(s, p, o, g); }

  // Calls `use` with the term id of each RDF term of a resolved value: a
  // node IRI or its literal terms.
  template <class Use>
  void forEachValueTerm(const model::Value& value, Use use) {
    if (!value.referencedId.empty()) {
      use(nodeIri(value.referencedId));
      return;
    }
    for (const auto& term : value.terms) use(store_.intern(term));
  }

  void addTexts(Id subject, Id predicate, const std::vector<model::LangText>& texts, Id g) {
    for (const auto& text : texts) add(subject, predicate, langString(text), g);
  }

  void addNode(const model::Node& node) {
    PG_CHECK(!node.typeIri.empty(), "buildDataset needs a validated graph (node " + node.id + ")");
    const Id subject = nodeIri(node.id);
    addFact(subject, rdfType_, store_.iri(node.typeIri), facts_);
    addTexts(subject, rdfsLabel_, node.labels, facts_);
    addTexts(subject, skosAltLabel_, node.altLabels, facts_);
    addTexts(subject, dctermsDescription_, node.descriptions, facts_);
    for (const auto& attribute : node.attributes) {
      const Id predicate = store_.iri(attribute.propertyIri);
      forEachValueTerm(attribute.value, [&](Id object) { addFact(subject, predicate, object, facts_); });
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
    const Id subject = citationIri(citation);
    add(subject, rdfType_, pgCitation_, provenance_);
    add(subject, dctermsSource_, nodeIri(citation.sourceId), provenance_);
    add(subject, rdfsLabel_, langString({"en", citationLabel(citation), {}}), provenance_);
    if (!citation.pages.empty()) add(subject, biboPages_, literal(citation.pages, xsdString_), provenance_);
    if (citation.footnote) {
      add(subject, pgFootnote_, literal(std::to_string(*citation.footnote), xsdPositiveInteger_), provenance_);
    }
    addTexts(subject, pgNote_, citation.notes, provenance_);
  }

  void addStatement(const model::Statement& statement) {
    PG_CHECK(!statement.predicateIri.empty(), "buildDataset needs a validated graph (statement)");
    const Id subject = nodeIri(statement.subjectId);
    const Id predicate = store_.iri(statement.predicateIri);
    const Id node = statementIri(statement);
    const Id g = provenance_;
    const bool asserted = statement.rank != model::Rank::deprecated;
    forEachValueTerm(statement.object, [&](Id object) {
      if (asserted) addFact(subject, predicate, object, facts_);
      add(node, rdfObject_, object, g);
    });
    add(node, rdfType_, rdfStatement_, g);
    add(node, rdfType_, pgStatement_, g);
    add(node, rdfSubject_, subject, g);
    add(node, rdfPredicate_, predicate, g);
    addClaimProvenance(statement, node, g);
  }

  void addNanopublication(const model::Statement& statement) {
    PG_CHECK(!statement.predicateIri.empty(), "buildDataset needs a validated graph (statement)");
    const std::string np = base_ + "np/" + util::sha256Hex(model::statementKey(statement)).substr(0, kHashLength);
    const Id head = store_.iri(np + "/head");
    const Id assertion = store_.iri(np + "/assertion");
    const Id provenance = store_.iri(np + "/provenance");
    const Id pubinfo = store_.iri(np + "/pubinfo");
    const Id nanopub = store_.iri(np);
    const std::string_view nps = "http://www.nanopub.org/nschema#";
    add(nanopub, rdfType_, vocabulary(nps, "Nanopublication"), head);
    add(nanopub, vocabulary(nps, "hasAssertion"), assertion, head);
    add(nanopub, vocabulary(nps, "hasProvenance"), provenance, head);
    add(nanopub, vocabulary(nps, "hasPublicationInfo"), pubinfo, head);
    const Id subject = nodeIri(statement.subjectId);
    const Id predicate = store_.iri(statement.predicateIri);
    forEachValueTerm(statement.object, [&](Id object) { addFact(subject, predicate, object, assertion); });
    addClaimProvenance(statement, assertion, provenance);
    add(nanopub, dctermsConformsTo_, store_.iri(vocab::pgOntology), pubinfo);
  }

  // Rank, date span, qualifiers, notes and citations of a claim, as
  // properties of `about` (a statement node or an assertion graph) in `g`.
  void addClaimProvenance(const model::Statement& statement, Id about, Id g) {
    const Id rank = statement.rank == model::Rank::preferred ? pgPreferredRank_
                    : statement.rank == model::Rank::normal  ? pgNormalRank_
                                                              : pgDeprecatedRank_;
    add(about, pgRank_, rank, g);
    if (const auto& date = statement.object.date) {
      const model::SimpleDate& last = date->end ? *date->end : date->begin;
      add(about, pgEarliest_, literal(date->begin.earliestDay(), xsdDate_), g);
      add(about, pgLatest_, literal(last.latestDay(), xsdDate_), g);
    }
    for (const auto& qualifier : statement.qualifiers) {
      const Id predicate = store_.iri(qualifier.propertyIri);
      forEachValueTerm(qualifier.value, [&](Id object) { add(about, predicate, object, g); });
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
  void addFact(Id subject, Id predicate, Id object, Id graph) {
    store_.add(subject, predicate, object, graph);
    if (alignedIds_.empty()) return;
    const bool isType = predicate == rdfType_;
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
  std::string scratch_;  // reused for IRIs looked up by concatenation
  QuadStore store_;
  Id facts_;
  Id provenance_;
  std::map<Id, std::vector<Id>> alignedIds_;
  // The fixed terms of the RDF shape, interned once.
  const std::string rdfLangString_ = std::string(vocab::rdf) + "langString";
  const std::string xsdDate_ = std::string(vocab::xsd) + "date";
  const std::string xsdPositiveInteger_ = std::string(vocab::xsd) + "positiveInteger";
  const std::string xsdString_ = std::string(vocab::xsd) + "string";
  const Id biboPages_ = vocabulary(vocab::bibo, "pages");
  const Id dctermsConformsTo_ = vocabulary(vocab::dcterms, "conformsTo");
  const Id dctermsDescription_ = vocabulary(vocab::dcterms, "description");
  const Id dctermsSource_ = vocabulary(vocab::dcterms, "source");
  const Id pgCitation_ = vocabulary(vocab::pg, "Citation");
  const Id pgStatement_ = vocabulary(vocab::pg, "Statement");
  const Id pgEarliest_ = vocabulary(vocab::pg, "earliest");
  const Id pgFootnote_ = vocabulary(vocab::pg, "footnote");
  const Id pgLatest_ = vocabulary(vocab::pg, "latest");
  const Id pgNote_ = vocabulary(vocab::pg, "note");
  const Id pgRank_ = vocabulary(vocab::pg, "rank");
  const Id pgPreferredRank_ = vocabulary(vocab::pg, "PreferredRank");
  const Id pgNormalRank_ = vocabulary(vocab::pg, "NormalRank");
  const Id pgDeprecatedRank_ = vocabulary(vocab::pg, "DeprecatedRank");
  const Id provWasDerivedFrom_ = vocabulary(vocab::prov, "wasDerivedFrom");
  const Id rdfStatement_ = vocabulary(vocab::rdf, "Statement");
  const Id rdfObject_ = vocabulary(vocab::rdf, "object");
  const Id rdfPredicate_ = vocabulary(vocab::rdf, "predicate");
  const Id rdfSubject_ = vocabulary(vocab::rdf, "subject");
  const Id rdfType_ = vocabulary(vocab::rdf, "type");
  const Id rdfsLabel_ = vocabulary(vocab::rdfs, "label");
  const Id skosAltLabel_ = vocabulary(vocab::skos, "altLabel");
  std::unordered_map<const model::Citation*, Id> citationIris_;
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

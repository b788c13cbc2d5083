#include "pactgraph/rdf/Dataset.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Identity.h"
#include "pactgraph/model/Labels.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Iri.h"
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
                                   : provenanceGraphIri(options.base))),
        truthy_(model::truthyStatements(graph)) {
    for (const auto& [term, aligned] : options_.alignedTerms) {
      auto& ids = alignedIds_[store_.iri(term)];
      for (const auto& iri : aligned) ids.push_back(store_.iri(iri));
    }
  }

  QuadStore build() {
    for (const auto& node : graph_.nodes) addNode(node);
    for (const auto& citation : graph_.citations) addCitation(citation);
    for (std::size_t i = 0; i < graph_.statements.size(); ++i) {
      const auto& statement = graph_.statements[i];
      if (options_.provenance == ProvenanceEncoding::nanopublications) {
        addNanopublication(statement);
      } else {
        addStatement(statement, truthy_[i]);
      }
      if (truthy_[i] && statement.object.date) widenSpan(statement.subjectId, *statement.object.date);
    }
    addNodeSpans();
    addOntology();
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
      addQuantities(subject, attribute.propertyIri, attribute.value, facts_);
      if (attribute.value.date) widenSpan(node.id, *attribute.value.date);
      addExternalLink(subject, attribute);
    }
  }

  // pg:wikidata "Q42" → skos:exactMatch <http://www.wikidata.org/entity/Q42>,
  // as the ontology's pg:linkTemplate / pg:linkPredicate say. A value that
  // does not make an absolute IRI is left as the plain identifier.
  void addExternalLink(Id subject, const model::Attribute& attribute) {
    const auto link = options_.externalLinks.find(attribute.propertyIri);
    if (link == options_.externalLinks.end() || attribute.value.terms.empty()) return;
    std::string iri = link->second.linkTemplate;
    const auto slot = iri.find("{id}");
    if (slot == std::string::npos) return;
    iri.replace(slot, 4, attribute.value.terms.front().value);
    if (!util::isAbsoluteIri(iri)) return;
    addFact(subject, store_.iri(link->second.linkPredicate), store_.iri(iri), facts_);
  }

  // First and last day of a node's truthy dates, collected while adding.
  void widenSpan(const std::string& nodeId, const model::DateValue& date) {
    const std::string first = date.begin.earliestDay();
    const std::string last = (date.end ? *date.end : date.begin).latestDay();
    auto [it, inserted] = spans_.try_emplace(nodeId, first, last);
    if (inserted) return;
    if (first < it->second.first) it->second.first = first;
    if (last > it->second.second) it->second.second = last;
  }

  void addNodeSpans() {
    for (const auto& [nodeId, span] : spans_) {
      const Id subject = nodeIri(nodeId);
      add(subject, pgEarliest_, literal(span.first, xsdDate_), facts_);
      add(subject, pgLatest_, literal(span.second, xsdDate_), facts_);
    }
  }

  // For a duration value of `propertyIri` on `subject`: the companion
  // pgv:<local name> link to a shared quantity node <base>value/<lexical>.
  void addQuantities(Id subject, const std::string& propertyIri, const model::Value& value, Id g) {
    if (value.terms.size() != 1 || value.terms.front().datatype != xsdDuration_) return;
    const std::string& lexical = value.terms.front().value;
    const auto quantity = model::durationQuantity(lexical);
    if (!quantity) return;
    const Id companion = vocabulary(kValueNamespace, util::iriLocalName(propertyIri));
    const Id node = store_.iri(base_ + "value/" + lexical);
    add(subject, companion, node, g);
    if (!quantityNodes_.insert(node).second) return;
    add(node, rdfType_, pgQuantity_, facts_);
    add(node, pgQuantityAmount_, literal(quantity->amount, xsdDecimal_), facts_);
    add(node, pgQuantityUnit_, store_.iri(quantity->unitIri), facts_);
    add(node, rdfsLabel_, langString({"en", quantity->label, {}}), facts_);
  }

  // The ontology as its own graph, so that queries can print property and
  // class labels.
  void addOntology() {
    if (options_.ontology.empty()) return;
    const Id g = store_.iri(ontologyGraphIri(base_));
    for (const auto& quad : options_.ontology) {
      add(store_.intern(quad.subject), store_.intern(quad.predicate), store_.intern(quad.object), g);
    }
  }

  // "Heinzig 2004, pp. 318–319"@en: the source's English label (or any) plus the locator.
  std::string citationLabel(const model::Citation& citation) const {
    const model::Node* source = graph_.findNode(citation.sourceId);
    std::string label = model::citationLocator(
        source ? model::preferredText(source->labels, citation.sourceId) : citation.sourceId, citation.pages);
    if (citation.footnote) label += " (fn. " + std::to_string(*citation.footnote) + ")";
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

  // A statement node; `truthy`: the claim is of the best rank for its
  // subject and predicate, so it also gets a direct triple.
  void addStatement(const model::Statement& statement, bool truthy) {
    PG_CHECK(!statement.predicateIri.empty(), "buildDataset needs a validated graph (statement)");
    const Id subject = nodeIri(statement.subjectId);
    const Id predicate = store_.iri(statement.predicateIri);
    const Id node = statementIri(statement);
    const Id g = provenance_;
    forEachValueTerm(statement.object, [&](Id object) {
      if (truthy) addFact(subject, predicate, object, facts_);
      add(node, rdfObject_, object, g);
    });
    if (truthy) addQuantities(subject, statement.predicateIri, statement.object, facts_);
    addQuantities(node, statement.predicateIri, statement.object, g);
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
    // The claim's days: its date value, or else the span of its date
    // qualifiers (pointInTime, startDate, endDate).
    std::optional<std::pair<std::string, std::string>> span;
    const auto widen = [&](const model::DateValue& date) {
      const std::string first = date.begin.earliestDay();
      const std::string last = (date.end ? *date.end : date.begin).latestDay();
      if (!span) span.emplace(first, last);
      span->first = std::min(span->first, first);
      span->second = std::max(span->second, last);
    };
    if (statement.object.date) {
      widen(*statement.object.date);
    } else {
      for (const auto& qualifier : statement.qualifiers) {
        if (qualifier.value.date) widen(*qualifier.value.date);
      }
    }
    if (span) {
      add(about, pgEarliest_, literal(span->first, xsdDate_), g);
      add(about, pgLatest_, literal(span->second, xsdDate_), g);
    }
    for (const auto& qualifier : statement.qualifiers) {
      const Id predicate = store_.iri(qualifier.propertyIri);
      forEachValueTerm(qualifier.value, [&](Id object) { add(about, predicate, object, g); });
      addQuantities(about, qualifier.propertyIri, qualifier.value, g);
    }
    addTexts(about, pgNote_, statement.notes, g);
    const std::string claimKey = model::statementKey(statement);
    for (std::size_t i = 0; i < statement.citationIds.size(); ++i) {
      const model::Citation* citation = graph_.findCitation(statement.citationIds[i]);
      PG_CHECK(citation != nullptr, "buildDataset needs a validated graph (citation " + statement.citationIds[i] + ")");
      const Id cited = citationIri(*citation);
      add(about, provWasDerivedFrom_, cited, g);
      // The qualified derivation records how the footnote supports the claim.
      const model::CitationScope scope =
          i < statement.citationScopes.size() ? statement.citationScopes[i] : model::CitationScope::unspecified;
      PG_CHECK(scope != model::CitationScope::unspecified, "buildDataset needs a validated graph (citation scope)");
      const Id derivation = store_.iri(
          base_ + "derivation/" + util::sha256Hex(claimKey + model::citationKey(*citation)).substr(0, kHashLength));
      add(about, provQualifiedDerivation_, derivation, g);
      add(derivation, rdfType_, provDerivation_, g);
      add(derivation, provEntity_, cited, g);
      add(derivation, pgCitationScope_,
          scope == model::CitationScope::sentence    ? pgSentenceScope_
          : scope == model::CitationScope::paragraph ? pgParagraphScope_
                                                     : pgArticleScope_,
          g);
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
  std::vector<bool> truthy_;  // model::truthyStatements, by statement index
  std::map<Id, std::vector<Id>> alignedIds_;
  std::map<std::string, std::pair<std::string, std::string>> spans_;  // node id → first, last day
  std::unordered_set<Id> quantityNodes_;                              // quantity nodes already described
  // The fixed terms of the RDF shape, interned once.
  const std::string rdfLangString_ = std::string(vocab::rdf) + "langString";
  const std::string xsdDate_ = std::string(vocab::xsd) + "date";
  const std::string xsdPositiveInteger_ = std::string(vocab::xsd) + "positiveInteger";
  const std::string xsdString_ = std::string(vocab::xsd) + "string";
  const std::string xsdDecimal_ = std::string(vocab::xsd) + "decimal";
  const std::string xsdDuration_ = std::string(vocab::xsd) + "duration";
  const Id biboPages_ = vocabulary(vocab::bibo, "pages");
  const Id dctermsConformsTo_ = vocabulary(vocab::dcterms, "conformsTo");
  const Id dctermsDescription_ = vocabulary(vocab::dcterms, "description");
  const Id dctermsSource_ = vocabulary(vocab::dcterms, "source");
  const Id pgCitation_ = vocabulary(vocab::pg, "Citation");
  const Id pgCitationScope_ = vocabulary(vocab::pg, "citationScope");
  const Id pgSentenceScope_ = vocabulary(vocab::pg, "SentenceScope");
  const Id pgParagraphScope_ = vocabulary(vocab::pg, "ParagraphScope");
  const Id pgArticleScope_ = vocabulary(vocab::pg, "ArticleScope");
  const Id pgQuantity_ = vocabulary(vocab::pg, "Quantity");
  const Id pgQuantityAmount_ = vocabulary(vocab::pg, "quantityAmount");
  const Id pgQuantityUnit_ = vocabulary(vocab::pg, "quantityUnit");
  const Id provDerivation_ = vocabulary(vocab::prov, "Derivation");
  const Id provEntity_ = vocabulary(vocab::prov, "entity");
  const Id provQualifiedDerivation_ = vocabulary(vocab::prov, "qualifiedDerivation");
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
std::string ontologyGraphIri(const std::string& base) { return base + "graph/ontology"; }

DatasetSummary summarize(const QuadStore& store, const std::string& base) {
  DatasetSummary summary;
  const std::string citationType = std::string(vocab::pg) + "Citation";
  const std::string rdfType = std::string(vocab::rdf) + "type";
  const std::string graphs = base + "graph/";
  for (const auto& q : store.quads()) {
    if (store.term(q.predicate).value == rdfType && store.term(q.object).value == citationType) {
      ++summary.citationNodes;
    }
    const std::string& graph = store.term(q.graph).value;
    ++summary.quadsPerGraph[graph.starts_with(graphs) ? graph.substr(graphs.size()) : "nanopublications"];
  }
  return summary;
}

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

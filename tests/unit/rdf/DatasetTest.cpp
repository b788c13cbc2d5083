#include "pactgraph/rdf/Dataset.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf {
namespace {

namespace fs = std::filesystem;
using model::Quad;
using model::Term;

const std::string kPg = "https://w3id.org/pactgraph/ontology#";
const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kBase = "https://w3id.org/pactgraph/id/";

model::Graph validated(const std::vector<std::pair<std::string, std::string>>& files) {
  model::Graph graph;
  util::Diagnostics diagnostics;
  io::Loader loader(graph, diagnostics);
  for (const auto& [name, text] : files) loader.loadText(name, text);
  ontology::validate(ontology::Ontology::builtIn(), graph, diagnostics);
  EXPECT_FALSE(diagnostics.hasErrors()) << (diagnostics.all().empty() ? "" : util::format(diagnostics.all()[0]));
  return graph;
}

const std::string kNodes = R"({"nodes": [
  {"id": "talks", "type": "Negotiation", "label": {"en": "Talks", "ru": "Переговоры"}},
  {"id": "molotov", "type": "Person", "label": {"en": "Molotov"}},
  {"id": "book", "type": "Book", "label": {"en": "Heinzig 2004"}, "props": {"title": "T"}}],
  "citations": [
  {"id": "fn-8", "source": "book", "pages": "318–319", "footnote": 8},
  {"id": "fn-9", "source": "book", "pages": "318–319", "footnote": 9}]})";
const std::string kStatements = R"({"statements": [
  {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-8", "fn-9"],
   "qualifiers": {"role": {"en": "foreign minister"}}},
  {"subject": "talks", "predicate": "date", "value": "1954/1959", "cite": ["fn-8"], "rank": "deprecated"}]})";

bool contains(const std::vector<Quad>& quads, const std::string& s, const std::string& p, const Term& o) {
  return std::any_of(quads.begin(), quads.end(),
                     [&](const Quad& q) { return q.subject.value == s && q.predicate.value == p && q.object == o; });
}

std::vector<Quad> withPredicate(const std::vector<Quad>& quads, const std::string& p) {
  std::vector<Quad> out;
  std::copy_if(quads.begin(), quads.end(), std::back_inserter(out),
               [&](const Quad& q) { return q.predicate.value == p; });
  return out;
}

TEST(DatasetTest, DirectTriplesAndStatementNodesWithProvenance) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  EXPECT_TRUE(contains(quads, kBase + "talks", kPg + "participant", Term::iri(kBase + "molotov")));
  const auto subjects = withPredicate(quads, kRdf + "subject");
  ASSERT_EQ(subjects.size(), 2u);
  const std::string statement = withPredicate(quads, kPg + "role").at(0).subject.value;
  EXPECT_THAT(statement, ::testing::StartsWith(kBase + "statement/"));
  EXPECT_TRUE(contains(quads, statement, kRdf + "type", Term::iri(kRdf + "Statement")));
  EXPECT_TRUE(contains(quads, statement, kRdf + "predicate", Term::iri(kPg + "participant")));
  EXPECT_TRUE(contains(quads, statement, kPg + "rank", Term::iri(kPg + "NormalRank")));
  EXPECT_EQ(quads.front().graph.value.empty(), false);
}

TEST(DatasetTest, OneCitationNodePerFootnoteEvenForTheSamePages) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  const auto sources = withPredicate(quads, "http://purl.org/dc/terms/source");
  ASSERT_EQ(sources.size(), 2u);
  const auto footnotes = withPredicate(quads, kPg + "footnote");
  ASSERT_EQ(footnotes.size(), 2u);
  EXPECT_NE(footnotes[0].subject, footnotes[1].subject);
  for (const auto& footnote : footnotes) {
    EXPECT_TRUE(contains(quads, footnote.subject.value, "http://www.w3.org/2000/01/rdf-schema#label",
                         Term::langString("Heinzig 2004, pp. 318–319 (fn. " + footnote.object.value + ")", "en")));
  }
}

TEST(DatasetTest, DeprecatedClaimsHaveNoDirectTripleButKeepTheirStatementNode) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  EXPECT_TRUE(withPredicate(quads, kPg + "date").empty());
  EXPECT_TRUE(contains(quads, withPredicate(quads, kPg + "rank").at(0).subject.value, kPg + "rank",
                       Term::iri(kPg + "DeprecatedRank")) ||
              contains(quads, withPredicate(quads, kPg + "rank").at(1).subject.value, kPg + "rank",
                       Term::iri(kPg + "DeprecatedRank")));
  // Interval dates get explicit first and last days on the statement node.
  const auto earliest = withPredicate(quads, kPg + "earliest");
  ASSERT_EQ(earliest.size(), 1u);
  EXPECT_EQ(earliest[0].object.value, "1954-01-01");
  EXPECT_EQ(withPredicate(quads, kPg + "latest").at(0).object.value, "1959-12-31");
}

TEST(DatasetTest, OutputIsIndependentOfFileOrderAndSplit) {
  const auto forward = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  const auto backward = buildDataset(validated({{"b.json", kStatements}, {"a.json", kNodes}}), {});
  EXPECT_EQ(forward, backward);
  EXPECT_TRUE(std::is_sorted(forward.begin(), forward.end()));
  // The same records split otherwise: everything in one file, and every
  // section in a file of its own.
  nlohmann::json merged = nlohmann::json::parse(kNodes);
  merged.update(nlohmann::json::parse(kStatements));
  const auto oneFile = buildDataset(validated({{"all.json", merged.dump()}}), {});
  EXPECT_EQ(oneFile, forward);
  std::vector<std::pair<std::string, std::string>> sections;
  for (const auto& [key, records] : merged.items())
    sections.push_back({key + ".json", nlohmann::json{{key, records}}.dump()});
  ASSERT_EQ(sections.size(), 3u);  // nodes, citations, statements
  EXPECT_EQ(buildDataset(validated(sections), {}), forward);
}

TEST(DatasetTest, BaseIriIsConfigurableAndValidated) {
  ExportOptions options;
  options.base = "https://example.org/kg/";
  const auto quads = buildDataset(validated({{"a.json", kNodes}}), options);
  EXPECT_THAT(quads.front().subject.value, ::testing::StartsWith("https://example.org/kg/"));
  EXPECT_FALSE(isValidBase("https://example.org/no-trailing-slash"));
  EXPECT_FALSE(isValidBase("relative/"));
  EXPECT_FALSE(isValidBase("https://example.org/a b/"));
  EXPECT_TRUE(isValidBase("https://example.org/kg#"));
  // RFC 3987 (util::isAbsoluteIri).
  EXPECT_TRUE(isValidBase("http://[2001:db8::1]:8080/kg/"));
  EXPECT_TRUE(isValidBase("https://例え.jp/知識/"));
  EXPECT_FALSE(isValidBase("https://example.org/kg#a#"));
  EXPECT_FALSE(isValidBase("https://example.org/%G1/"));
  EXPECT_FALSE(isValidBase("https://example.org/\u202Ekg/"));
  EXPECT_FALSE(isValidBase("http://[2001:db8::1/kg/"));
}

TEST(DatasetTest, NanopublicationsPutEachClaimInItsOwnGraphs) {
  ExportOptions options;
  options.provenance = ProvenanceEncoding::nanopublications;
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), options);
  const auto assertions = withPredicate(quads, "http://www.nanopub.org/nschema#hasAssertion");
  ASSERT_EQ(assertions.size(), 2u);
  const std::string assertion = assertions[0].object.value;
  EXPECT_THAT(assertion, ::testing::EndsWith("/assertion"));
  std::size_t inAssertion = 0;
  for (const auto& q : quads) inAssertion += q.graph.value == assertion ? 1 : 0;
  EXPECT_EQ(inAssertion, 1u);
  EXPECT_TRUE(withPredicate(quads, kRdf + "subject").empty());  // no statement nodes in this encoding
  const auto derived = withPredicate(quads, "http://www.w3.org/ns/prov#wasDerivedFrom");
  EXPECT_TRUE(std::all_of(derived.begin(), derived.end(), [](const Quad& q) {
    return q.subject.value.ends_with("/assertion") && q.graph.value.ends_with("/provenance");
  }));
}

TEST(DatasetTest, MaterializesAlignedTypesAndPredicates) {
  ExportOptions options;
  options.alignedTerms[kPg + "Person"] = {"http://www.cidoc-crm.org/cidoc-crm/E21_Person"};
  options.alignedTerms[kPg + "participant"] = {"http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"};
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), options);
  EXPECT_TRUE(
      contains(quads, kBase + "molotov", kRdf + "type", Term::iri("http://www.cidoc-crm.org/cidoc-crm/E21_Person")));
  EXPECT_TRUE(contains(quads, kBase + "talks", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor",
                       Term::iri(kBase + "molotov")));
}

// Every node is named (no blank nodes), whatever the provenance encoding:
// the serialized dataset holds no blank node label anywhere.
TEST(DatasetTest, EveryNodeIsNamedInEveryProvenanceEncoding) {
  const auto graph = validated({{"a.json", kNodes}, {"b.json", kStatements}});
  for (const auto encoding : {ProvenanceEncoding::statementNodes, ProvenanceEncoding::nanopublications}) {
    ExportOptions options;
    options.provenance = encoding;
    const auto quads = buildDataset(graph, options);
    ASSERT_GT(quads.size(), 10u);
    const std::string nquads = serialize(quads, Format::nquads, standardPrefixes(options.base));
    EXPECT_EQ(nquads.find("_:"), std::string::npos) << nquads;
  }
}

// Truthy = best rank (the Wikibase rule): per subject and predicate the
// preferred claims if there is any, else the normal ones; never deprecated.
TEST(DatasetTest, DirectTriplesCarryOnlyTheBestRankOfEachSubjectAndPredicate) {
  const std::string statements = R"({"statements": [
    {"subject": "talks", "predicate": "date", "value": "1950-01", "cite": ["fn-8"]},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-9"], "rank": "preferred"},
    {"subject": "talks", "predicate": "date", "value": "1949", "cite": ["fn-9"], "rank": "deprecated"},
    {"subject": "talks", "predicate": "participant", "object": "molotov", "cite": ["fn-8"]},
    {"subject": "talks", "predicate": "location", "object": "moscow", "cite": ["fn-8"], "rank": "deprecated"}]})";
  const std::string place = R"({"nodes": [{"id": "moscow", "type": "Place", "label": {"en": "Moscow"}}]})";
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", statements}, {"c.json", place}}), {});
  std::vector<std::string> direct;
  for (const auto& q : quads) {
    if (q.graph.value == factsGraphIri(kBase) && q.predicate.value == kPg + "date") direct.push_back(q.object.value);
  }
  EXPECT_THAT(direct, ::testing::ElementsAre("1950-01-22"));
  // Normal claims are truthy where no preferred claim competes.
  EXPECT_TRUE(contains(quads, kBase + "talks", kPg + "participant", Term::iri(kBase + "molotov")));
  EXPECT_FALSE(contains(quads, kBase + "talks", kPg + "location", Term::iri(kBase + "moscow")));
  // Every claim keeps its statement node with its rank.
  EXPECT_EQ(withPredicate(quads, kRdf + "subject").size(), 5u);
}

TEST(DatasetTest, EachCitationOfAClaimRecordsItsScope) {
  const std::string nodes = R"({"nodes": [
    {"id": "talks", "type": "Negotiation", "label": {"en": "Talks"}},
    {"id": "molotov", "type": "Person", "label": {"en": "Molotov"}},
    {"id": "article", "type": "EncyclopediaArticle", "label": {"en": "Article"}, "props": {"title": "A"}}],
    "citations": [{"id": "fn-8", "source": "article", "footnote": 8}, {"id": "text", "source": "article"}]})";
  const std::string statements = R"({"statements": [
    {"subject": "talks", "predicate": "participant", "object": "molotov",
     "cite": [{"id": "fn-8", "scope": "paragraph"}, "text"]},
    {"subject": "talks", "predicate": "date", "value": "1950-01-22", "cite": ["fn-8"]}]})";
  const auto quads = buildDataset(validated({{"a.json", nodes}, {"b.json", statements}}), {});
  const std::string prov = "http://www.w3.org/ns/prov#";
  const auto objectOf = [&](const Term& subject, const std::string& predicate) {
    for (const auto& q : quads) {
      if (q.subject == subject && q.predicate.value == predicate) return q.object;
    }
    return Term{};
  };
  std::multiset<std::string> scopes;
  for (const auto& link : withPredicate(quads, prov + "qualifiedDerivation")) {
    // The qualified derivation names a citation the statement is derived from.
    EXPECT_TRUE(contains(quads, link.subject.value, prov + "wasDerivedFrom", objectOf(link.object, prov + "entity")));
    scopes.insert(objectOf(link.object, kPg + "citationScope").value);
  }
  EXPECT_THAT(scopes,
              ::testing::UnorderedElementsAre(kPg + "ParagraphScope", kPg + "ArticleScope", kPg + "SentenceScope"));
}

TEST(DatasetTest, DatedNodesGetTheirFirstAndLastDayInTheFacts) {
  const std::string statements = R"({"statements": [
    {"subject": "talks", "predicate": "startDate", "value": "1949-12", "cite": ["fn-8"]},
    {"subject": "talks", "predicate": "endDate", "value": "1950-02-14", "cite": ["fn-8"]},
    {"subject": "talks", "predicate": "endDate", "value": "1951", "cite": ["fn-9"], "rank": "deprecated"}]})";
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", statements}}), {});
  const Term earliest = Term::literal("1949-12-01", "http://www.w3.org/2001/XMLSchema#date");
  const Term latest = Term::literal("1950-02-14", "http://www.w3.org/2001/XMLSchema#date");
  const auto inFacts = [&](const std::string& p, const Term& o) {
    return std::any_of(quads.begin(), quads.end(), [&](const Quad& q) {
      return q.graph.value == factsGraphIri(kBase) && q.subject.value == kBase + "talks" && q.predicate.value == p &&
             q.object == o;
    });
  };
  EXPECT_TRUE(inFacts(kPg + "earliest", earliest));
  EXPECT_TRUE(inFacts(kPg + "latest", latest));  // the deprecated 1951 does not widen it
}

TEST(DatasetTest, DurationsAlsoBecomeQuantityNodes) {
  const std::string nodes = R"({"nodes": [
    {"id": "t", "type": "Treaty", "label": {"en": "T"}},
    {"id": "book", "type": "Book", "label": {"en": "B"}, "props": {"title": "T"}}],
    "citations": [{"id": "fn-1", "source": "book", "footnote": 1}]})";
  const std::string statements = R"({"statements": [
    {"subject": "t", "predicate": "duration", "value": "P30Y", "cite": ["fn-1"]}]})";
  const auto quads = buildDataset(validated({{"a.json", nodes}, {"b.json", statements}}), {});
  const std::string value = std::string(kValueNamespace) + "duration";
  EXPECT_TRUE(contains(quads, kBase + "t", value, Term::iri(kBase + "value/P30Y")));
  EXPECT_TRUE(contains(quads, kBase + "value/P30Y", kPg + "quantityAmount",
                       Term::literal("30", "http://www.w3.org/2001/XMLSchema#decimal")));
  EXPECT_TRUE(
      contains(quads, kBase + "value/P30Y", kPg + "quantityUnit", Term::iri("http://www.wikidata.org/entity/Q577")));
  const std::string statement = withPredicate(quads, kRdf + "subject").at(0).subject.value;
  EXPECT_TRUE(contains(quads, statement, value, Term::iri(kBase + "value/P30Y")));
}

TEST(DatasetTest, IdentifierPropertiesLinkOutAndTheOntologyHasItsGraph) {
  const std::string nodes = R"({"nodes": [
    {"id": "molotov", "type": "Person", "label": {"en": "Molotov"}, "props": {"wikidata": "Q1"}}]})";
  ExportOptions options;
  options.externalLinks[kPg + "wikidata"] = {"http://www.wikidata.org/entity/{id}",
                                             "http://www.w3.org/2004/02/skos/core#exactMatch"};
  options.ontology.push_back({Term::iri(kPg + "party"),
                              Term::iri("http://www.w3.org/2000/01/rdf-schema#label"),
                              Term::langString("party", "en"),
                              {}});
  const auto quads = buildDataset(validated({{"a.json", nodes}}), options);
  EXPECT_TRUE(contains(quads, kBase + "molotov", "http://www.w3.org/2004/02/skos/core#exactMatch",
                       Term::iri("http://www.wikidata.org/entity/Q1")));
  EXPECT_TRUE(std::any_of(quads.begin(), quads.end(), [&](const Quad& q) {
    return q.graph.value == ontologyGraphIri(kBase) && q.subject.value == kPg + "party";
  }));
}

// Triple stores and users keep these IRIs: a change to the hashing must be
// deliberate (and announced), never a side effect.
TEST(DatasetTest, GoldenIris) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  std::set<std::string> minted;
  for (const auto& q : quads) {
    for (const auto* term : {&q.subject, &q.object}) {
      if (term->isIri() &&
          (term->value.starts_with(kBase + "statement/") || term->value.starts_with(kBase + "citation/") ||
           term->value.starts_with(kBase + "derivation/"))) {
        minted.insert(term->value.substr(kBase.size()));
      }
    }
  }
  EXPECT_THAT(minted,
              ::testing::ElementsAre("citation/0f1436170e4c60a1e0611047", "citation/4545e06a88ed8ba20e02d4e8",
                                     "derivation/346e938042e246dbda4d1a84", "derivation/3f17c75236bfa80abbd7a2f6",
                                     "derivation/9b7188358e22cd7ba7bd8a5a", "statement/24c8e02469ca45ae09ee73ef",
                                     "statement/f7b698b4bf1b73a587dc278c"));
}

}  // namespace
}  // namespace pactgraph::rdf

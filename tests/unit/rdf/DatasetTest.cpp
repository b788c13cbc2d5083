#include "pactgraph/rdf/Dataset.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"

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
  return std::any_of(quads.begin(), quads.end(), [&](const Quad& q) {
    return q.subject.value == s && q.predicate.value == p && q.object == o;
  });
}

std::vector<Quad> withPredicate(const std::vector<Quad>& quads, const std::string& p) {
  std::vector<Quad> out;
  std::copy_if(quads.begin(), quads.end(), std::back_inserter(out), [&](const Quad& q) { return q.predicate.value == p; });
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

TEST(DatasetTest, IdenticalCitationsAreOneNodeKeepingEveryFootnote) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  const auto sources = withPredicate(quads, "http://purl.org/dc/terms/source");
  ASSERT_EQ(sources.size(), 1u);
  const auto footnotes = withPredicate(quads, kPg + "footnote");
  ASSERT_EQ(footnotes.size(), 2u);
  EXPECT_EQ(footnotes[0].subject, footnotes[1].subject);
  EXPECT_TRUE(contains(quads, sources[0].subject.value, "http://www.w3.org/2000/01/rdf-schema#label",
                       Term::langString("Heinzig 2004, pp. 318–319", "en")));
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
  EXPECT_TRUE(std::all_of(derived.begin(), derived.end(),
                          [](const Quad& q) { return q.subject.value.ends_with("/assertion") && q.graph.value.ends_with("/provenance"); }));
}

TEST(DatasetTest, MaterializesAlignedTypesAndPredicates) {
  ExportOptions options;
  options.alignedTerms[kPg + "Person"] = {"http://www.cidoc-crm.org/cidoc-crm/E21_Person"};
  options.alignedTerms[kPg + "participant"] = {"http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"};
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), options);
  EXPECT_TRUE(contains(quads, kBase + "molotov", kRdf + "type", Term::iri("http://www.cidoc-crm.org/cidoc-crm/E21_Person")));
  EXPECT_TRUE(contains(quads, kBase + "talks", "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor", Term::iri(kBase + "molotov")));
}

TEST(DatasetTest, NoBlankNodes) {
  const auto quads = buildDataset(validated({{"a.json", kNodes}, {"b.json", kStatements}}), {});
  for (const auto& q : quads) {
    EXPECT_FALSE(q.subject.value.starts_with("_:"));
    EXPECT_FALSE(q.object.isIri() && q.object.value.starts_with("_:"));
  }
}

}  // namespace
}  // namespace pactgraph::rdf

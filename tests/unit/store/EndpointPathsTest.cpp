#include "pactgraph/store/EndpointPaths.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pactgraph/analysis/Rendering.h"

namespace pactgraph::store {
namespace {

const std::string kBase = "http://example.org/pg/";
const std::string kPg = "http://example.org/pg/ontology#";

std::string iri(const std::string& id) { return kBase + id; }

StoreClaim claim(const std::string& statement, const std::string& subject, const std::string& predicate,
                 const std::string& object) {
  return {iri("statement/" + statement), iri(subject), kPg + predicate, iri(object)};
}

// talks —participant→ chen, talks —participant→ molotov, chen —represented→ prc ←represented— molotov.
ClaimNeighbourhood neighbourhood() {
  ClaimNeighbourhood out;
  out.claims = {claim("a", "talks", "participant", "chen"), claim("b", "talks", "participant", "molotov"),
                claim("c", "chen", "represented", "prc"), claim("d", "molotov", "represented", "prc")};
  return out;
}

EndpointPathQuery query() {
  EndpointPathQuery out;
  out.graph = "http://example.org/graph";
  out.base = kBase;
  out.k = 3;
  out.maxLength = 4;
  return out;
}

TEST(EndpointPathsTest, NodeIdIsTheIriWithoutTheBase) {
  EXPECT_EQ(nodeIdOf(iri("mao-zedong"), kBase), "mao-zedong");
  EXPECT_EQ(nodeIdOf("http://other.org/x", kBase), "http://other.org/x");
  EXPECT_EQ(nodeIdOf(kBase, kBase), kBase);  // the base itself names no node
}

TEST(EndpointPathsTest, FindsThePathsInHopOrderWithIdsAndIris) {
  const ClaimPaths found = pathsInClaims(neighbourhood(), iri("chen"), iri("molotov"), query());
  const analysis::PathReport& report = found.report;
  EXPECT_EQ(report.from, "chen");
  EXPECT_EQ(report.to, "molotov");
  EXPECT_FALSE(report.datesKnown);
  EXPECT_FALSE(report.options.rankByDate);
  ASSERT_EQ(report.paths.size(), 2u);
  // Equally long: by the ids of the nodes passed ("prc" < "talks").
  EXPECT_EQ(report.paths[0].nodes[1].id, "prc");
  EXPECT_EQ(report.paths[0].nodes[1].iri, iri("prc"));
  EXPECT_EQ(report.paths[1].nodes[1].id, "talks");
  const analysis::ReportedHop& hop = report.paths[1].hops[0];
  EXPECT_FALSE(hop.forward);
  EXPECT_EQ(hop.claim.statement, iri("statement/a"));
  EXPECT_EQ(hop.claim.subject, "talks");
  EXPECT_EQ(hop.claim.object, "chen");
  EXPECT_EQ(hop.claim.predicate, "participant");
  EXPECT_EQ(hop.claim.predicateIri, kPg + "participant");
}

TEST(EndpointPathsTest, ATruncatedNeighbourhoodTruncatesTheAnswer) {
  ClaimNeighbourhood claims = neighbourhood();
  claims.truncated = true;
  const ClaimPaths found = pathsInClaims(claims, iri("chen"), iri("molotov"), query());
  EXPECT_TRUE(found.report.truncated);
  EXPECT_EQ(found.report.truncationReason, "a chain query hit its row limit");
}

TEST(EndpointPathsTest, EvidenceAddsLabelsAndCitationsInTheInMemoryWording) {
  ClaimPaths found = pathsInClaims(neighbourhood(), iri("chen"), iri("molotov"), query());
  StoreCitation shared;
  shared.iri = iri("citation/1");
  shared.source = iri("heinzig-2004");
  shared.pages = "318–319";
  shared.footnotes = {"3", "7"};
  shared.label = "Heinzig 2004, pp. 318–319 (fn. 3)";  // the RDF label is not the reference text
  StoreCitation unlabelled;
  unlabelled.iri = iri("citation/2");
  unlabelled.source = iri("anonymous");
  unlabelled.pages = "5";
  attachEvidence(found, {{iri("chen"), "Chen Boda"}, {iri("talks"), "Talks"}, {iri("heinzig-2004"), "Heinzig 2004"}},
                 {{iri("statement/a"), {shared, unlabelled}}});
  const analysis::PathReport& report = found.report;
  EXPECT_EQ(report.fromLabel, "Chen Boda");
  EXPECT_EQ(report.toLabel, "molotov");  // no label: the id
  const analysis::ReportedHop& hop = report.paths[1].hops[0];
  EXPECT_EQ(report.paths[1].nodes[1].label, "Talks");
  EXPECT_EQ(hop.claim.subjectLabel, "Talks");
  EXPECT_EQ(hop.claim.objectLabel, "Chen Boda");
  ASSERT_EQ(hop.claim.citations.size(), 2u);
  EXPECT_EQ(hop.claim.citations[0].id, "citation/1");
  EXPECT_EQ(hop.claim.citations[0].source, "heinzig-2004");
  EXPECT_FALSE(hop.claim.citations[0].footnote);  // a shared node does not say which footnote
  EXPECT_EQ(hop.claim.citations[0].reference, "Heinzig 2004, pp. 318–319 [fn 3, 7]");
  EXPECT_EQ(hop.claim.citations[1].reference, "anonymous, p. 5 [no footnote]");
  EXPECT_TRUE(report.paths[0].hops[0].claim.citations.empty());
}

// The JSON of a store's answer has the keys of the in-memory answer, with
// the store's IRIs where memory has null, and null where the store knows less.
TEST(EndpointPathsTest, JsonHasTheInMemoryShape) {
  ClaimPaths found = pathsInClaims(neighbourhood(), iri("chen"), iri("molotov"), query());
  found.report.endpoint = "http://127.0.0.1:8890/sparql";
  StoreCitation citation;
  citation.iri = iri("citation/1");
  citation.source = iri("heinzig-2004");
  citation.footnotes = {"34"};
  attachEvidence(found, {}, {{iri("statement/a"), {citation}}});
  const auto json = nlohmann::json::parse(analysis::pathsJson(found.report));
  EXPECT_EQ(json["endpoint"], "http://127.0.0.1:8890/sparql");
  EXPECT_EQ(json["graph"], "http://example.org/graph");
  EXPECT_EQ(json["order"], "length, then hop sequence");
  const auto& hop = json["paths"][1]["hops"][0];
  EXPECT_EQ(hop["dated"], false);
  EXPECT_TRUE(hop["dates"].is_null());
  EXPECT_EQ(hop["claim"]["statement"], iri("statement/a"));
  EXPECT_TRUE(hop["claim"]["rank"].is_null());
  EXPECT_TRUE(hop["claim"]["at"].is_null());
  const auto& cited = hop["claim"]["citations"][0];
  EXPECT_TRUE(cited["footnote"].is_null());
  EXPECT_EQ(cited["footnotes"], nlohmann::json::array({34}));
  EXPECT_TRUE(cited["pages"].is_null());
  EXPECT_EQ(cited["reference"], "heinzig-2004 [fn 34]");
  for (const char* key : {"id", "label", "type", "iri"}) EXPECT_TRUE(json["paths"][0]["nodes"][0].contains(key)) << key;
}

}  // namespace
}  // namespace pactgraph::store

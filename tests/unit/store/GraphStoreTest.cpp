#include <gtest/gtest.h>

#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/Http.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/store/StorePaths.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::store {
namespace {

TEST(RedactUrl, DropsUserInfoQueryAndFragment) {
  EXPECT_EQ(redactUrl("http://dba:secret@127.0.0.1:8890/sparql-graph-crud-auth?graph=http://g#x"),
            "http://127.0.0.1:8890/sparql-graph-crud-auth");
  EXPECT_EQ(redactUrl("http://127.0.0.1:8890/sparql"), "http://127.0.0.1:8890/sparql");
  EXPECT_EQ(redactUrl("http://host/a@b"), "http://host/a@b");
}

TEST(StoreError, FormatsOneLineWithAStableKind) {
  const StoreError error(ErrorKind::countMismatch, "http://127.0.0.1:8890/sparql", "holds 3 triples");
  EXPECT_EQ(error.line(), "error[store.count-mismatch]: http://127.0.0.1:8890/sparql: holds 3 triples");
  EXPECT_EQ(errorKindName(ErrorKind::tooLarge), "too-large");
}

TEST(ErrorMessageOf, ExtractsVirtuososMessageFromItsHtmlPage) {
  const std::string page =
      "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html>\n  <head>\n    <title>SPARQL Graph Protocol "
      "request failed</title>\n  </head>\n  <body>\n    <h1>HTTP/1.1 500 Request Failed</h1>\n    <h3>Error "
      "22023</h3>\n<xmp>The PUT request for graph &lt;http://e/g3&gt; is rejected</xmp></body></html>";
  EXPECT_EQ(errorMessageOf(page),
            "HTTP/1.1 500 Request Failed Error 22023 The PUT request for graph <http://e/g3> is rejected");
  EXPECT_EQ(errorMessageOf("Virtuoso 37000 Error SP030:\n  syntax error"), "Virtuoso 37000 Error SP030: syntax error");
  EXPECT_EQ(errorMessageOf("ééé", 3), "é…");
}

TEST(IsTransientStoreMessage, KnowsVirtuososRetryableRefusals) {
  EXPECT_TRUE(isTransientStoreMessage("HTTP 500: Virtuoso S1T00 Error SR171: Transaction timed out"));
  EXPECT_TRUE(isTransientStoreMessage("HTTP 500: Virtuoso 40001 Error SR172: Transaction deadlocked"));
  EXPECT_FALSE(
      isTransientStoreMessage("HTTP 500: Virtuoso 40005 Error SR325: Transaction aborted because it's log "
                              "after image size went above the limit"));
  EXPECT_FALSE(isTransientStoreMessage("HTTP 500: Virtuoso 37000 Error SP030: syntax error"));
}

TEST(UrlEncode, KeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(urlEncode("SELECT ?s {<a#b>}"), "SELECT%20%3Fs%20%7B%3Ca%23b%3E%7D");
  EXPECT_EQ(urlEncode("a-b.c_d~"), "a-b.c_d~");
}

TEST(EndpointsFor, FollowsEachDialect) {
  const Endpoints virtuoso = endpointsFor(Dialect::virtuoso, "http://127.0.0.1:8890/");
  EXPECT_EQ(virtuoso.graphStore, "http://127.0.0.1:8890/sparql-graph-crud-auth");
  EXPECT_EQ(virtuoso.query, "http://127.0.0.1:8890/sparql");
  EXPECT_EQ(virtuoso.update, "http://127.0.0.1:8890/sparql-auth");
  EXPECT_FALSE(virtuoso.authenticateQueries);
  EXPECT_EQ(endpointsFor(Dialect::fuseki, "http://h:3030/ds").graphStore, "http://h:3030/ds/data");
  EXPECT_EQ(endpointsFor(Dialect::oxigraph, "http://h:7878").query, "http://h:7878/query");
  EXPECT_EQ(endpointsFor(Dialect::gsp, "http://h/gsp").graphStore, "http://h/gsp");
  EXPECT_EQ(defaultAuth(Dialect::virtuoso), AuthScheme::digest);
  EXPECT_FALSE(dialectFromName("graphdb").has_value());
}

TEST(SparqlTerms, EscapeOrRefuse) {
  EXPECT_EQ(sparqlString("say \"hi\"\n\\"), R"("say \"hi\"\n\\")");
  EXPECT_EQ(sparqlIri("http://e/a"), "<http://e/a>");
  EXPECT_THROW(sparqlIri("http://e/a> } DROP ALL {"), util::ContractViolation);
}

TEST(IncidentClaimsQuery, BindsTheNodesAndUsesNoPropertyPaths) {
  const std::string query = incidentClaimsQuery("http://g", {"http://e/a", "http://e/b"}, 100);
  EXPECT_NE(query.find("GRAPH <http://g>"), std::string::npos);
  EXPECT_NE(query.find("VALUES ?n { <http://e/a> <http://e/b> }"), std::string::npos);
  EXPECT_NE(query.find("{ ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?n } UNION "
                       "{ ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?n }"),
            std::string::npos);
  // Only claims with a direct triple (not deprecated) between two nodes.
  EXPECT_NE(query.find("?s ?p ?o ."), std::string::npos);
  EXPECT_NE(query.find("FILTER(isIRI(?s) && isIRI(?o) && ?s != ?o)"), std::string::npos);
  EXPECT_EQ(query.find('+'), std::string::npos);
  EXPECT_EQ(query.find('*'), std::string::npos);
  EXPECT_NE(query.find("LIMIT 100"), std::string::npos);
  EXPECT_THROW(incidentClaimsQuery("http://g", {}, 1), util::ContractViolation);
  EXPECT_EQ(localName("https://w3id.org/pactgraph/ontology#participant"), "participant");
}

}  // namespace
}  // namespace pactgraph::store

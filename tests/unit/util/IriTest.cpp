#include "pactgraph/util/Iri.h"

#include <gtest/gtest.h>

namespace pactgraph::util {
namespace {

// RFC 3986 §5.4: every normal and abnormal example.
TEST(IriTest, ResolvesTheRfc3986Examples) {
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> cases[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},
  };
  for (const auto& [reference, expected] : cases) EXPECT_EQ(resolveIri(base, reference), expected) << reference;
}

TEST(IriTest, EmptyBaseLeavesReferencesAlone) { EXPECT_EQ(resolveIri("", "g/h"), "g/h"); }

TEST(IriTest, LocalNameAndNamespaceSplitAtTheLastHashOrSlash) {
  EXPECT_EQ(iriLocalName("http://example.org/pg/ontology#participant"), "participant");
  EXPECT_EQ(iriLocalName("http://www.wikidata.org/entity/Q577"), "Q577");
  EXPECT_EQ(iriLocalName("urn:isbn:0451450523"), "urn:isbn:0451450523");  // neither: the whole IRI
  EXPECT_EQ(iriLocalName("http://example.org/pg/"), "");
  EXPECT_EQ(iriNamespace("http://example.org/pg/ontology#participant"), "http://example.org/pg/ontology#");
  EXPECT_EQ(iriNamespace("http://example.org/a#b/c"), "http://example.org/a#b/");
}

}  // namespace
}  // namespace pactgraph::util

#include "pactgraph/rdf/Reader.h"

#include <gtest/gtest.h>

#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf {
namespace {

// Every format the writers know by its extension is read, by the same table.
TEST(ReaderTest, EveryWrittenFormatIsReadByItsExtension) {
  EXPECT_EQ(inputSyntaxFromExtension(".nq"), InputSyntax::nquads);
  EXPECT_EQ(inputSyntaxFromExtension(".trig"), InputSyntax::trig);
  EXPECT_EQ(inputSyntaxFromExtension("ttl"), InputSyntax::turtle);
  EXPECT_EQ(inputSyntaxFromExtension(".nt"), InputSyntax::ntriples);
  EXPECT_EQ(inputSyntaxFromExtension(".jsonld"), InputSyntax::jsonld);
  for (const auto& name : formatNames()) {
    EXPECT_EQ(inputSyntaxFromExtension(fileExtension(*formatFromName(name))), inputSyntaxFromName(name)) << name;
  }
  EXPECT_EQ(inputSyntaxFromExtension(".json"), std::nullopt);
  EXPECT_EQ(inputSyntaxFromExtension(""), std::nullopt);
  EXPECT_EQ(inputSyntaxFromExtension(".JSONLD"), std::nullopt);  // as formatFromExtension: case matters
}

// The syntax chosen by extension reads the text: the same quad from N-Quads and JSON-LD.
TEST(ReaderTest, TheSyntaxOfAnExtensionReadsItsText) {
  const auto fromNquads = readRdf("<https://e.org/s> <https://e.org/p> \"o\"@en <https://e.org/g> .\n",
                                  *inputSyntaxFromExtension(".nq"), {}, "x.nq");
  const auto fromJsonLd = readRdf(
      R"({"@id": "https://e.org/g", "@graph": [{"@id": "https://e.org/s", "https://e.org/p": {"@value": "o", "@language": "en"}}]})",
      *inputSyntaxFromExtension(".jsonld"), {}, "x.jsonld");
  ASSERT_EQ(fromNquads.size(), 1u);
  EXPECT_EQ(fromJsonLd, fromNquads);
}

}  // namespace
}  // namespace pactgraph::rdf

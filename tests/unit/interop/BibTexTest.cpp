#include "pactgraph/interop/BibTex.h"

#include <gtest/gtest.h>

#include "InteropTestData.h"

#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::interop {
namespace {

const Crosswalk& builtIn() { return testing::builtInCrosswalk(); }

const SourceRecord& byKey(const std::vector<SourceRecord>& records, const std::string& key) {
  for (const auto& r : records) {
    if (r.key == key) return r;
  }
  throw std::runtime_error("no record " + key);
}

std::string first(const SourceRecord& record, const std::string& property) {
  const auto* values = record.values(property);
  return values == nullptr ? "(none)" : values->front();
}

TEST(BibTexTest, TexBecomesUnicode) {
  EXPECT_EQ(texToUnicode(R"(Gesch{\"a}ftsbeziehungen)"), "Geschäftsbeziehungen");
  EXPECT_EQ(texToUnicode(R"({\v{S}}ediv{\'y}, Ji{\v r}{\'\i})"), "Šedivý, Jiří");
  EXPECT_EQ(texToUnicode(R"(Stra{\ss}e -- 1945---1950 p.~5)"), "Straße – 1945—1950 p. 5");
  EXPECT_EQ(texToUnicode(R"(\c{c} \k{a} \H{o} \r{u} \={o} \.{z} \u{g})"), "ç ą ő ů ō ż ğ");
  EXPECT_EQ(texToUnicode(R"(\'{x})"), "x\u0301");  // no precomposed letter: a combining mark
  std::vector<std::string> unknown;
  EXPECT_EQ(texToUnicode(R"(\foo{bar} 50\% \&)", &unknown), "\\foobar 50% &");
  EXPECT_EQ(unknown, (std::vector<std::string>{"\\foo"}));
}

TEST(BibTexTest, ReadsABibLaTeXExport) {
  util::Diagnostics diagnostics;
  const std::string path = std::string(PACTGRAPH_SOURCE_DIR) + "/tests/fixtures/zotero/sino-soviet-sources.bib";
  auto records = readBibTex(util::readFile(path), "sino-soviet-sources.bib", builtIn(), diagnostics);
  finishRecords(records, builtIn(), "bibtex", diagnostics);
  EXPECT_FALSE(diagnostics.hasErrors());
  ASSERT_EQ(records.size(), 5u);

  const auto& book = byKey(records, "heinzigSovietUnionCommunist2004");
  EXPECT_EQ(book.type, "Book");
  EXPECT_EQ(first(book, "title"), "The Soviet Union and Communist China 1945–1950: The Arduous Road to the Alliance");
  EXPECT_EQ(first(book, "creator"), "Heinzig, Dieter");
  EXPECT_EQ(first(book, "issued"), "2004");
  EXPECT_EQ(first(book, "publisher"), "M.E. Sharpe");
  EXPECT_EQ(first(book, "publicationPlace"), "Armonk, N.Y.");
  EXPECT_EQ(first(book, "callNumber"), "DS740.5.S65 H4513 2004");
  EXPECT_EQ(first(book, "sourceLanguage"), "english");

  const auto& chapter = byKey(records, "zhouSovietAidChina2015");
  EXPECT_EQ(chapter.type, "Chapter");
  EXPECT_EQ(first(chapter, "containerTitle"), "Foreign Aid in China");
  EXPECT_EQ(*chapter.values("editor"), (std::vector<std::string>{"Zhou, Hong", "Zhang, Jun", "Zhang, Min"}));
  EXPECT_EQ(first(chapter, "pages"), "57–106");
  EXPECT_EQ(first(chapter, "doi"), "10.1007/978-3-662-44273-9_3");
  EXPECT_EQ(first(chapter, "accessed"), "2022-03-17");

  const auto& article = byKey(records, "ballisPatternSinoSovietTreaties1951");
  EXPECT_EQ(first(article, "issued"), "1951-09");  // year + month = sep (a macro)
  EXPECT_EQ(first(article, "issue"), "1");
  EXPECT_EQ(first(article, "jstor"), "1030262");  // eprinttype = jstor

  const auto& conversation = byKey(records, "stalinMaoConversation1949");
  EXPECT_EQ(conversation.type, "ArchivalDocument");
  EXPECT_EQ(first(conversation, "archive"), "Archive of the President of the Russian Federation (APRF)");
  EXPECT_EQ(first(conversation, "archiveLocation"), "Fond 45, Opis 1, Delo 329, Listy 9–17");
  EXPECT_EQ(first(conversation, "genre"), "Record of conversation");
  EXPECT_EQ(first(conversation, "issued"), "1949-12-16");

  const auto& made = byKey(records, "kuhfussGeschichte1999");
  EXPECT_EQ(first(made, "title"),
            "Geschäftsbeziehungen zwischen Moskau und Peking: Übersetzte Dokumente, Straße und Stadt");
  EXPECT_EQ(*made.values("creator"),
            (std::vector<std::string>{"Kußner, Jörg", "Šedivý, Jiří", "Ministry of Foreign Affairs"}));
  EXPECT_EQ(first(made, "publisher"), "Routledge Deutschland");  // @string + concatenation
  EXPECT_EQ(first(made, "collectionTitle"), "Quellen zur Geschichte");

  std::vector<std::string> reported;
  for (const auto& d : diagnostics.sorted())
    reported.push_back(std::to_string(d.origin.position.line) + " " + d.id + " " + d.message);
  EXPECT_EQ(reported, (std::vector<std::string>{
                          "4 bibtex.not-modelled left out, the ontology has no property for them: keywords",
                          "31 bibtex.not-modelled left out, the ontology has no property for them: shortjournal",
                          "47 bibtex.not-modelled left out, the ontology has no property for them: note"}));
}

TEST(BibTexTest, MacrosAndASyntaxErrorInOneFile) {
  // btparse's own leak in this case is suppressed for LeakSanitizer (BibTex.cpp).
  util::Diagnostics diagnostics;
  const auto records = readBibTex(
      "@string{foo = \"Foo Press\"}\n@book{a, title = {T}, publisher = foo # \" x\"}\n"
      "@article{bad, title = {x}\n@misc{ok, title={y}}\n",
      "macros.bib", builtIn(), diagnostics);
  EXPECT_TRUE(diagnostics.hasErrors());
  ASSERT_GE(records.size(), 1u);
  EXPECT_EQ(records[0].values("publisher")->front(), "Foo Press x");
}

TEST(BibTexTest, SyntaxErrorsAreDiagnosticsWithLines) {
  util::Diagnostics diagnostics;
  const auto records = readBibTex("@book{a, title = {x}\n\n@misc{b, title = {y}}\n@patent{c, title={z}}\n", "bad.bib",
                                  builtIn(), diagnostics);
  std::vector<std::string> seen;
  for (const auto& d : diagnostics.sorted()) seen.push_back(std::to_string(d.origin.position.line) + " " + d.id);
  EXPECT_EQ(seen, (std::vector<std::string>{"3 bibtex.syntax", "4 bibtex.unknown-type", "4 bibtex.syntax"}));
  EXPECT_TRUE(diagnostics.hasErrors());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].key, "c");
}

}  // namespace
}  // namespace pactgraph::interop

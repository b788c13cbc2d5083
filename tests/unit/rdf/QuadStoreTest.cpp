#include "pactgraph/rdf/QuadStore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

namespace pactgraph::rdf {
namespace {

using model::Term;

TEST(QuadStore, InterningKeepsIdsStableAcrossGrowth) {
  QuadStore store;
  std::vector<QuadStore::TermId> ids;
  // Far more terms than the table's first size, so it grows several times.
  for (int i = 0; i < 5000; ++i) ids.push_back(store.iri("http://e/" + std::to_string(i)));
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(store.iri("http://e/" + std::to_string(i)), ids[static_cast<std::size_t>(i)]);
    EXPECT_EQ(store.term(ids[static_cast<std::size_t>(i)]).value, "http://e/" + std::to_string(i));
  }
  EXPECT_EQ(store.termCount(), 5001u);  // + the default graph
  // Same text, different kind, datatype or language: different terms.
  const auto iri = store.iri("x");
  const auto plain = store.intern(Term::string("x"));
  const auto english = store.intern(Term::langString("x", "en"));
  const auto integer = store.intern(Term::literal("x", "http://www.w3.org/2001/XMLSchema#integer"));
  EXPECT_EQ(std::set<QuadStore::TermId>({iri, plain, english, integer}).size(), 4u);
  EXPECT_EQ(
      store.intern(TermView{Term::Kind::literal, "x", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en"}),
      english);
}

// The order of Writer.h: graph, subject, predicate, object by model::Term order.
std::vector<model::Quad> sortedUnique(std::vector<model::Quad> quads) {
  const auto key = [](const model::Quad& q) { return std::tie(q.graph, q.subject, q.predicate, q.object); };
  std::sort(quads.begin(), quads.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  quads.erase(std::unique(quads.begin(), quads.end(), [&](const auto& a, const auto& b) { return key(a) == key(b); }),
              quads.end());
  return quads;
}

TEST(QuadStore, FinalizeSortsByTermOrderAndDropsDuplicates) {
  std::mt19937 random(7);
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  std::vector<model::Quad> quads;
  for (int i = 0; i < 2000; ++i) {
    const Term graph = pick(3) == 0 ? Term::iri("") : Term::iri("http://g/" + std::to_string(pick(3)));
    const Term object = pick(2) == 0 ? Term::iri("http://o/" + std::to_string(pick(50)))
                                     : Term::langString("v" + std::to_string(pick(50)), pick(2) ? "en" : "ru");
    quads.push_back({Term::iri("http://s/" + std::to_string(pick(40))),
                     Term::iri("http://p/" + std::to_string(pick(5))), object, graph});
  }
  const QuadStore store = QuadStore::fromQuads(quads);
  EXPECT_EQ(store.toQuads(), sortedUnique(quads));

  // The union of the graphs shares the terms and is itself sorted and unique.
  const QuadStore merged = store.withoutGraphs();
  std::vector<model::Quad> flattened = quads;
  for (auto& q : flattened) q.graph = Term::iri("");
  EXPECT_EQ(merged.toQuads(), sortedUnique(flattened));
  EXPECT_TRUE(merged.onlyDefaultGraph());
  EXPECT_FALSE(store.onlyDefaultGraph());
  EXPECT_EQ(merged.termCount(), store.termCount());
}

}  // namespace
}  // namespace pactgraph::rdf

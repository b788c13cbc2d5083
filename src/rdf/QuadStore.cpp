#include "pactgraph/rdf/QuadStore.h"

#include <algorithm>
#include <functional>
#include <numeric>

#include "pactgraph/util/Contract.h"

namespace pactgraph::rdf {

std::size_t QuadStore::Hash::operator()(const model::Term& t) const {
  std::size_t h = std::hash<std::string_view>{}(t.value);
  h ^= std::hash<std::string_view>{}(t.datatype) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= std::hash<std::string_view>{}(t.language) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h ^ static_cast<std::size_t>(t.kind);
}

QuadStore::QuadStore()
    : terms_(std::make_unique<std::deque<model::Term>>()), index_(1024, Hash{terms_.get()}, Equal{terms_.get()}) {
  terms_->push_back(model::Term::iri({}));  // kDefaultGraph
  index_.insert(kDefaultGraph);
}

QuadStore::TermId QuadStore::intern(const model::Term& term) {
  if (const auto it = index_.find(term); it != index_.end()) return *it;
  PG_CHECK(terms_->size() < 0xFFFFFFFFu, "more than 2^32 distinct terms");
  terms_->push_back(term);
  const auto id = static_cast<TermId>(terms_->size() - 1);
  index_.insert(id);
  return id;
}

QuadStore::TermId QuadStore::iri(std::string_view value) { return intern(model::Term::iri(std::string(value))); }

void QuadStore::finalize() {
  if (finalized_) return;
  // Rank every term once by model::Term order; quads then sort on integers.
  const auto& terms = *terms_;
  std::vector<TermId> order(terms.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](TermId a, TermId b) { return terms[a] < terms[b]; });
  std::vector<TermId> rank(terms.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<TermId>(i);
  const auto key = [&](const IdQuad& q) {
    return std::tuple(rank[q.graph], rank[q.subject], rank[q.predicate], rank[q.object]);
  };
  std::sort(quads_.begin(), quads_.end(), [&](const IdQuad& a, const IdQuad& b) { return key(a) < key(b); });
  quads_.erase(std::unique(quads_.begin(), quads_.end(),
                           [](const IdQuad& a, const IdQuad& b) {
                             return a.graph == b.graph && a.subject == b.subject && a.predicate == b.predicate &&
                                    a.object == b.object;
                           }),
               quads_.end());
  quads_.shrink_to_fit();
  finalized_ = true;
}

QuadStore QuadStore::withoutGraphs() const {
  QuadStore out;
  for (const auto& q : quads_) {
    out.add(out.intern(term(q.subject)), out.intern(term(q.predicate)), out.intern(term(q.object)), kDefaultGraph);
  }
  out.finalize();
  return out;
}

QuadStore QuadStore::fromQuads(const std::vector<model::Quad>& quads) {
  QuadStore out;
  for (const auto& q : quads) {
    out.add(out.intern(q.subject), out.intern(q.predicate), out.intern(q.object),
            q.inDefaultGraph() ? kDefaultGraph : out.intern(q.graph));
  }
  out.finalize();
  return out;
}

std::vector<model::Quad> QuadStore::toQuads() const {
  std::vector<model::Quad> out;
  out.reserve(quads_.size());
  for (const auto& q : quads_) out.push_back({term(q.subject), term(q.predicate), term(q.object), term(q.graph)});
  return out;
}

}  // namespace pactgraph::rdf

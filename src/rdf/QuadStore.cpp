#include "pactgraph/rdf/QuadStore.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <utility>

#include "pactgraph/util/Contract.h"

namespace pactgraph::rdf {

namespace {

std::uint64_t hashOf(const TermView& t) {
  std::uint64_t h = std::hash<std::string_view>{}(t.value);
  h ^= std::hash<std::string_view>{}(t.datatype) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h ^= std::hash<std::string_view>{}(t.language) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h ^ static_cast<std::uint64_t>(t.kind);
}

// Sorts quads whose ids are below 2^bits by (graph, subject, predicate,
// object): least-significant-digit radix sort, 11-bit digits, stable passes
// from the object up to the graph; a pass whose digit is the same for every
// quad is skipped. Linear in the number of quads.
void radixSort(std::vector<QuadStore::IdQuad>& quads, unsigned bits) {
  constexpr unsigned kDigitBits = 11;
  constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;
  std::vector<QuadStore::IdQuad> buffer(quads.size());
  std::vector<std::size_t> start(kBuckets);
  using Field = QuadStore::TermId QuadStore::IdQuad::*;
  for (const Field field : {&QuadStore::IdQuad::object, &QuadStore::IdQuad::predicate, &QuadStore::IdQuad::subject,
                            &QuadStore::IdQuad::graph}) {
    for (unsigned shift = 0; shift < bits; shift += kDigitBits) {
      const auto digit = [&](const QuadStore::IdQuad& q) { return (q.*field >> shift) & (kBuckets - 1); };
      std::fill(start.begin(), start.end(), 0);
      for (const auto& q : quads) ++start[digit(q)];
      if (std::find(start.begin(), start.end(), quads.size()) != start.end()) continue;  // one bucket: in order
      std::size_t position = 0;
      for (auto& count : start) position += std::exchange(count, position);
      for (const auto& q : quads) buffer[start[digit(q)]++] = q;
      quads.swap(buffer);
    }
  }
}

bool equals(const model::Term& a, const TermView& b) {
  return a.kind == b.kind && a.value == b.value && a.datatype == b.datatype && a.language == b.language;
}

}  // namespace

TermTable::TermTable() : slots_(1024) {}

TermTable::TermId TermTable::intern(const TermView& term) {
  const std::uint64_t hash = hashOf(term);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.id == kEmpty) {
      PG_CHECK(terms_.size() < kEmpty, "more than 2^32 - 1 distinct terms");
      terms_.push_back({term.kind, std::string(term.value), std::string(term.datatype), std::string(term.language)});
      slot = {hash, static_cast<TermId>(terms_.size() - 1)};
      const TermId id = slot.id;
      if (terms_.size() * 2 > slots_.size()) grow();  // load factor at most 1/2
      return id;
    }
    if (slot.hash == hash && equals(terms_[slot.id], term)) return slot.id;
  }
}

void TermTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kEmpty) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void TermTable::computeOrder() {
  if (order_.size() == terms_.size()) return;
  // Sort (kind, value, id) records held contiguously, so that most
  // comparisons touch no term; datatype and language break the rare ties.
  struct Key {
    model::Term::Kind kind;
    std::string_view value;
    TermId id;
  };
  std::vector<Key> keys;
  keys.reserve(terms_.size());
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    keys.push_back({terms_[i].kind, terms_[i].value, static_cast<TermId>(i)});
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (const int byValue = a.value.compare(b.value); byValue != 0) return byValue < 0;
    return terms_[a.id] < terms_[b.id];
  });
  order_.resize(terms_.size());
  for (std::size_t i = 0; i < keys.size(); ++i) order_[i] = keys[i].id;
  rank_.resize(terms_.size());
  for (std::size_t i = 0; i < order_.size(); ++i) rank_[order_[i]] = static_cast<TermId>(i);
}

const std::vector<TermTable::TermId>& TermTable::ranks() {
  computeOrder();
  return rank_;
}

const std::vector<TermTable::TermId>& TermTable::order() {
  computeOrder();
  return order_;
}

QuadStore::QuadStore() : terms_(std::make_shared<TermTable>()) {
  const TermId defaultGraph = iri({});
  PG_CHECK(defaultGraph == kDefaultGraph, "the default graph is the first term");
}

void QuadStore::finalize() {
  if (finalized_) return;
  // Sort in rank space, where comparing two quads is comparing integers,
  // then map the ranks back to ids.
  const std::vector<TermId>& rank = terms_->ranks();
  for (IdQuad& q : quads_) q = {rank[q.graph], rank[q.subject], rank[q.predicate], rank[q.object]};
  unsigned bits = 1;
  while (bits < 32 && (std::size_t{1} << bits) < rank.size()) ++bits;
  radixSort(quads_, bits);
  quads_.erase(std::unique(quads_.begin(), quads_.end()), quads_.end());
  const std::vector<TermId>& order = terms_->order();
  for (IdQuad& q : quads_) q = {order[q.graph], order[q.subject], order[q.predicate], order[q.object]};
  quads_.shrink_to_fit();
  finalized_ = true;
}

QuadStore QuadStore::withoutGraphs() const {
  QuadStore out;
  out.terms_ = terms_;
  out.quads_.reserve(quads_.size());
  for (const auto& q : quads_) out.add(q.subject, q.predicate, q.object, kDefaultGraph);
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

// A dataset held compactly for writing: every distinct term is stored once
// and quads are four 32-bit term ids (16 bytes each), so memory grows with
// the number of distinct terms, not with the size of the output, and the
// writers allocate nothing per quad.
//
// Life cycle: add() in any order, then finalize() sorts (graph, subject,
// predicate, object, each by model::Term order) and removes duplicates;
// writers read quads() in that order.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::rdf {

class QuadStore {
 public:
  using TermId = std::uint32_t;
  struct IdQuad {
    TermId graph;
    TermId subject;
    TermId predicate;
    TermId object;
  };

  QuadStore();
  QuadStore(QuadStore&&) noexcept = default;
  QuadStore& operator=(QuadStore&&) noexcept = default;
  QuadStore(const QuadStore&) = delete;
  QuadStore& operator=(const QuadStore&) = delete;

  static QuadStore fromQuads(const std::vector<model::Quad>& quads);

  // Id of `term`, adding it if new. Id 0 is the default graph.
  TermId intern(const model::Term& term);
  TermId iri(std::string_view value);
  static constexpr TermId kDefaultGraph = 0;

  void add(TermId subject, TermId predicate, TermId object, TermId graph) {
    quads_.push_back({graph, subject, predicate, object});
    finalized_ = false;
  }

  // Sorts and removes duplicate quads. Idempotent.
  void finalize();
  bool finalized() const { return finalized_; }

  // The union of all graphs as a new finalized store (for Turtle, N-Triples).
  QuadStore withoutGraphs() const;

  const model::Term& term(TermId id) const { return (*terms_)[id]; }
  const std::vector<IdQuad>& quads() const { return quads_; }
  std::size_t size() const { return quads_.size(); }
  std::size_t termCount() const { return terms_->size(); }

  std::vector<model::Quad> toQuads() const;

 private:
  // Transparent: a Term can be looked up without copying it into the table.
  struct Hash {
    using is_transparent = void;
    const std::deque<model::Term>* terms;
    std::size_t operator()(TermId id) const { return (*this)((*terms)[id]); }
    std::size_t operator()(const model::Term& term) const;
  };
  struct Equal {
    using is_transparent = void;
    const std::deque<model::Term>* terms;
    bool operator()(TermId a, TermId b) const { return a == b || (*terms)[a] == (*terms)[b]; }
    bool operator()(TermId a, const model::Term& b) const { return (*terms)[a] == b; }
    bool operator()(const model::Term& a, TermId b) const { return a == (*terms)[b]; }
  };

  // Heap-held deque: terms never move (ids and references stay valid), and
  // the index's hasher keeps pointing at them when the store is moved.
  std::unique_ptr<std::deque<model::Term>> terms_;
  std::unordered_set<TermId, Hash, Equal> index_;
  std::vector<IdQuad> quads_;
  bool finalized_ = true;
};

}  // namespace pactgraph::rdf

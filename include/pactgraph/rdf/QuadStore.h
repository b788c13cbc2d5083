// A dataset held compactly for writing: every distinct term is stored once
// and quads are four 32-bit term ids (16 bytes each), so memory grows with
// the number of distinct terms, not with the size of the output, and the
// writers allocate nothing per quad.
//
// Life cycle: add() in any order, then finalize() sorts (graph, subject,
// predicate, object, each by model::Term order) and removes duplicates;
// writers read quads() in that order.
//
// Terms live in a TermTable that stores can share: withoutGraphs() (the
// union of the graphs, for Turtle and N-Triples) shares its store's table
// and copies only the 16-byte quads. Looking a term up allocates nothing
// (TermView), so building a store costs one hash probe per term occurrence.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::rdf {

// A term by reference, for lookups without building a model::Term.
struct TermView {
  model::Term::Kind kind = model::Term::Kind::iri;
  std::string_view value;
  std::string_view datatype;
  std::string_view language;

  static TermView of(const model::Term& term) { return {term.kind, term.value, term.datatype, term.language}; }
};

// Distinct terms and their ids; ids are dense, in order of first interning,
// and never change. Not thread-safe.
class TermTable {
 public:
  using TermId = std::uint32_t;

  TermTable();
  TermId intern(const TermView& term);
  const model::Term& term(TermId id) const { return terms_[id]; }
  std::size_t size() const { return terms_.size(); }

  // rank[id]: the position of term `id` among all terms in model::Term
  // order; order[position]: the id at that position. Computed when the
  // table has grown since the last call.
  const std::vector<TermId>& ranks();
  const std::vector<TermId>& order();

 private:
  struct Slot {
    std::uint64_t hash = 0;
    TermId id = kEmpty;
  };
  static constexpr TermId kEmpty = 0xFFFFFFFFu;
  void grow();
  void computeOrder();

  std::deque<model::Term> terms_;  // a deque: references stay valid as it grows
  std::vector<Slot> slots_;        // open addressing, linear probing, power-of-two size
  std::vector<TermId> rank_;
  std::vector<TermId> order_;
};

class QuadStore {
 public:
  using TermId = TermTable::TermId;
  struct IdQuad {
    TermId graph;
    TermId subject;
    TermId predicate;
    TermId object;

    bool operator==(const IdQuad&) const = default;
  };

  QuadStore();

  static QuadStore fromQuads(const std::vector<model::Quad>& quads);

  // Id of the term, adding it if new. Id 0 is the default graph.
  TermId intern(const model::Term& term) { return terms_->intern(TermView::of(term)); }
  TermId intern(const TermView& term) { return terms_->intern(term); }
  TermId iri(std::string_view value) { return terms_->intern({model::Term::Kind::iri, value, {}, {}}); }
  static constexpr TermId kDefaultGraph = 0;

  void add(TermId subject, TermId predicate, TermId object, TermId graph) {
    quads_.push_back({graph, subject, predicate, object});
    finalized_ = false;
  }

  // Sorts and removes duplicate quads. Idempotent.
  void finalize();
  bool finalized() const { return finalized_; }

  // The union of all graphs as a new finalized store sharing this store's
  // terms (for Turtle, N-Triples).
  QuadStore withoutGraphs() const;
  // True when every quad is in the default graph (finalized stores only).
  bool onlyDefaultGraph() const { return quads_.empty() || quads_.back().graph == kDefaultGraph; }

  const model::Term& term(TermId id) const { return terms_->term(id); }
  const std::vector<IdQuad>& quads() const { return quads_; }
  std::size_t size() const { return quads_.size(); }
  std::size_t termCount() const { return terms_->size(); }

  std::vector<model::Quad> toQuads() const;

 private:
  std::shared_ptr<TermTable> terms_;
  std::vector<IdQuad> quads_;
  bool finalized_ = true;
};

}  // namespace pactgraph::rdf

// The data every benchmark works on, built once per process and only when a
// benchmark first asks for it (never inside a timed loop):
//
//   PACTGRAPH_BENCH_DATA=DIR       use the pactgraph data in DIR (files or a directory)
//   PACTGRAPH_BENCH_ENTITIES=N     otherwise generate N entities (default 20000)
//                                  with synth::writeSynthetic, seed 1, into a
//                                  temporary directory removed at exit
//
// Each piece (the loaded graph, the validated graph, the quad store, the
// actor network…) is built lazily on first use, so running one benchmark
// with --benchmark_filter pays only for what it needs.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "pactgraph/analysis/ActorNetwork.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/rdf/QuadStore.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/TextSink.h"

namespace pactgraph::bench {

// A sink that throws the text away but counts it, so the writers do all of
// their work and the benchmark can report bytes.
class DiscardSink : public util::TextSink {
 public:
  void write(std::string_view text) override { bytes_ += text.size(); }
  std::size_t bytes() const { return bytes_; }

 private:
  std::size_t bytes_ = 0;
};

// Where the data comes from, for the benchmark context ("synthetic, 20000
// entities" or the directory given).
std::string dataDescription();

// The data paths (the temporary directory, or PACTGRAPH_BENCH_DATA).
const std::vector<std::filesystem::path>& dataPaths();
// Total size of the *.json input, in bytes.
std::size_t inputBytes();

const ontology::Ontology& builtInOntology();
// Loaded (and indexed) but not validated: what validation starts from.
const model::Graph& loadedGraph();
// Loaded and validated (aborts the process when the data is invalid).
const model::Graph& validatedGraph();
const analysis::TypeHierarchy& typeHierarchy();

const rdf::QuadStore& quadStore();
const rdf::Prefixes& prefixes();
// Triples in the union of the graphs (what Turtle and N-Triples carry).
std::size_t unionTripleCount();

const analysis::ActorNetwork& actorNetwork();

// FROM/TO pairs for the path benchmark, drawn with a fixed seed among the
// actors of the largest connected component of the actor network: every
// other pair is near (TO is a random walk of 1 to 3 actor links from FROM,
// so a path of at most 6 hops exists), the others are two random actors
// (at scale mostly farther apart than 6 hops: the search that finds nothing
// explores the most).
struct NodePair {
  std::string from;
  std::string to;
};
const std::vector<NodePair>& pathPairs(std::size_t count);

// Removes the temporary directory, if one was made.
void cleanUp();

}  // namespace pactgraph::bench

// What the interop unit tests share: the built-in ontology and its
// crosswalk, and a data file loaded and validated as `build` would.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "pactgraph/interop/Crosswalk.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"

namespace pactgraph::interop::testing {

inline const ontology::Ontology& builtInOntology() {
  static const ontology::Ontology ontology = ontology::Ontology::builtIn();
  return ontology;
}

inline const Crosswalk& builtInCrosswalk() {
  static const Crosswalk crosswalk = Crosswalk::fromOntology(builtInOntology());
  return crosswalk;
}

// The graph of one data file; every diagnostic fails the test.
inline model::Graph validatedGraph(const std::string& data) {
  util::Diagnostics diagnostics;
  model::Graph graph;
  io::Loader loader(graph, diagnostics);
  loader.loadText("data.json", data);
  graph.index();
  ontology::validate(builtInOntology(), graph, diagnostics);
  for (const auto& d : diagnostics.all()) ADD_FAILURE() << util::format(d);
  return graph;
}

}  // namespace pactgraph::interop::testing

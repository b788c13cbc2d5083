// Shared by the analysis and report unit tests: validated graphs from JSON
// text and the class and property hierarchies of an ontology.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Validator.h"

namespace pactgraph::analysis::testing {

inline const ontology::Ontology& builtInOntology() {
  static const ontology::Ontology ontology = ontology::Ontology::builtIn();
  return ontology;
}

// The class and property hierarchies of `ontology`, as the CLI passes them.
inline TypeHierarchy typesOf(const ontology::Ontology& ontology) {
  return {ontology.classAncestry(), ontology.propertyAncestry()};
}

inline TypeHierarchy builtInTypes() { return typesOf(builtInOntology()); }

// Sources and citations every test graph can cite.
inline const std::string kSources = R"({"nodes": [
  {"id": "book", "type": "Book", "label": {"en": "Heinzig 2004"}, "props": {"title": "T"}},
  {"id": "other", "type": "Book", "label": {"en": "Other 1993"}, "props": {"title": "U"}},
  {"id": "article", "type": "EncyclopediaArticle", "label": {"en": "Article"}, "props": {"title": "A"}}],
  "citations": [
  {"id": "fn-1", "source": "book", "pages": "343", "footnote": 1},
  {"id": "fn-2", "source": "book", "pages": "343", "footnote": 2},
  {"id": "fn-3", "source": "book", "pages": "318–319", "footnote": 3},
  {"id": "fn-4", "source": "other", "pages": "95", "footnote": 4},
  {"id": "text", "source": "article"}]})";

// `data` with kSources, loaded and validated against `ontology`.
inline model::Graph validated(const std::string& data, const ontology::Ontology& ontology = builtInOntology()) {
  model::Graph graph;
  util::Diagnostics diagnostics;
  io::Loader loader(graph, diagnostics);
  loader.loadText("sources.json", kSources);
  loader.loadText("data.json", data);
  graph.index();
  ontology::validate(ontology, graph, diagnostics);
  EXPECT_FALSE(diagnostics.hasErrors()) << (diagnostics.all().empty() ? "" : util::format(diagnostics.all()[0]));
  return graph;
}

}  // namespace pactgraph::analysis::testing

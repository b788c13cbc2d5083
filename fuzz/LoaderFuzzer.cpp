// Fuzzes the whole input path: any bytes as a data file must end in
// diagnostics or in a valid graph whose every export can be written — never
// in a crash, a hang, an uncaught exception or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pactgraph;
  static const ontology::Ontology vocabulary = ontology::Ontology::builtIn();
  model::Graph graph;
  util::Diagnostics diagnostics;
  io::Loader loader(graph, diagnostics);
  loader.loadText("fuzz.json", std::string_view(reinterpret_cast<const char*>(data), size));
  ontology::validate(vocabulary, graph, diagnostics);
  for (const auto& diagnostic : diagnostics.all()) {
    if (diagnostic.id.empty() || diagnostic.message.empty()) __builtin_trap();  // every failure explained
  }
  if (diagnostics.hasErrors()) return 0;
  const auto quads = rdf::buildDataset(graph, {});
  for (auto format : {rdf::Format::turtle, rdf::Format::ntriples, rdf::Format::nquads, rdf::Format::trig,
                      rdf::Format::jsonld}) {
    (void)rdf::serialize(quads, format, rdf::standardPrefixes(std::string(model::vocab::defaultBase)));
  }
  return 0;
}

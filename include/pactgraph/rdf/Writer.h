// Serializers. They take arbitrary quads (not only model-shaped ones), in
// any order, and write them deterministically: prefixes first, then the
// quads sorted. Turtle and TriG go through Serd; N-Triples and N-Quads are
// written in RDF 1.2 canonical form by our own line writer; JSON-LD through
// nlohmann/json. Terms must be valid (absolute IRIs, well-formed literals,
// BCP 47 tags): validation happens before, in ontology::validate.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pactgraph/model/Term.h"
#include "pactgraph/rdf/QuadStore.h"
#include "pactgraph/util/TextSink.h"

namespace pactgraph::rdf {

enum class Format { turtle, ntriples, nquads, trig, jsonld };

// "turtle", "ntriples", "nquads", "trig", "jsonld"; nothing if unknown.
std::optional<Format> formatFromName(std::string_view name);
std::string_view formatName(Format format);
// Conventional file extension without the dot: ttl, nt, nq, trig, jsonld.
std::string_view fileExtension(Format format);
// Formats without named graphs (Turtle, N-Triples) write the union of all graphs.
bool carriesGraphs(Format format);

// A writer could not represent its input (the serializer reported an error).
class WriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Prefixes used by Turtle, TriG and the JSON-LD @context, in output order.
using Prefixes = std::vector<std::pair<std::string, std::string>>;
Prefixes standardPrefixes(const std::string& base);

// Streams `store` (finalized) in `format` into `sink`. Formats without named
// graphs write the union of the graphs.
void serialize(const QuadStore& store, Format format, const Prefixes& prefixes, util::TextSink& sink);
std::string serialize(const QuadStore& store, Format format, const Prefixes& prefixes);
// Convenience for small inputs: any quads, in any order.
std::string serialize(const std::vector<model::Quad>& quads, Format format, const Prefixes& prefixes);

}  // namespace pactgraph::rdf

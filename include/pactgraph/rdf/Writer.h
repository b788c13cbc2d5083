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

// One table (Writer.cpp) names every format: the command line, file
// extensions, media types and the docs follow it.
// "turtle", "ntriples", "trig", "nquads", "jsonld"; nothing if unknown.
std::optional<Format> formatFromName(std::string_view name);
// Every format name, in the table's order (build writes them in this order).
std::vector<std::string> formatNames();
std::string_view formatName(Format format);
// Conventional file extension without the dot: ttl, nt, trig, nq, jsonld.
std::string_view fileExtension(Format format);
// By file extension, with or without the dot; nothing if unknown.
std::optional<Format> formatFromExtension(std::string_view extension);
// text/turtle, application/n-triples, application/trig, application/n-quads, application/ld+json.
std::string_view mediaType(Format format);
// The format's own name: Turtle, N-Triples, TriG, N-Quads, JSON-LD 1.1.
std::string_view formatTitle(Format format);
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

// How JSON-LD is written.
//
// Without `context` (the default) the writer knows no terms: the inline
// @context holds `prefixes`, every key is a compact (or absolute) IRI and
// every value an explicit {"@id"} / {"@value", "@type" | "@language"}
// object in an array. Right for arbitrary RDF.
//
// With `context`, a JSON-LD context document ({"@context": {...}}, such as
// ontology::jsonLdContext, what `pactgraph generate` writes to
// ontology/context.jsonld), the writer follows its term definitions and
// writes what a JSON-LD processor compacting with that context would:
//   - a key is the first term for the predicate whose definition fits the
//     value; values that fit no term go under the predicate's compact IRI
//     (a prefix of the context) in their explicit form;
//   - `@type: @id`: an IRI as a string (a compact IRI where a prefix fits);
//     `@type: @vocab`: an IRI as a term ("rank": "NormalRank") or compact IRI;
//   - `@type: <datatype>`: a literal of exactly that datatype as a string,
//     or as a JSON number for xsd:decimal and the xsd:integer types when the
//     lexical form is canonical and integral (`-?(0|[1-9][0-9]*)`) within
//     ±(2^53 − 1), or as true/false for xsd:boolean "true"/"false": JSON-LD
//     readers turn exactly those back into the same literal;
//   - `@container: @language`: language-tagged strings as {"tag": "text"}
//     (an array for several texts in one language);
//   - a term without `@type` or container: xsd:string as a string, any other
//     value in its explicit form;
//   - one value bare, several in an array (always an array under `@set`);
//     `@type` the same; node and graph ids as compact IRIs where a prefix fits.
// Reverse terms are never used (they are there for framing). Prefixes are
// taken from the context; `prefixes` is not used. The context must not set
// @vocab, @base or a default language (JsonLdContext.h lists what is
// supported); otherwise, and for an IRI that would read as a compact IRI,
// serialize throws WriteError.
struct JsonLdOptions {
  std::string context;
  // With `context`: write "@context": "<contextReference>" (a URL or a
  // reference relative to the document) instead of the context inline.
  // Readers must be able to load it, and it must be the same context.
  std::string contextReference;
};

// Streams `store` (finalized) in `format` into `sink`. Formats without named
// graphs write the union of the graphs. `jsonld` applies to Format::jsonld only.
void serialize(const QuadStore& store, Format format, const Prefixes& prefixes, util::TextSink& sink,
               const JsonLdOptions& jsonld = {});
std::string serialize(const QuadStore& store, Format format, const Prefixes& prefixes,
                      const JsonLdOptions& jsonld = {});
// Convenience for small inputs: any quads, in any order.
std::string serialize(const std::vector<model::Quad>& quads, Format format, const Prefixes& prefixes,
                      const JsonLdOptions& jsonld = {});

}  // namespace pactgraph::rdf

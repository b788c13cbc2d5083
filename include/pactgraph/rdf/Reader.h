// Reading RDF (Turtle, TriG, N-Triples, N-Quads) with Serd into quads, so
// that the writers can be exercised on arbitrary data (`pactgraph convert`,
// the W3C test suites) and exports read back (`import rdf`, `diff`). Blank
// nodes become skolem IRIs (RDF 1.1 §3.5): pactgraph never writes blank nodes.
//
// JSON-LD 1.1 is read for the documents pactgraph writes and others of the
// same shape (JSON-LD expansion and toRDF, without a JSON-LD processor): a
// top-level object with an inline `@context` object — or a context
// reference, read as `ReadOptions::jsonLdContext` — and `@graph`, or one
// node object, or an array of them; node objects with `@id` (none: a blank
// node), `@type`, `@graph` (a named graph) and keys that are terms, compact
// IRIs or absolute IRIs; values as strings, numbers and booleans under the
// terms' `@type` coercion (`@id`, `@vocab`, a datatype), language maps,
// `{"@value", "@type" | "@language"}`, `{"@id"}`, embedded node objects and
// `@set`. The context follows the rules of rdf::JsonLdOptions (prefixes,
// terms with `@id`, `@type`, `@container` `@language` or `@set`). Anything
// else — `@vocab`, `@base`, `@list`, `@reverse`, `@index`, `@direction`,
// `@nest`, `@included`, a key that expands to no IRI — is an error, never
// dropped as a JSON-LD processor would.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::rdf {

enum class InputSyntax { turtle, trig, ntriples, nquads, jsonld };
std::optional<InputSyntax> inputSyntaxFromName(std::string_view name);
// By file extension, with or without the dot (.ttl, .nt, .trig, .nq,
// .jsonld): every format of the writers' table (Writer.h) is read.
std::optional<InputSyntax> inputSyntaxFromExtension(std::string_view extension);

// Prefix of the skolem IRIs minted for blank nodes; a blank node `b1` of
// the input becomes <prefix>b1 (labels are unique within one read).
inline constexpr std::string_view kDefaultSkolemPrefix = "https://w3id.org/pactgraph/.well-known/genid/";

struct ReadOptions {
  std::string baseIri;  // for relative IRIs; empty = the document has none
  std::string skolemPrefix = std::string(kDefaultSkolemPrefix);
  // JSON-LD: the context document a document's `"@context": "<reference>"`
  // refers to (nothing is fetched); empty: such a document is refused.
  std::string jsonLdContext;
};

// The input is not valid in its syntax; the message is `name:line:col: …`.
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::vector<model::Quad> readRdf(std::string_view text, InputSyntax syntax, const ReadOptions& options,
                                 const std::string& name);

}  // namespace pactgraph::rdf

// Reading RDF (Turtle, TriG, N-Triples, N-Quads) with Serd into quads, so
// that the writers can be exercised on arbitrary data (`pactgraph convert`,
// the W3C test suites). Blank nodes become skolem IRIs (RDF 1.1 §3.5):
// pactgraph never writes blank nodes.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Term.h"

namespace pactgraph::rdf {

enum class InputSyntax { turtle, trig, ntriples, nquads };
std::optional<InputSyntax> inputSyntaxFromName(std::string_view name);

// Prefix of the skolem IRIs minted for blank nodes; a blank node `b1` of
// the input becomes <prefix>b1 (labels are unique within one read).
inline constexpr std::string_view kDefaultSkolemPrefix = "https://w3id.org/pactgraph/.well-known/genid/";

struct ReadOptions {
  std::string baseIri;  // for relative IRIs; empty = the document has none
  std::string skolemPrefix = std::string(kDefaultSkolemPrefix);
};

// The input is not valid in its syntax; the message is `name:line:col: …`.
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::vector<model::Quad> readRdf(std::string_view text, InputSyntax syntax, const ReadOptions& options,
                                 const std::string& name);

}  // namespace pactgraph::rdf

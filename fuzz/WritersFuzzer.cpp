// Fuzzes the writers with arbitrary terms: each set of quads is either
// refused up front by rdf::checkTerms, or written and read back by Serd to
// exactly the same quads (language tags compared case-insensitively).
// JSON-LD, with and without a context, must be JSON (a context may also
// refuse an IRI that would read as one of its compact IRIs).
#include <fuzzer/FuzzedDataProvider.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "pactgraph/rdf/Reader.h"
#include "pactgraph/rdf/TermCheck.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Text.h"

namespace {

using pactgraph::model::Quad;
using pactgraph::model::Term;

std::string text(FuzzedDataProvider& in) { return in.ConsumeRandomLengthString(64); }

Term iri(FuzzedDataProvider& in) {
  // Mostly plausible IRIs, sometimes arbitrary bytes (which must be refused).
  if (in.ConsumeIntegralInRange(0, 9) == 0) return Term::iri(text(in));
  std::string local = text(in);
  std::erase_if(local, [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos;
  });
  return Term::iri("http://example.org/" + local);
}

Term literal(FuzzedDataProvider& in) {
  static const char* kDatatypes[] = {"string", "integer", "decimal", "double", "boolean", "date", "gYear", "duration"};
  switch (in.ConsumeIntegralInRange(0, 2)) {
    case 0:
      return Term::string(text(in));
    case 1: {
      static const char* kTags[] = {"en", "zh-Hans", "EN-gb", "x bad", "", "de-CH-1996"};
      return Term::langString(text(in), kTags[in.ConsumeIntegralInRange<std::size_t>(0, 5)]);
    }
    default:
      return Term::literal(text(in), std::string("http://www.w3.org/2001/XMLSchema#") +
                                         kDatatypes[in.ConsumeIntegralInRange<std::size_t>(0, 7)]);
  }
}

// Terms of every kind a context can give (rdf::JsonLdOptions).
constexpr const char* kContext = R"({"@context": {"@version": 1.1, "ex": "http://example.org/",
  "xsd": "http://www.w3.org/2001/XMLSchema#",
  "n": {"@id": "ex:n", "@type": "xsd:integer"}, "d": {"@id": "ex:d", "@type": "xsd:decimal"},
  "b": {"@id": "ex:b", "@type": "xsd:boolean"}, "i": {"@id": "ex:i", "@type": "@id"},
  "v": {"@id": "ex:v", "@type": "@vocab"}, "l": {"@id": "ex:l", "@container": "@language"},
  "s": {"@id": "ex:s", "@container": "@set"}, "t": "ex:t", "r": {"@reverse": "ex:i"}}})";

std::vector<Quad> normalised(std::vector<Quad> quads, bool keepGraphs) {
  for (auto& q : quads) {
    q.object.language = pactgraph::util::toLowerAscii(q.object.language);
    if (!keepGraphs) q.graph = Term::iri({});
  }
  std::sort(quads.begin(), quads.end());
  quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
  return quads;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pactgraph;
  FuzzedDataProvider in(data, size);
  std::vector<Quad> quads;
  const std::size_t count = in.ConsumeIntegralInRange<std::size_t>(1, 8);
  for (std::size_t i = 0; i < count && in.remaining_bytes() > 0; ++i) {
    const bool named = in.ConsumeBool();
    quads.push_back({iri(in), iri(in), in.ConsumeBool() ? iri(in) : literal(in), named ? iri(in) : Term::iri({})});
  }
  const std::pair<rdf::Format, rdf::InputSyntax> formats[] = {{rdf::Format::ntriples, rdf::InputSyntax::ntriples},
                                                              {rdf::Format::nquads, rdf::InputSyntax::nquads},
                                                              {rdf::Format::turtle, rdf::InputSyntax::turtle},
                                                              {rdf::Format::trig, rdf::InputSyntax::trig}};
  for (const auto& [format, syntax] : formats) {
    if (!rdf::checkTerms(quads, format).empty()) continue;  // refused up front: fine
    const std::string written = rdf::serialize(quads, format, rdf::standardPrefixes("http://example.org/base/"));
    std::vector<Quad> reread;
    try {
      reread = rdf::readRdf(written, syntax, {}, "fuzz");
    } catch (const rdf::ReadError&) {
      __builtin_trap();  // accepted terms must give a file Serd can read
    }
    const bool graphs = rdf::carriesGraphs(format);
    if (normalised(reread, graphs) != normalised(quads, graphs)) __builtin_trap();
  }
  // JSON-LD: accepted terms must give a document nlohmann can parse back.
  if (rdf::checkTerms(quads, rdf::Format::jsonld).empty()) {
    const std::string document = rdf::serialize(quads, rdf::Format::jsonld, {});
    if (!nlohmann::json::accept(document)) __builtin_trap();
    try {
      const std::string withContext = rdf::serialize(quads, rdf::Format::jsonld, {}, {kContext, {}});
      if (!nlohmann::json::accept(withContext)) __builtin_trap();
    } catch (const rdf::WriteError&) {
      // refused as a whole: fine
    }
  }
  return 0;
}

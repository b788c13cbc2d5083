#include "pactgraph/rdf/Writer.h"

#include <algorithm>

#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::rdf {

namespace vocab = model::vocab;

namespace {

// The one table of output formats: name (as on the command line), file
// extension, media type, the name people know it by, and whether the format
// carries named graphs.
struct FormatInfo {
  Format format;
  std::string_view name;
  std::string_view extension;
  std::string_view mediaType;
  std::string_view title;
  bool graphs;
};

constexpr FormatInfo kFormats[] = {
    {Format::turtle, "turtle", "ttl", "text/turtle", "Turtle", false},
    {Format::ntriples, "ntriples", "nt", "application/n-triples", "N-Triples", false},
    {Format::trig, "trig", "trig", "application/trig", "TriG", true},
    {Format::nquads, "nquads", "nq", "application/n-quads", "N-Quads", true},
    {Format::jsonld, "jsonld", "jsonld", "application/ld+json", "JSON-LD 1.1", true},
};

const FormatInfo& info(Format format) {
  return *std::find_if(std::begin(kFormats), std::end(kFormats), [&](const auto& f) { return f.format == format; });
}

}  // namespace

std::optional<Format> formatFromName(std::string_view name) {
  for (const auto& f : kFormats) {
    if (f.name == name) return f.format;
  }
  return std::nullopt;
}

std::optional<Format> formatFromExtension(std::string_view extension) {
  if (extension.starts_with('.')) extension.remove_prefix(1);
  for (const auto& f : kFormats) {
    if (f.extension == extension) return f.format;
  }
  return std::nullopt;
}

std::vector<std::string> formatNames() {
  std::vector<std::string> names;
  for (const auto& f : kFormats) names.emplace_back(f.name);
  return names;
}

std::string_view formatName(Format format) { return info(format).name; }
std::string_view fileExtension(Format format) { return info(format).extension; }
std::string_view formatTitle(Format format) { return info(format).title; }

std::string_view mediaType(Format format) { return info(format).mediaType; }
bool carriesGraphs(Format format) { return info(format).graphs; }

Prefixes standardPrefixes(const std::string& base) {
  return {
      {"pg", std::string(vocab::pg)},
      {"id", base},
      {"rdf", std::string(vocab::rdf)},
      {"rdfs", std::string(vocab::rdfs)},
      {"xsd", std::string(vocab::xsd)},
      {"owl", std::string(vocab::owl)},
      {"skos", std::string(vocab::skos)},
      {"prov", std::string(vocab::prov)},
      {"dcterms", std::string(vocab::dcterms)},
      {"bibo", std::string(vocab::bibo)},
      {"schema", std::string(vocab::schema)},
      {"crm", "http://www.cidoc-crm.org/cidoc-crm/"},
      {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
      {"np", "http://www.nanopub.org/nschema#"},
      {"pgv", std::string(kValueNamespace)},
      {"wd", "http://www.wikidata.org/entity/"},
  };
}

void serialize(const QuadStore& store, Format format, const Prefixes& prefixes, util::TextSink& sink,
               const JsonLdOptions& jsonld) {
  PG_CHECK(store.finalized(), "serialize needs a finalized QuadStore");
  if (!carriesGraphs(format)) {
    // The default graph sorts first, so a store is all default graph when
    // its last quad is; then it is its own union.
    std::optional<QuadStore> merged;
    if (!store.onlyDefaultGraph()) merged = store.withoutGraphs();
    const QuadStore& triples = merged ? *merged : store;
    if (format == Format::ntriples) {
      detail::writeLines(triples, false, sink);
    } else {
      detail::writeWithSerd(triples, format, prefixes, sink);
    }
    return;
  }
  switch (format) {
    case Format::jsonld:
      detail::writeJsonLd(store, prefixes, jsonld, sink);
      return;
    case Format::nquads:
      detail::writeLines(store, true, sink);
      return;
    case Format::trig:
    case Format::turtle:
    case Format::ntriples:
      break;
  }
  detail::writeWithSerd(store, format, prefixes, sink);
}

std::string serialize(const QuadStore& store, Format format, const Prefixes& prefixes, const JsonLdOptions& jsonld) {
  util::StringSink sink;
  serialize(store, format, prefixes, sink, jsonld);
  return std::move(sink.text());
}

std::string serialize(const std::vector<model::Quad>& quads, Format format, const Prefixes& prefixes,
                      const JsonLdOptions& jsonld) {
  return serialize(QuadStore::fromQuads(quads), format, prefixes, jsonld);
}

}  // namespace pactgraph::rdf

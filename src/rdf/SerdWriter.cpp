// Turtle, TriG, N-Triples and N-Quads through Serd.
#include <serd/serd.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::rdf::detail {

namespace {

struct EnvDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct WriterDeleter {
  void operator()(SerdWriter* writer) const { serd_writer_free(writer); }
};

struct Output {
  util::TextSink* sink;
  std::string error;
};

size_t appendToOutput(const void* buffer, size_t length, void* stream) {
  static_cast<Output*>(stream)->sink->write(std::string_view(static_cast<const char*>(buffer), length));
  return length;
}

SerdStatus recordError(void* handle, const SerdError* error) {
  auto* output = static_cast<Output*>(handle);
  if (output->error.empty()) {
    char message[512];
    std::vsnprintf(message, sizeof message, error->fmt, *error->args);
    output->error = message;
  }
  return SERD_SUCCESS;
}

SerdNode uriNode(const std::string& text) {
  return serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

// A literal node built by hand: serd_node_from_substring stops at U+0000 and
// sets the newline/quote flags that make Serd choose a long """…""" string
// with raw line breaks. With no flags, Serd writes a short string and
// escapes \n, \r, \t and quotes, which survives line-ending conversion.
SerdNode shortLiteralNode(const std::string& text) {
  return SerdNode{reinterpret_cast<const uint8_t*>(text.data()), text.size(), util::countCodePoints(text), 0,
                  SERD_LITERAL};
}

// The datatype as a CURIE when a prefix covers it: Serd abbreviates
// xsd:integer, xsd:decimal, xsd:double and xsd:boolean literals given by
// full IRI to bare tokens (01, +1, 1E0), whose lexical form several parsers
// (rdflib among them) do not keep.
std::string datatypeName(const std::string& iri, const Prefixes& prefixes) {
  for (const auto& [name, ns] : prefixes) {
    if (iri.size() > ns.size() && iri.starts_with(ns)) {
      const std::string local = iri.substr(ns.size());
      const bool plain = std::all_of(local.begin(), local.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      });
      if (plain) return name + ":" + local;
    }
  }
  return iri;
}

// The Serd nodes of the store's terms, each built once however many quads
// it occurs in (building one scans its text).
class NodeCache {
 public:
  struct Nodes {
    SerdNode node{};      // node.buf == nullptr: not built yet
    SerdNode datatype{};  // used when hasDatatype
    SerdNode language{};  // used when hasLanguage
    bool hasDatatype = false;
    bool hasLanguage = false;
  };

  NodeCache(const QuadStore& store, const Prefixes& declared, bool terse)
      : store_(store), declared_(declared), terse_(terse), nodes_(store.termCount()) {}

  const Nodes& operator[](QuadStore::TermId id) {
    Nodes& nodes = nodes_[id];
    if (nodes.node.buf != nullptr) return nodes;
    const model::Term& term = store_.term(id);
    if (term.isIri()) {
      nodes.node = uriNode(term.value);
      return nodes;
    }
    nodes.node = shortLiteralNode(term.value);
    nodes.hasLanguage = !term.language.empty();
    nodes.hasDatatype =
        !nodes.hasLanguage && !term.datatype.empty() && term.datatype != xsdString_ && term.datatype != langString_;
    if (nodes.hasLanguage) {
      nodes.language = serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(term.language.data()),
                                                term.language.size());
    }
    if (nodes.hasDatatype) {
      auto [it, added] = datatypeNames_.try_emplace(term.datatype);
      if (added) it->second = terse_ ? datatypeName(term.datatype, declared_) : term.datatype;
      const std::string& name = it->second;
      nodes.datatype = serd_node_from_substring(name != term.datatype ? SERD_CURIE : SERD_URI,
                                                reinterpret_cast<const uint8_t*>(name.data()), name.size());
    }
    return nodes;
  }

 private:
  const QuadStore& store_;
  const Prefixes& declared_;
  bool terse_;
  std::vector<Nodes> nodes_;  // by term id
  // Datatype IRI → the name written (a CURIE when terse); map nodes never
  // move, so the SerdNodes may point into them.
  std::map<std::string, std::string, std::less<>> datatypeNames_;
  const std::string xsdString_ = std::string(model::vocab::xsd) + "string";
  const std::string langString_ = std::string(model::vocab::rdf) + "langString";
};

}  // namespace

void writeWithSerd(const QuadStore& store, Format format, const Prefixes& prefixes, util::TextSink& sink) {
  SerdSyntax syntax = SERD_TURTLE;
  switch (format) {
    case Format::turtle:
      syntax = SERD_TURTLE;
      break;
    case Format::trig:
      syntax = SERD_TRIG;
      break;
    case Format::ntriples:
      syntax = SERD_NTRIPLES;
      break;
    case Format::nquads:
      syntax = SERD_NQUADS;
      break;
    case Format::jsonld:
      throw WriteError("JSON-LD is not written by Serd");
  }
  const bool terse = format == Format::turtle || format == Format::trig;
  Output output{&sink, {}};
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(nullptr));
  // Abbreviated + CURIEd for the terse syntaxes; the line syntaxes write
  // raw UTF-8 (no SERD_STYLE_ASCII) and full IRIs.
  const auto style = static_cast<SerdStyle>(terse ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
  std::unique_ptr<SerdWriter, WriterDeleter> writer(
      serd_writer_new(syntax, style, env.get(), nullptr, appendToOutput, &output));
  serd_writer_set_error_sink(writer.get(), recordError, &output);

  Prefixes declared = prefixes;
  if (terse && std::none_of(declared.begin(), declared.end(), [](const auto& p) { return p.first == "xsd"; })) {
    declared.emplace_back("xsd", std::string(model::vocab::xsd));  // needed by datatypeName
  }
  if (terse) {
    for (const auto& [name, ns] : declared) {
      const SerdNode nameNode =
          serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name.data()), name.size());
      const SerdNode nsNode = uriNode(ns);
      serd_writer_set_prefix(writer.get(), &nameNode, &nsNode);
    }
  }
  NodeCache nodes(store, declared, terse);
  const bool withGraphs = carriesGraphs(format);
  for (const auto& quad : store.quads()) {
    const SerdNode& subject = nodes[quad.subject].node;
    const SerdNode& predicate = nodes[quad.predicate].node;
    const NodeCache::Nodes& object = nodes[quad.object];
    const bool withGraph = withGraphs && quad.graph != QuadStore::kDefaultGraph;
    const SerdNode* graph = withGraph ? &nodes[quad.graph].node : nullptr;
    const SerdStatus status = serd_writer_write_statement(writer.get(), 0, graph, &subject, &predicate, &object.node,
                                                          object.hasDatatype ? &object.datatype : nullptr,
                                                          object.hasLanguage ? &object.language : nullptr);
    if (status != SERD_SUCCESS) {
      const std::string reason =
          output.error.empty() ? reinterpret_cast<const char*>(serd_strerror(status)) : output.error;
      throw WriteError("serd could not write a statement about <" + store.term(quad.subject).value + ">: " + reason);
    }
  }
  if (serd_writer_finish(writer.get()) != SERD_SUCCESS || !output.error.empty()) {
    throw WriteError("serd could not finish the " + std::string(formatName(format)) + " output: " + output.error);
  }
  writer.reset();  // before the env it borrows
}

}  // namespace pactgraph::rdf::detail

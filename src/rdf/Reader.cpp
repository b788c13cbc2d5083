#include "pactgraph/rdf/Reader.h"

#include "pactgraph/rdf/Writer.h"

#include <serd/serd.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "JsonLdReader.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Iri.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::rdf {

namespace {

struct EnvDeleter {
  void operator()(SerdEnv* env) const { serd_env_free(env); }
};
struct ReaderDeleter {
  void operator()(SerdReader* reader) const { serd_reader_free(reader); }
};

std::string text(const SerdNode* node) { return std::string(reinterpret_cast<const char*>(node->buf), node->n_bytes); }

// Collects the statements of one document, resolving CURIEs and relative
// IRIs through the Serd environment and skolemising blank nodes.
struct Collector {
  SerdEnv* env = nullptr;
  const ReadOptions* options = nullptr;
  std::string base;  // resolved by us: Serd 0.30 keeps dot segments ("g/./h")
  std::vector<model::Quad> quads;
  std::string error;

  std::string expand(const SerdNode* node) {
    // A label may hold characters an IRI may not (U+FFFD, U+EFFFF): escaped,
    // which keeps labels apart (a label holds no '%').
    if (node->type == SERD_BLANK) return options->skolemPrefix + util::percentEncodeNonIriCharacters(text(node));
    // Only relative references are resolved; absolute IRIs stay as written
    // (`<http://a/./b>` is a different IRI from `<http://a/b>`).
    if (node->type == SERD_URI) {
      std::string written = text(node);
      return util::isRelativeReference(written) ? util::resolveIri(base, written) : written;
    }
    SerdNode expanded = serd_env_expand_node(env, node);
    std::string out;
    if (expanded.buf != nullptr) {
      out = text(&expanded);
      serd_node_free(&expanded);
    } else {
      out = text(node);
    }
    return out;
  }

  model::Term term(const SerdNode* node, const SerdNode* datatype, const SerdNode* language) {
    if (node->type != SERD_LITERAL) return model::Term::iri(expand(node));
    if (language != nullptr && language->buf != nullptr) return model::Term::langString(text(node), text(language));
    if (datatype != nullptr && datatype->buf != nullptr) return model::Term::literal(text(node), expand(datatype));
    return model::Term::string(text(node));
  }
};

SerdStatus onBase(void* handle, const SerdNode* uri) {
  auto* collector = static_cast<Collector*>(handle);
  const std::string written = text(uri);
  collector->base = util::isRelativeReference(written) ? util::resolveIri(collector->base, written) : written;
  return SERD_SUCCESS;
}

SerdStatus onPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* collector = static_cast<Collector*>(handle);
  const std::string written = text(uri);
  const std::string resolved =
      util::isRelativeReference(written) ? util::resolveIri(collector->base, written) : written;
  const SerdNode resolvedNode =
      serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(resolved.data()), resolved.size());
  return serd_env_set_prefix(collector->env, name, &resolvedNode);
}

SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode* graph, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode* datatype,
                       const SerdNode* language) {
  auto* collector = static_cast<Collector*>(handle);
  model::Quad quad{
      collector->term(subject, nullptr, nullptr), collector->term(predicate, nullptr, nullptr),
      collector->term(object, datatype, language),
      graph != nullptr && graph->buf != nullptr ? collector->term(graph, nullptr, nullptr) : model::Term::iri({})};
  collector->quads.push_back(std::move(quad));
  return SERD_SUCCESS;
}

SerdStatus onError(void* handle, const SerdError* error) {
  auto* collector = static_cast<Collector*>(handle);
  if (collector->error.empty()) {
    char message[512];
    std::vsnprintf(message, sizeof message, error->fmt, *error->args);
    std::string line = message;
    while (!line.empty() && line.back() == '\n') line.pop_back();
    collector->error = std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + line;
  }
  return SERD_SUCCESS;
}

// A SerdSource over a string: unlike serd_reader_read_string, it does not
// stop at a U+0000 byte.
struct StringSource {
  std::string_view text;
  std::size_t position = 0;
};

size_t readFromString(void* buffer, size_t size, size_t count, void* stream) {
  auto* source = static_cast<StringSource*>(stream);
  const std::size_t n = std::min(size * count, source->text.size() - source->position);
  std::memcpy(buffer, source->text.data() + source->position, n);
  source->position += n;
  return n / size;
}

int noStreamError(void*) { return 0; }

}  // namespace

std::optional<InputSyntax> inputSyntaxFromName(std::string_view name) {
  if (name == "turtle") return InputSyntax::turtle;
  if (name == "trig") return InputSyntax::trig;
  if (name == "ntriples") return InputSyntax::ntriples;
  if (name == "nquads") return InputSyntax::nquads;
  if (name == "jsonld") return InputSyntax::jsonld;
  return std::nullopt;
}

std::optional<InputSyntax> inputSyntaxFromExtension(std::string_view extension) {
  const auto format = formatFromExtension(extension);
  return format ? inputSyntaxFromName(formatName(*format)) : std::nullopt;
}

std::vector<model::Quad> readRdf(std::string_view input, InputSyntax syntax, const ReadOptions& options,
                                 const std::string& name) {
  if (syntax == InputSyntax::jsonld) return detail::readJsonLd(input, options, name);
  SerdSyntax serdSyntax = SERD_TURTLE;
  switch (syntax) {
    case InputSyntax::jsonld:
    case InputSyntax::turtle:
      serdSyntax = SERD_TURTLE;
      break;
    case InputSyntax::trig:
      serdSyntax = SERD_TRIG;
      break;
    case InputSyntax::ntriples:
      serdSyntax = SERD_NTRIPLES;
      break;
    case InputSyntax::nquads:
      serdSyntax = SERD_NQUADS;
      break;
  }
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(nullptr));
  Collector collector;
  collector.env = env.get();
  collector.base = options.baseIri;
  collector.options = &options;
  std::unique_ptr<SerdReader, ReaderDeleter> reader(
      serd_reader_new(serdSyntax, &collector, nullptr, onBase, onPrefix, onStatement, nullptr));
  serd_reader_set_error_sink(reader.get(), onError, &collector);
  StringSource source{input, 0};
  const SerdStatus status = serd_reader_read_source(reader.get(), readFromString, noStreamError, &source,
                                                    reinterpret_cast<const uint8_t*>(name.c_str()), 4096);
  // SERD_FAILURE without a reported error is Serd's word for "no statements".
  if ((status != SERD_SUCCESS && status != SERD_FAILURE) || !collector.error.empty()) {
    throw ReadError(name + ":" +
                    (collector.error.empty()
                         ? std::string("1:1: ") + reinterpret_cast<const char*>(serd_strerror(status))
                         : collector.error));
  }
  return std::move(collector.quads);
}

}  // namespace pactgraph::rdf

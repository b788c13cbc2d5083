// Fuzzes the whole input path: any bytes as a data file must end in
// diagnostics or in a valid graph whose every export can be written — never
// in a crash, a hang, an uncaught exception or undefined behaviour. Every
// diagnostic is explained and located (file:line:col; file-level I/O
// problems have a file only). The bytes are read as a file (an in-memory
// memfd, through loadPath and readDataFile, sometimes over the size limit),
// and a valid graph also goes through the timeline's date checks.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "pactgraph/analysis/Timeline.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"

namespace {

using namespace pactgraph;

const ontology::Ontology& vocabulary() {
  static const ontology::Ontology ontology = ontology::Ontology::builtIn();
  return ontology;
}

const analysis::TypeHierarchy& types() {
  static const analysis::TypeHierarchy hierarchy = [] {
    analysis::TypeHierarchy out;
    for (const auto& name : vocabulary().classNames()) {
      const std::string iri = std::string(model::vocab::pg) + name;
      out.ancestors[iri] = vocabulary().ancestors(iri);
    }
    return out;
  }();
  return hierarchy;
}

// Loads `data` as the file /proc/self/fd/N of a memfd holding it.
void loadAsFile(const std::uint8_t* data, std::size_t size, io::Loader& loader) {
  const int fd = ::memfd_create("fuzz.json", MFD_CLOEXEC);
  if (fd < 0) __builtin_trap();
  for (std::size_t written = 0; written < size;) {
    const ssize_t n = ::write(fd, data + written, size - written);
    if (n <= 0) __builtin_trap();
    written += static_cast<std::size_t>(n);
  }
  loader.loadPath("/proc/self/fd/" + std::to_string(fd));
  ::close(fd);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  model::Graph graph;
  util::Diagnostics diagnostics;
  // One input in seven is just over the size limit.
  const std::uint64_t limit = size % 7 == 3 ? size - 1 : io::kDefaultMaxFileSize;
  io::Loader loader(graph, diagnostics, {limit});
  loadAsFile(data, size, loader);
  ontology::validate(vocabulary(), graph, diagnostics);
  for (const auto& diagnostic : diagnostics.all()) {
    if (diagnostic.id.empty() || diagnostic.message.empty()) __builtin_trap();  // every failure explained
    const auto& where = diagnostic.origin.position;
    if (where.file.empty() || (where.line == 0 && !diagnostic.id.starts_with("io."))) __builtin_trap();  // located
  }
  if (diagnostics.hasErrors()) return 0;
  const auto timeline = analysis::buildTimeline(graph, types(), {});
  for (const auto& warning : timeline.warnings.all()) {
    if (warning.origin.position.line == 0) __builtin_trap();
  }
  const auto quads = rdf::buildDataset(graph, {});
  for (auto format :
       {rdf::Format::turtle, rdf::Format::ntriples, rdf::Format::nquads, rdf::Format::trig, rdf::Format::jsonld}) {
    (void)rdf::serialize(quads, format, rdf::standardPrefixes(std::string(model::vocab::defaultBase)));
  }
  return 0;
}

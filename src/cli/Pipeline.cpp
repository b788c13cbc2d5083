#include "Pipeline.h"

#include <iostream>
#include <optional>

#include "Errors.h"
#include "pactgraph/io/Loader.h"
#include "pactgraph/ontology/Validator.h"
#include "pactgraph/rdf/QuadStore.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

bool hasIoProblem(const util::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.all()) {
    if (d.id.starts_with("io.")) return true;
  }
  return false;
}

}  // namespace

bool reportDiagnostics(const util::Diagnostics& diagnostics, std::ostream& err) {
  for (const auto& diagnostic : diagnostics.sorted()) err << util::format(diagnostic) << '\n';
  if (!diagnostics.hasErrors()) return true;
  err << diagnostics.errorCount() << (diagnostics.errorCount() == 1 ? " error" : " errors");
  if (diagnostics.warningCount() > 0) err << ", " << diagnostics.warningCount() << " warnings";
  err << "; nothing was written\n";
  return false;
}

ontology::Ontology loadOntology(const std::string& path) {
  try {
    return path.empty() ? ontology::Ontology::builtIn() : ontology::Ontology::fromTurtle(util::readFile(path), path);
  } catch (const util::IoError& error) {
    printError(std::cerr, "ontology.unreadable", error.what());
  } catch (const ontology::OntologyError& error) {
    printError(std::cerr, "ontology.unreadable", error.what());
  }
  throw ReportedFailure(kIoFailure);
}

LoadedGraph loadValidated(const InputOptions& options, util::Progress* progress) {
  util::Diagnostics diagnostics;
  LoadedGraph loaded{loadOntology(options.ontologyPath), {}, 0};
  io::Loader loader(loaded.graph, diagnostics, {options.maxFileSize, options.jobs});
  if (progress) progress->stage("load");
  for (const auto& path : options.data) loader.loadPath(path);
  loaded.files = loader.filesRead();
  if (progress) progress->stage("validate");
  ontology::validate(loaded.ontology, loaded.graph, diagnostics);
  if (progress) progress->finish();
  reportDiagnostics(diagnostics, std::cerr);
  if (diagnostics.hasErrors()) throw ReportedFailure(hasIoProblem(diagnostics) ? kIoFailure : kInvalidData);
  return loaded;
}

rdf::ExportOptions exportOptionsFor(const ontology::Ontology& ontology, const std::string& base) {
  rdf::ExportOptions options;
  options.base = base;
  for (const auto& triple : ontology.triples()) {
    options.ontology.push_back({triple.subject, triple.predicate, triple.object, {}});
  }
  for (const ontology::OntologyProperty* property : ontology.properties()) {
    if (property->linkTemplate.empty() || property->linkPredicate.empty()) continue;
    options.externalLinks[property->iri] = {property->linkTemplate, property->linkPredicate};
  }
  return options;
}

void writeGraphFile(const InputOptions& input, const std::string& base, bool factsOnly,
                    const std::filesystem::path& target, rdf::Format format) {
  auto loaded = std::make_optional(loadValidated(input));
  const rdf::ExportOptions exportOptions = exportOptionsFor(loaded->ontology, base);
  util::OutputTransaction output;
  if (factsOnly) {
    std::vector<model::Quad> quads = rdf::buildDataset(loaded->graph, exportOptions);
    const std::string facts = rdf::factsGraphIri(base);
    std::erase_if(quads, [&](const model::Quad& quad) { return quad.graph.value != facts; });
    output.stage(target, rdf::serialize(std::move(quads), rdf::Format::ntriples, rdf::standardPrefixes(base)));
  } else {
    const rdf::QuadStore quads = rdf::buildQuadStore(loaded->graph, exportOptions);
    loaded.reset();  // the writer needs only the store
    output.stage(target,
                 [&](util::TextSink& sink) { rdf::serialize(quads, format, rdf::standardPrefixes(base), sink); });
  }
  output.commit();
}

bool isNTriplesFile(const std::vector<std::filesystem::path>& data) {
  return data.size() == 1 && data.front().extension() == ".nt" && std::filesystem::is_regular_file(data.front());
}

}  // namespace pactgraph::cli

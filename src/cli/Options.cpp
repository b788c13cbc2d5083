#include "Options.h"

#include <map>
#include <set>

#include "Errors.h"
#include "Pipeline.h"
#include "pactgraph/ontology/Artifacts.h"

namespace pactgraph::cli {

namespace {

// Vocabularies `--materialize` can emit, by the names users know them by.
const std::map<std::string, std::string_view> kAlignableVocabularies = {
    {"crm", "http://www.cidoc-crm.org/cidoc-crm/"},
    {"schema", model::vocab::schema},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
    {"prov", model::vocab::prov},
    {"bibo", model::vocab::bibo},
    {"dcterms", model::vocab::dcterms},
    {"skos", model::vocab::skos},
};

}  // namespace

void addInputOptions(CLI::App& command, InputOptions& input, DataArgument data) {
  command.add_option("DATA", input.data, "Data files or directories of *.json files")
      ->required(data == DataArgument::required)
      ->type_name("PATH");
  command
      .add_option("--ontology", input.ontologyPath,
                  "Ontology (Turtle) to validate against instead of the built-in ontology/pactgraph.ttl")
      ->type_name("FILE");
  command
      .add_option("--max-file-size", input.maxFileSize, "Refuse data files larger than this (e.g. 100M; default 32M)")
      ->transform(CLI::AsSizeValue(false))
      ->type_name("SIZE");
  command
      .add_option("--jobs", input.jobs,
                  "Files read (and, by build, written) at once (default 0: one per core); the output is the same "
                  "for any value")
      ->type_name("N");
  auto* quiet = command.add_flag("-q,--quiet", input.quiet, "Print only errors");
  auto* progress = command.add_flag("--progress", input.progress,
                                    "Report each stage with its time and peak memory on stderr (default: when "
                                    "stderr is a terminal)");
  quiet->excludes(progress);
}

rdf::ExportOptions ExportSettings::options(const ontology::Ontology& ontology) const {
  rdf::ExportOptions out = exportOptionsFor(ontology, base);
  out.provenance =
      provenance == "nanopub" ? rdf::ProvenanceEncoding::nanopublications : rdf::ProvenanceEncoding::statementNodes;
  std::vector<std::string> namespaces;
  for (const auto& name : materialize) namespaces.emplace_back(kAlignableVocabularies.at(name));
  if (!namespaces.empty()) out.alignedTerms = ontology.alignments(namespaces);
  return out;
}

rdf::JsonLdOptions ExportSettings::jsonLd(const ontology::Ontology& ontology) const {
  return {ontology::jsonLdContext(ontology), jsonldContext};
}

void addBaseOption(CLI::App& command, std::string& base, const std::string& description) {
  command.add_option("--base", base, description)->capture_default_str()->type_name("IRI");
}

void addExportOptions(CLI::App& command, ExportSettings& settings) {
  addBaseOption(command, settings.base, "Base IRI for minted node, statement and citation IRIs (ends in / or #)");
  command
      .add_option("--provenance", settings.provenance,
                  "How claims carry provenance: statements (rdf:Statement nodes) or nanopub "
                  "(one nanopublication of named graphs per claim)")
      ->check(CLI::IsMember({"statements", "nanopub"}))
      ->capture_default_str();
  std::vector<std::string> names;
  for (const auto& [name, ns] : kAlignableVocabularies) names.push_back(name);
  command
      .add_option("--materialize", settings.materialize,
                  "Also emit the aligned terms of these vocabularies (comma-separated): crm, schema, sem, prov, "
                  "bibo, dcterms, skos")
      ->delimiter(',')
      ->check(CLI::IsMember(names));
  command
      .add_option("--jsonld-context", settings.jsonldContext,
                  "JSON-LD: write \"@context\": \"REF\" (a URL or relative reference to ontology/context.jsonld, "
                  "which readers must be able to load) instead of embedding the context")
      ->type_name("REF");
}

void checkBase(const std::string& base) {
  if (!rdf::isValidBase(base)) {
    throw UsageError("bad-base", "--base must be an absolute IRI ending in / or #, got \"" + base + "\"");
  }
}

void addOutputOption(CLI::App& command, std::string& path, const std::string& description) {
  command.add_option("-o,--output", path, description)->type_name("FILE");
}

std::optional<std::string> blankPathOption(const CLI::App& app) {
  static const std::set<std::string> pathTypes = {"PATH", "FILE", "DIR", "OUTDIR"};
  for (const CLI::Option* option : app.get_options()) {
    if (!pathTypes.contains(option->get_type_name())) continue;
    for (const auto& value : option->results()) {
      if (value.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return option->get_name();
    }
  }
  for (const CLI::App* sub : app.get_subcommands()) {  // the parsed ones
    if (auto blank = blankPathOption(*sub)) return blank;
  }
  return std::nullopt;
}

}  // namespace pactgraph::cli

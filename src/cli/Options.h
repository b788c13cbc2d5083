// The options several subcommands share, declared once: the input (DATA,
// --ontology, --max-file-size, --quiet, --progress), the shape of RDF
// output (--base, --provenance, --materialize, --jsonld-context), and the
// checks on them that do not depend on the data.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/io/DataFile.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/ontology/Ontology.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Progress.h"

namespace pactgraph::cli {

struct InputOptions {
  std::vector<std::filesystem::path> data;
  std::string ontologyPath;                             // empty: the ontology built into the binary
  std::uint64_t maxFileSize = io::kDefaultMaxFileSize;  // bytes per data file (--max-file-size)
  bool quiet = false;
  bool progress = false;  // --progress: report stages even when stderr is not a terminal
  // --jobs: threads that read data files (and, in build, write formats) at
  // once; 0 is one per core. Output and diagnostics are the same for any value.
  unsigned jobs = 0;

  // Stages on stderr: with --progress, never with --quiet, else when stderr
  // is a terminal.
  util::Progress::Mode progressMode() const {
    return progress ? util::Progress::Mode::always
           : quiet  ? util::Progress::Mode::never
                    : util::Progress::Mode::automatic;
  }
};

enum class DataArgument { required, optional };
// DATA, --ontology, --max-file-size, --jobs, -q/--quiet and --progress.
void addInputOptions(CLI::App& command, InputOptions& input, DataArgument data = DataArgument::required);

// How to shape the RDF output (build, export, push).
struct ExportSettings {
  std::string base = std::string(model::vocab::defaultBase);
  std::string provenance = "statements";
  std::vector<std::string> materialize;
  std::string jsonldContext;  // --jsonld-context: a reference to write instead of the inline context

  // The export options for `ontology`: its graph, its links out, the
  // provenance encoding and the aligned terms to materialise.
  rdf::ExportOptions options(const ontology::Ontology& ontology) const;
  // JSON-LD follows the context generated from the ontology (ontology/context.jsonld).
  rdf::JsonLdOptions jsonLd(const ontology::Ontology& ontology) const;
};
// --base, --provenance, --materialize and --jsonld-context.
void addExportOptions(CLI::App& command, ExportSettings& settings);
// --base alone (analysis RDF output, store commands).
void addBaseOption(CLI::App& command, std::string& base, const std::string& description);

// Throws UsageError unless `base` is an absolute IRI ending in '/' or '#'.
void checkBase(const std::string& base);

// -o/--output FILE; empty or "-" is standard output (Output.h).
void addOutputOption(CLI::App& command, std::string& path, const std::string& description);

// The first option of the parsed command line that names a file or a
// directory (type name PATH, FILE, DIR or OUTDIR) and was given an empty or
// blank value, as "--output" or "DATA"; nothing when there is none. One
// check for every subcommand, present and future.
std::optional<std::string> blankPathOption(const CLI::App& app);

}  // namespace pactgraph::cli

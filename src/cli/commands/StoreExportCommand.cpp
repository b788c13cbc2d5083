// `pactgraph store export DATA --for-store NAME -o DIR`: the dataset as
// gzip-compressed N-Quads in chunks, with the commands of that store's own
// bulk loader (pactgraph/store/BulkFiles.h), for millions of triples.
#include <iostream>
#include <memory>

#include "../Pipeline.h"
#include "../StoreOptions.h"
#include "Commands.h"
#include "pactgraph/store/BulkFiles.h"
#include "pactgraph/util/TemporaryDirectory.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

struct StoreExportState {
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  std::string forStore;
  std::string directory;
  std::size_t quadsPerFile = 1000000;
};

int runStoreExport(const StoreExportState& state) {
  checkBase(state.base);
  const util::TemporaryDirectory temporary("pactgraph-nt-");
  const std::filesystem::path nquads = temporary.path() / "graph.nq";
  writeGraphFile(state.input, state.base, false, nquads, rdf::Format::nquads);
  const store::BulkFiles files =
      store::writeBulkFiles(nquads, state.directory, *store::bulkStoreFromName(state.forStore), state.quadsPerFile);
  if (!state.input.quiet) {
    std::cout << "wrote " << util::countOf(files.quads, "quad", "quads") << " in "
              << util::countOf(files.chunks.size(), "file", "files") << " to " << state.directory << "; load them as "
              << files.instructions.string() << " says\n";
  }
  return kOk;
}

}  // namespace

Subcommand addStoreExportCommand(CLI::App& storeGroup) {
  auto state = std::make_shared<StoreExportState>();
  CLI::App* command = storeGroup.add_subcommand(
      "export",
      "Write the dataset as gzip-compressed N-Quads in chunks, with the commands of a store's own bulk "
      "loader (for millions of triples)");
  command->add_option("DATA", state->input.data, "Data files or directories of *.json files")
      ->required()
      ->type_name("PATH");
  command->add_option("--for-store", state->forStore, "virtuoso, qlever, fuseki or oxigraph")
      ->required()
      ->check(CLI::IsMember({"virtuoso", "qlever", "fuseki", "oxigraph"}));
  command->add_option("-o,--output", state->directory, "Directory for the files")->required()->type_name("DIR");
  command->add_option("--quads-per-file", state->quadsPerFile, "Quads in each .nq.gz file")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40))
      ->capture_default_str();
  command->add_option("--base", state->base, "Base IRI for minted IRIs (ends in / or #)")->capture_default_str();
  command->add_option("--ontology", state->input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  command->add_flag("-q,--quiet", state->input.quiet, "Print only errors");
  return {command, [state] { return runStoreExport(*state); }};
}

}  // namespace pactgraph::cli

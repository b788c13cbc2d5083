// `pactgraph convert FILE --from SYNTAX --to FORMAT`: any RDF file in another
// syntax, every term checked first (blank nodes become skolem IRIs).
#include <iostream>
#include <memory>

#include "../Options.h"
#include "../Output.h"
#include "Commands.h"
#include "pactgraph/rdf/Reader.h"
#include "pactgraph/rdf/TermCheck.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

struct ConvertState {
  std::string input;
  std::string from;
  std::string inputBase;
  std::string to;
  std::string output;
};

int runConvert(const ConvertState& state) {
  const rdf::Format format = *rdf::formatFromName(state.to);
  std::vector<model::Quad> quads;
  try {
    rdf::ReadOptions options;
    options.baseIri = state.inputBase;
    quads = rdf::readRdf(util::readFile(state.input), *rdf::inputSyntaxFromName(state.from), options, state.input);
  } catch (const rdf::ReadError& error) {
    printError(std::cerr, "rdf.syntax", error.what());
    return kInvalidData;
  }
  const auto problems = rdf::checkTerms(quads, format);
  for (const auto& problem : problems) printError(std::cerr, "rdf.bad-term", state.input + ": " + problem);
  if (!problems.empty()) {
    std::cerr << problems.size() << (problems.size() == 1 ? " error" : " errors") << "; nothing was written\n";
    return kInvalidData;
  }
  writeOutput(state.output,
              rdf::serialize(std::move(quads), format, rdf::standardPrefixes(std::string(model::vocab::defaultBase))));
  return kOk;
}

}  // namespace

Subcommand addConvertCommand(CLI::App& app) {
  auto state = std::make_shared<ConvertState>();
  CLI::App* command = app.add_subcommand("convert",
                                         "Read an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) and write it "
                                         "in another format; blank nodes become skolem IRIs");
  command->add_option("FILE", state->input, "RDF file to read")->required()->type_name("FILE");
  command->add_option("--from", state->from, "turtle, trig, ntriples, nquads or jsonld (with an inline context)")
      ->required()
      ->check(CLI::IsMember({"turtle", "trig", "ntriples", "nquads", "jsonld"}));
  command->add_option("--input-base", state->inputBase, "Base IRI for relative IRIs in FILE");
  command->add_option("-t,--to", state->to, "turtle, ntriples, nquads, trig or jsonld")
      ->required()
      ->check(CLI::IsMember(rdf::formatNames()));
  addOutputOption(*command, state->output, "Output file (default: standard output)");
  return {command, [state] { return runConvert(*state); }};
}

}  // namespace pactgraph::cli

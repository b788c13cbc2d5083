// `pactgraph generate`: the files derived from the ontology — SHACL shapes,
// the JSON-LD context, the input JSON Schema — all three or none.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "Commands.h"
#include "pactgraph/ontology/Artifacts.h"

namespace pactgraph::cli {

namespace {

struct GenerateState {
  std::string ontology;
  std::string shapes = "ontology/shapes.ttl";
  std::string context = "ontology/context.jsonld";
  std::string jsonSchema = "data/schema.json";
};

int runGenerate(const GenerateState& state) {
  const ontology::Ontology vocabulary = loadOntology(state.ontology);
  writeFiles({{state.shapes, textProducer(ontology::shaclShapes(vocabulary))},
              {state.context, textProducer(ontology::jsonLdContext(vocabulary))},
              {state.jsonSchema, textProducer(ontology::inputJsonSchema(vocabulary))}});
  std::cout << "wrote " << state.shapes << ", " << state.context << ", " << state.jsonSchema << '\n';
  return kOk;
}

}  // namespace

Subcommand addGenerateCommand(CLI::App& app) {
  auto state = std::make_shared<GenerateState>();
  CLI::App* command = app.add_subcommand(
      "generate", "Write the files derived from the ontology: SHACL shapes, JSON-LD context, input JSON Schema");
  command->add_option("--ontology", state->ontology, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  command->add_option("--shapes", state->shapes, "SHACL shapes output")->capture_default_str()->type_name("FILE");
  command->add_option("--context", state->context, "JSON-LD context output")->capture_default_str()->type_name("FILE");
  command->add_option("--json-schema", state->jsonSchema, "JSON Schema output")
      ->capture_default_str()
      ->type_name("FILE");
  return {command, [state] { return runGenerate(*state); }};
}

}  // namespace pactgraph::cli

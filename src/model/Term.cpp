#include "pactgraph/model/Term.h"

#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::model {

Term Term::langString(std::string text, std::string language) {
  return {Kind::literal, std::move(text), std::string(vocab::rdf) + "langString", std::move(language)};
}

Term Term::string(std::string text) { return {Kind::literal, std::move(text), std::string(vocab::xsd) + "string", {}}; }

}  // namespace pactgraph::model

#include "pactgraph/rdf/TermCheck.h"

#include "pactgraph/model/Datatypes.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::rdf {

namespace {

std::string describe(const model::Term& term) {
  std::string text = term.value.size() > 60 ? term.value.substr(0, 60) + "…" : term.value;
  if (!util::isValidUtf8(text)) text = "(bytes that are not UTF-8)";
  return term.isIri() ? "<" + text + ">" : "\"" + text + "\"";
}

// Empty when `term` can be written; else what is wrong.
std::string problemOf(const model::Term& term, bool serdWritten) {
  if (!util::isValidUtf8(term.value)) return "is not well-formed UTF-8";
  if (term.isIri())
    return util::isAbsoluteIri(term.value) ? "" : "is not an absolute IRI with RFC 3987 characters only";
  if (serdWritten && term.value.find('\0') != std::string::npos) {
    return "contains U+0000, which Serd's Turtle and TriG writers cannot carry";
  }
  if (!term.language.empty())
    return util::isLanguageTag(term.language) ? "" : "has the invalid language tag @" + term.language;
  if (!term.datatype.empty() && !util::isAbsoluteIri(term.datatype))
    return "has a datatype that is not an absolute IRI";
  if (model::isSupportedDatatype(term.datatype)) {
    const std::string problem = model::checkLexical(term.datatype, term.value);
    if (!problem.empty()) return problem;
  }
  return "";
}

}  // namespace

std::vector<std::string> checkTerms(const std::vector<model::Quad>& quads, Format format, std::size_t limit) {
  const bool serdWritten = format == Format::turtle || format == Format::trig;
  std::vector<std::string> problems;
  for (const auto& quad : quads) {
    const std::pair<const model::Term*, const char*> parts[] = {
        {&quad.subject, "subject"}, {&quad.predicate, "predicate"}, {&quad.object, "object"}, {&quad.graph, "graph"}};
    for (const auto& [term, role] : parts) {
      if (term == &quad.graph && quad.inDefaultGraph()) continue;
      if ((term != &quad.object) && term->isLiteral()) {
        problems.push_back(std::string("a literal cannot be a ") + role + ": " + describe(*term));
      } else if (const std::string problem = problemOf(*term, serdWritten); !problem.empty()) {
        problems.push_back("the " + std::string(role) + " " + describe(*term) + " " + problem);
      }
      if (problems.size() >= limit) return problems;
    }
  }
  return problems;
}

}  // namespace pactgraph::rdf

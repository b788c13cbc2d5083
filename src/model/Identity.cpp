#include "pactgraph/model/Identity.h"

#include <algorithm>
#include <vector>

namespace pactgraph::model {

namespace {

// Unambiguous rendering: every field is length-prefixed.
void append(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

std::string valueKey(const Value& value) {
  std::string out;
  if (!value.referencedId.empty()) {
    append(out, "node");
    append(out, value.referencedId);
    return out;
  }
  for (const auto& term : value.terms) {
    append(out, term.value);
    append(out, term.datatype);
    append(out, term.language);
  }
  return out;
}

}  // namespace

std::string statementKey(const Statement& statement) {
  std::string out;
  append(out, statement.subjectId);
  append(out, statement.predicateIri);
  append(out, valueKey(statement.object));
  std::vector<std::string> qualifiers;
  for (const auto& q : statement.qualifiers) {
    std::string one;
    append(one, q.propertyIri);
    append(one, valueKey(q.value));
    qualifiers.push_back(std::move(one));
  }
  std::sort(qualifiers.begin(), qualifiers.end());
  for (const auto& q : qualifiers) append(out, q);
  return out;
}

std::string locatorKey(const Citation& citation) {
  std::string out;
  append(out, citation.sourceId);
  append(out, citation.pages);
  return out;
}

std::string citationKey(const Citation& citation) {
  std::string out = locatorKey(citation);
  // One node per footnote: two footnotes that cite the same pages stay two
  // citations. Citations without a footnote are identified by source and pages.
  if (citation.footnote) append(out, std::to_string(*citation.footnote));
  return out;
}

}  // namespace pactgraph::model

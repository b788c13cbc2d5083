#include "WikibaseMapping.h"

namespace pactgraph::interop::detail {

namespace {

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

}  // namespace

WikibaseMapping::WikibaseMapping(const ontology::Ontology& ontology, const WikibaseTarget& target) {
  const std::string propNs = target.directPropertyNamespace();
  const std::string entityNs = target.entityNamespace();
  for (const auto& [term, aligned] : ontology.alignments({propNs})) properties[term] = aligned.front().substr(propNs.size());
  for (const auto& [term, aligned] : ontology.alignments({entityNs})) {
    for (const auto& item : aligned) classes[term].push_back(item.substr(entityNs.size()));
  }
  const std::string subPropertyOf = iri(model::vocab::rdfs, "subPropertyOf");
  for (const auto& t : ontology.triples()) {
    if (t.predicate.value != subPropertyOf || !t.object.value.starts_with(propNs)) continue;
    const std::string id = t.object.value.substr(propNs.size());
    if (t.subject.value == iri(model::vocab::dcterms, "source")) statedIn = id;
    if (t.subject.value == iri(model::vocab::bibo, "pages")) pages = id;
    if (t.subject.value == iri(model::vocab::pg, "footnote")) footnote = id;
    if (t.subject.value == iri(model::vocab::rdf, "type")) instanceOf = id;
    if (t.subject.value == iri(model::vocab::rdfs, "seeAlso")) describedAt = id;
  }
}

}  // namespace pactgraph::interop::detail

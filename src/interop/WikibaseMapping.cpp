#include "WikibaseMapping.h"

#include <algorithm>
#include <optional>

namespace pactgraph::interop::detail {

namespace {

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

constexpr std::string_view kWikibase = model::vocab::wikibase;

constexpr std::pair<WikibaseDatatype, std::string_view> kDatatypes[] = {
    {WikibaseDatatype::item, "WikibaseItem"},
    {WikibaseDatatype::time, "Time"},
    {WikibaseDatatype::string, "String"},
    {WikibaseDatatype::externalId, "ExternalId"},
    {WikibaseDatatype::monolingualText, "Monolingualtext"},
    {WikibaseDatatype::quantity, "Quantity"},
    {WikibaseDatatype::url, "Url"},
};

}  // namespace

std::string_view datatypeName(WikibaseDatatype type) {
  for (const auto& [t, name] : kDatatypes) {
    if (t == type) return name;
  }
  return "another type";
}

WikibaseMapping::WikibaseMapping(const ontology::Ontology& ontology, const WikibaseTarget& target) {
  const std::string propNs = target.directPropertyNamespace();
  const std::string entityNs = target.entityNamespace();
  for (const auto& [term, aligned] : ontology.alignments({propNs}))
    properties[term] = aligned.front().substr(propNs.size());
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
  // Datatypes of the target's properties (entity/P…), all declarations first.
  std::map<std::string, std::vector<std::string>> declared;
  const std::string propertyType = iri(kWikibase, "propertyType");
  for (const auto& t : ontology.triples()) {
    if (t.predicate.value != propertyType || !t.subject.value.starts_with(entityNs)) continue;
    const std::string& type = t.object.value;
    declared[t.subject.value.substr(entityNs.size())].push_back(
        type.starts_with(kWikibase) ? type.substr(kWikibase.size()) : type);
  }
  for (auto& [pid, types] : declared) {
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    std::optional<WikibaseDatatype> known;
    for (const auto& [t, name] : kDatatypes) {
      if (types.front() == name) known = t;
    }
    if (types.size() == 1) {
      datatypes[pid] = known.value_or(WikibaseDatatype::other);
      if (!known) typeProblems[pid] = types.front();
    } else {
      std::string list;
      for (const auto& t : types) list += (list.empty() ? "" : ", ") + t;
      typeProblems[pid] = list;
    }
  }
}

}  // namespace pactgraph::interop::detail

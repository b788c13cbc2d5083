#include "pactgraph/ontology/Artifacts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Iri.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::ontology {

namespace vocab = model::vocab;
using Json = nlohmann::ordered_json;

namespace {

const std::string kPg(vocab::pg);
const std::string kXsd(vocab::xsd);
const std::string kRdf(vocab::rdf);
constexpr const char* kEdtf = "http://id.loc.gov/datatypes/edtf/EDTF";

// pg:local for pactgraph terms, xsd:local for XSD, <iri> otherwise.
std::string turtleName(const std::string& iri) {
  if (iri.starts_with(kPg)) return "pg:" + iri.substr(kPg.size());
  if (iri.starts_with(kXsd)) return "xsd:" + iri.substr(kXsd.size());
  if (iri.starts_with(kRdf)) return "rdf:" + iri.substr(kRdf.size());
  return "<" + iri + ">";
}

std::string classAlternatives(const Ontology& ontology, const std::vector<std::string>& classes, bool withStatement) {
  std::vector<std::string> closure;
  for (const auto& c : classes) {
    const auto below = ontology.subClassesOf(c);
    closure.insert(closure.end(), below.begin(), below.end());
    if (below.empty()) closure.push_back(c);  // a class outside pg: (none today)
  }
  if (withStatement) closure.push_back(kPg + "Statement");
  std::sort(closure.begin(), closure.end());
  closure.erase(std::unique(closure.begin(), closure.end()), closure.end());
  std::string out = "(";
  for (const auto& c : closure) out += "\n        [ sh:class " + turtleName(c) + " ]";
  return out + "\n    )";
}

std::string datatypeConstraint(const std::string& datatype) {
  if (datatype == kXsd + "date") {
    return "sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] "
           "[ sh:datatype <" +
           std::string(kEdtf) + "> ] )";
  }
  return "sh:datatype " + turtleName(datatype);
}

std::string list(const std::vector<std::string>& iris) {
  std::string out = "(";
  for (const auto& iri : iris) out += " " + turtleName(iri);
  return out + " )";
}

}  // namespace

std::string shaclShapes(const Ontology& ontology) {
  std::ostringstream out;
  out << "# Generated from ontology/pactgraph.ttl by `pactgraph generate`; do not edit.\n"
         "# SHACL Core shapes for pactgraph exports (statement-node encoding).\n"
         "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
         "@prefix pg: <"
      << kPg
      << "> .\n"
         "@prefix pgsh: <https://w3id.org/pactgraph/shapes#> .\n"
         "@prefix rdf: <"
      << kRdf
      << "> .\n"
         "@prefix rdfs: <"
      << vocab::rdfs
      << "> .\n"
         "@prefix xsd: <"
      << kXsd
      << "> .\n"
         "@prefix prov: <"
      << vocab::prov
      << "> .\n"
         "@prefix dcterms: <"
      << vocab::dcterms << "> .\n\n";

  // Classes: a language-tagged label, and the required properties.
  for (const OntologyClass* c : ontology.nodeClasses()) {
    out << "pgsh:" << c->localName << " a sh:NodeShape ;\n    sh:targetClass " << turtleName(c->iri) << " ;\n"
        << "    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:datatype rdf:langString ]";
    std::vector<std::string> required;
    for (const auto& ancestor : ontology.ancestors(c->iri)) {
      if (!ancestor.starts_with(kPg)) continue;
      if (const OntologyClass* up = ontology.findClass(std::string_view(ancestor).substr(kPg.size()))) {
        required.insert(required.end(), up->requiredProperties.begin(), up->requiredProperties.end());
      }
    }
    std::sort(required.begin(), required.end());
    required.erase(std::unique(required.begin(), required.end()), required.end());
    for (const auto& property : required) {
      out << " ;\n    sh:property [ sh:path " << turtleName(property) << " ; sh:minCount 1 ]";
    }
    out << " .\n\n";
  }

  // Properties: domain (any property may also qualify a statement node) and range.
  std::vector<std::string> predicates;
  std::vector<std::string> uncitedPredicates;
  for (const OntologyProperty* p : ontology.properties()) {
    if (!p->qualifierOnly) {
      predicates.push_back(p->iri);
      if (!p->requiresCitation) uncitedPredicates.push_back(p->iri);
    }
    out << "pgsh:" << p->localName << " a sh:NodeShape ;\n    sh:targetSubjectsOf " << turtleName(p->iri);
    if (!p->domains.empty()) out << " ;\n    sh:or " << classAlternatives(ontology, p->domains, true);
    out << " ;\n    sh:property [ sh:path " << turtleName(p->iri) << " ; ";
    if (p->kind == OntologyProperty::Kind::datatype) {
      out << datatypeConstraint(p->ranges.front());
      if (!p->pattern.empty()) out << " ; sh:pattern " << Json(p->pattern).dump();
    } else {
      std::vector<std::string> individuals;
      for (const auto& range : p->ranges) {
        const auto some = ontology.individualsOf(range);
        individuals.insert(individuals.end(), some.begin(), some.end());
      }
      if (!individuals.empty()) {
        out << "sh:in " << list(individuals);
      } else if (!p->ranges.empty()) {
        out << "sh:nodeKind sh:IRI ; sh:or " << classAlternatives(ontology, p->ranges, false);
      } else {
        out << "sh:nodeKind sh:IRI";
      }
    }
    out << " ] .\n\n";
  }

  // The provenance model's nodes.
  out << "pgsh:Statement a sh:NodeShape ;\n    sh:targetClass pg:Statement ;\n"
         "    sh:property [ sh:path rdf:subject ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ;\n"
         "    sh:property [ sh:path rdf:predicate ; sh:minCount 1 ; sh:maxCount 1 ; sh:in "
      << list(predicates)
      << " ] ;\n"
         "    sh:property [ sh:path rdf:object ; sh:minCount 1 ] ;\n"
         "    sh:property [ sh:path pg:rank ; sh:minCount 1 ; sh:maxCount 1 ] ;\n"
         "    sh:property [ sh:path prov:wasDerivedFrom ; sh:class pg:Citation ] ;\n"
         "    # A claim whose predicate requires a citation cites at least one.\n"
         "    sh:or (\n        [ sh:property [ sh:path prov:wasDerivedFrom ; sh:minCount 1 ] ]\n"
         "        [ sh:property [ sh:path rdf:predicate ; sh:in "
      << list(uncitedPredicates)
      << " ] ]\n    ) .\n\n"
         "pgsh:Citation a sh:NodeShape ;\n    sh:targetClass pg:Citation ;\n"
         "    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:datatype rdf:langString ] ;\n"
         "    sh:property [ sh:path dcterms:source ; sh:minCount 1 ; sh:maxCount 1 ; sh:or "
      << classAlternatives(ontology, {kPg + "Source"}, false) << " ] .\n";
  return out.str();
}

namespace {

// The context's prefixes, in document order: every namespace an export may
// use (the --materialize vocabularies and nanopublications included), so
// that a writer following the context never needs an absolute IRI as a key.
const std::pair<const char*, std::string_view> kContextPrefixes[] = {
    {"pg", vocab::pg},           {"pgv", vocab::pgValue}, {"rdf", vocab::rdf},           {"rdfs", vocab::rdfs},
    {"xsd", vocab::xsd},         {"owl", vocab::owl},     {"skos", vocab::skos},         {"prov", vocab::prov},
    {"dcterms", vocab::dcterms}, {"bibo", vocab::bibo},   {"schema", vocab::schema},     {"crm", vocab::crm},
    {"sem", vocab::sem},         {"np", vocab::np},       {"wikibase", vocab::wikibase},
};

// How a term's values are written (JSON-LD term definition keys); `reverse`:
// a reverse term, for framing.
enum class Values { plain, iri, vocabIri, languageMap, reverse };

// Terms of the export's own scaffolding (rdf/Dataset.h) beyond the
// ontology's pg: properties, and reverse terms for the inverse relations
// users frame on ("the treaty with its articles"; writers never use them).
// Terms on pg: properties exist only when the ontology has the property.
struct ExportTerm {
  const char* name;
  std::string_view ns;
  const char* local;
  Values values;
};
const ExportTerm kExportTerms[] = {
    {"label", vocab::rdfs, "label", Values::languageMap},
    {"altLabel", vocab::skos, "altLabel", Values::languageMap},
    {"description", vocab::dcterms, "description", Values::languageMap},
    {"comment", vocab::rdfs, "comment", Values::languageMap},
    {"subject", vocab::rdf, "subject", Values::iri},
    // Compact IRIs ("pg:participant"), as JSON-LD compaction writes any
    // property IRI, whatever its own term's coercion.
    {"predicate", vocab::rdf, "predicate", Values::iri},
    {"object", vocab::rdf, "object", Values::plain},
    {"wasDerivedFrom", vocab::prov, "wasDerivedFrom", Values::iri},
    {"qualifiedDerivation", vocab::prov, "qualifiedDerivation", Values::iri},
    {"entity", vocab::prov, "entity", Values::iri},
    {"source", vocab::dcterms, "source", Values::iri},
    // A citation's pages; a source's own extent is pg:pages ("pages").
    {"citedPages", vocab::bibo, "pages", Values::plain},
    {"statements", vocab::rdf, "subject", Values::reverse},         // the claims about a node
    {"citedBy", vocab::prov, "wasDerivedFrom", Values::reverse},    // a citation's claims
    {"citations", vocab::dcterms, "source", Values::reverse},       // a source's citations
    {"articles", vocab::pg, "articleOf", Values::reverse},          // a treaty's
    {"accompaniedBy", vocab::pg, "accompanies", Values::reverse},   // a treaty's agreements
    {"participatedIn", vocab::pg, "participant", Values::reverse},  // an agent's events
    {"partyTo", vocab::pg, "party", Values::reverse},               // a state's treaties
    {"signed", vocab::pg, "signatory", Values::reverse},            // a person's
    {"subEvents", vocab::pg, "partOfEvent", Values::reverse},       // an event's
    {"members", vocab::pg, "memberOf", Values::reverse},            // an organization's
    {"leaders", vocab::pg, "leaderOf", Values::reverse},            // an organization's or state's
    {"followedBy", vocab::pg, "follows", Values::reverse},          // an event's
    {"supersededBy", vocab::pg, "supersedes", Values::reverse},     // a treaty's
};

// `prefix:local` under the first prefix whose namespace starts `iri`; the
// IRI itself otherwise.
std::string contextName(const std::string& iri) {
  for (const auto& [prefix, ns] : kContextPrefixes) {
    if (iri.size() > ns.size() && iri.starts_with(ns)) return prefix + (":" + iri.substr(ns.size()));
  }
  return iri;
}

std::string localName(const std::string& iri) { return std::string(util::iriLocalName(iri)); }

Json termDefinition(const std::string& iri, Values values) {
  Json term = Json::object();
  term[values == Values::reverse ? "@reverse" : "@id"] = contextName(iri);
  if (values == Values::iri || values == Values::reverse) term["@type"] = "@id";
  if (values == Values::vocabIri) term["@type"] = "@vocab";
  if (values == Values::languageMap) term["@container"] = "@language";
  if (values == Values::reverse) term["@container"] = "@set";
  return term;
}

// A property's term: object properties take IRIs (or, for an enumerated
// range, the individuals' terms); datatype properties their datatype, a
// language map for rdf:langString, nothing for xsd:string.
Json propertyTerm(const OntologyProperty& p, bool enumerated) {
  if (p.kind == OntologyProperty::Kind::object)
    return termDefinition(p.iri, enumerated ? Values::vocabIri : Values::iri);
  const std::string& range = p.ranges.front();
  if (range == kRdf + "langString") return termDefinition(p.iri, Values::languageMap);
  Json term = termDefinition(p.iri, Values::plain);
  // Data dates carry their own precision (xsd:date, gYearMonth, gYear or
  // EDTF) and stay untyped here; computed days are always xsd:date.
  if (range != kXsd + "string" && (range != kXsd + "date" || p.computed)) term["@type"] = contextName(range);
  return term;
}

// Terms in document order. A name keeps its first definition: a later IRI
// asking for the same name (an extension's pg:source) has no term, and
// writers use its compact IRI.
class ContextBuilder {
 public:
  ContextBuilder() {
    context_["@version"] = 1.1;
    for (const auto& [prefix, ns] : kContextPrefixes) context_[prefix] = std::string(ns);
  }
  void add(const std::string& name, Json definition) {
    if (!context_.contains(name)) context_[name] = std::move(definition);
  }
  Json document() && {
    Json document = Json::object();
    document["@context"] = std::move(context_);
    return document;
  }

 private:
  Json context_ = Json::object();
};

}  // namespace

std::string jsonLdContext(const Ontology& ontology) {
  ContextBuilder context;
  for (const auto& term : kExportTerms) {
    const std::string iri = std::string(term.ns) + term.local;
    if (term.ns == vocab::pg && !ontology.findPropertyByIri(iri)) continue;
    context.add(term.name, termDefinition(iri, term.values));
  }
  for (const OntologyClass* c : ontology.classes()) context.add(c->localName, contextName(c->iri));

  // Object properties whose range is an enumeration (pg:rank: pg:NormalRank…)
  // take the individuals' terms as values ("rank": "NormalRank").
  const auto enumerated = [&](const OntologyProperty& p) {
    return p.kind == OntologyProperty::Kind::object && !p.ranges.empty() &&
           std::all_of(p.ranges.begin(), p.ranges.end(),
                       [&](const std::string& range) { return !ontology.individualsOf(range).empty(); });
  };
  for (const OntologyProperty* p : ontology.properties()) {
    if (!enumerated(*p)) continue;
    for (const auto& range : p->ranges) {
      for (const auto& individual : ontology.individualsOf(range))
        context.add(localName(individual), contextName(individual));
    }
  }

  for (const OntologyProperty* p : ontology.properties()) context.add(p->localName, propertyTerm(*p, enumerated(*p)));
  // Companions the export writes next to the ontology's properties: the
  // quantity node of a duration value, the link an identifier makes.
  for (const OntologyProperty* p : ontology.properties()) {
    if (!p->ranges.empty() && p->ranges.front() == kXsd + "duration") {
      context.add(p->localName + "Quantity", termDefinition(std::string(vocab::pgValue) + p->localName, Values::iri));
    }
    if (!p->linkPredicate.empty())
      context.add(localName(p->linkPredicate), termDefinition(p->linkPredicate, Values::iri));
  }
  return std::move(context).document().dump(2) + "\n";
}

namespace {

constexpr const char* kSlugPattern = "^[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?$";
// No U+0000 and no BMP noncharacters, as ontology::validate requires.
constexpr const char* kTextPattern = "^[^\\u0000\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]*$";
// Not blank: some character that is not white space (util::isBlank).
constexpr const char* kNotBlankPattern = "\\S";
// Years 0001 to 9999 (model::parseEdtf).
constexpr const char* kEdtfPattern =
    "^(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?[?~%]?"
    "(?:/(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?[?~%]?)?$";

Json ref(const std::string& name) { return {{"$ref", "#/$defs/" + name}}; }

// Schema of one value of a property, as the loader accepts it, by its range.
Json rangeSchema(const OntologyProperty& p) {
  if (p.kind == OntologyProperty::Kind::object) return ref("id");
  const std::string& range = p.ranges.front();
  const std::string local = range.substr(range.find('#') + 1);
  if (local == "langString") return ref("languageMap");
  if (local == "date") return ref("edtfDate");
  if (local == "integer" || local == "positiveInteger" || local == "nonNegativeInteger") {
    return {{"anyOf", Json::array({{{"type", "integer"}}, {{"type", "string"}, {"pattern", "^[+-]?[0-9]+$"}}})}};
  }
  if (local == "decimal") {
    return {{"anyOf", Json::array({{{"type", "number"}},
                                   {{"type", "string"}, {"pattern", "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)$"}}})}};
  }
  if (local == "double") return {{"anyOf", Json::array({{{"type", "number"}}, {{"type", "string"}}})}};
  if (local == "boolean") return {{"anyOf", Json::array({{{"type", "boolean"}}, {{"enum", {"true", "false"}}}})}};
  if (local == "duration") {
    return {{"type", "string"},
            {"pattern",
             "^-?P(?=[0-9T])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-"
             "9]+)?S)?)?$"}};
  }
  if (local == "gYear") return {{"type", "string"}, {"pattern", "^-?[0-9]{4,}$"}};
  return ref("text");
}

// The range's schema, and the property's pg:pattern if it has one.
Json valueSchema(const OntologyProperty& p) {
  if (p.pattern.empty()) return rangeSchema(p);
  return {{"allOf", Json::array({rangeSchema(p), {{"type", "string"}, {"pattern", p.pattern}}})}};
}

Json oneOrMany(Json schema) {
  return {{"anyOf", Json::array({schema, {{"type", "array"}, {"items", schema}, {"minItems", 1}}})}};
}

}  // namespace

std::string inputJsonSchema(const Ontology& ontology) {
  Json nodeTypes = Json::array();
  for (const OntologyClass* c : ontology.nodeClasses()) nodeTypes.push_back(c->localName);

  Json attributeProperties = Json::object();
  Json qualifierProperties = Json::object();
  Json predicates = Json::array();
  Json predicateRules = Json::array();
  for (const OntologyProperty* p : ontology.properties()) {
    if (p->computed) continue;  // never in input
    qualifierProperties[p->localName] = valueSchema(*p);
    if (!p->requiresCitation && !p->qualifierOnly) attributeProperties[p->localName] = oneOrMany(valueSchema(*p));
    if (p->qualifierOnly) continue;
    predicates.push_back(p->localName);
    Json then = Json::object();
    if (p->kind == OntologyProperty::Kind::object) {
      then["required"] = Json::array({"object"});
    } else {
      then["required"] = Json::array({"value"});
      then["properties"]["value"] = valueSchema(*p);
    }
    if (p->requiresCitation) {
      then["required"].push_back("cite");
      then["properties"]["cite"] = {{"type", "array"}, {"minItems", 1}};
    }
    predicateRules.push_back(
        {{"if", {{"properties", {{"predicate", {{"const", p->localName}}}}}, {"required", {"predicate"}}}},
         {"then", then}});
  }

  Json defs = Json::object();
  defs["id"] = {{"type", "string"}, {"pattern", kSlugPattern}};
  defs["languageTag"] = {{"type", "string"}, {"pattern", util::languageTagPattern()}};
  defs["text"] = {{"type", "string"}, {"pattern", kTextPattern}};
  defs["nonEmptyText"] = {{"allOf", Json::array({ref("text"), {{"type", "string"}, {"pattern", kNotBlankPattern}}})}};
  defs["languageMap"] = {{"type", "object"},
                         {"minProperties", 1},
                         {"propertyNames", ref("languageTag")},
                         {"additionalProperties", ref("nonEmptyText")}};
  defs["languageListMap"] = {{"type", "object"},
                             {"minProperties", 1},
                             {"propertyNames", ref("languageTag")},
                             {"additionalProperties", oneOrMany(ref("nonEmptyText"))}};
  defs["edtfDate"] = {{"type", "string"}, {"pattern", kEdtfPattern}};
  defs["node"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"id", "type", "label"}},
      {"properties",
       {{"id", ref("id")},
        {"type", {{"enum", nodeTypes}}},
        {"label", ref("languageMap")},
        {"altLabel", ref("languageListMap")},
        {"description", ref("languageMap")},
        {"props", {{"type", "object"}, {"additionalProperties", false}, {"properties", attributeProperties}}}}}};
  defs["citation"] = {{"type", "object"},
                      {"additionalProperties", false},
                      {"required", {"id", "source"}},
                      {"properties",
                       {{"id", ref("id")},
                        {"source", ref("id")},
                        {"pages", ref("text")},
                        {"footnote", {{"type", "integer"}, {"minimum", 1}}},
                        {"note", ref("languageMap")}}}};
  // "fn-43" (scope sentence, or article for a citation without footnote), or
  // {"id": "fn-44", "scope": "paragraph"}: data/README.md, the citation rule.
  defs["citationReference"] = {
      {"oneOf",
       {ref("id"),
        {{"type", "object"},
         {"additionalProperties", false},
         {"required", {"id", "scope"}},
         {"properties", {{"id", ref("id")}, {"scope", {{"enum", {"sentence", "paragraph", "article"}}}}}}}}}};
  defs["statement"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"required", {"subject", "predicate"}},
      {"not", {{"required", {"object", "value"}}}},
      {"properties",
       {{"subject", ref("id")},
        {"predicate", {{"enum", predicates}}},
        {"object", ref("id")},
        {"value", {{"type", {"string", "number", "boolean", "object"}}}},
        {"cite", {{"type", "array"}, {"items", ref("citationReference")}}},
        {"qualifiers", {{"type", "object"}, {"additionalProperties", false}, {"properties", qualifierProperties}}},
        {"rank", {{"enum", {"preferred", "normal", "deprecated"}}}},
        {"note", ref("languageMap")}}},
      {"allOf", predicateRules}};

  // The "dataset" section (model::DatasetMetadata): what a release package describes.
  defs["datasetCreator"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"anyOf", {{{"required", {"name"}}}, {{"required", {"family"}}}}},
      {"properties",
       {{"name", ref("nonEmptyText")},
        {"family", ref("nonEmptyText")},
        {"given", ref("nonEmptyText")},
        {"orcid", {{"type", "string"}, {"pattern", "^https://orcid\\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$"}}},
        {"affiliation", ref("nonEmptyText")}}}};
  defs["dataset"] = {{"type", "object"},
                     {"additionalProperties", false},
                     {"required", {"title", "description", "version", "license", "released", "creators"}},
                     {"properties",
                      {{"title", ref("nonEmptyText")},
                       {"description", ref("nonEmptyText")},
                       {"version", ref("nonEmptyText")},
                       {"license", {{"type", "string"}, {"pattern", "^[A-Za-z0-9.+-]+$"}}},
                       {"released", {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}},
                       {"creators", {{"type", "array"}, {"minItems", 1}, {"items", ref("datasetCreator")}}},
                       {"keywords", {{"type", "array"}, {"items", ref("nonEmptyText")}}},
                       {"homepage", {{"type", "string"}, {"pattern", "^[A-Za-z][A-Za-z0-9+.-]*:"}}},
                       {"downloadUrl", {{"type", "string"}, {"pattern", "/$"}}}}}};

  Json schema = Json::object();
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["$id"] = "https://w3id.org/pactgraph/schema/data.json";
  schema["title"] = "pactgraph data file";
  schema["description"] =
      "Generated from ontology/pactgraph.ttl by `pactgraph generate`; do not edit. See data/README.md.";
  schema["type"] = "object";
  schema["additionalProperties"] = false;
  schema["properties"] = {{"$schema", {{"type", "string"}}},
                          {"nodes", {{"type", "array"}, {"items", ref("node")}}},
                          {"citations", {{"type", "array"}, {"items", ref("citation")}}},
                          {"statements", {{"type", "array"}, {"items", ref("statement")}}},
                          {"dataset", ref("dataset")}};
  schema["$defs"] = std::move(defs);
  return schema.dump(2) + "\n";
}

}  // namespace pactgraph::ontology

#include "pactgraph/ontology/Ontology.h"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <memory>

#include "Pattern.h"
#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Iri.h"

extern const char pactgraph_ontology_ttl[];
extern const std::size_t pactgraph_ontology_ttl_size;

namespace pactgraph::ontology {

namespace vocab = model::vocab;

namespace {

std::string term(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

// RAII owners for the Sord/Serd handles used while reading.
struct WorldDeleter {
  void operator()(SordWorld* w) const { sord_world_free(w); }
};
struct ModelDeleter {
  void operator()(SordModel* m) const { sord_free(m); }
};
struct EnvDeleter {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};
struct ReaderDeleter {
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};

struct ErrorCollector {
  std::string name;
  std::string first;
};

SerdStatus collectError(void* handle, const SerdError* error) {
  auto* collector = static_cast<ErrorCollector*>(handle);
  if (collector->first.empty()) {
    char message[512];
    std::vsnprintf(message, sizeof message, error->fmt, *error->args);
    std::string text = message;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    collector->first =
        collector->name + ":" + std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + text;
  }
  return SERD_SUCCESS;
}

// A Sord node as the ontology reader needs it: the IRI or lexical form, and
// a literal's language and datatype (the latter only for triples()).
struct NodeText {
  bool isIri = false;
  bool isBlank = false;
  std::string text;
  std::string language;
  std::string datatype;
};

NodeText nodeText(const SordNode* node) {
  NodeText out;
  out.text = reinterpret_cast<const char*>(sord_node_get_string(node));
  out.isIri = sord_node_get_type(node) == SORD_URI;
  out.isBlank = sord_node_get_type(node) == SORD_BLANK;
  if (const char* language = sord_node_get_language(node)) out.language = language;
  if (const SordNode* datatype = sord_node_get_datatype(node)) {
    out.datatype = reinterpret_cast<const char*>(sord_node_get_string(datatype));
  }
  return out;
}

model::Term termOf(const NodeText& node) {
  if (node.isIri) return model::Term::iri(node.text);
  if (!node.language.empty()) return model::Term::langString(node.text, node.language);
  return model::Term::literal(node.text, node.datatype.empty() ? term(vocab::xsd, "string") : node.datatype);
}

std::string localNameOf(const std::string& iri) { return iri.substr(vocab::pg.size()); }

}  // namespace

Ontology Ontology::fromTurtle(std::string_view turtle, const std::string& name) {
  std::unique_ptr<SordWorld, WorldDeleter> world(sord_world_new());
  std::unique_ptr<SordModel, ModelDeleter> model(sord_new(world.get(), SORD_SPO, false));
  SerdNode base = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(vocab::pgOntology.data()));
  std::unique_ptr<SerdEnv, EnvDeleter> env(serd_env_new(&base));
  std::unique_ptr<SerdReader, ReaderDeleter> reader(sord_new_reader(model.get(), env.get(), SERD_TURTLE, nullptr));
  ErrorCollector errors{name, {}};
  serd_reader_set_error_sink(reader.get(), collectError, &errors);
  const std::string text(turtle);  // serd needs a terminated string
  const SerdStatus status = serd_reader_read_string(reader.get(), reinterpret_cast<const uint8_t*>(text.c_str()));
  if (status != SERD_SUCCESS || !errors.first.empty()) {
    throw OntologyError("cannot read the ontology: " + (errors.first.empty() ? name : errors.first));
  }

  Ontology ontology;
  const std::string rdfType = term(vocab::rdf, "type");
  const std::string owlClass = term(vocab::owl, "Class");
  const std::string owlObjectProperty = term(vocab::owl, "ObjectProperty");
  const std::string owlDatatypeProperty = term(vocab::owl, "DatatypeProperty");
  const std::string subClassOf = term(vocab::rdfs, "subClassOf");
  const std::string subPropertyOf = term(vocab::rdfs, "subPropertyOf");
  const std::string rdfsDomain = term(vocab::rdfs, "domain");
  const std::string rdfsRange = term(vocab::rdfs, "range");
  const std::string domainIncludes = term(vocab::schema, "domainIncludes");
  const std::string rangeIncludes = term(vocab::schema, "rangeIncludes");
  const std::string rdfsLabel = term(vocab::rdfs, "label");
  const std::string requiresCitation = term(vocab::pg, "requiresCitation");
  const std::string qualifierOnly = term(vocab::pg, "qualifierOnly");
  const std::string computed = term(vocab::pg, "computed");
  const std::string linkTemplate = term(vocab::pg, "linkTemplate");
  const std::string linkPredicate = term(vocab::pg, "linkPredicate");
  const std::string pattern = term(vocab::pg, "pattern");
  const std::string acyclic = term(vocab::pg, "acyclic");
  const std::string requiredProperty = term(vocab::pg, "requiredProperty");
  const std::string equivalentClass = term(vocab::owl, "equivalentClass");
  const std::string equivalentProperty = term(vocab::owl, "equivalentProperty");

  struct Raw {
    NodeText s, p, o;
  };
  std::vector<Raw> raw;
  SordIter* it = sord_begin(model.get());
  for (; !sord_iter_end(it); sord_iter_next(it)) {
    SordQuad quad;
    sord_iter_get(it, quad);
    raw.push_back({nodeText(quad[SORD_SUBJECT]), nodeText(quad[SORD_PREDICATE]), nodeText(quad[SORD_OBJECT])});
  }
  sord_iter_free(it);

  const auto inPg = [](const NodeText& n) {
    return n.isIri && n.text.starts_with(vocab::pg) && n.text.size() > vocab::pg.size();
  };
  // Pass 1: declarations.
  for (const auto& t : raw) {
    if (!t.s.isBlank && !t.o.isBlank) ontology.triples_.push_back({termOf(t.s), termOf(t.p), termOf(t.o)});
    if (t.p.text != rdfType || !inPg(t.s)) continue;
    if (t.o.text == owlClass) {
      auto& c = ontology.classes_[localNameOf(t.s.text)];
      c.iri = t.s.text;
      c.localName = localNameOf(t.s.text);
    } else if (t.o.text == owlObjectProperty || t.o.text == owlDatatypeProperty) {
      auto& p = ontology.properties_[localNameOf(t.s.text)];
      p.iri = t.s.text;
      p.localName = localNameOf(t.s.text);
      p.kind = t.o.text == owlObjectProperty ? OntologyProperty::Kind::object : OntologyProperty::Kind::datatype;
    }
  }
  // Pass 2: relations and annotations.
  for (const auto& t : raw) {
    const std::string& p = t.p.text;
    if (p == subClassOf && t.o.isIri) ontology.superClasses_[t.s.text].insert(t.o.text);
    if (p == subPropertyOf && t.o.isIri) ontology.superProperties_[t.s.text].insert(t.o.text);
    if ((p == equivalentClass || p == equivalentProperty) && t.o.isIri) {
      ontology.equivalents_[t.s.text].push_back(t.o.text);
      ontology.equivalents_[t.o.text].push_back(t.s.text);
    }
    if (p == rdfsLabel && (t.o.language.empty() || t.o.language == "en")) ontology.labels_[t.s.text] = t.o.text;
    if (p == rdfType && t.o.isIri && inPg(t.o) && inPg(t.s)) ontology.individuals_[t.o.text].push_back(t.s.text);
    if (!inPg(t.s)) continue;
    const std::string local = localNameOf(t.s.text);
    if (auto c = ontology.classes_.find(local); c != ontology.classes_.end()) {
      if (p == subClassOf) c->second.superClasses.insert(t.o.text);
      if (p == requiredProperty) c->second.requiredProperties.push_back(t.o.text);
      if (p == computed && t.o.text == "true") ontology.computedClasses_.insert(t.s.text);
    }
    if (auto prop = ontology.properties_.find(local); prop != ontology.properties_.end()) {
      auto& q = prop->second;
      if (p == rdfsDomain || p == domainIncludes) q.domains.push_back(t.o.text);
      if (p == rdfsRange || p == rangeIncludes) q.ranges.push_back(t.o.text);
      if (p == requiresCitation) q.requiresCitation = t.o.text == "true";
      if (p == qualifierOnly) q.qualifierOnly = t.o.text == "true";
      if (p == computed) q.computed = t.o.text == "true";
      if (p == linkTemplate) q.linkTemplate = t.o.text;
      if (p == linkPredicate && t.o.isIri) q.linkPredicate = t.o.text;
      if (p == pattern) q.pattern = t.o.text;
      if (p == acyclic) q.acyclic = t.o.text == "true";
      if (p == subPropertyOf) q.superProperties.insert(t.o.text);
    }
  }
  // Check what the validator relies on.
  for (auto& [local, property] : ontology.properties_) {
    std::sort(property.domains.begin(), property.domains.end());
    std::sort(property.ranges.begin(), property.ranges.end());
    if (property.kind == OntologyProperty::Kind::datatype) {
      if (property.ranges.size() != 1 || !model::isSupportedDatatype(property.ranges.front())) {
        throw OntologyError(name + ": datatype property pg:" + local +
                            " needs exactly one rdfs:range among the supported datatypes");
      }
    }
    if (!property.pattern.empty()) {
      if (property.kind != OntologyProperty::Kind::datatype || property.ranges.front() != term(vocab::xsd, "string")) {
        throw OntologyError(name + ": pg:pattern on pg:" + local + ", whose values are not xsd:string");
      }
      if (const std::string problem = patternProblem(property.pattern); !problem.empty()) {
        throw OntologyError(name + ": the pg:pattern of pg:" + local + " is not a regular expression: " + problem);
      }
    }
    if (property.acyclic && property.kind != OntologyProperty::Kind::object) {
      throw OntologyError(name + ": pg:acyclic on pg:" + local + ", which is not an object property");
    }
  }
  for (const auto& [local, c] : ontology.classes_) {
    for (const auto& required : c.requiredProperties) {
      if (!ontology.findPropertyByIri(required)) {
        throw OntologyError(name + ": pg:" + local + " requires an undeclared property <" + required + ">");
      }
    }
  }
  return ontology;
}

Ontology Ontology::builtIn() {
  return fromTurtle(std::string_view(pactgraph_ontology_ttl, pactgraph_ontology_ttl_size),
                    "ontology/pactgraph.ttl (built in)");
}

const OntologyClass* Ontology::findClass(std::string_view localName) const {
  const auto it = classes_.find(localName);
  return it == classes_.end() ? nullptr : &it->second;
}

const OntologyProperty* Ontology::findProperty(std::string_view localName) const {
  const auto it = properties_.find(localName);
  return it == properties_.end() ? nullptr : &it->second;
}

const OntologyProperty* Ontology::findPropertyByIri(const std::string& iri) const {
  if (!iri.starts_with(vocab::pg)) return nullptr;
  return findProperty(std::string_view(iri).substr(vocab::pg.size()));
}

const std::set<std::string>& Ontology::ancestors(const std::string& classIri) const {
  if (const auto cached = ancestorCache_.find(classIri); cached != ancestorCache_.end()) return cached->second;
  std::set<std::string> seen{classIri};
  std::vector<std::string> queue{classIri};
  while (!queue.empty()) {
    const std::string current = queue.back();
    queue.pop_back();
    const auto it = superClasses_.find(current);
    if (it == superClasses_.end()) continue;
    for (const auto& parent : it->second) {
      if (seen.insert(parent).second) queue.push_back(parent);
    }
  }
  return ancestorCache_.emplace(classIri, std::move(seen)).first->second;
}

std::map<std::string, std::set<std::string>, std::less<>> Ontology::classAncestry() const {
  std::map<std::string, std::set<std::string>, std::less<>> out;
  for (const auto& [local, c] : classes_) out.emplace(c.iri, ancestors(c.iri));
  return out;
}

std::map<std::string, std::set<std::string>, std::less<>> Ontology::propertyAncestry() const {
  std::map<std::string, std::set<std::string>, std::less<>> out;
  for (const auto& [local, property] : properties_) out[property.iri] = propertyAncestors(property.iri);
  return out;
}

std::set<std::string> Ontology::propertyAncestors(const std::string& propertyIri) const {
  std::set<std::string> seen{propertyIri};
  std::vector<std::string> queue{propertyIri};
  while (!queue.empty()) {
    const std::string current = queue.back();
    queue.pop_back();
    const auto it = superProperties_.find(current);
    if (it == superProperties_.end()) continue;
    for (const auto& parent : it->second) {
      if (seen.insert(parent).second) queue.push_back(parent);
    }
  }
  return seen;
}

bool Ontology::isSubClassOf(const std::string& classIri, const std::string& ancestorIri) const {
  return ancestors(classIri).contains(ancestorIri);
}

std::vector<std::string> Ontology::equivalents(const std::string& iri) const {
  const auto it = equivalents_.find(iri);
  return it == equivalents_.end() ? std::vector<std::string>{} : it->second;
}

std::map<std::string, std::vector<std::string>> Ontology::alignments(const std::vector<std::string>& namespaces) const {
  const auto wanted = [&](const std::string& iri) {
    return std::any_of(namespaces.begin(), namespaces.end(), [&](const auto& ns) { return iri.starts_with(ns); });
  };
  std::map<std::string, std::vector<std::string>> out;
  const auto collect = [&](const std::string& term, const std::set<std::string>& ancestry) {
    std::set<std::string> aligned;
    for (const auto& ancestor : ancestry) {
      if (wanted(ancestor)) aligned.insert(ancestor);
      for (const auto& partner : equivalents(ancestor)) {
        if (wanted(partner)) aligned.insert(partner);
      }
    }
    aligned.erase(term);
    if (!aligned.empty()) out[term] = {aligned.begin(), aligned.end()};
  };
  for (const auto& [local, c] : classes_) collect(c.iri, ancestors(c.iri));
  for (const auto& [local, p] : properties_) collect(p.iri, propertyAncestors(p.iri));
  return out;
}

std::vector<const OntologyClass*> Ontology::classes() const {
  std::vector<const OntologyClass*> out;
  for (const auto& [local, c] : classes_) out.push_back(&c);
  return out;
}

std::vector<const OntologyProperty*> Ontology::properties() const {
  std::vector<const OntologyProperty*> out;
  for (const auto& [local, p] : properties_) out.push_back(&p);
  return out;
}

bool Ontology::isNodeClass(const std::string& classIri) const {
  const auto& up = ancestors(classIri);
  return std::none_of(up.begin(), up.end(), [&](const std::string& a) { return computedClasses_.contains(a); });
}

std::vector<const OntologyClass*> Ontology::nodeClasses() const {
  std::vector<const OntologyClass*> out;
  for (const auto& [local, c] : classes_) {
    if (isNodeClass(c.iri)) out.push_back(&c);
  }
  return out;
}

std::vector<std::string> Ontology::subClassesOf(const std::string& classIri) const {
  std::vector<std::string> out;
  for (const auto& [local, c] : classes_) {
    if (isSubClassOf(c.iri, classIri)) out.push_back(c.iri);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Ontology::individualsOf(const std::string& classIri) const {
  const auto it = individuals_.find(classIri);
  if (it == individuals_.end()) return {};
  std::vector<std::string> out = it->second;
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Ontology::classNames() const {
  std::vector<std::string> out;
  for (const auto& [local, c] : classes_) out.push_back(local);
  return out;
}

std::vector<std::string> Ontology::propertyNames() const {
  std::vector<std::string> out;
  for (const auto& [local, p] : properties_) out.push_back(local);
  return out;
}

std::string Ontology::label(const std::string& iri) const {
  const auto it = labels_.find(iri);
  if (it != labels_.end()) return it->second;
  return std::string(util::iriLocalName(iri));
}

}  // namespace pactgraph::ontology

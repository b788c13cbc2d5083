#include "pactgraph/interop/Package.h"

#include <nlohmann/json.hpp>
#include <set>

#include "pactgraph/interop/SourceRecord.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Iri.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {

namespace {

using model::Quad;
using model::Term;

constexpr std::string_view kVoid = "http://rdfs.org/ns/void#";
constexpr std::string_view kDcat = "http://www.w3.org/ns/dcat#";
constexpr std::string_view kSpdx = "http://spdx.org/rdf/terms#";
constexpr std::string_view kSd = "http://www.w3.org/ns/sparql-service-description#";
constexpr std::string_view kMediaTypes = "https://www.iana.org/assignments/media-types/";

std::string iri(std::string_view ns, std::string_view local) { return std::string(ns) + std::string(local); }

Term integer(std::size_t n) { return Term::literal(std::to_string(n), iri(model::vocab::xsd, "integer")); }

// Triples of one description, all in the default graph.
class Description {
 public:
  void add(const std::string& s, std::string_view ns, std::string_view local, Term o) {
    quads_.push_back({Term::iri(s), Term::iri(iri(ns, local)), std::move(o), Term::iri({})});
  }
  void add(const std::string& s, std::string_view ns, std::string_view local, const std::string& object) {
    add(s, ns, local, Term::iri(object));
  }
  void text(const std::string& s, std::string_view ns, std::string_view local, const std::string& value) {
    if (!value.empty()) add(s, ns, local, Term::string(value));
  }
  std::string turtle(const std::string& base) const {
    auto prefixes = rdf::standardPrefixes(base);
    prefixes.push_back({"void", std::string(kVoid)});
    prefixes.push_back({"dcat", std::string(kDcat)});
    prefixes.push_back({"spdx", std::string(kSpdx)});
    prefixes.push_back({"sd", std::string(kSd)});
    return rdf::serialize(quads_, rdf::Format::turtle, prefixes);
  }

 private:
  std::vector<Quad> quads_;
};

// A readable, stable name for a term inside the dataset's IRIs: the local
// name of a pg: term, else a hash.
std::string partName(const std::string& term) {
  if (term.starts_with(model::vocab::pg)) return term.substr(model::vocab::pg.size());
  return util::sha256Hex(term).substr(0, 16);
}

// The namespace of an IRI: up to its last '/' or '#'.
std::string namespaceOf(const std::string& value) { return std::string(util::iriNamespace(value)); }

std::string creatorName(const model::DatasetCreator& c) {
  if (!c.family.empty()) return c.given.empty() ? c.family : c.given + " " + c.family;
  return c.name;
}

std::string creatorIri(const model::DatasetCreator& c, const std::string& dataset) {
  if (!c.orcid.empty()) return c.orcid;
  const std::string slug = slugify(creatorName(c));
  return dataset + "/creator/" + (slug.empty() ? util::sha256Hex(creatorName(c)).substr(0, 16) : slug);
}

void statisticsTriples(Description& d, const std::string& subject, const GraphStatistics& g) {
  d.add(subject, kVoid, "triples", integer(g.triples));
  d.add(subject, kVoid, "entities", integer(g.entities));
  d.add(subject, kVoid, "classes", integer(g.classes));
  d.add(subject, kVoid, "properties", integer(g.properties));
  d.add(subject, kVoid, "distinctSubjects", integer(g.distinctSubjects));
  d.add(subject, kVoid, "distinctObjects", integer(g.distinctObjects));
}

// YAML 1.2 double-quoted scalar.
std::string yamlQuoted(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// The W3C format IRI (http://www.w3.org/ns/formats/) of an RDF media type.
std::string formatIri(const std::string& mediaType) {
  static const std::map<std::string, std::string> formats = {{"text/turtle", "Turtle"},
                                                             {"application/n-triples", "N-Triples"},
                                                             {"application/trig", "TriG"},
                                                             {"application/n-quads", "N-Quads"},
                                                             {"application/ld+json", "JSON-LD"}};
  const auto it = formats.find(mediaType);
  return it == formats.end() ? std::string{} : "http://www.w3.org/ns/formats/" + it->second;
}

}  // namespace

std::string spdxLicenseIri(const std::string& identifier) { return "https://spdx.org/licenses/" + identifier; }

DatasetStatistics computeStatistics(const rdf::QuadStore& store, const std::string& base) {
  PG_CHECK(store.finalized(), "computeStatistics needs a finalized QuadStore");
  const std::string rdfType = iri(model::vocab::rdf, "type");
  struct Sets {
    std::set<rdf::QuadStore::TermId> subjects, objects, classes, properties, entities;
    std::set<std::pair<rdf::QuadStore::TermId, rdf::QuadStore::TermId>> typed;  // (class, subject)
    std::set<std::tuple<rdf::QuadStore::TermId, rdf::QuadStore::TermId, rdf::QuadStore::TermId>> triples;
    std::map<std::string, std::set<std::tuple<rdf::QuadStore::TermId, rdf::QuadStore::TermId>>> byProperty;
  };
  std::map<rdf::QuadStore::TermId, Sets> perGraph;
  Sets all;
  std::map<std::pair<std::string, std::string>, std::set<std::pair<rdf::QuadStore::TermId, rdf::QuadStore::TermId>>>
      links;
  for (const auto& q : store.quads()) {
    const auto& subject = store.term(q.subject);
    const auto& predicate = store.term(q.predicate);
    const auto& object = store.term(q.object);
    for (Sets* sets : {&perGraph[q.graph], &all}) {
      sets->triples.insert({q.subject, q.predicate, q.object});
      sets->subjects.insert(q.subject);
      sets->objects.insert(q.object);
      sets->properties.insert(q.predicate);
      sets->byProperty[predicate.value].insert({q.subject, q.object});
      if (subject.value.starts_with(base)) sets->entities.insert(q.subject);
      if (predicate.value == rdfType && object.isIri()) {
        sets->classes.insert(q.object);
        sets->typed.insert({q.object, q.subject});
      }
    }
    if (subject.value.starts_with(base) && object.isIri() && !object.value.starts_with(base) &&
        predicate.value != rdfType) {
      const std::string& p = predicate.value;
      if (p == iri(model::vocab::skos, "exactMatch") || p == iri(model::vocab::skos, "closeMatch") ||
          p == iri(model::vocab::owl, "sameAs")) {
        links[{p, namespaceOf(object.value)}].insert({q.subject, q.object});
      }
    }
  }
  const auto figures = [&](const Sets& sets, const std::string& graph) {
    GraphStatistics g;
    g.graph = graph;
    g.triples = sets.triples.size();
    g.entities = sets.entities.size();
    g.classes = sets.classes.size();
    g.properties = sets.properties.size();
    g.distinctSubjects = sets.subjects.size();
    g.distinctObjects = sets.objects.size();
    for (const auto& [cls, subject] : sets.typed) ++g.entitiesPerClass[store.term(cls).value];
    for (const auto& [property, pairs] : sets.byProperty) g.triplesPerProperty[property] = pairs.size();
    return g;
  };
  DatasetStatistics out;
  out.all = figures(all, {});
  for (const auto& [graph, sets] : perGraph) {
    if (graph != rdf::QuadStore::kDefaultGraph) out.graphs.push_back(figures(sets, store.term(graph).value));
  }
  std::sort(out.graphs.begin(), out.graphs.end(), [](const auto& a, const auto& b) { return a.graph < b.graph; });
  for (const auto& [key, pairs] : links) out.links.push_back({key.first, key.second, pairs.size()});
  return out;
}

ReleaseDescriptions describeRelease(const model::DatasetMetadata& metadata, const DatasetStatistics& statistics,
                                    const std::vector<PackageFile>& files, const std::string& base) {
  const std::string dataset = base + "dataset";
  const std::string license = spdxLicenseIri(metadata.license);
  const std::string ontology(model::vocab::pgOntology);
  ReleaseDescriptions out;

  // VoID.
  {
    Description d;
    d.add(dataset, model::vocab::rdf, "type", iri(kVoid, "Dataset"));
    d.text(dataset, model::vocab::dcterms, "title", metadata.title);
    d.add(dataset, model::vocab::dcterms, "license", license);
    d.add(dataset, kVoid, "uriSpace", Term::string(base));
    d.add(dataset, kVoid, "vocabulary", ontology);
    statisticsTriples(d, dataset, statistics.all);
    for (const auto& file : files) {
      if (const std::string format = formatIri(file.mediaType); !format.empty())
        d.add(dataset, kVoid, "feature", format);
      if (!metadata.downloadUrl.empty()) d.add(dataset, kVoid, "dataDump", metadata.downloadUrl + file.name);
    }
    for (const auto& [cls, n] : statistics.all.entitiesPerClass) {
      const std::string partition = dataset + "/class/" + partName(cls);
      d.add(dataset, kVoid, "classPartition", partition);
      d.add(partition, kVoid, "class", cls);
      d.add(partition, kVoid, "entities", integer(n));
    }
    for (const auto& [property, n] : statistics.all.triplesPerProperty) {
      const std::string partition = dataset + "/property/" + partName(property);
      d.add(dataset, kVoid, "propertyPartition", partition);
      d.add(partition, kVoid, "property", property);
      d.add(partition, kVoid, "triples", integer(n));
    }
    for (const auto& g : statistics.graphs) {
      const std::string subset =
          dataset + "/" + (g.graph.starts_with(base) ? g.graph.substr(base.size()) : "graph/" + partName(g.graph));
      d.add(dataset, kVoid, "subset", subset);
      d.add(subset, model::vocab::rdf, "type", iri(kVoid, "Dataset"));
      d.add(subset, kSd, "name", g.graph);
      statisticsTriples(d, subset, g);
    }
    for (const auto& link : statistics.links) {
      const std::string linkset = dataset + "/links/" + partName(link.predicate + " " + link.targetNamespace);
      d.add(dataset, kVoid, "subset", linkset);
      d.add(linkset, model::vocab::rdf, "type", iri(kVoid, "Linkset"));
      d.add(linkset, kVoid, "subjectsTarget", dataset);
      d.add(linkset, kVoid, "objectsTarget", link.targetNamespace);
      d.add(linkset, kVoid, "linkPredicate", link.predicate);
      d.add(linkset, kVoid, "triples", integer(link.triples));
      d.add(link.targetNamespace, model::vocab::rdf, "type", iri(kVoid, "Dataset"));
      d.add(link.targetNamespace, kVoid, "uriSpace", Term::string(link.targetNamespace));
    }
    out.voidTurtle = d.turtle(base);
  }

  // DCAT and schema.org, side by side.
  {
    Description d;
    const auto both = [&](const std::string& s, std::string_view dcatNs, std::string_view dcatTerm,
                          std::string_view schemaTerm, const Term& o) {
      d.add(s, dcatNs, dcatTerm, o);
      d.add(s, model::vocab::schema, schemaTerm, o);
    };
    d.add(dataset, model::vocab::rdf, "type", iri(kDcat, "Dataset"));
    d.add(dataset, model::vocab::rdf, "type", iri(model::vocab::schema, "Dataset"));
    both(dataset, model::vocab::dcterms, "title", "name", Term::string(metadata.title));
    both(dataset, model::vocab::dcterms, "description", "description", Term::string(metadata.description));
    both(dataset, model::vocab::dcterms, "license", "license", Term::iri(license));
    both(dataset, kDcat, "version", "version", Term::string(metadata.version));
    both(dataset, model::vocab::dcterms, "issued", "datePublished",
         Term::literal(metadata.released, iri(model::vocab::xsd, "date")));
    d.add(dataset, model::vocab::dcterms, "conformsTo", ontology);
    d.add(dataset, model::vocab::dcterms, "identifier", Term::string(dataset));
    for (const auto& keyword : metadata.keywords) both(dataset, kDcat, "keyword", "keywords", Term::string(keyword));
    if (!metadata.homepage.empty()) both(dataset, kDcat, "landingPage", "url", Term::iri(metadata.homepage));
    for (const auto& creator : metadata.creators) {
      const std::string who = creatorIri(creator, dataset);
      both(dataset, model::vocab::dcterms, "creator", "creator", Term::iri(who));
      const bool person = !creator.family.empty();
      d.add(who, model::vocab::rdf, "type", iri(model::vocab::schema, person ? "Person" : "Organization"));
      d.text(who, model::vocab::schema, "name", creatorName(creator));
      d.text(who, model::vocab::schema, "familyName", creator.family);
      d.text(who, model::vocab::schema, "givenName", creator.given);
      d.text(who, model::vocab::schema, "affiliation", creator.affiliation);
    }
    for (const auto& file : files) {
      const std::string distribution = dataset + "/distribution/" + file.name;
      both(dataset, kDcat, "distribution", "distribution", Term::iri(distribution));
      d.add(distribution, model::vocab::rdf, "type", iri(kDcat, "Distribution"));
      d.add(distribution, model::vocab::rdf, "type", iri(model::vocab::schema, "DataDownload"));
      both(distribution, model::vocab::dcterms, "title", "name", Term::string(file.title));
      d.add(distribution, kDcat, "mediaType", iri(kMediaTypes, file.mediaType));
      d.add(distribution, model::vocab::schema, "encodingFormat", Term::string(file.mediaType));
      if (const std::string format = formatIri(file.mediaType); !format.empty()) {
        d.add(distribution, model::vocab::dcterms, "format", format);
      }
      d.add(distribution, kDcat, "byteSize",
            Term::literal(std::to_string(file.bytes), iri(model::vocab::xsd, "nonNegativeInteger")));
      d.add(distribution, model::vocab::schema, "contentSize", Term::string(std::to_string(file.bytes)));
      d.add(distribution, model::vocab::dcterms, "license", license);
      const std::string checksum = distribution + "/sha256";
      d.add(distribution, kSpdx, "checksum", checksum);
      d.add(checksum, model::vocab::rdf, "type", iri(kSpdx, "Checksum"));
      d.add(checksum, kSpdx, "algorithm", iri(kSpdx, "checksumAlgorithm_sha256"));
      d.add(checksum, kSpdx, "checksumValue", Term::string(file.sha256));
      if (!metadata.downloadUrl.empty()) {
        both(distribution, kDcat, "downloadURL", "contentUrl", Term::iri(metadata.downloadUrl + file.name));
      }
    }
    out.dcatTurtle = d.turtle(base);
  }

  // CITATION.cff 1.2.0.
  {
    std::string cff = "cff-version: 1.2.0\n";
    cff += "message: \"If you use this dataset, please cite it as below.\"\n";
    cff += "type: dataset\n";
    cff += "title: " + yamlQuoted(metadata.title) + "\n";
    cff += "abstract: " + yamlQuoted(metadata.description) + "\n";
    cff += "version: " + yamlQuoted(metadata.version) + "\n";
    cff += "date-released: " + yamlQuoted(metadata.released) + "\n";
    cff += "license: " + metadata.license + "\n";  // an SPDX id (validated): plain
    if (!metadata.homepage.empty()) cff += "url: " + yamlQuoted(metadata.homepage) + "\n";
    cff += "identifiers:\n  - type: url\n    value: " + yamlQuoted(dataset) + "\n";
    cff += "authors:\n";
    for (const auto& creator : metadata.creators) {
      if (creator.family.empty()) {
        cff += "  - name: " + yamlQuoted(creator.name) + "\n";
      } else {
        cff += "  - family-names: " + yamlQuoted(creator.family) + "\n";
        if (!creator.given.empty()) cff += "    given-names: " + yamlQuoted(creator.given) + "\n";
      }
      if (!creator.orcid.empty()) cff += "    orcid: " + yamlQuoted(creator.orcid) + "\n";
      if (!creator.affiliation.empty()) cff += "    affiliation: " + yamlQuoted(creator.affiliation) + "\n";
    }
    if (!metadata.keywords.empty()) {
      cff += "keywords:\n";
      for (const auto& keyword : metadata.keywords) cff += "  - " + yamlQuoted(keyword) + "\n";
    }
    out.citationCff = cff;
  }
  return out;
}

std::string roCrateMetadata(const model::DatasetMetadata& metadata, const std::vector<PackageFile>& files,
                            const std::string& previewName, const std::string& base) {
  const std::string dataset = base + "dataset";
  const std::string license = spdxLicenseIri(metadata.license);
  using Json = nlohmann::ordered_json;
  const auto ref = [](const std::string& id) { return Json{{"@id", id}}; };
  Json graph = Json::array();
  graph.push_back({{"@id", "ro-crate-metadata.json"},
                   {"@type", "CreativeWork"},
                   {"conformsTo", ref("https://w3id.org/ro/crate/1.2")},
                   {"about", ref("./")}});
  Json root = Json::object();
  root["@id"] = "./";
  root["@type"] = "Dataset";
  root["identifier"] = dataset;
  root["name"] = metadata.title;
  root["description"] = metadata.description;
  root["version"] = metadata.version;
  root["datePublished"] = metadata.released;
  root["license"] = ref(license);
  if (!metadata.homepage.empty()) root["url"] = metadata.homepage;
  if (!metadata.keywords.empty()) root["keywords"] = metadata.keywords;
  Json authors = Json::array();
  for (const auto& creator : metadata.creators) authors.push_back(ref(creatorIri(creator, dataset)));
  root["author"] = authors;
  Json parts = Json::array();
  const std::vector<PackageFile>& all = files;
  for (const auto& file : all) parts.push_back(ref(file.name));
  root["hasPart"] = parts;
  graph.push_back(root);
  for (const auto& file : all) {
    Json entity = {{"@id", file.name},
                   {"@type", "File"},
                   {"name", file.title},
                   {"encodingFormat", file.mediaType},
                   {"contentSize", std::to_string(file.bytes)},
                   {"sha256", file.sha256}};
    if (file.name == previewName) entity["about"] = ref("./");
    graph.push_back(entity);
  }
  for (const auto& creator : metadata.creators) {
    Json who = {{"@id", creatorIri(creator, dataset)},
                {"@type", creator.family.empty() ? "Organization" : "Person"},
                {"name", creatorName(creator)}};
    if (!creator.family.empty()) who["familyName"] = creator.family;
    if (!creator.given.empty()) who["givenName"] = creator.given;
    if (!creator.affiliation.empty()) who["affiliation"] = creator.affiliation;
    graph.push_back(who);
  }
  graph.push_back(
      {{"@id", license}, {"@type", "CreativeWork"}, {"name", metadata.license}, {"identifier", metadata.license}});
  Json crate = Json::object();
  crate["@context"] = "https://w3id.org/ro/crate/1.2/context";
  crate["@graph"] = graph;
  return crate.dump(2) + "\n";
}

}  // namespace pactgraph::interop

// A citable release package: the descriptions that data repositories and
// citation tools expect beside the exports of a dataset.
//   void.ttl                  VoID: the dataset and one subset per named
//                             graph with void:triples, entities, classes,
//                             properties, distinct subjects and objects,
//                             class and property partitions, and one
//                             void:Linkset per link predicate and target
//                             namespace (skos:exactMatch → Wikidata);
//   dcat.ttl                  DCAT 3 and schema.org: the dataset (title,
//                             description, licence, version, creators,
//                             release date, keywords) and one distribution
//                             per file (media type, byte size, SHA-256);
//   ro-crate-metadata.json    RO-Crate 1.2: the root Dataset with its files
//                             (the HTML report as ro-crate-preview.html);
//   CITATION.cff              Citation File Format 1.2.0.
// Metadata come from the data's "dataset" section (model::DatasetMetadata,
// validated); nothing depends on the clock: the same data and files give
// the same bytes. IRIs: the dataset is <base>dataset, its parts are named
// under it (<base>dataset/graph/facts, …/distribution/pactgraph.ttl); no
// blank nodes.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "pactgraph/model/Graph.h"
#include "pactgraph/rdf/QuadStore.h"

namespace pactgraph::interop {

// Figures of one graph (or of the union), as VoID names them.
struct GraphStatistics {
  std::string graph;  // IRI; empty for the union of all graphs
  std::size_t triples = 0;
  std::size_t entities = 0;  // distinct subjects minted under the base
  std::size_t classes = 0;   // distinct objects of rdf:type
  std::size_t properties = 0;
  std::size_t distinctSubjects = 0;
  std::size_t distinctObjects = 0;
  std::map<std::string, std::size_t> entitiesPerClass;  // class IRI → instances
  std::map<std::string, std::size_t> triplesPerProperty;
};

// Links out: triples of one predicate whose object lies in one namespace
// outside the base (skos:exactMatch → http://www.wikidata.org/entity/).
struct LinkStatistics {
  std::string predicate;
  std::string targetNamespace;
  std::size_t triples = 0;
};

struct DatasetStatistics {
  GraphStatistics all;                  // the union (what Turtle carries)
  std::vector<GraphStatistics> graphs;  // each named graph, by IRI
  std::vector<LinkStatistics> links;    // by predicate, then namespace
};

// `store` finalized; `base` the base IRI its nodes were minted under.
DatasetStatistics computeStatistics(const rdf::QuadStore& store, const std::string& base);

// One file of the package.
struct PackageFile {
  std::string name;       // file name in the package (pactgraph.ttl)
  std::string mediaType;  // IANA media type (text/turtle)
  std::string title;      // what it holds, in English
  std::size_t bytes = 0;
  std::string sha256;  // lowercase hex
};

struct ReleaseDescriptions {
  std::string voidTurtle;
  std::string dcatTurtle;
  std::string citationCff;
};

// VoID, DCAT and CITATION.cff; `files`: the distributions (the exports) in
// the order to list them.
ReleaseDescriptions describeRelease(const model::DatasetMetadata& metadata, const DatasetStatistics& statistics,
                                    const std::vector<PackageFile>& files, const std::string& base);

// ro-crate-metadata.json: the root Dataset with every file of the package
// (`files`, the exports, descriptions and the preview, all but the crate
// metadata itself); `previewName` is the HTML preview (ro-crate-preview.html).
std::string roCrateMetadata(const model::DatasetMetadata& metadata, const std::vector<PackageFile>& files,
                            const std::string& previewName, const std::string& base);

// https://spdx.org/licenses/<id>: the licence IRI of an SPDX identifier.
std::string spdxLicenseIri(const std::string& identifier);

}  // namespace pactgraph::interop

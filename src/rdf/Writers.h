// Internal: the serializer back ends behind rdf::serialize. Each takes
// quads already sorted and unique in the order its syntax needs.
#pragma once

#include <string>
#include <vector>

#include "pactgraph/model/Term.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf::detail {

std::string writeWithSerd(const std::vector<model::Quad>& quads, Format format, const Prefixes& prefixes);
std::string writeLines(const std::vector<model::Quad>& quads, bool withGraphs);
std::string writeJsonLd(const std::vector<model::Quad>& quads, const Prefixes& prefixes);

}  // namespace pactgraph::rdf::detail

// Internal: JSON-LD input for rdf::readRdf (Reader.h says what it reads).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Term.h"
#include "pactgraph/rdf/Reader.h"

namespace pactgraph::rdf::detail {

// The quads of a JSON-LD document; throws ReadError (`name: /json/pointer:
// message`) for invalid JSON and for any feature outside the subset.
std::vector<model::Quad> readJsonLd(std::string_view text, const ReadOptions& options, const std::string& name);

}  // namespace pactgraph::rdf::detail

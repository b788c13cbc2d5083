// Internal: the serializer back ends behind rdf::serialize. Each takes a
// finalized store (sorted, unique) and streams into the sink.
#pragma once

#include <string>
#include <vector>

#include "pactgraph/model/Term.h"
#include "pactgraph/rdf/Writer.h"

namespace pactgraph::rdf::detail {

void writeWithSerd(const QuadStore& store, Format format, const Prefixes& prefixes, util::TextSink& sink);
void writeLines(const QuadStore& store, bool withGraphs, util::TextSink& sink);
void writeJsonLd(const QuadStore& store, const Prefixes& prefixes, const JsonLdOptions& options, util::TextSink& sink);

}  // namespace pactgraph::rdf::detail

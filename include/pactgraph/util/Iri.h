// IRI reference resolution (RFC 3986 §5.2, applied to IRIs as RFC 3987 §6.5
// allows): what a reader needs for relative IRIs and @base.
#pragma once

#include <string>
#include <string_view>

namespace pactgraph::util {

// Resolves `reference` against the absolute `base`; an absolute reference
// is returned with its dot segments removed. With an empty base the
// reference is returned as written.
std::string resolveIri(std::string_view base, std::string_view reference);

// True when `reference` has no scheme (so it must be resolved against a base).
bool isRelativeReference(std::string_view reference);

// RFC 3986 §5.2.4.
std::string removeDotSegments(std::string_view path);

// The part of an IRI after its last '#' or '/' (the whole IRI when it has
// neither): "http://example.org/pg/ontology#participant" → "participant".
std::string_view iriLocalName(std::string_view iri);
// The IRI up to and including its last '#' or '/' (the whole IRI when it has neither).
std::string_view iriNamespace(std::string_view iri);

}  // namespace pactgraph::util

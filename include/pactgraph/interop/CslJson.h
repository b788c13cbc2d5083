// CSL-JSON (the Citation Style Language's item format, as Zotero and Better
// BibTeX export it) to and from pactgraph source nodes, through the
// ontology's crosswalk (Crosswalk.h).
//
// Import: every item becomes a SourceRecord of the class whose pg:cslType is
// the item's type (pg:Source, with a warning, for types no class claims);
// every variable with a pg:cslVariable property is kept, names as "Family,
// Given" (particles joined to the family or given name they belong to;
// literal names as written), dates as EDTF (a parseable "raw" form wins over
// "date-parts"; "circa" is "~"), ISBNs split at white space, `Label: value`
// lines of the note by pg:cslNoteField, and `variable: value` lines of the
// note as further values of a text variable (CSL gives a variable one value:
// export writes a second place of publication so, as citeproc-js and Zotero
// read the note). What has no property is reported as
// a warning `csl.not-modelled`, never dropped silently.
//
// Export: every node of a Source class, sorted by id, as an item whose keys
// are sorted (as Better BibTeX writes them), four-space indentation: `id`
// and `citation-key` from pg:citationKey (the node id without one). So
// CSL-JSON → data → CSL-JSON gives back every modelled variable, and
// data → CSL-JSON → data the same data file, byte for byte.
//
// Diagnostic ids: json.* (io/Json.h), csl.not-a-list, csl.not-an-item,
// csl.unknown-type, csl.not-modelled, csl.bad-name, csl.bad-date,
// csl.bad-value, csl.missing-title.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/interop/Crosswalk.h"
#include "pactgraph/interop/SourceRecord.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::interop {

// The items of one CSL-JSON document (an array of items), not yet finished
// (finishRecords mints ids and labels).
std::vector<SourceRecord> readCslJson(std::string_view text, const std::string& fileName, const Crosswalk& crosswalk,
                                      util::Diagnostics& diagnostics);

// The sources of a validated graph as a CSL-JSON document.
std::string writeCslJson(const model::Graph& graph, const Crosswalk& crosswalk);

}  // namespace pactgraph::interop

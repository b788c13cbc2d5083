// One bibliographic source on its way from a reference manager into the
// data format: what CSL-JSON and BibTeX import produce, before it becomes a
// node of `type` (a Source class) with its `props`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pactgraph/interop/Crosswalk.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::interop {

struct SourceRecord {
  // The citation key as the reference manager gives it ("heinzig2004"),
  // empty when there is none; the node id is made from it.
  std::string key;
  std::string type;  // pactgraph class, local name (Book, ArchivalDocument)
  // Property local name → values, in the order added (names in printed order).
  std::vector<std::pair<std::string, std::vector<std::string>>> props;
  util::Origin origin;  // of the record in its input file

  // Filled by finishRecords():
  std::string id;     // slug, unique in the batch
  std::string label;  // "Heinzig 2004", "Zhou, Zhang and Zhang 2015"

  void add(const std::string& property, std::string value);
  const std::vector<std::string>* values(const std::string& property) const;
  bool has(const std::string& property) const { return values(property) != nullptr; }
};

// "Family, Given" (or "Family, Given, Suffix") for a person; a name without
// a comma is a literal name (an institution, a single name).
std::string formatPersonName(const std::string& family, const std::string& given, const std::string& suffix = {});

// Checks each value against its property's range (model::checkLexical,
// EDTF for dates) and drops those that do not fit, with a warning
// `<prefix>.bad-value`. Every record needs a title: `<prefix>.missing-title`
// (an error). Then mints ids (the citation key as a slug, else
// `<first family name>-<year>` (the title's first words
// without a name), ASCII-folded; `-2`, `-3` on collisions with
// each other and with `takenIds`), labels, and `creatorList`.
void finishRecords(std::vector<SourceRecord>& records, const Crosswalk& crosswalk, const std::string& prefix,
                   util::Diagnostics& diagnostics, const std::vector<std::string>& takenIds = {});

// The records as one data file ({"nodes": [...]}, data/README.md), in their
// order; props in the crosswalk's order; one value as a string, several (or
// any name property) as a list. Deterministic: same records, same bytes.
std::string writeSourceNodes(const std::vector<SourceRecord>& records, const Crosswalk& crosswalk);

// Helpers the importers share.
// `text` without leading and trailing white space.
std::string trimmed(std::string_view text);
// The items of a list written in one field ("978-3-662-44272-2 978-3-662-44273-9",
// "a, b; c"): split at spaces, commas and semicolons, empty items dropped.
std::vector<std::string> splitList(std::string_view text);
// The warning `<prefix>.not-modelled` listing what a record left out (nothing
// when `leftOut` is empty); `annotation` names the ontology annotation that
// would keep such a field (pg:cslVariable, pg:bibtexField).
void reportLeftOut(util::Diagnostics& diagnostics, const std::string& prefix, const util::Origin& origin,
                   const std::vector<std::string>& leftOut, const std::string& annotation);

// The slug for a citation key or name: lowercase ASCII letters and digits,
// common Latin letters folded ("Élleman" → "elleman"), every other run of
// characters as one '-'. Empty when nothing is left.
std::string slugify(std::string_view text);

}  // namespace pactgraph::interop

// BibTeX and BibLaTeX (as Better BibTeX and JabRef write them) into source
// records, parsed by btparse (Debian's libbtparse, the parser behind
// Text::BibTeX and Biber's ancestors): @string macros, concatenation,
// brace-protected names and "and"-separated name lists are btparse's job;
// the mapping of entry types and fields is the ontology's (pg:bibtexType,
// pg:bibtexField; Crosswalk.h). The first field of an entry that gives a
// property wins; BibLaTeX `date` over `year`/`month`; `eprinttype` names
// the property of `eprint` (jstor → pg:jstor). TeX in values is turned into
// Unicode: accents ({\'e} → é, \v{c} → č), \ss, \o, \l and friends,
// -- and --- as dashes, ~ as a space, braces dropped.
//
// btparse keeps global state and prints its own errors: reading captures
// them (not thread-safe; pactgraph reads one file at a time).
//
// Diagnostic ids: bibtex.syntax (error), bibtex.unknown-type,
// bibtex.not-modelled, bibtex.tex (an unknown TeX command, kept as
// written), bibtex.bad-date, bibtex.bad-value (warnings),
// bibtex.missing-title (error, from finishRecords).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/interop/Crosswalk.h"
#include "pactgraph/interop/SourceRecord.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::interop {

std::vector<SourceRecord> readBibTex(std::string_view text, const std::string& fileName, const Crosswalk& crosswalk,
                                     util::Diagnostics& diagnostics);

// TeX markup of a BibTeX value as Unicode text; commands it does not know
// are appended to `unknown` and kept as written.
std::string texToUnicode(std::string_view tex, std::vector<std::string>* unknown = nullptr);

}  // namespace pactgraph::interop

// How the model's texts are shown to people: which of several language
// versions to show, and how a citation reads. The one home of these rules;
// the text and JSON renderings, the report and the RDF labels all use it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pactgraph/model/Graph.h"

namespace pactgraph::model {

// The English text of `texts`, else the first; `fallback` when there is none.
std::string preferredText(const std::vector<LangText>& texts, std::string_view fallback = {});

// Whether `pages` names several pages (a range or a list: "318–319", "3, 7").
bool isPageRange(std::string_view pages);

// "Heinzig 2004, p. 343" or "Heinzig 2004, pp. 318–319": the source's label
// and the locator; the label alone when `pages` is empty.
std::string citationLocator(std::string_view sourceLabel, std::string_view pages);

// A citation as the renderings print it: the locator, then the footnotes:
// "Heinzig 2004, p. 343 [fn 34]", "… [fn 3, 7]" for a citation several
// footnotes share, "… [no footnote]" when it has none.
std::string citationText(std::string_view sourceLabel, std::string_view pages,
                         const std::vector<std::string>& footnotes);

}  // namespace pactgraph::model

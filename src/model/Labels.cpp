#include "pactgraph/model/Labels.h"

namespace pactgraph::model {

std::string preferredText(const std::vector<LangText>& texts, std::string_view fallback) {
  for (const auto& text : texts) {
    if (text.language == "en") return text.text;
  }
  return texts.empty() ? std::string(fallback) : texts.front().text;
}

bool isPageRange(std::string_view pages) {
  if (pages.find_first_of(",-") != std::string_view::npos) return true;
  for (const std::string_view dash : {"\u2010", "\u2011", "\u2013", "\u2014"}) {  // hyphen, non-breaking, en, em
    if (pages.find(dash) != std::string_view::npos) return true;
  }
  return false;
}

std::string citationLocator(std::string_view sourceLabel, std::string_view pages) {
  std::string text(sourceLabel);
  if (!pages.empty()) text.append(isPageRange(pages) ? ", pp. " : ", p. ").append(pages);
  return text;
}

std::string citationText(std::string_view sourceLabel, std::string_view pages,
                         const std::vector<std::string>& footnotes) {
  std::string text = citationLocator(sourceLabel, pages);
  if (footnotes.empty()) return text + " [no footnote]";
  for (std::size_t i = 0; i < footnotes.size(); ++i) text += (i == 0 ? " [fn " : ", ") + footnotes[i];
  return text + "]";
}

}  // namespace pactgraph::model

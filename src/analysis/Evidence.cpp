#include "pactgraph/analysis/Evidence.h"

#include <algorithm>

#include "pactgraph/model/Identity.h"
#include "pactgraph/model/Labels.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::analysis {

std::string displayLabel(const model::Node& node) { return model::preferredText(node.labels, node.id); }

std::string displayLabel(const model::Graph& graph, const std::string& id) {
  const model::Node* node = graph.findNode(id);
  return node ? displayLabel(*node) : id;
}

namespace {

std::vector<std::string> idsWithName(const model::Graph& graph, const std::string& name, bool ignoreCase,
                                     const std::function<bool(const model::Node&)>& accept) {
  const std::string wanted = ignoreCase ? util::toLowerAscii(name) : name;
  std::set<std::string> ids;
  for (const auto& node : graph.nodes) {
    if (accept && !accept(node)) continue;
    for (const auto* texts : {&node.labels, &node.altLabels}) {
      for (const auto& label : *texts) {
        if ((ignoreCase ? util::toLowerAscii(label.text) : label.text) == wanted) ids.insert(node.id);
      }
    }
  }
  return {ids.begin(), ids.end()};
}

}  // namespace

NameMatch findNodeByName(const model::Graph& graph, const std::string& name,
                         const std::function<bool(const model::Node&)>& accept) {
  NameMatch match;
  if (const model::Node* node = graph.findNode(name); node && (!accept || accept(*node))) {
    match.id = node->id;
    return match;
  }
  for (const bool ignoreCase : {false, true}) {
    auto ids = idsWithName(graph, name, ignoreCase, accept);
    if (ids.size() == 1) {
      match.id = ids.front();
      return match;
    }
    if (ids.size() > 1) {
      match.candidates = std::move(ids);
      return match;
    }
  }
  // Nothing matched: suggest the closest id or label (compared in lowercase),
  // else the nodes whose labels contain the name.
  std::vector<std::string> names;
  std::vector<std::string> owners;
  for (const auto& node : graph.nodes) {
    if (accept && !accept(node)) continue;
    names.push_back(node.id);
    owners.push_back(node.id);
    for (const auto* texts : {&node.labels, &node.altLabels}) {
      for (const auto& label : *texts) {
        names.push_back(util::toLowerAscii(label.text));
        owners.push_back(node.id);
      }
    }
  }
  if (const auto nearest = util::nearest(util::toLowerAscii(name), names)) {
    const auto at = static_cast<std::size_t>(std::find(names.begin(), names.end(), *nearest) - names.begin());
    match.suggestion = "did you mean `" + owners[at] + "` (" + displayLabel(graph, owners[at]) + ")?";
    return match;
  }
  std::set<std::string> containing;
  const std::string lowered = util::toLowerAscii(name);
  for (std::size_t i = 0; i < names.size() && !lowered.empty(); ++i) {
    if (names[i].find(lowered) != std::string::npos) containing.insert(owners[i]);
  }
  if (!containing.empty() && containing.size() <= 8) {
    match.suggestion = "did you mean one of:";
    for (const auto& id : containing) match.suggestion += " `" + id + "`";
    match.suggestion += "?";
  }
  return match;
}

bool DayRange::overlaps(const DayRange& other) const {
  const bool startsInTime = latest.empty() || other.earliest.empty() || other.earliest <= latest;
  const bool endsInTime = earliest.empty() || other.latest.empty() || earliest <= other.latest;
  return startsInTime && endsInTime;
}

bool DayRange::contains(const DayRange& other) const {
  const bool from = earliest.empty() || (!other.earliest.empty() && earliest <= other.earliest);
  const bool to = latest.empty() || (!other.latest.empty() && other.latest <= latest);
  return from && to;
}

bool DayRange::endsBefore(const DayRange& other) const {
  return !latest.empty() && !other.earliest.empty() && latest < other.earliest;
}

DayRange dayRange(const model::DateValue& date) {
  return {date.begin.earliestDay(), (date.end ? *date.end : date.begin).latestDay()};
}

namespace {

// Keeps only the preferred statements when there are any.
std::vector<const model::Statement*> best(std::vector<const model::Statement*> statements) {
  const bool anyPreferred = std::any_of(statements.begin(), statements.end(),
                                        [](const model::Statement* s) { return s->rank == model::Rank::preferred; });
  if (anyPreferred) {
    std::erase_if(statements, [](const model::Statement* s) { return s->rank != model::Rank::preferred; });
  }
  return statements;
}

}  // namespace

ClaimDates::ClaimDates(const model::Graph& graph, const TypeHierarchy& types, bool includeDeprecated) {
  for (const auto& node : graph.nodes) {
    if (types.isEvent(node)) events_.insert(node.id);
  }
  struct Collected {
    std::vector<const model::Statement*> date, start, end;
  };
  std::map<std::string, Collected> collected;
  for (const auto& statement : graph.statements) {
    if (!statement.object.date || (statement.rank == model::Rank::deprecated && !includeDeprecated)) continue;
    auto& entry = collected[statement.subjectId];
    if (statement.predicate == "date") entry.date.push_back(&statement);
    if (statement.predicate == "startDate") entry.start.push_back(&statement);
    if (statement.predicate == "endDate") entry.end.push_back(&statement);
  }
  for (auto& [id, entry] : collected) {
    // The whole span: every best-ranked value of the three properties.
    DayRange whole;
    for (const auto* list : {&entry.date, &entry.start, &entry.end}) {
      for (const auto* s : best(*list)) {
        const DayRange range = dayRange(*s->object.date);
        if (list != &entry.end && (whole.earliest.empty() || range.earliest < whole.earliest)) {
          whole.earliest = range.earliest;
        }
        if (list != &entry.start) whole.latest = std::max(whole.latest, range.latest);
      }
    }
    if (!whole.earliest.empty() || !whole.latest.empty()) spans_[id] = whole;
    const auto dates = best(entry.date);
    if (!dates.empty()) {
      DayRange span = dayRange(*dates.front()->object.date);
      for (const auto* s : dates) {
        const DayRange range = dayRange(*s->object.date);
        span.earliest = std::min(span.earliest, range.earliest);
        span.latest = std::max(span.latest, range.latest);
      }
      dates_[id] = span;
      dateStatements_[id] = dates.front();
      continue;
    }
    const auto starts = best(entry.start);
    const auto ends = best(entry.end);
    if (starts.empty() && ends.empty()) continue;
    DayRange span;
    for (const auto* s : starts) {
      const auto earliest = dayRange(*s->object.date).earliest;
      if (span.earliest.empty() || earliest < span.earliest) span.earliest = earliest;
    }
    for (const auto* s : ends) span.latest = std::max(span.latest, dayRange(*s->object.date).latest);
    dates_[id] = span;
    dateStatements_[id] = starts.empty() ? ends.front() : starts.front();
  }
}

std::optional<DayRange> ClaimDates::nodeDate(const std::string& id) const {
  const auto it = dates_.find(id);
  if (it == dates_.end()) return std::nullopt;
  return it->second;
}

const model::Statement* ClaimDates::dateStatement(const std::string& id) const {
  const auto it = dateStatements_.find(id);
  return it == dateStatements_.end() ? nullptr : it->second;
}

std::optional<DayRange> ClaimDates::nodeSpan(const std::string& id) const {
  const auto it = spans_.find(id);
  if (it == spans_.end()) return std::nullopt;
  return it->second;
}

std::optional<DayRange> ClaimDates::statementDate(const model::Statement& statement) const {
  if (auto own = qualifierDate(statement)) return own;
  for (const std::string* id : {&statement.subjectId, &statement.object.referencedId}) {
    if (events_.contains(*id)) {
      if (auto date = nodeDate(*id)) return date;
    }
  }
  return std::nullopt;
}

std::optional<DayRange> ClaimDates::qualifierDate(const model::Statement& statement) const {
  std::optional<DayRange> own;
  for (const auto& qualifier : statement.qualifiers) {
    if (!qualifier.value.date) continue;
    const DayRange range = dayRange(*qualifier.value.date);
    if (!own) own = DayRange{};
    if (qualifier.property == "pointInTime") {
      if (own->earliest.empty() || range.earliest < own->earliest) own->earliest = range.earliest;
      own->latest = std::max(own->latest, range.latest);
    } else if (qualifier.property == "startDate") {
      if (own->earliest.empty() || range.earliest < own->earliest) own->earliest = range.earliest;
    } else if (qualifier.property == "endDate") {
      own->latest = std::max(own->latest, range.latest);
    }
  }
  return own;
}

std::string formatCitation(const model::Graph& graph, const model::Citation& citation) {
  std::vector<std::string> footnotes;
  if (citation.footnote) footnotes.push_back(std::to_string(*citation.footnote));
  return model::citationText(displayLabel(graph, citation.sourceId), citation.pages, footnotes);
}

std::vector<const model::Citation*> citationsOf(const model::Graph& graph, const model::Statement& statement) {
  std::vector<const model::Citation*> out;
  for (const auto& id : statement.citationIds) {
    if (const model::Citation* citation = graph.findCitation(id)) out.push_back(citation);
  }
  return out;
}

std::string citationIdentity(const model::Citation& citation) { return model::locatorKey(citation); }

}  // namespace pactgraph::analysis

#include "pactgraph/analysis/Timeline.h"

#include <algorithm>
#include <map>

#include "pactgraph/analysis/Chronology.h"

namespace pactgraph::analysis {

namespace {

std::string precisionName(const model::DateValue& date) {
  if (date.isInterval()) return "interval";
  switch (date.begin.precision) {
    case model::DatePrecision::day:
      return "day";
    case model::DatePrecision::month:
      return "month";
    case model::DatePrecision::year:
      return "year";
  }
  return "year";
}

void addUnique(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::string describe(const DayRange& range) {
  if (range.earliest == range.latest) return range.earliest;
  return (range.earliest.empty() ? ".." : range.earliest) + " – " + (range.latest.empty() ? ".." : range.latest);
}

// A claim's known bounds (an open end says nothing) must lie within the
// days of its subject. The subject's own date claims define those days.
void checkClaimWithinSubject(const model::Graph& graph, const ClaimDates& dates, const model::Statement& statement,
                             util::Diagnostics& warnings) {
  if (statement.predicate == "date" || statement.predicate == "startDate" || statement.predicate == "endDate") return;
  const auto claim = dates.qualifierDate(statement);
  const auto subject = claim ? dates.nodeSpan(statement.subjectId) : std::nullopt;
  if (!subject) return;
  const auto outside = [&](const std::string& day) {
    return !day.empty() && ((!subject->earliest.empty() && day < subject->earliest) ||
                            (!subject->latest.empty() && day > subject->latest));
  };
  if (!outside(claim->earliest) && !outside(claim->latest)) return;
  const bool disjoint = claim->endsBefore(*subject) || subject->endsBefore(*claim);
  const std::string object =
      statement.object.referencedId.empty() ? statement.object.text : statement.object.referencedId;
  warnings.warning("timeline.claim-outside-subject", statement.origin,
                   "the claim \"" + statement.subjectId + " " + statement.predicate + " " + object + "\" holds " +
                       describe(*claim) + ", " + (disjoint ? "outside" : "not entirely within") + " the dates of \"" +
                       statement.subjectId + "\" (" + describe(*subject) + ")",
                   "check the claim's pointInTime, startDate and endDate, and the dates of " +
                       displayLabel(graph, statement.subjectId));
}

}  // namespace

Timeline buildTimeline(const model::Graph& graph, const TypeHierarchy& types, const TimelineOptions& options) {
  Timeline timeline;
  const ClaimDates dates(graph, types, options.includeDeprecated);
  std::map<std::string, std::size_t> eventIndex;
  for (const auto& node : graph.nodes) {
    if (!types.isEvent(node)) continue;
    TimelineEvent event;
    event.id = node.id;
    event.label = displayLabel(node);
    event.type = node.type;
    event.days = dates.nodeDate(node.id);
    if (const model::Statement* statement = dates.dateStatement(node.id)) {
      const model::DateValue& date = *statement->object.date;
      event.edtf = statement->object.text;
      event.precision = precisionName(date);
      event.uncertain = date.begin.uncertain || (date.end && date.end->uncertain);
      event.approximate = date.begin.approximate || (date.end && date.end->approximate);
      if (statement->predicate == "startDate" || statement->predicate == "endDate") {
        event.edtf = (event.days->earliest.empty() ? ".." : event.days->earliest) + "/" +
                     (event.days->latest.empty() ? ".." : event.days->latest);
        event.precision = "interval";
      }
    }
    eventIndex[node.id] = timeline.events.size();
    timeline.events.push_back(std::move(event));
  }

  // The direct ("truthy") claims, as in the export; all with includeDeprecated.
  const std::vector<bool> truthy = model::truthyStatements(graph);
  for (std::size_t i = 0; i < graph.statements.size(); ++i) {
    const model::Statement& statement = graph.statements[i];
    if (!truthy[i] && !options.includeDeprecated) continue;
    checkClaimWithinSubject(graph, dates, statement, timeline.warnings);
    const auto subject = eventIndex.find(statement.subjectId);
    if (subject == eventIndex.end() || statement.object.referencedId.empty()) continue;
    TimelineEvent& event = timeline.events[subject->second];
    const std::string& object = statement.object.referencedId;
    const auto is = [&](const char* property) { return types.propertyIs(statement.predicate, property); };
    if (is("participant") || is("carriedOutBy")) addUnique(event.participants, object);
    if (is("location")) addUnique(event.places, object);

    const auto own = dates.nodeDate(statement.subjectId);
    const auto other = dates.nodeDate(object);
    if (!own || !other) continue;
    const std::string& ownLabel = event.label;
    const std::string otherLabel = displayLabel(graph, object);
    if (statement.predicate == "follows" && own->endsBefore(*other)) {
      timeline.warnings.warning("timeline.follows-before", statement.origin,
                                "\"" + statement.subjectId + "\" (" + describe(*own) + ") follows \"" + object +
                                    "\" (" + describe(*other) + ") but ends before it begins",
                                "check the dates of " + ownLabel + " and " + otherLabel + ", or the `follows` claim");
    }
    if (statement.predicate == "partOfEvent" && !other->contains(*own)) {
      const bool disjoint = !other->overlaps(*own);
      timeline.warnings.warning("timeline.outside-parent", statement.origin,
                                "\"" + statement.subjectId + "\" (" + describe(*own) + ") is part of \"" + object +
                                    "\" (" + describe(*other) + ") but " +
                                    (disjoint ? "lies outside its dates" : "is not entirely within its dates"),
                                "check the dates of " + ownLabel + " and " + otherLabel);
    }
    if (statement.predicate == "outcome" && other->endsBefore(*own)) {
      timeline.warnings.warning("timeline.outcome-before", statement.origin,
                                "\"" + object + "\" is dated " + describe(*other) + ", before \"" +
                                    statement.subjectId + "\" (" + describe(*own) + ") whose outcome it is begins",
                                "check the dates of " + otherLabel + " and " + ownLabel);
    }
  }

  std::sort(timeline.events.begin(), timeline.events.end(), [](const TimelineEvent& x, const TimelineEvent& y) {
    return chronologicallyBefore({x.days, x.label, x.id}, {y.days, y.label, y.id});
  });
  return timeline;
}

}  // namespace pactgraph::analysis

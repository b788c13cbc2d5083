// The events of a graph in date order, and the places where their dates
// contradict the claims relating them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"
#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::analysis {

struct TimelineEvent {
  std::string id;
  std::string label;
  std::string type;  // class local name as written
  // The date as written (EDTF, "1950-01-22", "1949-12/1950-02", "1950~"),
  // its precision ("day", "month", "year" or "interval") and the days it
  // covers. Empty `edtf` and no `days` for undated events.
  std::string edtf;
  std::string precision;
  bool uncertain = false;
  bool approximate = false;
  std::optional<DayRange> days;
  std::vector<std::string>
      participants;                 // ids (participant, carriedOutBy, their subproperties), in claim order, unique
  std::vector<std::string> places;  // ids (location and its subproperties)
};

struct TimelineOptions {
  bool includeDeprecated = false;
};

// Events (instances of pg:Event subclasses) in the order of Chronology.h:
// earliest possible day (an open start by its known end), then latest day
// (an open end last), then label, then id; undated events follow.
//
// Warnings (Diagnostic ids, positioned at the claim that contradicts):
//   timeline.follows-before   an event ends before an event it `follows` begins
//   timeline.outside-parent   an event's days are not all within its `partOfEvent` parent's
//   timeline.outcome-before   a document dated before the event whose `outcome` it is begins
//   timeline.claim-outside-subject
//                             a claim's own dates (its pointInTime, startDate and
//                             endDate qualifiers) reach outside all the days of its
//                             subject (ClaimDates::nodeSpan): a participation after
//                             the event, an alliance before a state existed
struct Timeline {
  std::vector<TimelineEvent> events;
  util::Diagnostics warnings;
};

Timeline buildTimeline(const model::Graph& graph, const TypeHierarchy& types, const TimelineOptions& options);

}  // namespace pactgraph::analysis

// Shared readings of a validated model::Graph for the analyses: display
// labels, finding a node by any of its names, the days a claim or an event
// covers, and citations as readable references. All functions take a graph
// that passed ontology::validate (resolved fields filled, indexes built).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

// The English label of a node, else its first label, else its id.
std::string displayLabel(const model::Node& node);
// displayLabel of the node `id`, or `id` itself when there is no such node.
std::string displayLabel(const model::Graph& graph, const std::string& id);

// The outcome of looking a node up by a name a user typed.
struct NameMatch {
  std::string id;                       // set when exactly one node matched
  std::vector<std::string> candidates;  // ids, sorted, when the name is ambiguous
  std::string suggestion;               // "did you mean `x`?" when nothing matched, else empty
};

// Finds a node by id, else by an exact label or alternative label in any
// language, else by such a label compared case-insensitively (ASCII). The
// first rule that matches decides; several nodes matching it make the name
// ambiguous. `accept` restricts the nodes considered (all when empty).
NameMatch findNodeByName(const model::Graph& graph, const std::string& name,
                         const std::function<bool(const model::Node&)>& accept = {});

// A closed range of days, as yyyy-mm-dd (which compare like the dates they
// are). An empty `earliest` is open towards the past, an empty `latest`
// open towards the future.
struct DayRange {
  std::string earliest;
  std::string latest;

  // True when the two ranges share at least one day.
  bool overlaps(const DayRange& other) const;
  // True when every day of `other` lies within this range.
  bool contains(const DayRange& other) const;
  // True when all of this range lies before `other` begins.
  bool endsBefore(const DayRange& other) const;
};

DayRange dayRange(const model::DateValue& date);

// When nodes happened or were dated, from their own `date`, `startDate` and
// `endDate` statements (deprecated ones skipped unless asked; preferred ones
// win over normal ones of the same property), and when claims held.
// `dateStatement` points into `graph`, which must outlive this object.
class ClaimDates {
 public:
  ClaimDates(const model::Graph& graph, const TypeHierarchy& types, bool includeDeprecated);

  // The node's date: the span of its `date` values, else [startDate,
  // endDate]; nothing when it has none.
  std::optional<DayRange> nodeDate(const std::string& id) const;
  // The statement giving the node's date as written (its first `date`
  // statement, else its `startDate`), or nullptr.
  const model::Statement* dateStatement(const std::string& id) const;

  // All the node's days: from the first day of its `date` and `startDate`
  // values to the last of its `date` and `endDate` values (a signed
  // treaty's date through its end), open where it has only a start or only
  // an end; nothing when it has no date at all.
  std::optional<DayRange> nodeSpan(const std::string& id) const;

  // When a claim held: its own `pointInTime`, `startDate` and `endDate`
  // qualifiers; failing those, the date of its subject or object when that
  // is an event (a participation holds when the event happened); else
  // nothing (undated).
  std::optional<DayRange> statementDate(const model::Statement& statement) const;
  // Only what its own qualifiers say (nothing when it has none).
  std::optional<DayRange> qualifierDate(const model::Statement& statement) const;

 private:
  std::set<std::string> events_;  // ids of the nodes that are events
  std::map<std::string, DayRange> dates_;
  std::map<std::string, DayRange> spans_;
  std::map<std::string, const model::Statement*> dateStatements_;
};

// "Heinzig 2004, p. 343 [fn 34]": the source's display label, the pages
// ("p." for one page, "pp." for a range or list) and the footnote number;
// citations without a footnote end in "[no footnote]".
std::string formatCitation(const model::Graph& graph, const model::Citation& citation);

// The citations of a statement, skipping ids that do not resolve.
std::vector<const model::Citation*> citationsOf(const model::Graph& graph, const model::Statement& statement);

// The evidence a citation points at (its source and pages): two footnotes
// citing the same pages count once in network weights, although the export
// keeps them as two citation nodes.
std::string citationIdentity(const model::Citation& citation);

}  // namespace pactgraph::analysis

#include <algorithm>
#include <iomanip>
#include <sstream>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/analysis/Rendering.h"
#include "pactgraph/util/Escape.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::analysis {

namespace {

// Everything printed for a terminal passes through here (util/Escape.h).
std::string safe(std::string_view text) { return util::terminalSafe(text); }

// `text` padded with spaces to `width` code points (never cut).
std::string pad(const std::string& text, std::size_t width) {
  const std::size_t length = util::countCodePoints(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

// `text` cut to `width` code points, ending in "…" when cut.
std::string clip(const std::string& text, std::size_t width) {
  if (util::countCodePoints(text) <= width) return text;
  std::size_t end = 0;
  for (std::size_t points = 0; points + 1 < width && end < text.size(); ++points) {
    end += std::max<std::size_t>(util::decodeUtf8(text, end).length, 1);  // a malformed byte counts as one
  }
  return text.substr(0, end) + "…";
}

std::string fixed(double value, int digits) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

// A claim on one line: the claim, then its rank unless normal.
std::string claimLine(const ReportedClaim& claim) {
  std::string line = describeClaim(claim);
  if (!claim.rank.empty() && claim.rank != "normal") line += " [" + claim.rank + "]";
  return line;
}

}  // namespace

// --- analyze -----------------------------------------------------------------

void printNetwork(std::ostream& out, const ActorNetwork& network, const NetworkScores& scores,
                  const NetworkContext& context) {
  out << (context.ego.empty()
              ? "actor network: "
              : "ego network of " + safe(context.ego) + " (radius " + std::to_string(context.radius) + "): ")
      << network.actors.size() << " actors, " << network.links.size() << " links, " << scores.components
      << (scores.components == 1 ? " component" : " components") << "; deprecated claims "
      << (context.includeDeprecated ? "included" : "excluded") << "\n";
  out << "betweenness: Brandes, unweighted, normalised by 2/((n-1)(n-2)); closeness: Wasserman-Faust; "
         "PageRank: d=0.85, sums to 1\n\n";
  std::size_t idWidth = 2;
  std::size_t labelWidth = 5;
  for (const auto& actor : network.actors) {
    idWidth = std::max(idWidth, std::min<std::size_t>(30, util::countCodePoints(actor.id)));
    labelWidth = std::max(labelWidth, std::min<std::size_t>(30, util::countCodePoints(actor.label)));
  }
  out << std::right << std::setw(4) << "#"
      << "  " << pad("id", idWidth) << "  " << pad("label", labelWidth) << "  " << pad("type", 14) << std::setw(6)
      << "degree" << std::setw(8) << "weight" << std::setw(13) << "betweenness" << std::setw(11) << "closeness"
      << std::setw(10) << "pagerank" << std::setw(6) << "comp";
  if (!context.ego.empty()) out << std::setw(6) << "hops";
  out << "\n";
  std::size_t position = 0;
  for (const std::size_t i : byBetweenness(network, scores)) {
    const auto& actor = network.actors[i];
    const auto& s = scores.actors[i];
    out << std::setw(4) << ++position << "  " << pad(clip(safe(actor.id), 30), idWidth) << "  "
        << pad(clip(safe(actor.label), 30), labelWidth) << "  " << pad(clip(safe(actor.type), 14), 14) << std::setw(6)
        << s.degree << std::setw(8) << s.strength << std::setw(13) << fixed(s.betweennessNormalized, 4) << std::setw(11)
        << fixed(s.closeness, 4) << std::setw(10) << fixed(s.pageRank, 4) << std::setw(6) << s.component;
    if (!context.ego.empty()) out << std::setw(6) << context.egoDistances[i];
    out << "\n";
  }
}

// --- path --------------------------------------------------------------------

void printPaths(std::ostream& out, const PathReport& report) {
  const PathOptions& options = report.options;
  const bool window = !options.after.empty() || !options.before.empty();
  const std::string because = report.truncated ? report.truncationReason : std::string();
  if (report.paths.empty()) {
    out << "no path from " << safe(report.fromLabel) << " to " << safe(report.toLabel) << " within "
        << options.maxLength << " hops" << (because.empty() ? "" : " (" + safe(because) + ")") << "\n";
    return;
  }
  for (std::size_t p = 0; p < report.paths.size(); ++p) {
    const ReportedPath& path = report.paths[p];
    std::string dates;
    if (path.dates) {
      dates = "; " + daysText(*path.dates);
    } else if (report.datesKnown && !path.hops.empty()) {
      dates = "; undated";
    }
    out << "path " << p + 1 << " (" << util::countOf(path.hops.size(), "hop", "hops") << dates << "): ";
    for (std::size_t i = 0; i < path.nodes.size(); ++i) out << (i ? " → " : "") << safe(path.nodes[i].label);
    out << "\n";
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      const ReportedHop& hop = path.hops[h];
      const ReportedClaim& claim = hop.claim;
      const std::string& fromLabel = hop.forward ? claim.subjectLabel : claim.objectLabel;
      const std::string& toLabel = hop.forward ? claim.objectLabel : claim.subjectLabel;
      out << "  " << h + 1 << ". " << safe(fromLabel)
          << (hop.forward ? "  —" + claim.predicate + "→  " : "  ←" + claim.predicate + "—  ") << safe(toLabel) << "\n";
      out << "     claim: " << safe(claimLine(claim));
      if (hop.dates) {
        out << " (" << daysText(*hop.dates) << ")";
      } else if (window && report.datesKnown) {
        out << " (undated: kept)";
      }
      if (!claim.at.empty()) out << "  " << safe(claim.at);
      if (!claim.statement.empty()) out << "  <" << safe(claim.statement) << ">";
      out << "\n";
      if (claim.citations.empty()) out << "     source: none cited\n";
      for (const auto& citation : claim.citations) out << "     source: " << safe(citation.reference) << "\n";
    }
  }
  if (report.paths.size() < options.k) {
    out << "(" << report.paths.size() << " of " << options.k << " requested paths exist within " << options.maxLength
        << " hops" << (because.empty() ? "" : "; " + safe(because)) << ")\n";
  } else if (report.datePartial) {
    out << "(equally long paths are in date order among the " << report.rankedPaths
        << " found; more paths of that length exist)\n";
  }
}

// --- timeline ------------------------------------------------------------------

namespace {

std::string labels(const model::Graph& graph, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + safe(displayLabel(graph, id));
  return out;
}

}  // namespace

void printTimeline(std::ostream& out, const model::Graph& graph, const Timeline& timeline) {
  std::size_t dated = 0;
  for (const auto& event : timeline.events) dated += event.days ? 1 : 0;
  out << "timeline: " << timeline.events.size() << " events (" << dated << " dated), "
      << timeline.warnings.warningCount() << (timeline.warnings.warningCount() == 1 ? " warning" : " warnings")
      << "\n\n";
  for (const auto& event : timeline.events) {
    std::string date = event.days ? event.edtf : "undated";
    std::string precision = event.precision;
    if (event.uncertain) precision += ", uncertain";
    if (event.approximate) precision += ", approximate";
    out << pad(date, 24) << pad(precision, 10) << "  " << safe(event.label) << "  [" << safe(event.type) << ", "
        << safe(event.id) << "]\n";
    if (!event.participants.empty())
      out << std::string(36, ' ') << "participants: " << labels(graph, event.participants) << "\n";
    if (!event.places.empty()) out << std::string(36, ' ') << "place: " << labels(graph, event.places) << "\n";
  }
}

// --- audit ---------------------------------------------------------------------

namespace {

void printClaims(std::ostream& out, const model::Graph& graph, const std::string& title,
                 const std::vector<std::size_t>& claims, std::size_t total) {
  out << title << ": " << claims.size() << " of " << total << "\n";
  for (const std::size_t i : claims) {
    const ReportedClaim claim = reportedClaim(graph, i);
    out << "  " << safe(claimLine(claim)) << "  " << safe(claim.at) << "\n";
    if (!claim.note.empty()) out << "    note: " << safe(claim.note) << "\n";
  }
  out << "\n";
}

}  // namespace

void printAudit(std::ostream& out, const model::Graph& graph, const Audit& audit, bool listAll) {
  out << "provenance audit: " << audit.claims << " claims, " << graph.citations.size() << " citations, "
      << audit.sources.size() << " sources\n\n";
  printClaims(out, graph, "claims without citation", audit.uncited, audit.claims);
  out << "claims resting on a single source: " << audit.singleSource.size() << " of " << audit.claims
      << ", by source:\n";
  for (const auto& share : audit.singleSourceBySource) {
    out << std::right << std::setw(6) << share.claims << "  " << safe(share.label) << "  [" << safe(share.id) << "]\n";
  }
  if (listAll) {
    out << "\n";
    printClaims(out, graph, "claims resting on a single source", audit.singleSource, audit.claims);
  } else {
    out << "  (--all lists every claim; --json too)\n\n";
  }
  printClaims(out, graph, "claims supported only by the article text", audit.articleOnly, audit.claims);
  std::size_t preferred = 0;
  for (const std::size_t i : audit.ranked) preferred += graph.statements[i].rank == model::Rank::preferred ? 1 : 0;
  printClaims(out, graph,
              "ranked claims (" + std::to_string(preferred) + " preferred, " +
                  std::to_string(audit.ranked.size() - preferred) + " deprecated)",
              audit.ranked, audit.claims);
  printClaims(out, graph, "annotated claims (normal rank, with a note)", audit.annotated, audit.claims);
  out << "sources by claims supported:\n";
  for (const auto& source : audit.sources) {
    out << std::right << std::setw(6) << source.claims << " claims " << std::setw(4) << source.citations
        << " citations  " << safe(source.label) << "  [" << safe(source.id) << "]\n";
  }
  out << "\nsensitivity of betweenness to the " << audit.deprecatedClaims << " deprecated claims: Spearman rho = "
      << (audit.spearman ? fixed(*audit.spearman, 4) : std::string("undefined (a ranking is constant)")) << "\n";
  if (audit.rankChanges.empty()) out << "  no actor changes rank\n";
  for (const auto& change : audit.rankChanges) {
    out << "  " << safe(change.label) << " [" << safe(change.id) << "]: rank " << change.rankWithout << " without, "
        << change.rankWith << " with deprecated claims (betweenness " << fixed(change.betweennessWithout, 4) << " → "
        << fixed(change.betweennessWith, 4) << ")\n";
  }
}

}  // namespace pactgraph::analysis

#include "AnalysisReports.h"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/NetworkFormats.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Escape.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli::reports {

namespace {

// Everything printed for a terminal passes through here (util/Escape.h).
std::string safe(std::string_view text) { return util::terminalSafe(text); }

using nlohmann::ordered_json;
namespace vocab = model::vocab;

// `text` padded with spaces to `width` code points (never cut).
std::string pad(const std::string& text, std::size_t width) {
  const std::size_t length = util::countCodePoints(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

// `text` cut to `width` code points, ending in "…" when cut.
std::string clip(const std::string& text, std::size_t width) {
  if (util::countCodePoints(text) <= width) return text;
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) {
      if (points + 1 == width) break;
      ++points;
    }
    out += text[i];
  }
  return out + "…";
}

std::string fixed(double value, int digits) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

std::string valueText(const model::Value& value) {
  if (!value.referencedId.empty()) return value.referencedId;
  if (value.shape == model::Value::Shape::languageMap) {
    for (const auto& text : value.languages) {
      if (text.language == "en") return text.text;
    }
    return value.languages.empty() ? std::string() : value.languages.front().text;
  }
  return value.text;
}

std::string where(const util::Origin& origin) {
  return origin.position.file.str() + ":" + std::to_string(origin.position.line) + ":" +
         std::to_string(origin.position.column);
}

ordered_json rangeJson(const std::optional<analysis::DayRange>& range) {
  if (!range) return nullptr;
  return ordered_json{{"earliest", range->earliest.empty() ? ordered_json(nullptr) : ordered_json(range->earliest)},
                      {"latest", range->latest.empty() ? ordered_json(nullptr) : ordered_json(range->latest)}};
}

ordered_json citationJson(const model::Graph& graph, const model::Citation& citation) {
  return {{"id", citation.id},
          {"source", citation.sourceId},
          {"pages", citation.pages.empty() ? ordered_json(nullptr) : ordered_json(citation.pages)},
          {"footnote", citation.footnote ? ordered_json(*citation.footnote) : ordered_json(nullptr)},
          {"reference", analysis::formatCitation(graph, citation)}};
}

ordered_json claimJson(const model::Graph& graph, std::size_t index) {
  const model::Statement& statement = graph.statements[index];
  ordered_json claim = {{"subject", statement.subjectId},
                        {"subjectLabel", analysis::displayLabel(graph, statement.subjectId)},
                        {"predicate", statement.predicate}};
  if (!statement.object.referencedId.empty()) {
    claim["object"] = statement.object.referencedId;
    claim["objectLabel"] = analysis::displayLabel(graph, statement.object.referencedId);
  } else {
    claim["value"] = valueText(statement.object);
  }
  claim["rank"] = std::string(model::rankName(statement.rank));
  ordered_json qualifiers = ordered_json::object();
  for (const auto& qualifier : statement.qualifiers) qualifiers[qualifier.property] = valueText(qualifier.value);
  if (!qualifiers.empty()) claim["qualifiers"] = qualifiers;
  if (!statement.notes.empty()) claim["note"] = statement.notes.front().text;
  ordered_json citations = ordered_json::array();
  for (const model::Citation* citation : analysis::citationsOf(graph, statement)) {
    citations.push_back(citationJson(graph, *citation));
  }
  claim["citations"] = citations;
  claim["at"] = where(statement.origin);
  return claim;
}

}  // namespace

std::string describeClaim(const model::Graph& graph, const model::Statement& statement) {
  const std::string object = statement.object.referencedId.empty()
                                 ? "\"" + valueText(statement.object) + "\""
                                 : analysis::displayLabel(graph, statement.object.referencedId);
  return analysis::displayLabel(graph, statement.subjectId) + " —" + statement.predicate + "→ " + object;
}

// --- analyze -----------------------------------------------------------------

void printNetwork(std::ostream& out, const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                  const NetworkContext& context) {
  out << (context.ego.empty() ? "actor network: "
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
  for (const std::size_t i : analysis::byBetweenness(network, scores)) {
    const auto& actor = network.actors[i];
    const auto& s = scores.actors[i];
    out << std::setw(4) << ++position << "  " << pad(clip(safe(actor.id), 30), idWidth) << "  "
        << pad(clip(safe(actor.label), 30), labelWidth) << "  " << pad(clip(safe(actor.type), 14), 14) << std::setw(6) << s.degree
        << std::setw(8) << s.strength << std::setw(13) << fixed(s.betweennessNormalized, 4) << std::setw(11)
        << fixed(s.closeness, 4) << std::setw(10) << fixed(s.pageRank, 4) << std::setw(6) << s.component;
    if (!context.ego.empty()) out << std::setw(6) << context.egoDistances[i];
    out << "\n";
  }
}

std::string networkJson(const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                        const NetworkContext& context) {
  ordered_json root;
  root["summary"] = {{"actors", network.actors.size()},
                     {"links", network.links.size()},
                     {"components", scores.components},
                     {"includeDeprecated", context.includeDeprecated},
                     {"pageRankIterations", scores.pageRankIterations}};
  if (!context.ego.empty()) root["ego"] = {{"actor", context.ego}, {"radius", context.radius}};
  root["rules"] = {
      {"weight", "distinct citations (source and pages) over the claims that create the link"},
      {"betweenness", "Brandes, unweighted (hops), each unordered pair once; normalised by 2/((n-1)(n-2))"},
      {"closeness", "Wasserman-Faust over reachable actors, hop distances"},
      {"pageRank", "damping 0.85, both directions of each link, isolated actors spread uniformly; sums to 1"},
      {"degreeCentrality", "degree/(n-1)"}};
  ordered_json actors = ordered_json::array();
  for (const std::size_t i : analysis::byBetweenness(network, scores)) {
    const auto& actor = network.actors[i];
    const auto& s = scores.actors[i];
    ordered_json entry = {{"id", actor.id},
                          {"label", actor.label},
                          {"type", actor.type},
                          {"degree", s.degree},
                          {"degreeCentrality", s.degreeCentrality},
                          {"strength", s.strength},
                          {"betweenness", s.betweenness},
                          {"betweennessNormalized", s.betweennessNormalized},
                          {"closeness", s.closeness},
                          {"pageRank", s.pageRank},
                          {"component", s.component}};
    if (!context.ego.empty()) entry["hops"] = context.egoDistances[i];
    actors.push_back(entry);
  }
  root["actors"] = actors;
  ordered_json links = ordered_json::array();
  const auto citationIds = [&](const std::vector<std::size_t>& indexes) {
    std::vector<std::string> ids;
    for (const std::size_t c : indexes) ids.push_back(network.citations[c].id);
    return ids;
  };
  for (const auto& link : network.links) {
    ordered_json spells = ordered_json::array();
    for (const auto& spell : link.spells) {
      spells.push_back({{"days", rangeJson(spell.days)},
                        {"contexts", spell.contexts},
                        {"predicates", spell.predicates},
                        {"citations", citationIds(spell.citations)}});
    }
    links.push_back({{"source", network.actors[link.a].id},
                     {"target", network.actors[link.b].id},
                     {"weight", link.weight},
                     {"predicates", link.predicates},
                     {"contexts", link.contexts},
                     {"dates", rangeJson(link.dates)},
                     {"spells", spells},
                     {"citations", citationIds(link.citations)},
                     {"sourceCount", link.sources}});
  }
  ordered_json citations = ordered_json::array();
  for (const auto& citation : network.citations) {
    citations.push_back({{"id", citation.id},
                         {"source", citation.source},
                         {"pages", citation.pages.empty() ? ordered_json(nullptr) : ordered_json(citation.pages)},
                         {"footnote", citation.footnote ? ordered_json(*citation.footnote) : ordered_json(nullptr)},
                         {"reference", citation.reference}});
  }
  root["citations"] = citations;
  root["links"] = links;
  return root.dump(2) + "\n";
}

std::string analysisGraphIri(const std::string& base) { return base + "graph/analysis"; }

std::vector<model::Quad> networkQuads(const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                                      const std::string& base) {
  const model::Term graph = model::Term::iri(analysisGraphIri(base));
  const std::string xsdDouble = std::string(vocab::xsd) + "double";
  const std::string xsdInteger = std::string(vocab::xsd) + "integer";
  const auto pg = [](const char* local) { return model::Term::iri(std::string(vocab::pg) + local); };
  std::vector<model::Quad> quads;
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const model::Term actor = model::Term::iri(base + network.actors[i].id);
    const auto& s = scores.actors[i];
    const auto number = [&](double value) { return model::Term::literal(analysis::formatDouble(value), xsdDouble); };
    quads.push_back({actor, pg("degreeCentrality"), number(s.degreeCentrality), graph});
    quads.push_back({actor, pg("betweennessCentrality"), number(s.betweennessNormalized), graph});
    quads.push_back({actor, pg("closenessCentrality"), number(s.closeness), graph});
    quads.push_back({actor, pg("pageRank"), number(s.pageRank), graph});
    quads.push_back({actor, pg("component"), model::Term::literal(std::to_string(s.component), xsdInteger), graph});
  }
  return quads;
}

// --- path --------------------------------------------------------------------

void printPaths(std::ostream& out, const model::Graph& graph, const analysis::PathResult& result,
                const PathContext& context) {
  const analysis::PathOptions& options = *context.options;
  const bool window = !options.after.empty() || !options.before.empty();
  if (result.paths.empty()) {
    out << "no path from " << safe(context.from) << " to " << safe(context.to) << " within " << options.maxLength << " hops";
    if (result.truncated) out << " (search stopped after " << options.enumerationLimit << " candidate paths)";
    out << "\n";
    return;
  }
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const analysis::Path& path = result.paths[p];
    const auto dates = analysis::pathDates(path);
    out << "path " << p + 1 << " (" << path.hops.size() << (path.hops.size() == 1 ? " hop" : " hops")
        << (dates ? "; " + analysis::daysText(*dates) : std::string(path.hops.empty() ? "" : "; undated")) << "): ";
    for (std::size_t i = 0; i < path.nodes.size(); ++i) {
      out << (i ? " → " : "") << safe(analysis::displayLabel(graph, path.nodes[i]));
    }
    out << "\n";
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      const analysis::Hop& hop = path.hops[h];
      const model::Statement& statement = graph.statements[hop.statement];
      out << "  " << h + 1 << ". " << safe(analysis::displayLabel(graph, hop.from))
          << (hop.forward ? "  —" + statement.predicate + "→  " : "  ←" + statement.predicate + "—  ")
          << safe(analysis::displayLabel(graph, hop.to)) << "\n";
      out << "     claim: " << safe(describeClaim(graph, statement));
      if (statement.rank != model::Rank::normal) out << " [" << model::rankName(statement.rank) << "]";
      if (hop.dates) {
        out << " (" << analysis::daysText(*hop.dates) << ")";
      } else if (window) {
        out << " (undated: kept)";
      }
      out << "  " << safe(where(statement.origin)) << "\n";
      const auto citations = analysis::citationsOf(graph, statement);
      if (citations.empty()) out << "     source: none cited\n";
      for (const model::Citation* citation : citations) {
        out << "     source: " << safe(analysis::formatCitation(graph, *citation)) << "\n";
      }
    }
  }
  if (result.paths.size() < options.k) {
    out << "(" << result.paths.size() << " of " << options.k << " requested paths exist within " << options.maxLength
        << " hops" << (result.truncated ? "; search stopped at the enumeration limit" : "") << ")\n";
  } else if (result.datePartial) {
    out << "(equally long paths are in date order among the " << result.rankedPaths
        << " found; more paths of that length exist)\n";
  }
}

std::string pathsJson(const model::Graph& graph, const analysis::PathResult& result, const PathContext& context) {
  const analysis::PathOptions& options = *context.options;
  ordered_json root = {{"from", context.from},
                       {"to", context.to},
                       {"k", options.k},
                       {"maxLength", options.maxLength},
                       {"via", options.via},
                       {"avoid", options.avoid},
                       {"after", options.after.empty() ? ordered_json(nullptr) : ordered_json(options.after)},
                       {"before", options.before.empty() ? ordered_json(nullptr) : ordered_json(options.before)},
                       {"includeDeprecated", options.includeDeprecated},
                       {"truncated", result.truncated},
                       {"order", "length, then date (the span of the days its dated hops held, earliest day first; "
                                 "undated last), then hop sequence"},
                       {"rankedPaths", result.rankedPaths},
                       {"datePartial", result.datePartial}};
  ordered_json paths = ordered_json::array();
  for (const auto& path : result.paths) {
    ordered_json nodes = ordered_json::array();
    for (const auto& id : path.nodes) {
      const model::Node* node = graph.findNode(id);
      nodes.push_back({{"id", id}, {"label", analysis::displayLabel(graph, id)}, {"type", node ? node->type : ""}});
    }
    ordered_json hops = ordered_json::array();
    for (const auto& hop : path.hops) {
      hops.push_back({{"from", hop.from},
                      {"to", hop.to},
                      {"predicate", graph.statements[hop.statement].predicate},
                      {"direction", hop.forward ? "forward" : "backward"},
                      {"dated", hop.dates.has_value()},
                      {"dates", rangeJson(hop.dates)},
                      {"claim", claimJson(graph, hop.statement)}});
    }
    paths.push_back(
        {{"length", path.hops.size()}, {"dates", rangeJson(analysis::pathDates(path))}, {"nodes", nodes}, {"hops", hops}});
  }
  root["paths"] = paths;
  return root.dump(2) + "\n";
}

model::Graph pathSubgraph(const model::Graph& graph, const analysis::PathResult& result) {
  std::set<std::string> nodeIds;
  std::set<std::size_t> statements;
  for (const auto& path : result.paths) {
    nodeIds.insert(path.nodes.begin(), path.nodes.end());
    for (const auto& hop : path.hops) statements.insert(hop.statement);
  }
  model::Graph out;
  std::set<std::string> citationIds;
  for (const std::size_t i : statements) {
    out.statements.push_back(graph.statements[i]);
    citationIds.insert(graph.statements[i].citationIds.begin(), graph.statements[i].citationIds.end());
  }
  for (const auto& citation : graph.citations) {
    if (!citationIds.contains(citation.id)) continue;
    out.citations.push_back(citation);
    nodeIds.insert(citation.sourceId);
  }
  for (const auto& node : graph.nodes) {
    if (nodeIds.contains(node.id)) out.nodes.push_back(node);
  }
  out.index();
  return out;
}

// --- timeline ------------------------------------------------------------------

namespace {

std::string labels(const model::Graph& graph, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + safe(analysis::displayLabel(graph, id));
  return out;
}

}  // namespace

void printTimeline(std::ostream& out, const model::Graph& graph, const analysis::Timeline& timeline) {
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
    out << pad(date, 24) << pad(precision, 10) << "  " << safe(event.label) << "  [" << safe(event.type) << ", " << safe(event.id)
        << "]\n";
    if (!event.participants.empty())
      out << std::string(36, ' ') << "participants: " << labels(graph, event.participants) << "\n";
    if (!event.places.empty()) out << std::string(36, ' ') << "place: " << labels(graph, event.places) << "\n";
  }
}

std::string timelineJson(const model::Graph& graph, const analysis::Timeline& timeline) {
  ordered_json events = ordered_json::array();
  for (const auto& event : timeline.events) {
    ordered_json participants = ordered_json::array();
    for (const auto& id : event.participants)
      participants.push_back({{"id", id}, {"label", analysis::displayLabel(graph, id)}});
    ordered_json places = ordered_json::array();
    for (const auto& id : event.places) places.push_back({{"id", id}, {"label", analysis::displayLabel(graph, id)}});
    events.push_back({{"id", event.id},
                      {"label", event.label},
                      {"type", event.type},
                      {"date", event.edtf.empty() ? ordered_json(nullptr) : ordered_json(event.edtf)},
                      {"precision", event.precision.empty() ? ordered_json(nullptr) : ordered_json(event.precision)},
                      {"uncertain", event.uncertain},
                      {"approximate", event.approximate},
                      {"days", rangeJson(event.days)},
                      {"participants", participants},
                      {"places", places}});
  }
  ordered_json warnings = ordered_json::array();
  for (const auto& warning : timeline.warnings.sorted()) {
    warnings.push_back({{"id", warning.id}, {"at", where(warning.origin)}, {"message", warning.message}});
  }
  return ordered_json{{"events", events}, {"warnings", warnings}}.dump(2) + "\n";
}

// --- audit ---------------------------------------------------------------------

namespace {

void printClaims(std::ostream& out, const model::Graph& graph, const std::string& title,
                 const std::vector<std::size_t>& claims, std::size_t total) {
  out << title << ": " << claims.size() << " of " << total << "\n";
  for (const std::size_t i : claims) {
    const model::Statement& statement = graph.statements[i];
    out << "  " << safe(describeClaim(graph, statement));
    if (statement.rank != model::Rank::normal) out << " [" << model::rankName(statement.rank) << "]";
    out << "  " << safe(where(statement.origin)) << "\n";
    if (!statement.notes.empty()) out << "    note: " << safe(statement.notes.front().text) << "\n";
  }
  out << "\n";
}

}  // namespace

void printAudit(std::ostream& out, const model::Graph& graph, const analysis::Audit& audit, bool listAll) {
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

std::string auditJson(const model::Graph& graph, const analysis::Audit& audit) {
  const auto claims = [&](const std::vector<std::size_t>& indexes) {
    ordered_json out = ordered_json::array();
    for (const std::size_t i : indexes) out.push_back(claimJson(graph, i));
    return out;
  };
  ordered_json sources = ordered_json::array();
  for (const auto& source : audit.sources) {
    sources.push_back(
        {{"id", source.id}, {"label", source.label}, {"claims", source.claims}, {"citations", source.citations}});
  }
  ordered_json singleBySource = ordered_json::array();
  for (const auto& share : audit.singleSourceBySource) {
    singleBySource.push_back({{"id", share.id}, {"label", share.label}, {"claims", share.claims}});
  }
  ordered_json changes = ordered_json::array();
  for (const auto& change : audit.rankChanges) {
    changes.push_back({{"id", change.id},
                       {"label", change.label},
                       {"rankWithout", change.rankWithout},
                       {"rankWith", change.rankWith},
                       {"betweennessWithout", change.betweennessWithout},
                       {"betweennessWith", change.betweennessWith}});
  }
  ordered_json root = {{"summary",
                        {{"claims", audit.claims},
                         {"citations", graph.citations.size()},
                         {"uncited", audit.uncited.size()},
                         {"singleSource", audit.singleSource.size()},
                         {"articleOnly", audit.articleOnly.size()},
                         {"ranked", audit.ranked.size()},
                         {"annotated", audit.annotated.size()},
                         {"deprecated", audit.deprecatedClaims}}},
                       {"uncited", claims(audit.uncited)},
                       {"singleSource", claims(audit.singleSource)},
                       {"singleSourceBySource", singleBySource},
                       {"articleOnly", claims(audit.articleOnly)},
                       {"ranked", claims(audit.ranked)},
                       {"annotated", claims(audit.annotated)},
                       {"sources", sources},
                       {"sensitivity",
                        {{"measure", "betweenness (raw), deprecated claims excluded vs included"},
                         {"spearman", audit.spearman ? ordered_json(*audit.spearman) : ordered_json(nullptr)},
                         {"rankChanges", changes}}}};
  return root.dump(2) + "\n";
}

}  // namespace pactgraph::cli::reports

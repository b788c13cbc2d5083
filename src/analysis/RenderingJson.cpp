#include <nlohmann/json.hpp>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/analysis/NetworkFormats.h"
#include "pactgraph/analysis/Rendering.h"
#include "pactgraph/model/Vocabulary.h"

namespace pactgraph::analysis {

namespace {

using nlohmann::ordered_json;
namespace vocab = model::vocab;

// Text that may be empty: JSON null when it is.
ordered_json textOrNull(const std::string& text) { return text.empty() ? ordered_json(nullptr) : ordered_json(text); }

ordered_json rangeJson(const std::optional<DayRange>& range) {
  if (!range) return nullptr;
  return ordered_json{{"earliest", textOrNull(range->earliest)}, {"latest", textOrNull(range->latest)}};
}

// The footnote numbers as JSON numbers (strings when not a number).
ordered_json footnotesJson(const std::vector<std::string>& footnotes) {
  ordered_json out = ordered_json::array();
  for (const auto& footnote : footnotes) {
    const bool number =
        !footnote.empty() && footnote.size() < 18 && footnote.find_first_not_of("0123456789") == std::string::npos;
    out.push_back(number ? ordered_json(std::stoll(footnote)) : ordered_json(footnote));
  }
  return out;
}

ordered_json citationJson(const ReportedCitation& citation) {
  return {{"id", citation.id},
          {"iri", textOrNull(citation.iri)},
          {"source", citation.source},
          {"pages", textOrNull(citation.pages)},
          {"footnote", citation.footnote ? ordered_json(*citation.footnote) : ordered_json(nullptr)},
          {"footnotes", footnotesJson(citation.footnotes)},
          {"reference", citation.reference}};
}

// One shape for every claim, in path and audit JSON (README: "Claims in JSON").
ordered_json claimJson(const ReportedClaim& claim) {
  ordered_json out = {{"statement", textOrNull(claim.statement)},
                      {"subject", claim.subject},
                      {"subjectLabel", claim.subjectLabel},
                      {"predicate", claim.predicate},
                      {"predicateIri", textOrNull(claim.predicateIri)}};
  if (!claim.object.empty()) {
    out["object"] = claim.object;
    out["objectLabel"] = claim.objectLabel;
  } else {
    out["value"] = claim.value;
  }
  out["rank"] = textOrNull(claim.rank);
  ordered_json qualifiers = ordered_json::object();
  for (const auto& [property, value] : claim.qualifiers) qualifiers[property] = value;
  if (!qualifiers.empty()) out["qualifiers"] = qualifiers;
  if (!claim.note.empty()) out["note"] = claim.note;
  ordered_json citations = ordered_json::array();
  for (const auto& citation : claim.citations) citations.push_back(citationJson(citation));
  out["citations"] = citations;
  out["at"] = textOrNull(claim.at);
  return out;
}

std::string dump(const ordered_json& root) {
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

// --- analyze -----------------------------------------------------------------

std::string networkJson(const ActorNetwork& network, const NetworkScores& scores, const NetworkContext& context) {
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
  for (const std::size_t i : byBetweenness(network, scores)) {
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
  return dump(root);
}

std::string analysisGraphIri(const std::string& base) { return base + "graph/analysis"; }

std::vector<model::Quad> networkQuads(const ActorNetwork& network, const NetworkScores& scores,
                                      const std::string& base) {
  const model::Term graph = model::Term::iri(analysisGraphIri(base));
  const std::string xsdDouble = std::string(vocab::xsd) + "double";
  const std::string xsdInteger = std::string(vocab::xsd) + "integer";
  const auto pg = [](const char* local) { return model::Term::iri(std::string(vocab::pg) + local); };
  std::vector<model::Quad> quads;
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const model::Term actor = model::Term::iri(base + network.actors[i].id);
    const auto& s = scores.actors[i];
    const auto number = [&](double value) { return model::Term::literal(formatDouble(value), xsdDouble); };
    quads.push_back({actor, pg("degreeCentrality"), number(s.degreeCentrality), graph});
    quads.push_back({actor, pg("betweennessCentrality"), number(s.betweennessNormalized), graph});
    quads.push_back({actor, pg("closenessCentrality"), number(s.closeness), graph});
    quads.push_back({actor, pg("pageRank"), number(s.pageRank), graph});
    quads.push_back({actor, pg("component"), model::Term::literal(std::to_string(s.component), xsdInteger), graph});
  }
  return quads;
}

// --- path --------------------------------------------------------------------

std::string pathsJson(const PathReport& report) {
  const PathOptions& options = report.options;
  ordered_json root = {
      {"from", report.from},
      {"to", report.to},
      {"endpoint", textOrNull(report.endpoint)},
      {"graph", textOrNull(report.graph)},
      {"k", options.k},
      {"maxLength", options.maxLength},
      {"via", options.via},
      {"avoid", options.avoid},
      {"after", textOrNull(options.after)},
      {"before", textOrNull(options.before)},
      {"includeDeprecated", options.includeDeprecated},
      {"truncated", report.truncated},
      {"order", options.rankByDate ? "length, then date (the span of the days its dated hops held, earliest day "
                                     "first; undated last), then hop sequence"
                                   : "length, then hop sequence"},
      {"rankedPaths", report.rankedPaths},
      {"datePartial", report.datePartial}};
  ordered_json paths = ordered_json::array();
  for (const auto& path : report.paths) {
    ordered_json nodes = ordered_json::array();
    for (const auto& node : path.nodes) {
      nodes.push_back(
          {{"id", node.id}, {"label", node.label}, {"type", textOrNull(node.type)}, {"iri", textOrNull(node.iri)}});
    }
    ordered_json hops = ordered_json::array();
    for (const auto& hop : path.hops) {
      hops.push_back({{"from", hop.from},
                      {"to", hop.to},
                      {"predicate", hop.claim.predicate},
                      {"direction", hop.forward ? "forward" : "backward"},
                      {"dated", hop.dates.has_value()},
                      {"dates", rangeJson(hop.dates)},
                      {"claim", claimJson(hop.claim)}});
    }
    paths.push_back({{"length", path.hops.size()}, {"dates", rangeJson(path.dates)}, {"nodes", nodes}, {"hops", hops}});
  }
  root["paths"] = paths;
  return dump(root);
}

// --- timeline ------------------------------------------------------------------

std::string timelineJson(const model::Graph& graph, const Timeline& timeline) {
  ordered_json events = ordered_json::array();
  for (const auto& event : timeline.events) {
    ordered_json participants = ordered_json::array();
    for (const auto& id : event.participants) participants.push_back({{"id", id}, {"label", displayLabel(graph, id)}});
    ordered_json places = ordered_json::array();
    for (const auto& id : event.places) places.push_back({{"id", id}, {"label", displayLabel(graph, id)}});
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
    warnings.push_back(
        {{"id", warning.id}, {"at", util::positionText(warning.origin.position)}, {"message", warning.message}});
  }
  return dump({{"events", events}, {"warnings", warnings}});
}

// --- audit ---------------------------------------------------------------------

std::string auditJson(const model::Graph& graph, const Audit& audit) {
  const auto claims = [&](const std::vector<std::size_t>& indexes) {
    ordered_json out = ordered_json::array();
    for (const std::size_t i : indexes) out.push_back(claimJson(reportedClaim(graph, i)));
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
  return dump(root);
}

}  // namespace pactgraph::analysis

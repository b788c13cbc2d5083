#include "pactgraph/analysis/NetworkFormats.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/util/Escape.h"

namespace pactgraph::analysis {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator = " ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// One attribute of a node or an edge: name, GraphML type and value.
struct Field {
  const char* name;
  const char* type;  // "int", "double" or "string"
  std::string value;
};

std::vector<Field> scoreFields(const ActorScores& s) {
  return {{"degree", "int", std::to_string(s.degree)},
          {"degreeCentrality", "double", formatDouble(s.degreeCentrality)},
          {"strength", "int", std::to_string(s.strength)},
          {"betweenness", "double", formatDouble(s.betweenness)},
          {"betweennessNormalized", "double", formatDouble(s.betweennessNormalized)},
          {"closeness", "double", formatDouble(s.closeness)},
          {"pagerank", "double", formatDouble(s.pageRank)},
          {"component", "int", std::to_string(s.component)}};
}

// The evidence of a set of citations (indexes into network.citations), as text.
struct Evidence {
  std::string references;  // "; "-separated
  std::string ids;         // space-separated
  std::string sources;     // distinct ids, space-separated
  std::string footnotes;   // distinct numbers, ascending, space-separated
  std::size_t sourceCount = 0;
};

Evidence evidence(const ActorNetwork& network, const std::vector<std::size_t>& citations) {
  std::vector<std::string> references;
  std::vector<std::string> ids;
  std::set<std::string> sources;
  std::set<long long> footnotes;
  for (const std::size_t c : citations) {
    const NetworkCitation& citation = network.citations[c];
    references.push_back(citation.reference);
    ids.push_back(citation.id);
    sources.insert(citation.source);
    if (citation.footnote) footnotes.insert(*citation.footnote);
  }
  std::vector<std::string> numbers;
  for (const long long n : footnotes) numbers.push_back(std::to_string(n));
  return {join(references, "; "), join(ids), join({sources.begin(), sources.end()}), join(numbers), sources.size()};
}

// The evidence and time attributes of every edge (NetworkFormats.h).
std::vector<Field> edgeFields(const ActorNetwork& network, const Link& link) {
  const Evidence e = evidence(network, link.citations);
  std::vector<std::string> spells;
  for (const auto& spell : link.spells) spells.push_back(intervalText(spell.days));
  return {{"predicates", "string", join(link.predicates)},
          {"contexts", "string", join(link.contexts)},
          {"citations", "string", e.references},
          {"citationIds", "string", e.ids},
          {"sources", "string", e.sources},
          {"sourceCount", "int", std::to_string(e.sourceCount)},
          {"footnotes", "string", e.footnotes},
          {"spells", "string", join(spells)},
          {"start", "string", link.dates ? link.dates->earliest : ""},
          {"end", "string", link.dates ? link.dates->latest : ""}};
}

bool timeField(const Field& field) {
  const std::string_view name = field.name;
  return name == "spells" || name == "start" || name == "end";
}

}  // namespace

std::string formatDouble(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::vector<DayRange> mergedSpells(const Link& link) {
  // Spells are sorted by their sort day; an open start sorts on its end but
  // reaches back to the beginning of time, so it absorbs everything before.
  std::vector<DayRange> out;
  for (const auto& spell : link.spells) {
    const DayRange& days = spell.days;
    if (days.earliest.empty()) {
      DayRange merged{"", days.latest};
      for (const auto& earlier : out) {
        if (earlier.latest.empty() || (!merged.latest.empty() && earlier.latest > merged.latest))
          merged.latest = earlier.latest;
      }
      out.assign(1, merged);
      continue;
    }
    if (!out.empty() && (out.back().latest.empty() || days.earliest <= out.back().latest)) {
      if (days.latest.empty() || (!out.back().latest.empty() && days.latest > out.back().latest))
        out.back().latest = days.latest;
      continue;
    }
    out.push_back(days);
  }
  return out;
}

std::string toGraphml(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const auto key = [&](const char* name, const char* domain, const char* type) {
    out << "  <key id=\"" << (std::string_view(domain) == "edge" ? "e_" : "") << name << "\" for=\"" << domain
        << "\" attr.name=\"" << name << "\" attr.type=\"" << type << "\"/>\n";
  };
  key("label", "node", "string");
  key("type", "node", "string");
  for (const auto& field : scoreFields({})) key(field.name, "node", field.type);
  key("start", "node", "string");
  key("end", "node", "string");
  key("weight", "edge", "double");
  for (const auto& field : edgeFields(network, {})) key(field.name, "edge", field.type);
  out << "  <graph id=\"actors\" edgedefault=\"undirected\">\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "    <node id=\"" << util::xmlEscape(actor.id) << "\">\n";
    out << "      <data key=\"label\">" << util::xmlEscape(actor.label) << "</data>\n";
    out << "      <data key=\"type\">" << util::xmlEscape(actor.type) << "</data>\n";
    for (const auto& field : scoreFields(scores.actors[i])) {
      out << "      <data key=\"" << field.name << "\">" << field.value << "</data>\n";
    }
    if (actor.dates && !actor.dates->earliest.empty())
      out << "      <data key=\"start\">" << actor.dates->earliest << "</data>\n";
    if (actor.dates && !actor.dates->latest.empty())
      out << "      <data key=\"end\">" << actor.dates->latest << "</data>\n";
    out << "    </node>\n";
  }
  for (std::size_t e = 0; e < network.links.size(); ++e) {
    const Link& link = network.links[e];
    out << "    <edge id=\"e" << e << "\" source=\"" << util::xmlEscape(network.actors[link.a].id) << "\" target=\""
        << util::xmlEscape(network.actors[link.b].id) << "\">\n";
    out << "      <data key=\"e_weight\">" << link.weight << "</data>\n";
    for (const auto& field : edgeFields(network, link)) {
      if (field.value.empty()) continue;
      out << "      <data key=\"e_" << field.name << "\">" << util::xmlEscape(field.value) << "</data>\n";
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return out.str();
}

namespace {

std::string gexfSpell(const DayRange& days) {
  std::string out = "<spell";
  if (!days.earliest.empty()) out += " start=\"" + days.earliest + "\"";
  if (!days.latest.empty()) out += " end=\"" + days.latest + "\"";
  return out + "/>";
}

const char* gexfType(const Field& field) {
  const std::string_view type = field.type;
  return type == "int" ? "integer" : field.type;
}

}  // namespace

std::string toGexf(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
         "version=\"1.2\">\n"
         "  <meta>\n    <creator>pactgraph</creator>\n"
         "    <description>Actor network: co-participation and direct relations, weighted by distinct "
         "citations; one spell per dated event or claim</description>\n  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n";
  for (const auto& field : scoreFields({})) {
    out << "      <attribute id=\"" << field.name << "\" title=\"" << field.name << "\" type=\"" << gexfType(field)
        << "\"/>\n";
  }
  out << "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n";
  for (const auto& field : edgeFields(network, {})) {
    if (timeField(field)) continue;  // the spells carry the time
    out << "      <attribute id=\"" << field.name << "\" title=\"" << field.name << "\" type=\"" << gexfType(field)
        << "\"/>\n";
  }
  out << "    </attributes>\n    <nodes>\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "      <node id=\"" << util::xmlEscape(actor.id) << "\" label=\"" << util::xmlEscape(actor.label)
        << "\">\n        <attvalues>\n";
    out << "          <attvalue for=\"type\" value=\"" << util::xmlEscape(actor.type) << "\"/>\n";
    for (const auto& field : scoreFields(scores.actors[i])) {
      out << "          <attvalue for=\"" << field.name << "\" value=\"" << field.value << "\"/>\n";
    }
    out << "        </attvalues>\n";
    if (actor.dates) out << "        <spells>" << gexfSpell(*actor.dates) << "</spells>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < network.links.size(); ++e) {
    const Link& link = network.links[e];
    out << "      <edge id=\"" << e << "\" source=\"" << util::xmlEscape(network.actors[link.a].id) << "\" target=\""
        << util::xmlEscape(network.actors[link.b].id) << "\" weight=\"" << link.weight << "\">\n        <attvalues>\n";
    for (const auto& field : edgeFields(network, link)) {
      if (timeField(field)) continue;
      out << "          <attvalue for=\"" << field.name << "\" value=\"" << util::xmlEscape(field.value) << "\"/>\n";
    }
    out << "        </attvalues>\n";
    const auto spells = mergedSpells(link);
    if (!spells.empty()) {
      out << "        <spells>";
      for (const auto& days : spells) out << gexfSpell(days);
      out << "</spells>\n";
    }
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out.str();
}

std::string toDot(const ActorNetwork& network, const NetworkScores& scores) {
  std::size_t maxWeight = 1;
  for (const auto& link : network.links) maxWeight = std::max(maxWeight, link.weight);
  std::ostringstream out;
  // Layout settings for both engines: `dot` ranks, `neato` (spring model)
  // removes node overlaps (overlap=false) and routes splines around nodes;
  // both lay out each connected component apart and pack them (pack).
  out << "graph actors {\n"
         "  graph [overlap=false, pack=true, packmode=\"graph\", splines=true, sep=\"+8\", esep=\"+4\", "
         "outputorder=edgesfirst, pad=0.3, "
         "nodesep=0.3, ranksep=0.7, fontname=\"Helvetica,Arial,sans-serif\", fontsize=12, labelloc=t, label="
      << util::dotQuoted("Actor network: " + std::to_string(network.actors.size()) + " actors, " +
                         std::to_string(network.links.size()) + " links; edge width: distinct citations")
      << "];\n"
         "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3f8\", color=\"#5f7a93\", "
         "fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, margin=\"0.08,0.04\"];\n"
         "  edge [color=\"#7d8a97\"];\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "  " << util::dotQuoted(actor.id) << " [label=" << util::dotQuoted(actor.label)
        << ", type=" << util::dotQuoted(actor.type);
    for (const auto& field : scoreFields(scores.actors[i]))
      out << ", " << field.name << "=" << util::dotQuoted(field.value);
    if (actor.dates) {
      out << ", start=" << util::dotQuoted(actor.dates->earliest) << ", end=" << util::dotQuoted(actor.dates->latest);
    }
    out << "];\n";
  }
  for (const auto& link : network.links) {
    const double width = 0.8 + 2.4 * static_cast<double>(link.weight) / static_cast<double>(maxWeight);
    const Evidence e = evidence(network, link.citations);
    out << "  " << util::dotQuoted(network.actors[link.a].id) << " -- " << util::dotQuoted(network.actors[link.b].id)
        << " [weight=" << link.weight << ", penwidth=" << formatDouble(std::round(width * 100) / 100) << ", tooltip="
        << util::dotQuoted(network.actors[link.a].label + " – " + network.actors[link.b].label + ": " +
                           join(link.predicates) + (e.references.empty() ? "" : " (" + e.references + ")"));
    for (const auto& field : edgeFields(network, link))
      out << ", " << field.name << "=" << util::dotQuoted(field.value);
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

std::string toNodesCsv(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "Id,Label,Type";
  for (const auto& field : scoreFields({})) out << "," << field.name;
  out << ",Start,End\r\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << util::csvField(actor.id) << "," << util::csvField(actor.label) << "," << util::csvField(actor.type);
    for (const auto& field : scoreFields(scores.actors[i])) out << "," << field.value;
    out << "," << (actor.dates ? actor.dates->earliest : "") << "," << (actor.dates ? actor.dates->latest : "")
        << "\r\n";
  }
  return out.str();
}

std::string toEdgesCsv(const ActorNetwork& network) {
  std::ostringstream out;
  out << "Source,Target,Weight,Context,Context label,Start,End,Predicates,Citations,Sources,Source count,Footnotes\r\n";
  const auto row = [&](const Link& link, const LinkSpell& spell) {
    std::vector<std::string> labels;
    for (const auto& context : spell.contexts) labels.push_back(network.contextLabel(context));
    const Evidence e = evidence(network, spell.citations);
    out << util::csvField(network.actors[link.a].id) << "," << util::csvField(network.actors[link.b].id) << ","
        << link.weight << "," << util::csvField(join(spell.contexts)) << "," << util::csvField(join(labels, "; "))
        << "," << spell.days.earliest << "," << spell.days.latest << "," << util::csvField(join(spell.predicates))
        << "," << util::csvField(e.references) << "," << util::csvField(e.sources) << "," << e.sourceCount << ","
        << util::csvField(e.footnotes) << "\r\n";
  };
  for (const auto& link : network.links) {
    for (const auto& spell : link.spells) row(link, spell);
    if (!link.undated.statements.empty()) row(link, link.undated);
  }
  return out.str();
}

}  // namespace pactgraph::analysis

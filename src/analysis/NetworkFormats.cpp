#include "pactgraph/analysis/NetworkFormats.h"

#include <charconv>
#include <sstream>

#include "pactgraph/util/Escape.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::analysis {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
  return out;
}

// The scores of one actor as (name, GraphML/GEXF type, value) triples.
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


}  // namespace

std::string formatDouble(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}


std::string toGraphml(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  out << "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
  out << "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n";
  for (const auto& field : scoreFields({})) {
    out << "  <key id=\"" << field.name << "\" for=\"node\" attr.name=\"" << field.name << "\" attr.type=\""
        << field.type << "\"/>\n";
  }
  out << "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"predicates\" for=\"edge\" attr.name=\"predicates\" attr.type=\"string\"/>\n"
         "  <key id=\"contexts\" for=\"edge\" attr.name=\"contexts\" attr.type=\"string\"/>\n"
         "  <key id=\"start\" for=\"edge\" attr.name=\"start\" attr.type=\"string\"/>\n"
         "  <key id=\"end\" for=\"edge\" attr.name=\"end\" attr.type=\"string\"/>\n";
  out << "  <graph id=\"actors\" edgedefault=\"undirected\">\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "    <node id=\"" << util::xmlEscape(actor.id) << "\">\n";
    out << "      <data key=\"label\">" << util::xmlEscape(actor.label) << "</data>\n";
    out << "      <data key=\"type\">" << util::xmlEscape(actor.type) << "</data>\n";
    for (const auto& field : scoreFields(scores.actors[i])) {
      out << "      <data key=\"" << field.name << "\">" << field.value << "</data>\n";
    }
    out << "    </node>\n";
  }
  for (std::size_t e = 0; e < network.links.size(); ++e) {
    const Link& link = network.links[e];
    out << "    <edge id=\"e" << e << "\" source=\"" << util::xmlEscape(network.actors[link.a].id) << "\" target=\""
        << util::xmlEscape(network.actors[link.b].id) << "\">\n";
    out << "      <data key=\"weight\">" << link.weight << "</data>\n";
    out << "      <data key=\"predicates\">" << util::xmlEscape(join(link.predicates)) << "</data>\n";
    out << "      <data key=\"contexts\">" << util::xmlEscape(join(link.contexts)) << "</data>\n";
    if (link.dates && !link.dates->earliest.empty())
      out << "      <data key=\"start\">" << link.dates->earliest << "</data>\n";
    if (link.dates && !link.dates->latest.empty())
      out << "      <data key=\"end\">" << link.dates->latest << "</data>\n";
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
  return out.str();
}

namespace {

std::string gexfInterval(const std::optional<DayRange>& dates) {
  std::string out;
  if (dates && !dates->earliest.empty()) out += " start=\"" + dates->earliest + "\"";
  if (dates && !dates->latest.empty()) out += " end=\"" + dates->latest + "\"";
  return out;
}

}  // namespace

std::string toGexf(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n    <creator>pactgraph</creator>\n"
         "    <description>Actor network: co-participation and direct relations, weighted by distinct "
         "citations</description>\n  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n";
  for (const auto& field : scoreFields({})) {
    const std::string type = std::string(field.type) == "int" ? "integer" : field.type;
    out << "      <attribute id=\"" << field.name << "\" title=\"" << field.name << "\" type=\"" << type << "\"/>\n";
  }
  out << "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"predicates\" title=\"predicates\" type=\"string\"/>\n"
         "      <attribute id=\"contexts\" title=\"contexts\" type=\"string\"/>\n"
         "    </attributes>\n    <nodes>\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "      <node id=\"" << util::xmlEscape(actor.id) << "\" label=\"" << util::xmlEscape(actor.label) << "\""
        << gexfInterval(actor.dates) << ">\n        <attvalues>\n";
    out << "          <attvalue for=\"type\" value=\"" << util::xmlEscape(actor.type) << "\"/>\n";
    for (const auto& field : scoreFields(scores.actors[i])) {
      out << "          <attvalue for=\"" << field.name << "\" value=\"" << field.value << "\"/>\n";
    }
    out << "        </attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < network.links.size(); ++e) {
    const Link& link = network.links[e];
    out << "      <edge id=\"" << e << "\" source=\"" << util::xmlEscape(network.actors[link.a].id) << "\" target=\""
        << util::xmlEscape(network.actors[link.b].id) << "\" weight=\"" << link.weight << "\"" << gexfInterval(link.dates)
        << ">\n        <attvalues>\n"
        << "          <attvalue for=\"predicates\" value=\"" << util::xmlEscape(join(link.predicates)) << "\"/>\n"
        << "          <attvalue for=\"contexts\" value=\"" << util::xmlEscape(join(link.contexts)) << "\"/>\n"
        << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out.str();
}

std::string toDot(const ActorNetwork& network, const NetworkScores& scores) {
  std::ostringstream out;
  out << "graph actors {\n  node [shape=ellipse];\n";
  for (std::size_t i = 0; i < network.actors.size(); ++i) {
    const Actor& actor = network.actors[i];
    out << "  " << util::dotQuoted(actor.id) << " [label=" << util::dotQuoted(actor.label) << ", type=" << util::dotQuoted(actor.type);
    for (const auto& field : scoreFields(scores.actors[i])) out << ", " << field.name << "=" << util::dotQuoted(field.value);
    out << "];\n";
  }
  for (const auto& link : network.links) {
    out << "  " << util::dotQuoted(network.actors[link.a].id) << " -- " << util::dotQuoted(network.actors[link.b].id)
        << " [weight=" << link.weight << ", label=" << util::dotQuoted(join(link.predicates)) << "];\n";
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
  out << "Source,Target,Weight,Predicates,Contexts,Start,End\r\n";
  for (const auto& link : network.links) {
    out << util::csvField(network.actors[link.a].id) << "," << util::csvField(network.actors[link.b].id) << "," << link.weight
        << "," << util::csvField(join(link.predicates)) << "," << util::csvField(join(link.contexts)) << ","
        << (link.dates ? link.dates->earliest : "") << "," << (link.dates ? link.dates->latest : "") << "\r\n";
  }
  return out.str();
}

}  // namespace pactgraph::analysis

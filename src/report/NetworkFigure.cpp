#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "Figures.h"
#include "pactgraph/analysis/Chronology.h"
#include "pactgraph/report/Html.h"
#include "pactgraph/report/Layout.h"

namespace pactgraph::report::detail {

namespace {

constexpr double kFontSize = 12;
constexpr double kLineHeight = 14;
constexpr double kMaxLabelWidth = 140;
constexpr double kMinRadius = 5;
constexpr double kMaxExtraRadius = 15;
constexpr double kMargin = 14;
constexpr double kMajorRadius = 12;  // circles at least this large get bold labels

struct NodeLabel {
  std::vector<std::string> lines;
  double width = 0;
};

// One line when the label fits in kMaxLabelWidth; else the shortest English
// alternative label that fits ("USSR"); else the words wrapped on up to
// three lines, the last one cut with "…".
NodeLabel networkLabel(const model::Graph& graph, const analysis::Actor& actor) {
  NodeLabel label;
  const auto finish = [&](std::vector<std::string> lines) {
    label.lines = std::move(lines);
    for (const auto& line : label.lines) label.width = std::max(label.width, textWidth(line, kFontSize));
    return label;
  };
  if (textWidth(actor.label, kFontSize) <= kMaxLabelWidth) return finish({actor.label});
  if (const model::Node* node = graph.findNode(actor.id)) {
    const model::LangText* shortest = nullptr;
    for (const auto& alt : node->altLabels) {
      if (alt.language != "en" || alt.text.size() < 2 || textWidth(alt.text, kFontSize) > kMaxLabelWidth) continue;
      if (!shortest || alt.text.size() < shortest->text.size() ||
          (alt.text.size() == shortest->text.size() && alt.text < shortest->text)) {
        shortest = &alt;
      }
    }
    if (shortest) return finish({shortest->text});
  }
  std::vector<std::string> lines;
  std::istringstream words(actor.label);
  std::string word;
  std::string line;
  bool cut = false;
  while (words >> word) {
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (line.empty() || textWidth(candidate, kFontSize) <= kMaxLabelWidth) {
      line = candidate;
      continue;
    }
    lines.push_back(line);
    line = word;
    if (lines.size() == 3) {
      cut = true;
      break;
    }
  }
  if (!cut && !line.empty()) lines.push_back(line);
  if (lines.empty()) lines.push_back(actor.id);
  if (cut) lines.back() += " …";
  for (auto& l : lines) l = truncateToWidth(l, kFontSize, kMaxLabelWidth);
  return finish(std::move(lines));
}

const char* kindColour(ActorKind kind) {
  switch (kind) {
    case ActorKind::person:
      return "#2f6db3";
    case ActorKind::organization:
      return "#d9822b";
    case ActorKind::state:
      return "#2e9e6a";
    case ActorKind::other:
      return "#8a8a8a";
  }
  return "#8a8a8a";
}

std::string px(double value) { return formatNumber(value, 1); }

}  // namespace

ActorKind actorKind(const model::Graph& graph, const analysis::TypeHierarchy& types, const std::string& id) {
  const model::Node* node = graph.findNode(id);
  if (!node) return ActorKind::other;
  if (types.nodeIs(*node, "Person")) return ActorKind::person;
  if (types.nodeIs(*node, "State")) return ActorKind::state;
  if (types.nodeIs(*node, "Organization")) return ActorKind::organization;
  return ActorKind::other;
}

const char* actorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::person:
      return "person";
    case ActorKind::organization:
      return "organization";
    case ActorKind::state:
      return "state";
    case ActorKind::other:
      return "other agent";
  }
  return "other agent";
}

namespace {

// One rendering of the network: the wide one for screens wider than
// 640 px, the narrow one (portrait, shorter links, only the most central
// actors named) for phones. CSS shows one of them.
struct Variant {
  const char* name;  // "wide" or "narrow": the SVG's class and id suffix
  double layoutWidth;
  double edgeLength;
  bool portrait;
  std::size_t labelled;  // how many of the most central actors are named (all: SIZE_MAX)
  double maxExtraRadius;
  const char* separatorCaption;
};

constexpr Variant kWide{"wide",
                        1000,
                        150,
                        false,
                        static_cast<std::size_t>(-1),
                        kMaxExtraRadius,
                        "Below: actors not connected to the network above"};
constexpr Variant kNarrow{"narrow", 330, 62, true, 12, 9, "Below: not connected to the above"};

std::string drawNetwork(const model::Graph& graph, const analysis::ActorNetwork& network,
                        const analysis::NetworkScores& scores, const std::vector<ActorKind>& kinds,
                        const Variant& variant) {
  const std::size_t n = network.actors.size();
  double maxBetweenness = 0;
  for (const auto& s : scores.actors) maxBetweenness = std::max(maxBetweenness, s.betweennessNormalized);
  std::size_t maxWeight = 0;
  for (const auto& link : network.links) maxWeight = std::max(maxWeight, link.weight);
  const std::vector<std::size_t> ranked = analysis::byBetweenness(network, scores);
  std::vector<bool> named(n, variant.labelled >= n);
  for (std::size_t r = 0; r < ranked.size() && r < variant.labelled; ++r) named[ranked[r]] = true;

  std::vector<double> radius(n);
  std::vector<NodeLabel> labels(n);
  LayoutInput input;
  input.vertices = n;
  for (std::size_t i = 0; i < n; ++i) {
    const double share = maxBetweenness > 0 ? scores.actors[i].betweennessNormalized / maxBetweenness : 0;
    radius[i] = kMinRadius + variant.maxExtraRadius * std::sqrt(share);
    if (named[i]) labels[i] = networkLabel(graph, network.actors[i]);
    // Bold labels (the larger circles) run about a tenth wider.
    const double labelWidth = labels[i].width * (radius[i] >= kMajorRadius ? 1.12 : 1.0);
    const double halfWidth = std::max(radius[i], labelWidth / 2);
    const double below =
        labels[i].lines.empty() ? radius[i] : radius[i] + 4 + kLineHeight * static_cast<double>(labels[i].lines.size());
    input.boxes.push_back({halfWidth, halfWidth, radius[i], below});
  }
  for (const auto& link : network.links) input.edges.emplace_back(link.a, link.b);
  LayoutOptions layoutOptions;
  layoutOptions.width = variant.layoutWidth;
  layoutOptions.edgeLength = variant.edgeLength;
  layoutOptions.portrait = variant.portrait;
  const Layout layout = layoutNetwork(input, layoutOptions);

  const double width = layout.width + 2 * kMargin;
  const double height = layout.height + 2 * kMargin;
  const auto at = [&](std::size_t i) {
    return Point{layout.positions[i].x + kMargin, layout.positions[i].y + kMargin};
  };

  // A caption above the other components when they start below the first.
  double firstBottom = 0;
  double othersTop = 1e300;
  for (std::size_t i = 0; i < n; ++i) {
    const double top = at(i).y - input.boxes[i].top;
    const double bottom = at(i).y + input.boxes[i].bottom;
    if (layout.component[i] == 0) {
      firstBottom = std::max(firstBottom, bottom);
    } else {
      othersTop = std::min(othersTop, top);
    }
  }
  const bool separated = othersTop < 1e300 && othersTop > firstBottom;

  std::ostringstream out;
  const std::string titleId = std::string("network-title-") + variant.name;
  out << "<svg class=\"network " << variant.name << "\" viewBox=\"0 0 " << px(width) << ' ' << px(height)
      << "\" role=\"img\" aria-labelledby=\"" << titleId << "\" xmlns=\"http://www.w3.org/2000/svg\">\n";
  out << "<title id=\"" << titleId << "\">Actor network: " << n << " actors, " << network.links.size()
      << " links</title>\n";
  if (separated) {
    const double y = (firstBottom + othersTop) / 2;
    out << "<line class=\"separator\" x1=\"" << px(kMargin) << "\" y1=\"" << px(y) << "\" x2=\"" << px(width - kMargin)
        << "\" y2=\"" << px(y) << "\"/>\n";
    out << "<text class=\"caption\" x=\"" << px(kMargin) << "\" y=\"" << px(y - 4) << "\">" << variant.separatorCaption
        << "</text>\n";
  }

  // Links, lightest first so that the best attested are drawn on top.
  std::vector<std::size_t> order(network.links.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return network.links[x].weight < network.links[y].weight; });
  out << "<g class=\"links\">\n";
  for (const std::size_t l : order) {
    const analysis::Link& link = network.links[l];
    const Point a = at(link.a);
    const Point b = at(link.b);
    const double strokeWidth = link.weight == 0 ? 1
                                                : 1 + 5 * static_cast<double>(link.weight) /
                                                          static_cast<double>(std::max<std::size_t>(maxWeight, 1));
    out << "<line x1=\"" << px(a.x) << "\" y1=\"" << px(a.y) << "\" x2=\"" << px(b.x) << "\" y2=\"" << px(b.y)
        << "\" stroke-width=\"" << formatNumber(strokeWidth, 2) << '"' << (link.weight == 0 ? " class=\"uncited\"" : "")
        << "><title>" << escapeText(linkDescription(network, link)) << "</title></line>\n";
  }
  out << "</g>\n<g class=\"actors\">\n";

  // Nodes in order of betweenness, so that the most central are on top.
  std::vector<std::size_t> nodes = ranked;
  std::reverse(nodes.begin(), nodes.end());
  for (const std::size_t i : nodes) {
    const Point p = at(i);
    const analysis::Actor& actor = network.actors[i];
    const analysis::ActorScores& s = scores.actors[i];
    const bool major = radius[i] >= kMajorRadius;
    out << "<a href=\"#" << anchorId("actor", actor.id) << "\" class=\"actor " << actorKindName(kinds[i])
        << (major ? " major" : "") << "\">";
    out << "<title>" << escapeText(actor.label) << " (" << escapeText(actor.type) << "): degree " << s.degree
        << ", betweenness " << formatNumber(s.betweennessNormalized, 3) << ", PageRank " << formatNumber(s.pageRank, 3)
        << "</title>";
    out << "<circle cx=\"" << px(p.x) << "\" cy=\"" << px(p.y) << "\" r=\"" << px(radius[i]) << "\" fill=\""
        << kindColour(kinds[i]) << "\"/>";
    double y = p.y + radius[i] + 4 + kFontSize - 1;
    for (const auto& line : labels[i].lines) {
      out << "<text x=\"" << px(p.x) << "\" y=\"" << px(y) << "\">" << isolatedSvg(line) << "</text>";
      y += kLineHeight;
    }
    out << "</a>\n";
  }
  out << "</g>\n</svg>\n";
  return out.str();
}

}  // namespace

std::string linkDescription(const analysis::ActorNetwork& network, const analysis::Link& link) {
  std::string text = network.actors[link.a].label + " – " + network.actors[link.b].label + ": " +
                     std::to_string(link.weight) + (link.weight == 1 ? " citation" : " citations") + " from " +
                     std::to_string(link.sources) + (link.sources == 1 ? " source" : " sources") + " (";
  for (std::size_t p = 0; p < link.predicates.size(); ++p) text += (p ? ", " : "") + link.predicates[p];
  text += ")";
  // When it held: the first spells, by date.
  constexpr std::size_t kShownSpells = 4;
  for (std::size_t i = 0; i < link.spells.size() && i < kShownSpells; ++i) {
    const analysis::LinkSpell& spell = link.spells[i];
    text += (i == 0 ? "; " : ", ") + analysis::daysText(spell.days);
    if (!spell.contexts.empty()) text += " " + network.contextLabel(spell.contexts.front());
  }
  if (link.spells.size() > kShownSpells) text += ", and " + std::to_string(link.spells.size() - kShownSpells) + " more";
  return text;
}

std::string networkFigure(const model::Graph& graph, const analysis::TypeHierarchy& types,
                          const analysis::ActorNetwork& network, const analysis::NetworkScores& scores,
                          const std::string& note) {
  const std::size_t n = network.actors.size();
  std::vector<ActorKind> kinds(n);
  for (std::size_t i = 0; i < n; ++i) kinds[i] = actorKind(graph, types, network.actors[i].id);
  double maxBetweenness = 0;
  for (const auto& s : scores.actors) maxBetweenness = std::max(maxBetweenness, s.betweennessNormalized);
  std::size_t maxWeight = 0;
  for (const auto& link : network.links) maxWeight = std::max(maxWeight, link.weight);

  std::ostringstream out;
  out << "<figure class=\"network-figure\">\n";
  if (!note.empty()) out << "<p class=\"figure-note\">" << note << "</p>\n";
  out << drawNetwork(graph, network, scores, kinds, kWide) << drawNetwork(graph, network, scores, kinds, kNarrow);

  // Legend: the kinds present, what size and width mean.
  std::map<ActorKind, std::size_t> kindCounts;
  for (const ActorKind kind : kinds) ++kindCounts[kind];
  out << "<figcaption class=\"legend\">\n<ul>\n";
  for (const auto& [kind, count] : kindCounts) {
    out << "<li><svg class=\"swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><circle cx=\"8\" cy=\"8\" r=\"6\" "
           "fill=\""
        << kindColour(kind) << "\"/></svg>" << actorKindName(kind) << " (" << count << ")</li>\n";
  }
  const std::vector<std::size_t> ranked = analysis::byBetweenness(network, scores);
  out << "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"8\" "
         "r=\"3\" class=\"key\"/><circle cx=\"26\" cy=\"8\" r=\"7.5\" class=\"key\"/></svg>circle area: betweenness "
         "centrality";
  if (!ranked.empty() && maxBetweenness > 0) {
    out << " (largest: " << isolatedHtml(network.actors[ranked.front()].label) << ", "
        << formatNumber(maxBetweenness, 3) << ")";
  }
  out << "</li>\n";
  if (maxWeight > 0) {
    out << "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><line x1=\"2\" y1=\"5\" "
           "x2=\"38\" y2=\"5\" stroke-width=\"1.5\" class=\"key\"/><line x1=\"2\" y1=\"12\" x2=\"38\" y2=\"12\" "
           "stroke-width=\"5\" class=\"key\"/></svg>link width: distinct citations supporting the link";
    if (maxWeight > 1) out << " (1 to " << maxWeight << ")";
    out << "</li>\n";
  }
  const bool anyUncited = std::any_of(network.links.begin(), network.links.end(),
                                      [](const analysis::Link& link) { return link.weight == 0; });
  if (anyUncited) {
    out << "<li><svg class=\"swatch wide-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><line x1=\"2\" y1=\"8\" "
           "x2=\"38\" y2=\"8\" stroke-width=\"1.5\" class=\"key uncited\"/></svg>dashed: link without a "
           "citation</li>\n";
  }
  out << "</ul>\n<p>Links join actors who took part in the same event or document, or whom a claim relates "
         "directly; a link's tooltip gives its citations, sources and dates. Select an actor for its scores, events "
         "and sources.";
  if (n > kNarrow.labelled) {
    out << "<span class=\"narrow-only\"> On a narrow screen only the " << kNarrow.labelled
        << " most central actors are named.</span>";
  }
  out << "</p>\n</figcaption>\n</figure>\n";
  return out.str();
}

}  // namespace pactgraph::report::detail

#include "pactgraph/report/Layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

// Boost 1.74's Johnson all-pairs shortest paths, which Kamada–Kawai runs
// first, trips GCC 12's -Wmaybe-uninitialized inside boost::optional (a
// false positive); silenced for these headers only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "pactgraph/util/Contract.h"

namespace pactgraph::report {

namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_weight_t, double>>;
using Topology = boost::square_topology<>;
using LargeTopology = boost::rectangle_topology<>;

// When Kamada–Kawai stops: Boost's layout_tolerance compares successive
// maximal gradients relatively, which stops at once on the symmetric start
// of a circle layout. This stops when the largest gradient is small in
// absolute terms (positions settled to a fraction of a pixel) or after a
// bounded number of moves, so that the run time is bounded too.
struct SpringSettled {
  double threshold = 0.01;
  std::size_t maxMoves = 0;
  std::size_t maxLocalSteps = 40;
  std::size_t moves = 0;
  std::size_t localSteps = 0;

  template <typename Graph>
  bool operator()(double delta, typename boost::graph_traits<Graph>::vertex_descriptor, const Graph&, bool global) {
    if (global) {
      localSteps = 0;
      return delta < threshold || ++moves > maxMoves;
    }
    return delta < threshold || ++localSteps > maxLocalSteps;
  }
};

// Components larger than this get Fruchterman–Reingold (linear memory)
// instead of Kamada–Kawai (an n × n distance matrix).
constexpr std::size_t kLargestSpringComponent = 400;

// A force-directed layout of one connected component (≥ 3 vertices,
// `members` in vertex order, `local` mapping vertex → index in `members`);
// positions in px with links of about `edgeLength`.
std::vector<Point> springLayout(const LayoutInput& input, const std::vector<std::size_t>& members,
                                const std::vector<std::size_t>& local, double edgeLength) {
  UndirectedGraph graph(members.size());
  for (const auto& [a, b] : input.edges) {
    if (a == b || local[a] == SIZE_MAX || local[b] == SIZE_MAX) continue;
    if (boost::edge(local[a], local[b], graph).second) continue;
    boost::add_edge(local[a], local[b], 1.0, graph);
  }
  const double n = static_cast<double>(members.size());
  std::vector<Point> out;
  out.reserve(members.size());
  if (members.size() <= kLargestSpringComponent) {
    std::vector<Topology::point_type> points(members.size());
    auto position = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
    boost::circle_graph_layout(graph, position, edgeLength * std::max(1.0, n / 6.0));
    SpringSettled settled;
    settled.maxMoves = 200 * members.size();
    // A run stopped by the move limit keeps its last positions, which are
    // still usable; the result is not needed.
    static_cast<void>(boost::kamada_kawai_spring_layout(graph, position, boost::get(boost::edge_weight, graph),
                                                        Topology(), boost::edge_length(edgeLength), settled));
    for (const auto& p : points) out.push_back({p[0], p[1]});
    return out;
  }
  const double side = edgeLength * std::sqrt(n) * 1.5;
  const LargeTopology topology(-side / 2, -side / 2, side / 2, side / 2);
  std::vector<LargeTopology::point_type> points(members.size());
  auto position = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
  boost::circle_graph_layout(graph, position, side / 2.5);
  boost::fruchterman_reingold_force_directed_layout(graph, position, topology,
                                                    boost::cooling(boost::linear_cooling<double>(200)));
  for (const auto& p : points) out.push_back({p[0], p[1]});
  return out;
}

// Rotates the points about their centroid so that their principal axis (of
// greatest spread) is horizontal, and the heavier side (by vertex order) is
// deterministic: the first vertex ends up left of the centroid or on it.
void alignPrincipalAxis(std::vector<Point>& points, bool portrait) {
  if (points.size() < 2) return;
  double cx = 0;
  double cy = 0;
  for (const auto& p : points) cx += p.x, cy += p.y;
  cx /= static_cast<double>(points.size());
  cy /= static_cast<double>(points.size());
  double sxx = 0;
  double syy = 0;
  double sxy = 0;
  for (const auto& p : points) {
    sxx += (p.x - cx) * (p.x - cx);
    syy += (p.y - cy) * (p.y - cy);
    sxy += (p.x - cx) * (p.y - cy);
  }
  const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy) - (portrait ? std::acos(-1.0) / 2 : 0.0);
  const double c = std::cos(-angle);
  const double s = std::sin(-angle);
  for (auto& p : points) {
    const double x = p.x - cx;
    const double y = p.y - cy;
    p = {x * c - y * s, x * s + y * c};
  }
  if (portrait ? points.front().y > 1e-9 : points.front().x > 1e-9) {
    for (auto& p : points) (portrait ? p.y : p.x) = -(portrait ? p.y : p.x);
  }
}

struct Rect {
  double x0, y0, x1, y1;
};

Rect boxAt(const Point& p, const VertexBox& box, double halfGap) {
  return {p.x - box.left - halfGap, p.y - box.top - halfGap, p.x + box.right + halfGap, p.y + box.bottom + halfGap};
}

// Pushes overlapping boxes apart until none overlap or `passes` run out.
void separate(std::vector<Point>& points, const std::vector<VertexBox>& boxes, double gap, int passes) {
  const std::size_t n = points.size();
  for (int pass = 0; pass < passes; ++pass) {
    bool moved = false;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        const Rect a = boxAt(points[i], boxes[i], gap / 2);
        const Rect b = boxAt(points[j], boxes[j], gap / 2);
        const double overlapX = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
        const double overlapY = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const double dx = points[j].x - points[i].x;
        const double dy = points[j].y - points[i].y;
        // Move along the cheaper axis, half each, a little more than needed
        // so that the pair is apart after this step.
        if (overlapX < overlapY) {
          const double shift = (overlapX + 0.5) / 2 * (dx < 0 ? -1 : 1);
          points[i].x -= shift;
          points[j].x += shift;
        } else {
          const double shift = (overlapY + 0.5) / 2 * (dy < 0 ? -1 : 1);
          points[i].y -= shift;
          points[j].y += shift;
        }
      }
    }
    if (!moved) return;
  }
}

}  // namespace

Layout layoutNetwork(const LayoutInput& input, const LayoutOptions& options) {
  const std::size_t n = input.vertices;
  PG_CHECK(input.boxes.size() == n, "layoutNetwork: one box per vertex");
  for (const auto& [a, b] : input.edges) PG_CHECK(a < n && b < n, "layoutNetwork: edge to a missing vertex");

  UndirectedGraph whole(n);
  for (const auto& [a, b] : input.edges) {
    if (a != b) boost::add_edge(a, b, 1.0, whole);
  }
  std::vector<std::size_t> componentOf(n, 0);
  const std::size_t count =
      n == 0
          ? 0
          : static_cast<std::size_t>(boost::connected_components(
                whole, boost::make_iterator_property_map(componentOf.begin(), boost::get(boost::vertex_index, whole))));
  std::vector<std::vector<std::size_t>> members(count);
  for (std::size_t v = 0; v < n; ++v) members[componentOf[v]].push_back(v);
  // Largest first; ties by smallest vertex (members are in vertex order).
  std::sort(members.begin(), members.end(), [](const auto& x, const auto& y) {
    if (x.size() != y.size()) return x.size() > y.size();
    return x.front() < y.front();
  });

  struct Placed {
    std::vector<Point> points;
    Rect bounds;
  };
  std::vector<Placed> placed;
  std::vector<std::size_t> local(n, SIZE_MAX);
  for (const auto& group : members) {
    for (std::size_t i = 0; i < group.size(); ++i) local[group[i]] = i;
    std::vector<Point> points;
    if (group.size() == 1) {
      points = {{0, 0}};
    } else if (group.size() == 2) {
      points = {{0, 0}, {options.portrait ? 0.0 : options.edgeLength, options.portrait ? options.edgeLength : 0.0}};
    } else {
      points = springLayout(input, group, local, options.edgeLength);
    }
    for (const std::size_t v : group) local[v] = SIZE_MAX;
    alignPrincipalAxis(points, options.portrait);
    std::vector<VertexBox> boxes;
    for (const std::size_t v : group) boxes.push_back(input.boxes[v]);
    separate(points, boxes, options.gap, options.maxSeparationPasses);
    Rect bounds{1e300, 1e300, -1e300, -1e300};
    for (std::size_t i = 0; i < group.size(); ++i) {
      const Rect r = boxAt(points[i], boxes[i], 0);
      bounds = {std::min(bounds.x0, r.x0), std::min(bounds.y0, r.y0), std::max(bounds.x1, r.x1),
                std::max(bounds.y1, r.y1)};
    }
    placed.push_back({std::move(points), bounds});
  }

  // Shelf packing: rows left to right, each row as tall as its tallest part;
  // the largest component has a row of its own, centred.
  Layout layout;
  layout.positions.assign(n, {});
  layout.component.assign(n, 0);
  double width = options.width;
  for (const auto& part : placed) width = std::max(width, part.bounds.x1 - part.bounds.x0);
  double x = 0;
  double y = 0;
  double rowHeight = 0;
  double usedWidth = 0;
  for (std::size_t c = 0; c < placed.size(); ++c) {
    const Placed& part = placed[c];
    const double w = part.bounds.x1 - part.bounds.x0;
    const double h = part.bounds.y1 - part.bounds.y0;
    if (c == 1 || (x > 0 && x + w > width)) {
      // Twice the space below the largest component, for a caption.
      y += rowHeight + options.componentGap * (c == 1 ? 2 : 1);
      x = 0;
      rowHeight = 0;
    }
    const double left = c == 0 ? (width - w) / 2 : x;
    for (std::size_t i = 0; i < members[c].size(); ++i) {
      const std::size_t v = members[c][i];
      layout.positions[v] = {part.points[i].x - part.bounds.x0 + left, part.points[i].y - part.bounds.y0 + y};
      layout.component[v] = c;
    }
    usedWidth = std::max(usedWidth, left + w);
    x = left + w + options.componentGap;
    rowHeight = std::max(rowHeight, h);
  }
  // The full packing width, so that a small network keeps the scale of a
  // large one (labels stay the same size on the page).
  layout.width = placed.empty() ? 0 : std::max(usedWidth, width);
  layout.height = placed.empty() ? 0 : y + rowHeight;
  return layout;
}

}  // namespace pactgraph::report

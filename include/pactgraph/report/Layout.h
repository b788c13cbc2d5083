// A deterministic force-directed layout for the actor network, computed
// with Boost.Graph.
//
// 1. Each connected component with three or more vertices is laid out by
//    Kamada–Kawai (`kamada_kawai_spring_layout`; every link has the same
//    ideal length, as distances here are hops), starting from
//    `circle_graph_layout` in vertex order: no random numbers, so the same
//    input always gives the same positions. Two-vertex components are a
//    horizontal pair; single vertices a point.
// 2. Each component is rotated so that its widest spread is horizontal
//    (principal axis; vertical with `portrait`, for narrow screens), then vertices whose boxes (circle and label)
//    overlap are pushed apart along the axis of least overlap until none overlap (at most `maxSeparationPasses` passes;
//    O(n²) per pass).
// 3. Components are packed in rows no wider than `width` (or the widest
//    component), largest first, ties by their smallest vertex index; the
//    largest has a row of its own, centred.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace pactgraph::report {

// The space a vertex needs, relative to its position: its circle and its
// label. All four are ≥ 0.
struct VertexBox {
  double left = 0;
  double right = 0;
  double top = 0;
  double bottom = 0;
};

struct LayoutInput {
  std::size_t vertices = 0;
  std::vector<std::pair<std::size_t, std::size_t>> edges;  // undirected; indexes < vertices
  std::vector<VertexBox> boxes;                            // one per vertex
};

struct LayoutOptions {
  double edgeLength = 150;   // ideal link length, px
  double width = 1000;       // preferred width of the packed drawing, px
  double gap = 10;           // minimum free space between boxes, px
  double componentGap = 28;  // space between packed components, px
  int maxSeparationPasses = 400;
  bool portrait = false;  // widest spread vertical: for a drawing narrower than tall
};

struct Point {
  double x = 0;
  double y = 0;
};

struct Layout {
  std::vector<Point> positions;        // one per vertex, all boxes within [0, width] × [0, height]
  std::vector<std::size_t> component;  // per vertex: 0 for the first packed component, …
  double width = 0;                    // the packing width (`width` or the widest component); 0 when empty
  double height = 0;
};

// Contract: boxes.size() == vertices and every edge names existing vertices.
Layout layoutNetwork(const LayoutInput& input, const LayoutOptions& options = {});

}  // namespace pactgraph::report

#include <gtest/gtest.h>

#include <cmath>

#include "pactgraph/report/Layout.h"
#include "pactgraph/util/Contract.h"

namespace pactgraph::report {
namespace {

// Two triangles joined by a bridge, a pair and two isolated vertices.
LayoutInput sampleInput() {
  LayoutInput input;
  input.vertices = 10;
  input.edges = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 7}};
  input.boxes.assign(10, VertexBox{30, 30, 8, 24});
  return input;
}

bool overlap(const Point& a, const VertexBox& ba, const Point& b, const VertexBox& bb) {
  return a.x - ba.left < b.x + bb.right && b.x - bb.left < a.x + ba.right && a.y - ba.top < b.y + bb.bottom &&
         b.y - bb.top < a.y + ba.bottom;
}

TEST(LayoutTest, IsDeterministic) {
  const Layout first = layoutNetwork(sampleInput());
  const Layout second = layoutNetwork(sampleInput());
  ASSERT_EQ(first.positions.size(), 10u);
  for (std::size_t i = 0; i < first.positions.size(); ++i) {
    EXPECT_EQ(first.positions[i].x, second.positions[i].x) << i;
    EXPECT_EQ(first.positions[i].y, second.positions[i].y) << i;
  }
  EXPECT_EQ(first.width, second.width);
  EXPECT_EQ(first.height, second.height);
}

TEST(LayoutTest, PortraitIsTallerThanWide) {
  // A path of 12 vertices: its widest spread is along the path.
  LayoutInput input;
  input.vertices = 12;
  for (std::size_t v = 0; v + 1 < 12; ++v) input.edges.emplace_back(v, v + 1);
  input.boxes.assign(12, VertexBox{6, 6, 6, 6});
  LayoutOptions options;
  options.width = 200;
  const Layout landscape = layoutNetwork(input, options);
  EXPECT_GT(landscape.width, landscape.height);
  options.portrait = true;
  const Layout portrait = layoutNetwork(input, options);
  double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
  for (const auto& p : portrait.positions) {
    minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
  }
  EXPECT_GT(maxY - minY, 2 * (maxX - minX));
}

TEST(LayoutTest, KeepsBoxesInsideAndApart) {
  const LayoutInput input = sampleInput();
  const Layout layout = layoutNetwork(input);
  for (std::size_t i = 0; i < input.vertices; ++i) {
    const Point& p = layout.positions[i];
    const VertexBox& box = input.boxes[i];
    EXPECT_GE(p.x - box.left, -1e-6);
    EXPECT_GE(p.y - box.top, -1e-6);
    EXPECT_LE(p.x + box.right, layout.width + 1e-6);
    EXPECT_LE(p.y + box.bottom, layout.height + 1e-6);
    for (std::size_t j = i + 1; j < input.vertices; ++j) {
      EXPECT_FALSE(overlap(p, box, layout.positions[j], input.boxes[j])) << i << " and " << j;
    }
  }
}

TEST(LayoutTest, LinkedVerticesStayCloserThanDistantOnes) {
  const Layout layout = layoutNetwork(sampleInput());
  const auto distance = [&](std::size_t a, std::size_t b) {
    return std::hypot(layout.positions[a].x - layout.positions[b].x, layout.positions[a].y - layout.positions[b].y);
  };
  EXPECT_LT(distance(0, 1), distance(0, 5));
  EXPECT_LT(distance(3, 4), distance(1, 5));
}

TEST(LayoutTest, PacksTheLargestComponentFirstOnItsOwnRow) {
  const LayoutInput input = sampleInput();
  const Layout layout = layoutNetwork(input);
  for (std::size_t v = 0; v < 6; ++v) EXPECT_EQ(layout.component[v], 0u);
  EXPECT_EQ(layout.component[6], 1u);
  EXPECT_EQ(layout.component[7], 1u);
  EXPECT_EQ(layout.component[8], 2u);
  EXPECT_EQ(layout.component[9], 3u);
  double firstBottom = 0;
  for (std::size_t v = 0; v < 6; ++v)
    firstBottom = std::max(firstBottom, layout.positions[v].y + input.boxes[v].bottom);
  for (std::size_t v = 6; v < 10; ++v) EXPECT_GT(layout.positions[v].y - input.boxes[v].top, firstBottom);
}

TEST(LayoutTest, HandlesEmptyAndSingleVertexGraphs) {
  const Layout empty = layoutNetwork({});
  EXPECT_TRUE(empty.positions.empty());
  EXPECT_EQ(empty.height, 0);
  LayoutInput one;
  one.vertices = 1;
  one.boxes = {VertexBox{5, 5, 5, 5}};
  const Layout single = layoutNetwork(one);
  EXPECT_DOUBLE_EQ(single.positions[0].y, 5);
}

TEST(LayoutTest, RejectsMalformedInput) {
  LayoutInput input;
  input.vertices = 2;
  input.boxes.resize(1);
  EXPECT_THROW(layoutNetwork(input), util::ContractViolation);
  input.boxes.resize(2);
  input.edges = {{0, 2}};
  EXPECT_THROW(layoutNetwork(input), util::ContractViolation);
}

}  // namespace
}  // namespace pactgraph::report

#include "pactgraph/util/TemporaryDirectory.h"

#include <gtest/gtest.h>

#include <fstream>

namespace pactgraph::util {
namespace {

TEST(TemporaryDirectoryTest, IsRemovedWithWhatItHolds) {
  std::filesystem::path kept;
  {
    const TemporaryDirectory directory("pactgraph-test-");
    kept = directory.path();
    EXPECT_TRUE(std::filesystem::is_directory(kept));
    EXPECT_TRUE(kept.filename().string().starts_with("pactgraph-test-"));
    std::ofstream(kept / "graph.nt") << "<a> <b> <c> .\n";
    std::filesystem::create_directory(kept / "sub");
  }
  EXPECT_FALSE(std::filesystem::exists(kept));
}

TEST(TemporaryDirectoryTest, EachIsItsOwn) {
  const TemporaryDirectory first;
  const TemporaryDirectory second;
  EXPECT_NE(first.path(), second.path());
}

}  // namespace
}  // namespace pactgraph::util

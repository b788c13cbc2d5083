#include "pactgraph/util/Progress.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace pactgraph::util {
namespace {

TEST(Progress, AlwaysReportsEachStageWithTimeAndMemory) {
  std::ostringstream out;
  {
    Progress progress(Progress::Mode::always, out);
    progress.stage("load");
    progress.stage("write turtle");
  }  // the destructor ends the last stage
  const std::string text = out.str();
  const std::regex line(R"(progress: (load|write turtle): [0-9]+\.[0-9]{3} s, peak memory [0-9]+ MB\n)");
  EXPECT_EQ(std::distance(std::sregex_iterator(text.begin(), text.end(), line), std::sregex_iterator()), 2) << text;
  EXPECT_NE(text.find("progress: load …\n"), std::string::npos);
  EXPECT_LT(text.find("progress: load: "), text.find("progress: write turtle …"));
  EXPECT_GT(peakMemoryBytes(), 0u);
}

TEST(Progress, NeverAndAutomaticOnAStringStreamPrintNothing) {
  for (const auto mode : {Progress::Mode::never, Progress::Mode::automatic}) {
    std::ostringstream out;
    Progress progress(mode, out);
    progress.stage("load");
    progress.finish();
    EXPECT_FALSE(progress.enabled());
    EXPECT_EQ(out.str(), "");
  }
}

}  // namespace
}  // namespace pactgraph::util

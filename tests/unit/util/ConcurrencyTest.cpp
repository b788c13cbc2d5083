#include "pactgraph/util/Concurrency.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace pactgraph::util {
namespace {

TEST(ConcurrencyTest, EveryIndexRunsOnceWhateverTheJobs) {
  for (const unsigned jobs : {0u, 1u, 2u, 7u, 100u}) {
    std::vector<int> calls(50, 0);
    forEachIndex(calls.size(), jobs, [&](std::size_t i) { ++calls[i]; });
    EXPECT_EQ(calls, std::vector<int>(50, 1)) << "jobs " << jobs;
  }
  forEachIndex(0, 4, [](std::size_t) { FAIL() << "no task for count 0"; });
}

TEST(ConcurrencyTest, RunsTasksAtTheSameTimeWhenAskedFor) {
  // Two tasks that each wait for the other to have started: they can only
  // both finish when they run at once.
  std::atomic<int> started{0};
  forEachIndex(2, 2, [&](std::size_t) {
    ++started;
    while (started.load() < 2) {
    }
  });
  EXPECT_EQ(started.load(), 2);
}

TEST(ConcurrencyTest, TheLowestFailingIndexIsRethrownAfterAllRan) {
  for (const unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<int> ran{0};
    try {
      forEachIndex(10, jobs, [&](std::size_t i) {
        ++ran;
        if (i == 3 || i == 8) throw std::runtime_error("task " + std::to_string(i));
      });
      FAIL() << "expected an exception";
    } catch (const std::runtime_error& error) {
      EXPECT_STREQ(error.what(), "task 3");
    }
    EXPECT_EQ(ran.load(), 10);
  }
}

TEST(ConcurrencyTest, ZeroJobsMeansOnePerCore) {
  EXPECT_GE(resolveJobs(0), 1u);
  EXPECT_EQ(resolveJobs(3), 3u);
}

}  // namespace
}  // namespace pactgraph::util

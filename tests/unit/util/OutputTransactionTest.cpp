#include "pactgraph/util/OutputTransaction.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace pactgraph::util {
namespace {

namespace fs = std::filesystem;

class OutputTransactionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pg-output-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::size_t entries(const fs::path& p) const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(p), fs::directory_iterator()));
  }

  fs::path dir_;
};

TEST_F(OutputTransactionTest, CommitPutsEveryFileInPlace) {
  OutputTransaction output;
  output.stage(dir_ / "a.ttl", "A");
  output.stage(dir_ / "sub" / "b.nt", "B");
  EXPECT_FALSE(fs::exists(dir_ / "a.ttl"));
  output.commit();
  EXPECT_EQ(readFile(dir_ / "a.ttl"), "A");
  EXPECT_EQ(readFile(dir_ / "sub" / "b.nt"), "B");
  EXPECT_EQ(entries(dir_), 2u);  // no temporaries left
}

TEST_F(OutputTransactionTest, WithoutCommitNothingChangesAndCreatedDirectoriesVanish) {
  { std::ofstream(dir_ / "a.ttl") << "previous"; }
  {
    OutputTransaction output;
    output.stage(dir_ / "a.ttl", "new");
    output.stage(dir_ / "fresh" / "deeper" / "b.nt", "B");
  }
  EXPECT_EQ(readFile(dir_ / "a.ttl"), "previous");
  EXPECT_FALSE(fs::exists(dir_ / "fresh"));
  EXPECT_EQ(entries(dir_), 1u);
}

// Several files change all together or not at all.
TEST_F(OutputTransactionTest, ATargetThatIsADirectoryChangesNothing) {
  std::ofstream(dir_ / "a.ttl") << "old A";
  std::ofstream(dir_ / "c.nq") << "old C";
  fs::create_directory(dir_ / "b.trig");
  OutputTransaction output;
  output.stage(dir_ / "a.ttl", "new A");
  output.stage(dir_ / "b.trig", "new B");
  output.stage(dir_ / "c.nq", "new C");
  try {
    output.commit();
    FAIL() << "a directory cannot be replaced";
  } catch (const IoError& error) {
    EXPECT_TRUE(error.outputsUntouched());
    EXPECT_NE(std::string(error.what()).find("b.trig"), std::string::npos);
  }
  EXPECT_EQ(readFile(dir_ / "a.ttl"), "old A");
  EXPECT_EQ(readFile(dir_ / "c.nq"), "old C");
}

TEST_F(OutputTransactionTest, ALateRenameFailureRestoresTheFilesRenamedBeforeIt) {
  std::ofstream(dir_ / "a.ttl") << "old A";
  {
    OutputTransaction output;
    output.stage(dir_ / "a.ttl", "new A");   // existed: gets its old content back
    output.stage(dir_ / "new.nt", "new N");  // did not exist: removed again
    output.stage(dir_ / "c.nq", "new C");
    // Make the third rename fail: its staged temporary vanishes.
    for (const auto& entry : fs::directory_iterator(dir_)) {
      if (entry.path().filename().string().starts_with(".c.nq.tmp-")) fs::remove(entry.path());
    }
    try {
      output.commit();
      FAIL() << "the third rename cannot succeed";
    } catch (const IoError& error) {
      EXPECT_TRUE(error.outputsUntouched());
      EXPECT_NE(std::string(error.what()).find("2 file(s) replaced before it were restored"), std::string::npos)
          << error.what();
    }
  }
  EXPECT_EQ(readFile(dir_ / "a.ttl"), "old A");
  EXPECT_FALSE(fs::exists(dir_ / "new.nt"));
  EXPECT_FALSE(fs::exists(dir_ / "c.nq"));
  EXPECT_EQ(entries(dir_), 1u);  // no temporaries, no kept versions left
}

TEST_F(OutputTransactionTest, ASuccessfulCommitLeavesNoKeptVersions) {
  std::ofstream(dir_ / "a.ttl") << "old A";
  OutputTransaction output;
  output.stage(dir_ / "a.ttl", "new A");
  output.commit();
  EXPECT_EQ(readFile(dir_ / "a.ttl"), "new A");
  EXPECT_EQ(entries(dir_), 1u);
}

TEST_F(OutputTransactionTest, UnwritableTargetIsAnIoError) {
  OutputTransaction output;
  std::ofstream(dir_ / "file") << "x";
  EXPECT_THROW(output.stage(dir_ / "file" / "inside.ttl", "x"), IoError);
}

TEST_F(OutputTransactionTest, ReadFileNamesThePath) {
  try {
    readFile(dir_ / "missing.json");
    FAIL() << "expected IoError";
  } catch (const IoError& error) {
    EXPECT_NE(std::string(error.what()).find("missing.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace pactgraph::util

namespace pactgraph::util {
namespace {

class StageAllTest : public OutputTransactionTest {
 protected:
  // Five files of different sizes, each written in many small pieces.
  std::vector<OutputTransaction::Producer> producers() const {
    std::vector<OutputTransaction::Producer> files;
    for (int f = 0; f < 5; ++f) {
      files.push_back({dir_ / ("f" + std::to_string(f) + ".txt"), [f](TextSink& sink) {
                         for (int line = 0; line < 20000 * (f + 1); ++line) {
                           sink.write("file " + std::to_string(f) + " line " + std::to_string(line) + "\n");
                         }
                       }});
    }
    return files;
  }
};

TEST_F(StageAllTest, TheFilesDoNotDependOnTheJobs) {
  std::vector<std::string> single;
  for (const unsigned jobs : {1u, 2u, 0u}) {
    OutputTransaction output;
    output.stageAll(producers(), jobs);
    output.commit();
    std::vector<std::string> contents;
    for (int f = 0; f < 5; ++f) contents.push_back(readFile(dir_ / ("f" + std::to_string(f) + ".txt")));
    if (jobs == 1) {
      single = contents;
      EXPECT_EQ(single[4].substr(0, 14), "file 4 line 0\n");
    } else {
      EXPECT_EQ(contents, single) << "jobs " << jobs;
    }
  }
}

TEST_F(StageAllTest, AFailingProducerRollsEverythingBack) {
  auto files = producers();
  files[2].produce = [](TextSink& sink) {
    sink.write("half");
    throw std::runtime_error("writer 2 failed");
  };
  files[3].produce = [](TextSink&) { throw std::runtime_error("writer 3 failed"); };
  {
    OutputTransaction output;
    try {
      output.stageAll(files, 2);
      FAIL() << "expected the producer's exception";
    } catch (const std::runtime_error& error) {
      EXPECT_STREQ(error.what(), "writer 2 failed");
    }
  }
  EXPECT_EQ(entries(dir_), 0u);
}

}  // namespace
}  // namespace pactgraph::util

#include "pactgraph/io/DataFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>

namespace pactgraph::io {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class DataFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pactgraph-datafile-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }

  // Reads with a deadline, so that a regression that blocks fails instead
  // of hanging the suite.
  std::optional<std::string> read(const fs::path& path, std::uint64_t limit = kDefaultMaxFileSize) {
    auto reading = std::async(std::launch::async, [&] { return readDataFile(path, limit, diagnostics_); });
    if (reading.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
      ADD_FAILURE() << "reading " << path << " blocked";
      std::quick_exit(1);  // the blocked thread cannot be joined
    }
    return reading.get();
  }

  std::string onlyId() const {
    EXPECT_EQ(diagnostics_.all().size(), 1u);
    return diagnostics_.all().empty() ? "" : diagnostics_.all()[0].id;
  }

  fs::path dir_;
  util::Diagnostics diagnostics_;
};

TEST_F(DataFileTest, ReadsARegularFileWhole) {
  const std::string text = std::string(200'000, 'x') + "\n{}";
  EXPECT_EQ(read(write("a.json", text)), text);
  EXPECT_FALSE(diagnostics_.hasErrors());
}

TEST_F(DataFileTest, FifoIsRefusedWithoutBlocking) {
  const fs::path fifo = dir_ / "pipe.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_FALSE(read(fifo));
  EXPECT_EQ(onlyId(), "io.not-a-file");
  EXPECT_THAT(diagnostics_.all()[0].message, HasSubstr("named pipe (FIFO)"));
  EXPECT_EQ(diagnostics_.all()[0].origin.position.file, fifo.string());
}

TEST_F(DataFileTest, EndlessDeviceBehindASymlinkIsRefusedUnread) {
  fs::create_symlink("/dev/zero", dir_ / "zero.json");
  EXPECT_FALSE(read(dir_ / "zero.json"));
  EXPECT_EQ(onlyId(), "io.not-a-file");
  EXPECT_THAT(diagnostics_.all()[0].message, HasSubstr("character device"));
}

TEST_F(DataFileTest, DirectoryIsNotAFile) {
  fs::create_directories(dir_ / "sub.json");
  EXPECT_FALSE(read(dir_ / "sub.json"));
  EXPECT_EQ(onlyId(), "io.not-a-file");
}

TEST_F(DataFileTest, FileOverTheLimitIsRefusedBeforeReading) {
  const fs::path big = write("big.json", std::string(2048, ' '));
  EXPECT_FALSE(read(big, 2047));
  EXPECT_EQ(onlyId(), "io.too-large");
  EXPECT_EQ(diagnostics_.all()[0].message, "the file holds 2048 bytes, more than the limit of 2047 bytes");
  EXPECT_THAT(diagnostics_.all()[0].hint, HasSubstr("--max-file-size"));
  EXPECT_TRUE(read(big, 2048));  // the limit itself is allowed
}

TEST_F(DataFileTest, LimitHoldsForFilesThatClaimToBeEmpty) {
  // /proc files report a size of 0 but have contents.
  EXPECT_FALSE(read("/proc/self/status", 8));
  EXPECT_EQ(onlyId(), "io.too-large");
  EXPECT_THAT(diagnostics_.all()[0].message, HasSubstr("grew while it was read"));
}

TEST_F(DataFileTest, ReadErrorIsAnIoErrorNotAnEmptyFile) {
  // /proc/self/mem is a regular file whose first page is unmapped: read(2)
  // fails with EIO.
  EXPECT_FALSE(read("/proc/self/mem"));
  EXPECT_EQ(onlyId(), "io.read");
  EXPECT_EQ(diagnostics_.all()[0].message, "reading failed: input/output error");
}

TEST_F(DataFileTest, MissingFileSaysSo) {
  fs::create_symlink(dir_ / "gone.json", dir_ / "dangling.json");
  EXPECT_FALSE(read(dir_ / "dangling.json"));
  EXPECT_EQ(onlyId(), "io.read");
  EXPECT_EQ(diagnostics_.all()[0].message, "no such file or directory");
}

}  // namespace
}  // namespace pactgraph::io

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/NTriples.h"
#include "pactgraph/store/Push.h"
#include "pactgraph/store/PushHistory.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {
namespace {

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "pactgraph-push-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }
  std::filesystem::path dir_;
};

using ChunkReaderTest = TempDir;

TEST_F(ChunkReaderTest, CutsOnLineEndsAndJoinsBackToTheFile) {
  const std::string text =
      "<a> <b> <c> .\n<d> <e> <f> .\n<g> <h> \"a long literal that does not fit\" .\n<i> <j> <k> .";
  const auto path = write("g.nt", text);
  ChunkReader reader(path, 30);
  std::string chunk;
  std::string joined;
  std::vector<std::string> chunks;
  while (reader.next(chunk)) {
    chunks.push_back(chunk);
    joined += chunk;
  }
  EXPECT_EQ(joined, text);
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[0], "<a> <b> <c> .\n<d> <e> <f> .\n");
  EXPECT_EQ(chunks[1], "<g> <h> \"a long literal that does not fit\" .\n");
  EXPECT_EQ(chunks[2], "<i> <j> <k> .");
}

TEST_F(ChunkReaderTest, ReadsAnEmptyFileAsNoChunkAndRefusesAMissingOne) {
  ChunkReader reader(write("empty.nt", ""), 10);
  std::string chunk;
  EXPECT_FALSE(reader.next(chunk));
  EXPECT_THROW(ChunkReader(dir_ / "missing.nt", 10), util::IoError);
  EXPECT_THROW(ChunkReader(dir_ / "empty.nt", 0), util::ContractViolation);
}

using ScanTest = TempDir;

TEST_F(ScanTest, CountsTriplesAndKnowsWhenTheyAreDistinct) {
  const auto sorted = write("sorted.nt", "# comment\n<a> <b> <c> .\n\n<a> <b> <d> .\n");
  const NTriplesScan scan = scanNTriples(sorted);
  EXPECT_EQ(scan.triples, 2u);
  EXPECT_TRUE(scan.strictlyAscending);
  const auto repeated = write("repeated.nt", "<b> <b> <c> .\n<a> <b> <c> .\n<b> <b> <c> .  \n");
  EXPECT_FALSE(scanNTriples(repeated).strictlyAscending);
  EXPECT_EQ(scanNTriples(repeated).triples, 3u);
  EXPECT_EQ(countDistinctTriplesInFile(repeated), 2u);
}

TEST(StagingGraphs, AreTheTargetWithSixteenHexDigits) {
  const std::string graph = "http://e/g";
  EXPECT_EQ(stagingPrefix(graph), "http://e/g-staging-");
  EXPECT_TRUE(isStagingGraphOf("http://e/g-staging-0123456789abcdef", graph));
  EXPECT_FALSE(isStagingGraphOf("http://e/g-staging-0123456789ABCDEF", graph));
  EXPECT_FALSE(isStagingGraphOf("http://e/g-staging-0123", graph));
  EXPECT_FALSE(isStagingGraphOf("http://e/g2-staging-0123456789abcdef", graph));
  EXPECT_FALSE(isStagingGraphOf("http://e/g", graph));
}

TEST(SqlString, DoublesQuotesAndRefusesBackslashes) {
  EXPECT_EQ(sqlString("/var/lib/it's"), "'/var/lib/it''s'");
  EXPECT_THROW(sqlString("C:\\data"), util::ContractViolation);
  EXPECT_THROW(sqlString("a\nb"), util::ContractViolation);
}

using PushHistoryTest = TempDir;

TEST_F(PushHistoryTest, KeepsOneRecordPerStoreAndGraph) {
  PushHistory history(dir_ / "state" / "pushes.json");
  EXPECT_TRUE(history.records().empty());
  history.record({"http://s/sparql", "http://e/a", 3, "2026-11-29T10:00:00Z", "checkpointed"});
  history.record({"http://s/sparql", "http://e/b", 4, "2026-11-29T11:00:00Z", "checkpointed"});
  history.record({"http://s/sparql", "http://e/a", 5, "2026-11-29T12:00:00Z", "not-durable"});
  history.record({"http://t/sparql", "http://e/c", 6, "2026-11-29T13:00:00Z", "store-commit"});
  EXPECT_EQ(history.records().size(), 3u);
  EXPECT_EQ(history.latest("http://s/sparql")->graph, "http://e/a");
  EXPECT_EQ(history.latest("http://s/sparql", "http://e/b")->triples, 4u);
  EXPECT_FALSE(history.latest("http://u/sparql").has_value());
  write("state/pushes.json", "{ broken");
  EXPECT_TRUE(history.records().empty());
}

TEST(UtcNow, IsIso8601WithZ) {
  const std::string now = utcNow();
  ASSERT_EQ(now.size(), 20u);
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now.back(), 'Z');
}

}  // namespace
}  // namespace pactgraph::store

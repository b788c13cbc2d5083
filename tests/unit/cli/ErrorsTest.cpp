// One test per class of failure: the exit code README.md documents and the
// one diagnostic line (`error[id]: message`, a `hint:` line when there is one).
#include "cli/Errors.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pactgraph/rdf/Writer.h"
#include "pactgraph/store/Connection.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {
namespace {

struct Outcome {
  int code;
  std::string printed;
};

template <typename Action>
Outcome guarded(Action action) {
  std::ostringstream err;
  const int code = runGuarded(action, err);
  return {code, err.str()};
}

TEST(ErrorsTest, SuccessPassesTheCodeThroughAndPrintsNothing) {
  const Outcome outcome = guarded([] { return kOk; });
  EXPECT_EQ(outcome.code, 0);
  EXPECT_EQ(outcome.printed, "");
}

TEST(ErrorsTest, UsageErrorExitsTwo) {
  const Outcome outcome = guarded([]() -> int { throw UsageError("bad-base", "--base must end in /", "try …/kg/"); });
  EXPECT_EQ(outcome.code, 2);
  EXPECT_EQ(outcome.printed, "error[usage.bad-base]: --base must end in /\n  hint: try …/kg/\n");
}

TEST(ErrorsTest, StoreSettingsAreUsageErrors) {
  const Outcome outcome =
      guarded([]() -> int { throw store::SettingsError("no-query-url", "--dialect gsp needs --query-url"); });
  EXPECT_EQ(outcome.code, 2);
  EXPECT_EQ(outcome.printed, "error[usage.no-query-url]: --dialect gsp needs --query-url\n");
}

TEST(ErrorsTest, DataErrorExitsOne) {
  const Outcome outcome = guarded([]() -> int { throw DataError("path.unknown-node", "no node \"x\""); });
  EXPECT_EQ(outcome.code, 1);
  EXPECT_EQ(outcome.printed, "error[path.unknown-node]: no node \"x\"\n");
}

TEST(ErrorsTest, ReportedFailureKeepsItsCodeAndPrintsNothingMore) {
  EXPECT_EQ(guarded([]() -> int { throw ReportedFailure(kInvalidData); }).code, 1);
  const Outcome io = guarded([]() -> int { throw ReportedFailure(kIoFailure); });
  EXPECT_EQ(io.code, 3);
  EXPECT_EQ(io.printed, "");
}

TEST(ErrorsTest, InputAndOutputFailuresExitThree) {
  const Outcome read = guarded([]() -> int { throw ReadError("q.rq: no such file"); });
  EXPECT_EQ(read.code, 3);
  EXPECT_EQ(read.printed, "error[io.read]: q.rq: no such file\n");
  const Outcome write = guarded([]() -> int { throw util::IoError("out.ttl: disk full"); });
  EXPECT_EQ(write.code, 3);
  EXPECT_EQ(write.printed, "error[io.write]: out.ttl: disk full; nothing was written\n");
  const Outcome writer = guarded([]() -> int { throw rdf::WriteError("serd: bad IRI"); });
  EXPECT_EQ(writer.code, 3);
  EXPECT_EQ(writer.printed, "error[rdf.write]: serd: bad IRI; nothing was written\n");
}

TEST(ErrorsTest, StoreFailuresExitThreeAndAnUnknownNodeOne) {
  const Outcome down = guarded([]() -> int {
    throw store::StoreError(store::ErrorKind::unreachable, "http://127.0.0.1:1/sparql", "connection refused");
  });
  EXPECT_EQ(down.code, 3);
  EXPECT_EQ(down.printed, "error[store.unreachable]: http://127.0.0.1:1/sparql: connection refused\n");
  const Outcome missing =
      guarded([]() -> int { throw store::StoreError(store::ErrorKind::notFound, "", "no node \"x\""); });
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.printed, "error[store.not-found]: no node \"x\"\n");
}

TEST(ErrorsTest, ABrokenInvariantExitsFourAsABug) {
  const Outcome outcome = guarded([]() -> int { throw util::ContractViolation("k must be positive"); });
  EXPECT_EQ(outcome.code, 4);
  EXPECT_TRUE(outcome.printed.starts_with("error[internal.contract]: ")) << outcome.printed;
  EXPECT_NE(outcome.printed.find("k must be positive"), std::string::npos);
  EXPECT_NE(outcome.printed.find("hint: this is a bug in pactgraph"), std::string::npos);
  EXPECT_EQ(guarded([]() -> int { throw std::logic_error("unexpected"); }).code, 4);
}

TEST(ErrorsTest, MessagesCannotDriveTheTerminal) {
  const Outcome outcome = guarded([]() -> int { throw DataError("x", "a\x1b[2Jb\nc"); });
  EXPECT_EQ(outcome.printed.find('\x1b'), std::string::npos);
  EXPECT_EQ(outcome.printed.find('\n'), outcome.printed.size() - 1);  // one line
}

}  // namespace
}  // namespace pactgraph::cli

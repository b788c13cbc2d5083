#include "pactgraph/store/Connection.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "pactgraph/store/QueryDataset.h"
#include "pactgraph/store/StoreStatus.h"
#include "pactgraph/util/TemporaryDirectory.h"

namespace pactgraph::store {
namespace {

std::string settingsErrorId(const ConnectionSettings& settings, Access access) {
  try {
    connect(settings, access);
  } catch (const SettingsError& error) {
    return error.id();
  }
  return "none";
}

TEST(ConnectionTest, RefusesSettingsThatCannotWork) {
  ConnectionSettings gsp;
  gsp.endpoint = "http://127.0.0.1:1/gsp";
  gsp.auth = "none";
  EXPECT_EQ(settingsErrorId(gsp, Access::write), "no-query-url");  // uploads are verified by a query
  EXPECT_EQ(settingsErrorId(gsp, Access::read), "none");
  ConnectionSettings relative = gsp;
  relative.queryUrl = "sparql";
  EXPECT_EQ(settingsErrorId(relative, Access::read), "bad-endpoint");
}

TEST(ConnectionTest, ReadsCredentialsFromTheFirstLineOfAFile) {
  const util::TemporaryDirectory directory;
  ConnectionSettings settings;
  settings.credentialsPath = (directory.path() / "credentials").string();
  std::ofstream(settings.credentialsPath) << "dba:se:cret\r\nignored\n";
  const Credentials credentials = loadCredentials(settings);
  EXPECT_EQ(credentials.user, "dba");
  EXPECT_EQ(credentials.password, "se:cret");
  std::ofstream(settings.credentialsPath) << ":no-user\n";
  EXPECT_THROW(loadCredentials(settings), SettingsError);
}

TEST(ConnectionTest, WithoutAFileCredentialsComeFromTheEnvironment) {
  ConnectionSettings settings;
  settings.auth = "basic";
  ::unsetenv("PACTGRAPH_STORE_USER");
  try {
    loadCredentials(settings);
    FAIL() << "no credentials were given";
  } catch (const SettingsError& error) {
    EXPECT_EQ(error.id(), "no-credentials");
  }
  ::setenv("PACTGRAPH_STORE_USER", "reader", 1);
  ::setenv("PACTGRAPH_STORE_PASSWORD", "pw", 1);
  EXPECT_EQ(loadCredentials(settings).user, "reader");
  ::unsetenv("PACTGRAPH_STORE_USER");
  ::unsetenv("PACTGRAPH_STORE_PASSWORD");
}

TEST(QueryDatasetTest, SeesFromAndFromNamedOnly) {
  EXPECT_TRUE(namesItsDataset("SELECT * FROM <http://g> { ?s ?p ?o }"));
  EXPECT_TRUE(namesItsDataset("select *\nfrom named <http://g> { graph ?g { ?s ?p ?o } }"));
  EXPECT_FALSE(namesItsDataset("SELECT ?from { ?s <http://e/from> ?from }"));
  EXPECT_FALSE(namesItsDataset("SELECT * { ?s ?p ?o }"));
}

TEST(StoreStatusTest, DurabilityNamesAreThoseOfThePushHistory) {
  EXPECT_EQ(durabilityName(Durability::checkpointed), "checkpointed");
  EXPECT_EQ(durabilityName(Durability::storeCommit), "store-commit");
  EXPECT_EQ(durabilityName(Durability::notDurable), "not-durable");
}

}  // namespace
}  // namespace pactgraph::store

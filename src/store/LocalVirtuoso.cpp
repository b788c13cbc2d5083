#include "pactgraph/store/LocalVirtuoso.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {

namespace {

constexpr const char* kMarker = "pactgraph-local-virtuoso";
constexpr const char* kPasswordFile = "pactgraph-dba-password";
constexpr const char* kFingerprintFile = "pactgraph-data-fingerprint";

int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw util::IoError(std::string("socket: ") + std::strerror(errno));
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    ::close(fd);
    throw util::IoError(std::string("no free port on 127.0.0.1: ") + std::strerror(errno));
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

std::string randomHex(std::size_t bytes) {
  std::random_device device;
  std::string out;
  char digit[3];
  for (std::size_t i = 0; i < bytes; ++i) {
    std::snprintf(digit, sizeof digit, "%02x", device() & 0xFF);
    out += digit;
  }
  return out;
}

void writePrivateFile(const std::filesystem::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) throw util::IoError(path.string() + ": " + std::strerror(errno));
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  if (!ok) throw util::IoError(path.string() + ": write failed");
}

std::string readSmallFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}

// Every setting the server needs, and nothing left to defaults that change
// answers (a minimal ini changes how ASK is answered, see SparqlResults.h).
std::string iniText(const std::filesystem::path& dir, int sqlPort, int httpPort) {
  const std::string d = dir.string();
  std::ostringstream ini;
  ini << "; " << kMarker << ": written at every start, ports change\n"
      << "[Database]\nDatabaseFile = " << d << "/virtuoso.db\nErrorLogFile = " << d << "/virtuoso.log\nLockFile = " << d
      << "/virtuoso.lck\nTransactionFile = " << d << "/virtuoso.trx\nxa_persistent_file = " << d
      << "/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\n"
      << "MaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n"
      << "[TempDatabase]\nDatabaseFile = " << d << "/virtuoso-temp.db\nTransactionFile = " << d
      << "/virtuoso-temp.trx\nMaxCheckpointRemap = 2000\nStriping = 0\n\n"
      << "[Parameters]\nServerPort = 127.0.0.1:" << sqlPort
      << "\nDisableUnixSocket = 1\nMaxClientConnections = 8\nCheckpointInterval = 60\nO_DIRECT = 0\nCaseMode = 2\n"
      << "MaxStaticCursorRows = 5000\nCheckpointAuditTrail = 0\nAllowOSCalls = 0\nSchedulerInterval = 10\n"
      << "DirsAllowed = ., " << d << "\nThreadCleanupInterval = 0\nThreadThreshold = 10\n"
      << "ResourcesCleanupInterval = 0\nFreeTextBatchSize = 100000\nSingleCPU = 0\nPrefixResultNames = 0\n"
      << "RdfFreeTextRulesSize = 100\nIndexTreeMaps = 64\nMaxMemPoolSize = 200000000\nNumberOfBuffers = 50000\n"
      << "MaxDirtyBuffers = 37500\nMaxQueryCostEstimationTime = 400\nMaxQueryExecutionTime = 600\n"
      << "DefaultIsolation = 2\nStopCompilerWhenXOverRunTime = 0\n\n"
      << "[HTTPServer]\nServerPort = 127.0.0.1:" << httpPort << "\nServerRoot = " << d
      << "\nMaxClientConnections = 8\nDavRoot = DAV\nEnabledDavVSP = 0\nHTTPProxyEnabled = 0\nTempASPXDir = 0\n"
      << "ServerThreads = 8\nMaxKeepAlives = 8\nKeepAliveTimeout = 10\nHTTPThreadSize = 280000\n"
      << "HttpPrintWarningsInOutput = 0\nCharset = UTF-8\nEnabledGzipContent = 0\n\n"
      << "[SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryCostEstimationTime = 400\nMaxQueryExecutionTime = 600\n"
      << "DefaultQuery = SELECT * WHERE { ?s ?p ?o } LIMIT 10\nDeferInferenceRulesInit = 0\n";
  return ini.str();
}

HttpOptions dbaOptions(const std::string& password) {
  HttpOptions http;
  http.auth = AuthScheme::digest;
  http.credentials = {"dba", password};
  http.connectTimeout = std::chrono::milliseconds(2000);
  http.stallTimeout = std::chrono::milliseconds(600000);
  http.retries = 0;
  return http;
}

}  // namespace

std::filesystem::path LocalVirtuoso::findExecutable(const std::filesystem::path& given) {
  if (!given.empty()) return std::filesystem::exists(given) ? given : std::filesystem::path();
  if (const char* path = std::getenv("PATH")) {
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      const auto candidate = std::filesystem::path(dir.empty() ? "." : dir) / "virtuoso-t";
      if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  const std::filesystem::path fallback = "/usr/bin/virtuoso-t";
  return ::access(fallback.c_str(), X_OK) == 0 ? fallback : std::filesystem::path();
}

LocalVirtuoso::LocalVirtuoso(LocalVirtuosoOptions options) : options_(std::move(options)) {
  if (options_.directory.empty()) {
    std::string pattern = (std::filesystem::temp_directory_path() / "pactgraph-virtuoso-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw util::IoError(pattern + ": " + std::strerror(errno));
    directory_ = pattern;
    temporary_ = true;
  } else {
    std::error_code error;
    std::filesystem::create_directories(options_.directory, error);
    if (error) throw util::IoError(options_.directory.string() + ": " + error.message());
    directory_ = std::filesystem::absolute(options_.directory);
  }
  try {
    start();
  } catch (...) {
    stop();
    throw;
  }
}

LocalVirtuoso::~LocalVirtuoso() { stop(); }

std::string LocalVirtuoso::httpUrl() const { return "http://127.0.0.1:" + std::to_string(httpPort_); }

GraphStore LocalVirtuoso::connect() const {
  Endpoints endpoints = endpointsFor(Dialect::virtuoso, httpUrl());
  endpoints.authenticateQueries = false;
  return GraphStore(std::move(endpoints), dbaOptions(password_));
}

std::string LocalVirtuoso::logTail() const {
  std::ifstream in(directory_ / "virtuoso.log");
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  std::string tail;
  for (std::size_t i = lines.size() > 5 ? lines.size() - 5 : 0; i < lines.size(); ++i) tail += " | " + lines[i];
  return tail;
}

void LocalVirtuoso::start() {
  const std::filesystem::path executable = findExecutable(options_.executable);
  if (executable.empty()) {
    throw StoreError(ErrorKind::unreachable, "local Virtuoso",
                     "virtuoso-t not found: install the Debian package virtuoso-opensource-7-bin "
                     "(scripts/install-deps.sh installs it)");
  }
  const int sqlPort = freePort();
  int httpPort = freePort();
  while (httpPort == sqlPort) httpPort = freePort();
  httpPort_ = httpPort;
  const std::filesystem::path ini = directory_ / "virtuoso.ini";
  writePrivateFile(ini, iniText(directory_, sqlPort, httpPort));
  const std::filesystem::path passwordFile = directory_ / kPasswordFile;
  const bool fresh = !std::filesystem::exists(directory_ / "virtuoso.db");
  if (!fresh && !std::filesystem::exists(passwordFile)) {
    throw util::IoError(directory_.string() + ": holds a Virtuoso database that pactgraph did not create (no " +
                        kPasswordFile + "); give an empty or new directory");
  }
  const std::string stdoutLog = (directory_ / "virtuoso.out").string();
  pid_ = ::fork();
  if (pid_ < 0) throw util::IoError(std::string("fork: ") + std::strerror(errno));
  if (pid_ == 0) {
    ::setsid();
    const int out = ::open(stdoutLog.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    const int in = ::open("/dev/null", O_RDONLY);
    if (out >= 0) {
      ::dup2(out, STDOUT_FILENO);
      ::dup2(out, STDERR_FILENO);
    }
    if (in >= 0) ::dup2(in, STDIN_FILENO);
    if (::chdir(directory_.c_str()) != 0) ::_exit(127);
    ::execl(executable.c_str(), "virtuoso-t", "+foreground", "+configfile", ini.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  // Wait until /sparql answers, the process dies, or the time is up.
  const auto deadline = std::chrono::steady_clock::now() + options_.startTimeout;
  HttpOptions probeOptions = dbaOptions("");
  probeOptions.auth = AuthScheme::none;
  HttpClient probe(probeOptions);
  for (;;) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw StoreError(ErrorKind::unreachable, "local Virtuoso",
                       "virtuoso-t exited during start-up (is the directory " + directory_.string() +
                           " in use by another server?)" + logTail());
    }
    try {
      HttpRequest request;
      request.url = httpUrl() + "/sparql?query=ASK%20%7B%7D";
      request.authenticate = false;
      if (probe.send(request).status == 200) break;
    } catch (const StoreError&) {
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw StoreError(
          ErrorKind::unreachable, "local Virtuoso",
          "virtuoso-t did not answer within " + std::to_string(options_.startTimeout.count()) + " s" + logTail());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  if (fresh) {
    // Replace the default dba password before anything else happens.
    password_ = "pg-" + randomHex(16);
    GraphStore store(endpointsFor(Dialect::virtuoso, httpUrl()), dbaOptions("dba"));
    store.virtuosoSql("USER_SET_PASSWORD('dba', " + sqlString(password_) + ")");
    writePrivateFile(passwordFile, password_ + "\n");
  } else {
    password_ = readSmallFile(passwordFile);
  }
}

bool LocalVirtuoso::load(const std::filesystem::path& ntriples, const std::string& fingerprint) {
  const std::filesystem::path fingerprintFile = directory_ / kFingerprintFile;
  if (!temporary_ && std::filesystem::exists(fingerprintFile) && readSmallFile(fingerprintFile) == fingerprint) {
    return false;
  }
  GraphStore store = connect();
  std::error_code error;
  std::filesystem::remove(fingerprintFile, error);
  store.update(std::string("DROP SILENT GRAPH <") + kDataGraph + ">");
  const std::string name = "pactgraph-data.nt";
  std::filesystem::copy_file(ntriples, directory_ / name, std::filesystem::copy_options::overwrite_existing, error);
  if (error) throw util::IoError((directory_ / name).string() + ": " + error.message());
  store.virtuosoSql("DELETE FROM DB.DBA.load_list WHERE ll_file = " + sqlString(directory_.string() + "/" + name));
  store.virtuosoSql("DB.DBA.ld_dir(" + sqlString(directory_.string()) + ", " + sqlString(name) + ", " +
                    sqlString(kDataGraph) + ")");
  store.virtuosoSql("DB.DBA.rdf_loader_run()");
  store.virtuosoSql("checkpoint");
  std::filesystem::remove(directory_ / name, error);
  writePrivateFile(fingerprintFile, fingerprint + "\n");
  return true;
}

void LocalVirtuoso::stop() noexcept {
  if (pid_ > 0) {
    ::kill(-pid_, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    int status = 0;
    while (::waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(-pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    pid_ = -1;
  }
  if (temporary_ && !directory_.empty()) {
    std::error_code error;
    std::filesystem::remove_all(directory_, error);
  }
}

std::string fileFingerprint(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw util::IoError(path.string() + ": " + std::strerror(errno));
  std::uint64_t hash = 1469598103934665603ULL;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      hash ^= static_cast<unsigned char>(buffer[i]);
      hash *= 1099511628211ULL;
    }
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace pactgraph::store

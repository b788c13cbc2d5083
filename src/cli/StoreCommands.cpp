#include "StoreCommands.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <regex>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "commands/PushDelta.h"
#include "pactgraph/analysis/Paths.h"
#include "pactgraph/rdf/Dataset.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/store/BulkFiles.h"
#include "pactgraph/store/GraphStore.h"
#include "pactgraph/store/LocalVirtuoso.h"
#include "pactgraph/store/Push.h"
#include "pactgraph/store/PushHistory.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/store/StorePaths.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::cli {

namespace {

using nlohmann::ordered_json;

// A problem with the options: printed as `error[usage.<id>]`, exit code 2.
struct UsageError {
  std::string id;
  std::string message;
};

}  // namespace

CLI::Option* addConnectionOptions(CLI::App& command, StoreConnectionOptions& state, bool endpointRequired) {
  CLI::Option* endpoint = command
      .add_option("--endpoint", state.endpoint,
                  "The store: its base URL for --dialect virtuoso/oxigraph (http://127.0.0.1:8890), the dataset "
                  "URL for fuseki (http://host:3030/ds), the Graph Store Protocol URL for gsp")
      ->required(endpointRequired)
      ->type_name("URL");
  command
      .add_option("--dialect", state.dialect, "How the store names its endpoints: virtuoso, fuseki, oxigraph or gsp")
      ->check(CLI::IsMember({"virtuoso", "fuseki", "oxigraph", "gsp"}))
      ->capture_default_str();
  command.add_option("--query-url", state.queryUrl, "SPARQL query endpoint (overrides the dialect's)")
      ->type_name("URL");
  command
      .add_option("--update-url", state.updateUrl,
                  "SPARQL update endpoint (overrides the dialect's; for gsp "
                  "the query URL by default)")
      ->type_name("URL");
  command
      .add_option("--auth", state.auth,
                  "HTTP authentication: basic, digest or none (default: digest for "
                  "virtuoso, none otherwise). Credentials come from PACTGRAPH_STORE_USER "
                  "and PACTGRAPH_STORE_PASSWORD, or --credentials")
      ->check(CLI::IsMember({"basic", "digest", "none"}));
  command.add_option("--credentials", state.credentialsPath, "File whose first line is user:password")
      ->type_name("FILE");
  command.add_option("--connect-timeout", state.connectTimeout, "Seconds to wait for a connection")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  command
      .add_option("--stall-timeout", state.stallTimeout,
                  "Seconds a request may go without any data moving before it is abandoned")
      ->check(CLI::Range(1.0, 86400.0))
      ->capture_default_str();
  command.add_option("--retries", state.retries, "Extra attempts after a transient failure (reset, 502/503/504)")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  return endpoint;
}

namespace {

store::Credentials loadCredentials(const StoreConnectionOptions& state) {
  store::Credentials credentials;
  if (!state.credentialsPath.empty()) {
    const std::string text = util::readFile(state.credentialsPath);
    std::string line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      throw UsageError{"bad-credentials",
                       "--credentials " + state.credentialsPath + ": the first line must be user:password"};
    }
    credentials.user = line.substr(0, colon);
    credentials.password = line.substr(colon + 1);
    return credentials;
  }
  const char* user = std::getenv("PACTGRAPH_STORE_USER");
  const char* password = std::getenv("PACTGRAPH_STORE_PASSWORD");
  if (user == nullptr || *user == '\0' || password == nullptr) {
    throw UsageError{"no-credentials", "--auth " + state.auth +
                                           " needs credentials: set PACTGRAPH_STORE_USER and "
                                           "PACTGRAPH_STORE_PASSWORD, or give --credentials FILE (user:password)"};
  }
  credentials.user = user;
  credentials.password = password;
  return credentials;
}

// The store the options describe. `uploads`: the subcommand writes (push),
// so it needs credentials for the dialect's authentication, and a gsp
// dialect must be given a query URL to verify with.
store::GraphStore connect(const StoreConnectionOptions& state, bool uploads) {
  const store::Dialect dialect = *store::dialectFromName(state.dialect);
  store::Endpoints endpoints = store::endpointsFor(dialect, state.endpoint);
  if (dialect == store::Dialect::gsp && !uploads) endpoints.query = state.endpoint;
  if (!state.queryUrl.empty()) {
    endpoints.query = state.queryUrl;
    endpoints.authenticateQueries = true;
  }
  if (!state.updateUrl.empty()) endpoints.update = state.updateUrl;
  if (endpoints.update.empty()) endpoints.update = endpoints.query;
  if (uploads && endpoints.query.empty()) {
    throw UsageError{"no-query-url", "--dialect gsp needs --query-url: every upload is verified with a COUNT query"};
  }
  for (const std::string* url : {&endpoints.graphStore, &endpoints.query, &endpoints.update}) {
    if (!url->empty() && !util::isAbsoluteIri(*url)) {
      throw UsageError{"bad-endpoint", "\"" + store::redactUrl(*url) + "\" is not an absolute URL"};
    }
  }
  store::HttpOptions http;
  http.auth = state.auth.empty()       ? store::defaultAuth(dialect)
              : state.auth == "basic"  ? store::AuthScheme::basic
              : state.auth == "digest" ? store::AuthScheme::digest
                                       : store::AuthScheme::none;
  // Reading from a public query endpoint (Virtuoso's /sparql) needs no
  // credentials unless --auth asks for them.
  if (!uploads && state.auth.empty() && !endpoints.authenticateQueries) http.auth = store::AuthScheme::none;
  if (http.auth != store::AuthScheme::none) {
    StoreConnectionOptions named = state;
    if (named.auth.empty()) named.auth = http.auth == store::AuthScheme::digest ? "digest" : "basic";
    http.credentials = loadCredentials(named);
  }
  http.connectTimeout = std::chrono::milliseconds(static_cast<long>(state.connectTimeout * 1000));
  http.stallTimeout = std::chrono::milliseconds(static_cast<long>(state.stallTimeout * 1000));
  http.retries = state.retries;
  return store::GraphStore(std::move(endpoints), std::move(http));
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// N-Triples of the data in a temporary file, removed at the end: `push`
// streams it to the store and `query DATA` loads it into a local store.
class TemporaryNTriples {
 public:
  TemporaryNTriples() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pactgraph-nt-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw util::IoError(pattern + ": cannot create a temporary directory");
    directory_ = pattern;
  }
  ~TemporaryNTriples() {
    std::error_code error;
    std::filesystem::remove_all(directory_, error);
  }
  TemporaryNTriples(const TemporaryNTriples&) = delete;
  TemporaryNTriples& operator=(const TemporaryNTriples&) = delete;
  std::filesystem::path file() const { return directory_ / "graph.nt"; }

 private:
  std::filesystem::path directory_;
};

// Whether DATA is one N-Triples file to send as it is.
bool isNTriplesFile(const std::vector<std::filesystem::path>& data) {
  return data.size() == 1 && data.front().extension() == ".nt" && std::filesystem::is_regular_file(data.front());
}

// Validates the data and writes its N-Triples (the union of the graphs, or
// only the facts graph) or N-Quads into `target`. Returns the exit code of
// a failed validation, or nothing.
std::optional<int> writeNTriples(const InputOptions& input, const std::string& base, bool factsOnly,
                                 const std::filesystem::path& target, rdf::Format format = rdf::Format::ntriples) {
  auto loaded = std::make_optional(loadValidated(input));
  const rdf::ExportOptions exportOptions = exportOptionsFor(loaded->ontology, base);
  util::OutputTransaction output;
  if (factsOnly) {
    std::vector<model::Quad> quads = rdf::buildDataset(loaded->graph, exportOptions);
    const std::string facts = rdf::factsGraphIri(base);
    std::erase_if(quads, [&](const model::Quad& quad) { return quad.graph.value != facts; });
    output.stage(target, rdf::serialize(std::move(quads), rdf::Format::ntriples, rdf::standardPrefixes(base)));
  } else {
    const rdf::QuadStore quads = rdf::buildQuadStore(loaded->graph, exportOptions);
    loaded.reset();  // the writer needs only the store
    output.stage(target, [&](util::TextSink& sink) { rdf::serialize(quads, format, rdf::standardPrefixes(base), sink); });
  }
  output.commit();
  return std::nullopt;
}

// The command that removes what a failed push left (no credentials in it).
std::string cleanupCommand(const StoreCommandState& state) {
  std::string command = "pactgraph push --cleanup --graph " + state.graph + " --dialect " + state.connection.dialect +
                        " --endpoint " + store::redactUrl(state.connection.endpoint);
  if (!state.connection.queryUrl.empty()) command += " --query-url " + store::redactUrl(state.connection.queryUrl);
  if (!state.connection.updateUrl.empty()) command += " --update-url " + store::redactUrl(state.connection.updateUrl);
  return command;
}

void printLeftovers(const std::vector<std::pair<std::string, std::size_t>>& graphs, const char* verb) {
  for (const auto& [graph, triples] : graphs) {
    std::cout << verb << " staging graph <" << graph << "> (" << plural(triples, "triple", "triples")
              << ", left by a failed push)\n";
  }
}

int runCleanup(const StoreCommandState& state, store::GraphStore& graphStore) {
  const auto removed = store::removeStagingGraphs(graphStore, state.graph);
  if (!removed.empty()) store::makeDurable(graphStore);
  printLeftovers(removed, "removed");
  if (removed.empty()) std::cout << "no staging graphs of <" << state.graph << "> in the store\n";
  return ExitCode::kOk;
}

int runPush(const StoreCommandState& state) {
  if (!util::isAbsoluteIri(state.graph)) {
    throw UsageError{"bad-graph", "--graph must be an absolute IRI, got \"" + state.graph + "\""};
  }
  if (!rdf::isValidBase(state.base)) {
    throw UsageError{"bad-base", "--base must be an absolute IRI ending in / or #, got \"" + state.base + "\""};
  }
  if (!state.cleanup && state.input.data.empty()) {
    throw UsageError{"no-data", "push needs DATA (data files, a directory, or one .nt file), or --cleanup"};
  }
  if (!state.bulkDirectory.empty() && state.connection.dialect != "virtuoso") {
    throw UsageError{"bulk-dialect", "--bulk-dir is for --dialect virtuoso (its bulk loader)"};
  }
  if (!state.delta.empty() && (state.cleanup || !state.bulkDirectory.empty() || state.input.data.empty())) {
    throw UsageError{"delta-option", "--delta needs DATA and sends SPARQL Update: not with --cleanup or --bulk-dir"};
  }
  store::GraphStore graphStore = connect(state.connection, true);
  if (state.cleanup && state.input.data.empty()) return runCleanup(state, graphStore);
  if (!state.delta.empty()) {
    return runDeltaPush({state.input, state.delta, state.base, state.graph, state.factsOnly, state.chunkBytes,
                         !state.noCheckpoint},
                        graphStore);
  }

  TemporaryNTriples temporary;
  std::filesystem::path ntriples = state.input.data.empty() ? std::filesystem::path() : state.input.data.front();
  if (!isNTriplesFile(state.input.data)) {
    ntriples = temporary.file();
    if (auto failed = writeNTriples(state.input, state.base, state.factsOnly, ntriples)) return *failed;
  }

  store::PushOptions options;
  options.mode = state.append ? store::PushMode::append : store::PushMode::replace;
  options.chunkBytes = state.chunkBytes;
  options.checkpoint = !state.noCheckpoint;
  options.bulk.directory = state.bulkDirectory;
  options.bulk.serverDirectory = state.bulkServerDirectory;
  options.bulk.minTriples = state.bulkMinTriples;
  store::ProgressSink progress;
  if (!state.input.quiet) progress = [](const std::string& step) { std::cerr << "push: " << step << "\n"; };
  store::PushReport report;
  try {
    report = store::pushGraph(graphStore, state.graph, ntriples, options, progress);
  } catch (const store::StoreError& error) {
    std::cerr << error.line() << "\n";
    if (!error.leftover().empty()) {
      std::cerr << "  hint: the staging graph <" << error.leftover() << "> may remain in the store ("
                << error.leftoverNote() << "); remove it with `" << cleanupCommand(state) << "`\n";
    }
    return ExitCode::kIoFailure;
  }
  const std::string endpoint = store::redactUrl(graphStore.endpoints().query);
  try {
    store::PushHistory().record(
        {endpoint, state.graph, report.stored, store::utcNow(), std::string(store::durabilityName(report.durability))});
  } catch (const util::IoError& error) {
    std::cerr << "warning[store.history]: the push was not recorded (" << error.what() << ")\n";
  }
  if (report.durability == store::Durability::notDurable) {
    std::cerr << "warning[store.not-durable]: " << report.durabilityNote << "\n";
  }
  if (state.input.quiet) return ExitCode::kOk;
  printLeftovers(report.removedLeftovers, "removed");
  std::cout << (state.append ? "appended " : "replaced ") << "<" << state.graph << "> at "
            << store::redactUrl(report.bulkLoaded ? graphStore.endpoints().update : graphStore.endpoints().graphStore)
            << ": " << plural(report.triples, "triple", "triples") << " "
            << (report.bulkLoaded ? std::string("through the bulk loader")
                                  : "in " + plural(report.chunks, "chunk", "chunks"))
            << "\n";
  if (report.swapRowByRow) {
    std::cout << "note: the swap was too large for one Virtuoso transaction and was done row by row (readers could "
                 "see it half done; it is logged and checkpointed)\n";
  }
  switch (report.durability) {
    case store::Durability::checkpointed:
      std::cout << "verified: the graph holds " << plural(report.stored, "triple", "triples")
                << " (before: " << report.previous << "), checkpointed: a restart keeps them\n";
      break;
    case store::Durability::storeCommit:
      std::cout << "verified: the graph holds " << plural(report.stored, "triple", "triples")
                << " (before: " << report.previous
                << "); durability is the store's own (committed requests; an in-memory store keeps nothing)\n";
      break;
    case store::Durability::notDurable:
      std::cout << "stored, NOT durable: the graph holds " << plural(report.stored, "triple", "triples")
                << " (before: " << report.previous << "), but a restart of the store may undo the write\n";
      break;
  }
  return ExitCode::kOk;
}

int runStatus(const StoreCommandState& state) {
  if (!util::isAbsoluteIri(state.graph)) {
    throw UsageError{"bad-graph", "--graph must be an absolute IRI, got \"" + state.graph + "\""};
  }
  store::GraphStore graphStore = connect(state.connection, false);
  const std::string endpoint = store::redactUrl(graphStore.endpoints().query);
  std::cout << "graph <" << state.graph << "> at " << endpoint << "\n";
  std::cout << "  triples: " << graphStore.countTriples(state.graph) << "\n";
  const auto leftovers = store::findStagingGraphs(graphStore, state.graph);
  if (leftovers.empty()) std::cout << "  staging leftovers: none\n";
  for (const auto& [graph, triples] : leftovers) {
    std::cout << "  staging leftover: <" << graph << "> (" << plural(triples, "triple", "triples") << ")\n";
  }
  if (!leftovers.empty()) std::cout << "  remove them with: " << cleanupCommand(state) << "\n";
  if (const auto last = store::PushHistory().latest(endpoint, state.graph)) {
    std::cout << "  pushed from here: " << last->pushedAt << ", " << plural(last->triples, "triple", "triples")
              << ", " << last->durability << "\n";
  } else {
    std::cout << "  pushed from here: never (no record in " << store::PushHistory::defaultPath().string() << ")\n";
  }
  return ExitCode::kOk;
}

int runExport(const StoreCommandState& state) {
  if (!rdf::isValidBase(state.base)) {
    throw UsageError{"bad-base", "--base must be an absolute IRI ending in / or #, got \"" + state.base + "\""};
  }
  TemporaryNTriples temporary;
  const std::filesystem::path nquads = temporary.file().replace_extension(".nq");
  if (auto failed = writeNTriples(state.input, state.base, false, nquads, rdf::Format::nquads)) return *failed;
  const store::BulkFiles files = store::writeBulkFiles(nquads, state.exportDirectory,
                                                       *store::bulkStoreFromName(state.forStore), state.quadsPerFile);
  if (!state.input.quiet) {
    std::cout << "wrote " << plural(files.quads, "quad", "quads") << " in "
              << plural(files.chunks.size(), "file", "files") << " to " << state.exportDirectory
              << "; load them as " << files.instructions.string() << " says\n";
  }
  return ExitCode::kOk;
}

// Whether the query names its own dataset (FROM / FROM NAMED).
bool namesItsDataset(const std::string& query) {
  static const std::regex from(R"((^|[\s}])FROM\s+(NAMED\s+)?<)", std::regex::icase);
  return std::regex_search(query, from);
}

void printResult(const store::SelectResult& result, const std::string& format) {
  if (format == "csv") {
    std::cout << store::formatCsv(result);
  } else if (format == "json") {
    std::cout << store::formatJson(result);
  } else {
    std::cout << store::formatTable(result);
  }
}

// Runs each query; with several, each answer is preceded by `# FILE` (table,
// csv) or is one line `{"query": FILE, "result": …}` (json).
int runQueries(store::GraphStore& graphStore, const std::vector<std::string>& queries,
               const std::vector<std::string>& defaultGraphs, const std::string& format) {
  for (const auto& path : queries) {
    const store::SelectResult result = graphStore.select(util::readFile(path), defaultGraphs);
    if (queries.size() == 1) {
      printResult(result, format);
    } else if (format == "json") {
      std::cout << nlohmann::json{{"query", path}, {"result", nlohmann::json::parse(store::formatJson(result))}}.dump(
                       -1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    } else {
      std::cout << "# " << path << "\n";
      printResult(result, format);
    }
  }
  std::cout.flush();
  return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
}

int runLocalQuery(const StoreCommandState& state, const std::vector<std::string>& queries,
                  const std::vector<std::filesystem::path>& data) {
  InputOptions input = state.input;
  input.data = data;
  input.quiet = true;
  TemporaryNTriples temporary;
  std::filesystem::path ntriples = isNTriplesFile(data) ? data.front() : temporary.file();
  if (!isNTriplesFile(data)) {
    if (auto failed = writeNTriples(input, state.base, false, ntriples)) return *failed;
  }
  store::LocalVirtuosoOptions options;
  options.directory = state.storeDirectory;
  store::LocalVirtuoso server(options);
  server.load(ntriples, store::fileFingerprint(ntriples));
  store::GraphStore graphStore = server.connect();
  return runQueries(graphStore, queries, {store::LocalVirtuoso::kDataGraph}, state.format);
}

int runQuery(const StoreCommandState& state) {
  std::vector<std::string> queries;
  std::vector<std::filesystem::path> data;
  for (const auto& argument : state.queryArguments) {
    if (std::filesystem::path(argument).extension() == ".rq") {
      queries.push_back(argument);
    } else {
      data.emplace_back(argument);
    }
  }
  if (queries.empty()) throw UsageError{"no-query", "query needs a query file (.rq)"};
  for (const auto& path : queries) {
    if (!std::filesystem::is_regular_file(path)) throw util::IoError(path + ": no such file");
  }
  if (!data.empty() && !state.connection.endpoint.empty()) {
    throw UsageError{"endpoint-and-data", "give either DATA (a local query) or --endpoint (a store), not both"};
  }
  if (data.empty() && state.connection.endpoint.empty()) {
    throw UsageError{"no-data",
                     "query needs DATA (files or a directory: answered by a local Virtuoso that pactgraph starts) or "
                     "--endpoint URL (a store)"};
  }
  if (!data.empty()) return runLocalQuery(state, queries, data);

  store::GraphStore graphStore = connect(state.connection, false);
  std::vector<std::string> defaultGraphs = state.defaultGraphs;
  const std::string endpoint = store::redactUrl(graphStore.endpoints().query);
  const bool ownDataset = std::all_of(queries.begin(), queries.end(),
                                      [](const std::string& path) { return namesItsDataset(util::readFile(path)); });
  if (defaultGraphs.empty() && !ownDataset) {
    if (const auto last = store::PushHistory().latest(endpoint)) {
      defaultGraphs.push_back(last->graph);
      if (!state.input.quiet) {
        std::cerr << "query: over <" << last->graph << ">, the graph last pushed to this store (--graph to choose)\n";
      }
    } else {
      // A store whose default graph is the union of its graphs (Virtuoso)
      // answers once per graph holding a matching triple.
      const auto graphs = graphStore.userGraphs(11);
      if (graphs.size() > 1) {
        std::cerr << "warning[store.union-default-graph]: the query names no graph and the store holds "
                  << (graphs.size() > 10 ? "more than 10" : std::to_string(graphs.size())) << " graphs (<"
                  << graphs[0] << ">, <" << graphs[1] << ">" << (graphs.size() > 2 ? ", …" : "")
                  << "); a store whose default graph is their union (Virtuoso) repeats answers\n"
                  << "  hint: pass --graph IRI to query one graph\n";
      }
    }
  }
  return runQueries(graphStore, queries, defaultGraphs, state.format);
}

std::string nodeId(const std::string& iri, const std::string& base) {
  return iri.starts_with(base) && iri.size() > base.size() ? iri.substr(base.size()) : iri;
}

std::string citationText(const store::StoreCitation& citation) {
  std::string text = !citation.label.empty() ? citation.label : citation.sourceLabel;
  if (citation.label.empty() && !citation.pages.empty()) text += ", p. " + citation.pages;
  if (text.empty()) text = citation.source.empty() ? citation.iri : citation.source;
  for (std::size_t i = 0; i < citation.footnotes.size(); ++i) {
    text += (i == 0 ? " [fn " : ", ") + citation.footnotes[i] + (i + 1 == citation.footnotes.size() ? "]" : "");
  }
  return text;
}

// A path found on a store, in the store's terms (IRIs).
struct EndpointHop {
  std::string from;  // node IRIs
  std::string to;
  std::string predicate;  // IRI
  bool forward = true;    // walked from the claim's subject to its object
  std::string statement;  // statement node IRI
  std::vector<store::StoreCitation> citations;
};

struct EndpointPath {
  std::vector<std::string> nodes;  // from, …, to (hops + 1 IRIs)
  std::vector<EndpointHop> hops;
};

struct EndpointPaths {
  std::vector<EndpointPath> paths;            // at most k, in the order of analysis/Paths.h
  std::map<std::string, std::string> labels;  // node IRI → rdfs:label
  bool truncated = false;
};

// The claims fetched from a store as a graph for analysis::findPaths: node
// ids are the IRIs without the base (as in the input files), statements
// keep the order of their IRIs (the last tie-break of the path order).
struct StoreGraph {
  model::Graph graph;
  std::vector<const store::StoreClaim*> statements;  // parallel to graph.statements
  std::map<std::string, std::string> iris;           // node id → IRI
};

StoreGraph claimGraph(const store::ClaimNeighbourhood& neighbourhood, const std::string& from, const std::string& to,
                      const std::string& base) {
  StoreGraph out;
  const auto node = [&](const std::string& iri) {
    const std::string id = nodeId(iri, base);
    if (out.iris.emplace(id, iri).second) {
      model::Node added;
      added.id = id;
      out.graph.nodes.push_back(std::move(added));
    }
    return id;
  };
  node(from);
  node(to);
  for (const auto& claim : neighbourhood.claims) {
    model::Statement statement;
    statement.subjectId = node(claim.subject);
    statement.predicate = store::localName(claim.predicate);
    statement.predicateIri = claim.predicate;
    statement.object.isReference = true;
    statement.object.referencedId = node(claim.object);
    out.graph.statements.push_back(std::move(statement));
    out.statements.push_back(&claim);
  }
  out.graph.index();
  return out;
}

// Paths found on a StoreGraph in the store's terms (IRIs).
EndpointPaths storePaths(const StoreGraph& claims, const analysis::PathResult& found) {
  EndpointPaths result;
  for (const auto& path : found.paths) {
    EndpointPath out;
    for (const auto& id : path.nodes) out.nodes.push_back(claims.iris.at(id));
    for (const auto& hop : path.hops) {
      const store::StoreClaim& claim = *claims.statements[hop.statement];
      out.hops.push_back({claims.iris.at(hop.from), claims.iris.at(hop.to), claim.predicate, hop.forward,
                          claim.statement, {}});
    }
    result.paths.push_back(std::move(out));
  }
  return result;
}

// The footnote numbers as JSON numbers (strings when not a number).
ordered_json footnotesJson(const std::vector<std::string>& footnotes) {
  ordered_json out = ordered_json::array();
  for (const auto& footnote : footnotes) {
    const bool number = !footnote.empty() && footnote.size() < 18 &&
                        footnote.find_first_not_of("0123456789") == std::string::npos;
    out.push_back(number ? ordered_json(std::stoll(footnote)) : ordered_json(footnote));
  }
  return out;
}

// The JSON of `path --json`, in the shape of the in-memory report (nodes with
// id and label; hops with from, to, predicate, direction and the claim with
// its citations), plus what only the store knows: node, statement and
// citation IRIs, and every footnote a shared citation node carries.
std::string endpointPathsJson(const EndpointPathRequest& request, const std::string& endpoint,
                              const std::string& from, const std::string& to, const EndpointPaths& result,
                              const std::function<std::string(const std::string&)>& label) {
  const std::string& base = request.base;
  ordered_json root = {{"from", nodeId(from, base)},
                       {"to", nodeId(to, base)},
                       {"endpoint", endpoint},
                       {"graph", request.graph},
                       {"k", request.k},
                       {"maxLength", request.maxLength},
                       {"truncated", result.truncated}};
  ordered_json paths = ordered_json::array();
  for (const auto& path : result.paths) {
    ordered_json nodes = ordered_json::array();
    for (const auto& iri : path.nodes) nodes.push_back({{"id", nodeId(iri, base)}, {"label", label(iri)}, {"iri", iri}});
    ordered_json hops = ordered_json::array();
    for (const auto& hop : path.hops) {
      const std::string& subject = hop.forward ? hop.from : hop.to;
      const std::string& object = hop.forward ? hop.to : hop.from;
      ordered_json citations = ordered_json::array();
      for (const auto& citation : hop.citations) {
        citations.push_back({{"id", nodeId(citation.iri, base)},
                             {"iri", citation.iri},
                             {"source", nodeId(citation.source, base)},
                             {"pages", citation.pages.empty() ? ordered_json(nullptr) : ordered_json(citation.pages)},
                             {"footnotes", footnotesJson(citation.footnotes)},
                             {"reference", citationText(citation)}});
      }
      const std::string predicate = store::localName(hop.predicate);
      hops.push_back({{"from", nodeId(hop.from, base)},
                      {"to", nodeId(hop.to, base)},
                      {"predicate", predicate},
                      {"direction", hop.forward ? "forward" : "backward"},
                      {"claim",
                       {{"statement", hop.statement},
                        {"subject", nodeId(subject, base)},
                        {"subjectLabel", label(subject)},
                        {"predicate", predicate},
                        {"predicateIri", hop.predicate},
                        {"object", nodeId(object, base)},
                        {"objectLabel", label(object)},
                        {"citations", citations}}}});
    }
    paths.push_back({{"length", path.hops.size()}, {"nodes", nodes}, {"hops", hops}});
  }
  root["paths"] = paths;
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int findPathsOnStore(const EndpointPathRequest& request) {
  if (!util::isAbsoluteIri(request.graph)) {
    throw UsageError{"bad-graph", "--graph must be an absolute IRI, got \"" + request.graph + "\""};
  }
  if (request.maxLength > kMaxEndpointPathLength) {
    throw UsageError{"max-length", "--max-length " + std::to_string(request.maxLength) + " is more than the " +
                                       std::to_string(kMaxEndpointPathLength) +
                                       " hops a store is asked for (the neighbourhood fetched grows with every hop)"};
  }
  store::GraphStore graphStore = connect(request.connection, false);
  const std::string from = store::resolveNode(graphStore, request.graph, request.base, request.from);
  const std::string to = store::resolveNode(graphStore, request.graph, request.base, request.to);
  const store::ClaimNeighbourhood neighbourhood =
      store::fetchClaimsAround(graphStore, request.graph, from, to, request.maxLength);
  const StoreGraph claims = claimGraph(neighbourhood, from, to, request.base);
  analysis::PathOptions options;
  options.k = request.k;
  options.maxLength = request.maxLength;
  const analysis::PathResult inMemory = analysis::findPaths(
      claims.graph, analysis::TypeHierarchy{}, nodeId(from, request.base), nodeId(to, request.base), options);
  EndpointPaths result = storePaths(claims, inMemory);
  result.truncated = neighbourhood.truncated || inMemory.truncated;
  std::set<std::string> statements;
  std::set<std::string> nodes{from, to};
  for (const auto& path : result.paths) {
    nodes.insert(path.nodes.begin(), path.nodes.end());
    for (const auto& hop : path.hops) statements.insert(hop.statement);
  }
  auto citations = store::fetchCitations(graphStore, request.graph, statements);
  for (auto& path : result.paths) {
    for (auto& hop : path.hops) hop.citations = citations[hop.statement];
  }
  result.labels = store::fetchLabels(graphStore, request.graph, nodes);
  auto label = [&](const std::string& iri) {
    const auto found = result.labels.find(iri);
    return found == result.labels.end() ? nodeId(iri, request.base) : found->second;
  };

  if (request.json) {
    std::cout << endpointPathsJson(request, store::redactUrl(graphStore.endpoints().query), from, to, result, label);
    std::cout.flush();
    return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
  }
  if (result.paths.empty()) {
    std::cout << "no path from " << label(from) << " to " << label(to) << " within " << request.maxLength << " hops"
              << (result.truncated ? " (a chain query hit its row limit)" : "") << "\n";
    return ExitCode::kOk;
  }
  for (std::size_t p = 0; p < result.paths.size(); ++p) {
    const EndpointPath& path = result.paths[p];
    std::cout << "path " << p + 1 << " (" << plural(path.hops.size(), "hop", "hops") << "): ";
    for (std::size_t i = 0; i < path.nodes.size(); ++i) std::cout << (i ? " → " : "") << label(path.nodes[i]);
    std::cout << "\n";
    for (std::size_t h = 0; h < path.hops.size(); ++h) {
      const EndpointHop& hop = path.hops[h];
      const std::string predicate = store::localName(hop.predicate);
      std::cout << "  " << h + 1 << ". " << label(hop.from)
                << (hop.forward ? "  —" + predicate + "→  " : "  ←" + predicate + "—  ") << label(hop.to) << "\n";
      std::cout << "     claim: <" << hop.statement << ">\n";
      if (hop.citations.empty()) std::cout << "     source: none cited\n";
      for (const auto& citation : hop.citations) std::cout << "     source: " << citationText(citation) << "\n";
    }
  }
  if (result.paths.size() < request.k) {
    std::cout << "(" << result.paths.size() << " of " << request.k << " requested paths exist within "
              << request.maxLength << " hops" << (result.truncated ? "; a chain query hit its row limit" : "")
              << ")\n";
  }
  return ExitCode::kOk;
}

// Runs `action`, turning every failure into one error line and the exit
// code: 2 for options, 3 for the store and files, and 1 when a store does
// not hold a node the user named (`notFoundIsData`).
int runReportingErrors(const std::function<int()>& action, bool notFoundIsData) {
  try {
    return action();
  } catch (const UsageError& error) {
    std::cerr << "error[usage." << error.id << "]: " << error.message << "\n";
    return ExitCode::kUsage;
  } catch (const store::StoreError& error) {
    std::cerr << error.line() << "\n";
    return error.kind() == store::ErrorKind::notFound && notFoundIsData ? ExitCode::kInvalidData
                                                                        : ExitCode::kIoFailure;
  } catch (const util::IoError& error) {
    std::cerr << "error[io.read]: " << error.what() << "\n";
    return ExitCode::kIoFailure;
  }
}

}  // namespace

void addStoreCommands(CLI::App& app, StoreCommandState& state) {
  state.push = app.add_subcommand(
      "push", "Upload the graph to a triple store (SPARQL 1.1 Graph Store Protocol or Virtuoso's bulk loader), verify "
              "its triple count and make it durable");
  state.push->add_option("DATA", state.input.data, "Data files or directories of *.json files, or one .nt file")
      ->type_name("PATH");
  state.push->add_option("--ontology", state.input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  state.push->add_option("--graph", state.graph, "Named graph to replace or append to")->required()->type_name("IRI");
  addConnectionOptions(*state.push, state.connection, true);
  state.push->add_option("--base", state.base, "Base IRI for minted IRIs (ends in / or #)")->capture_default_str();
  auto* replace =
      state.push->add_flag("--replace", state.replace,
                           "Replace the graph (default): load a staging graph, verify it, then MOVE it over the graph");
  auto* append = state.push->add_flag("--append", state.append, "Add to the graph (GSP POST) and verify the count");
  replace->excludes(append);
  auto* facts = state.push->add_flag("--facts-only", state.factsOnly,
                                     "Only nodes and direct triples, no statement or citation nodes");
  auto* provenance = state.push->add_flag("--with-provenance")
                         ->description("Nodes, direct triples and the provenance layer (default)");
  facts->excludes(provenance);
  state.push->add_option("--chunk-bytes", state.chunkBytes, "Largest request body (N-Triples split on line ends)")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 31))
      ->capture_default_str();
  state.push->add_flag("--cleanup", state.cleanup,
                       "Remove the staging graphs failed pushes left for --graph (without DATA: only that)");
  state.push->add_flag("--no-checkpoint", state.noCheckpoint,
                       "Virtuoso: skip the checkpoint after the write (faster; the output then says it is not "
                       "durable)");
  state.push
      ->add_option("--bulk-dir", state.bulkDirectory,
                   "Virtuoso: load large graphs with its bulk loader through this directory, which the server "
                   "reads (listed in DirsAllowed of its virtuoso.ini); the user needs EXECUTE on ld_dir and "
                   "rdf_loader_run")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
  state.push->add_option("--bulk-server-dir", state.bulkServerDirectory,
                         "The --bulk-dir directory as the server sees it (default: the same path)")
      ->type_name("PATH");
  state.push->add_option("--bulk-min-triples", state.bulkMinTriples,
                         "Smallest graph sent through the bulk loader; smaller ones go over the GSP")
      ->capture_default_str();
  auto* delta = state.push->add_option(
      "--delta", state.delta,
      "Send only the change from OLD (the version the store holds: data, a build or an RDF file) as SPARQL "
      "Update, then verify the graph's count against DATA's");
  delta->type_name("OLD")->excludes(append);
  state.push->add_flag("-q,--quiet", state.input.quiet, "Print only errors");

  state.query = app.add_subcommand(
      "query", "Run SPARQL SELECT or ASK queries on a store (--endpoint) or on the data itself (a local Virtuoso "
               "that pactgraph starts and stops)");
  state.query
      ->add_option("QUERY", state.queryArguments,
                   "Query files (.rq), then for a local query the data (files, directories or one .nt file)")
      ->required()
      ->type_name("FILE.rq... [DATA...]");
  addConnectionOptions(*state.query, state.connection, false);
  state.query->add_option("--format", state.format, "table, csv (RFC 4180) or json (SPARQL results JSON)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  state.query
      ->add_option("--graph,--default-graph", state.defaultGraphs,
                   "Graph the query sees as its default graph (default-graph-uri; repeatable; default: the graph "
                   "last pushed from here to this store)")
      ->type_name("IRI")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  state.query
      ->add_option("--store-dir", state.storeDirectory,
                   "Local query: keep the local Virtuoso's database here and reuse it while the data is unchanged "
                   "(default: a throw-away directory)")
      ->type_name("DIR");
  state.query->add_option("--base", state.base, "Local query: base IRI for minted IRIs")->capture_default_str();
  state.query->add_flag("-q,--quiet", state.input.quiet, "Print only results and errors");

  CLI::App* storeGroup = app.add_subcommand("store", "Inspect a triple store");
  storeGroup->require_subcommand(1);
  state.status = storeGroup->add_subcommand(
      "status", "A graph's triple count, the staging graphs failed pushes left, and when it was pushed from here");
  state.status->add_option("--graph", state.graph, "The named graph")->required()->type_name("IRI");
  addConnectionOptions(*state.status, state.connection, true);

  state.exportFiles = storeGroup->add_subcommand(
      "export", "Write the dataset as gzip-compressed N-Quads in chunks, with the commands of a store's own bulk "
                "loader (for millions of triples)");
  state.exportFiles->add_option("DATA", state.input.data, "Data files or directories of *.json files")
      ->required()
      ->type_name("PATH");
  state.exportFiles->add_option("--for-store", state.forStore, "virtuoso, qlever, fuseki or oxigraph")
      ->required()
      ->check(CLI::IsMember({"virtuoso", "qlever", "fuseki", "oxigraph"}));
  state.exportFiles->add_option("-o,--output", state.exportDirectory, "Directory for the files")
      ->required()
      ->type_name("DIR");
  state.exportFiles->add_option("--quads-per-file", state.quadsPerFile, "Quads in each .nq.gz file")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40))
      ->capture_default_str();
  state.exportFiles->add_option("--base", state.base, "Base IRI for minted IRIs (ends in / or #)")
      ->capture_default_str();
  state.exportFiles->add_option("--ontology", state.input.ontologyPath, "Ontology (Turtle) instead of the built-in one")
      ->type_name("FILE");
  state.exportFiles->add_flag("-q,--quiet", state.input.quiet, "Print only errors");
}

std::optional<int> runStoreCommands(const StoreCommandState& state) {
  if (state.push && *state.push) return runReportingErrors([&] { return runPush(state); }, false);
  if (state.query && *state.query) return runReportingErrors([&] { return runQuery(state); }, false);
  if (state.status && *state.status) return runReportingErrors([&] { return runStatus(state); }, false);
  if (state.exportFiles && *state.exportFiles) return runReportingErrors([&] { return runExport(state); }, false);
  return std::nullopt;
}

int runEndpointPath(const EndpointPathRequest& request) {
  return runReportingErrors([&] { return findPathsOnStore(request); }, true);
}

}  // namespace pactgraph::cli

// `pactgraph query FILE.rq… --endpoint URL` (a store) or `query FILE.rq…
// DATA…` (a local Virtuoso that pactgraph starts and stops): run SPARQL
// SELECT or ASK queries and print their answers.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "../Pipeline.h"
#include "../StoreOptions.h"
#include "Commands.h"
#include "pactgraph/store/LocalVirtuoso.h"
#include "pactgraph/store/QueryDataset.h"
#include "pactgraph/store/SparqlResults.h"
#include "pactgraph/util/OutputTransaction.h"
#include "pactgraph/util/TemporaryDirectory.h"

namespace pactgraph::cli {

namespace {

struct QueryState {
  StoreConnectionOptions connection;
  InputOptions input;
  std::string base = std::string(model::vocab::defaultBase);
  std::vector<std::string> arguments;  // query files (.rq), then for a local query the data
  std::string format = "table";
  std::vector<std::string> defaultGraphs;
  std::string storeDirectory;  // --store-dir
};

struct Query {
  std::string path;
  std::string text;
};

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
int runQueries(store::GraphStore& graphStore, const std::vector<Query>& queries,
               const std::vector<std::string>& defaultGraphs, const std::string& format) {
  for (const auto& query : queries) {
    const store::SelectResult result = graphStore.select(query.text, defaultGraphs);
    if (queries.size() == 1) {
      printResult(result, format);
    } else if (format == "json") {
      std::cout << nlohmann::json{{"query", query.path}, {"result", nlohmann::json::parse(store::formatJson(result))}}
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
    } else {
      std::cout << "# " << query.path << "\n";
      printResult(result, format);
    }
  }
  std::cout.flush();
  return std::cout ? kOk : kIoFailure;
}

int runLocalQuery(const QueryState& state, const std::vector<Query>& queries,
                  const std::vector<std::filesystem::path>& data) {
  InputOptions input = state.input;
  input.data = data;
  input.quiet = true;
  const util::TemporaryDirectory temporary("pactgraph-nt-");
  std::filesystem::path ntriples = data.front();
  if (!isNTriplesFile(data)) {
    ntriples = temporary.path() / "graph.nt";
    writeGraphFile(input, state.base, false, ntriples);
  }
  store::LocalVirtuosoOptions options;
  options.directory = state.storeDirectory;
  store::LocalVirtuoso server(options);
  server.load(ntriples, store::fileFingerprint(ntriples));
  store::GraphStore graphStore = server.connect();
  return runQueries(graphStore, queries, {store::LocalVirtuoso::kDataGraph}, state.format);
}

// Says which graph the query runs over when the user named none.
void reportDefaultGraphs(const store::DefaultGraphs& chosen, bool quiet) {
  if (chosen.fromHistory && !quiet) {
    std::cerr << "query: over <" << chosen.graphs.front()
              << ">, the graph last pushed to this store (--graph to choose)\n";
  }
  const auto& graphs = chosen.storeGraphs;
  if (graphs.size() > 1) {  // a store whose default graph is their union (Virtuoso) answers once per graph
    std::cerr << "warning[store.union-default-graph]: the query names no graph and the store holds "
              << (graphs.size() > 10 ? "more than 10" : std::to_string(graphs.size())) << " graphs (<" << graphs[0]
              << ">, <" << graphs[1] << ">" << (graphs.size() > 2 ? ", …" : "")
              << "); a store whose default graph is their union (Virtuoso) repeats answers\n"
              << "  hint: pass --graph IRI to query one graph\n";
  }
}

int runQuery(const QueryState& state) {
  std::vector<Query> queries;
  std::vector<std::filesystem::path> data;
  for (const auto& argument : state.arguments) {
    if (std::filesystem::path(argument).extension() == ".rq") {
      queries.push_back({argument, {}});
    } else {
      data.emplace_back(argument);
    }
  }
  if (queries.empty()) throw UsageError("no-query", "query needs a query file (.rq)");
  for (auto& query : queries) {
    if (!std::filesystem::is_regular_file(query.path)) throw ReadError(query.path + ": no such file");
    try {
      query.text = util::readFile(query.path);
    } catch (const util::IoError& error) {
      throw ReadError(error.what());
    }
  }
  if (!data.empty() && !state.connection.endpoint.empty()) {
    throw UsageError("endpoint-and-data", "give either DATA (a local query) or --endpoint (a store), not both");
  }
  if (data.empty() && state.connection.endpoint.empty()) {
    throw UsageError("no-data",
                     "query needs DATA (files or a directory: answered by a local Virtuoso that pactgraph starts) or "
                     "--endpoint URL (a store)");
  }
  if (!data.empty()) return runLocalQuery(state, queries, data);

  store::GraphStore graphStore = connectStore(state.connection, store::Access::read);
  std::vector<std::string> texts;
  for (const auto& query : queries) texts.push_back(query.text);
  const store::DefaultGraphs chosen =
      store::chooseDefaultGraphs(graphStore, store::PushHistory(), state.defaultGraphs, texts);
  reportDefaultGraphs(chosen, state.input.quiet);
  return runQueries(graphStore, queries, chosen.graphs, state.format);
}

}  // namespace

Subcommand addQueryCommand(CLI::App& app) {
  auto state = std::make_shared<QueryState>();
  CLI::App* query = app.add_subcommand(
      "query",
      "Run SPARQL SELECT or ASK queries on a store (--endpoint) or on the data itself (a local Virtuoso "
      "that pactgraph starts and stops)");
  query
      ->add_option("QUERY", state->arguments,
                   "Query files (.rq), then for a local query the data (files, directories or one .nt file)")
      ->required()
      ->type_name("FILE.rq... [DATA...]");
  addConnectionOptions(*query, state->connection, false);
  query->add_option("--format", state->format, "table, csv (RFC 4180) or json (SPARQL results JSON)")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  query
      ->add_option("--graph,--default-graph", state->defaultGraphs,
                   "Graph the query sees as its default graph (default-graph-uri; repeatable; default: the graph "
                   "last pushed from here to this store)")
      ->type_name("IRI")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  query
      ->add_option("--store-dir", state->storeDirectory,
                   "Local query: keep the local Virtuoso's database here and reuse it while the data is unchanged "
                   "(default: a throw-away directory)")
      ->type_name("DIR");
  query->add_option("--base", state->base, "Local query: base IRI for minted IRIs")->capture_default_str();
  query->add_flag("-q,--quiet", state->input.quiet, "Print only results and errors");
  return {query, [state] { return runQuery(*state); }};
}

}  // namespace pactgraph::cli

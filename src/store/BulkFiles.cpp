#include "pactgraph/store/BulkFiles.h"

#include <zlib.h>

#include <cstdio>
#include <fstream>

#include "pactgraph/store/NTriples.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::store {

namespace {

// A gzip file written under a temporary name and renamed by finish().
class GzipFile {
 public:
  explicit GzipFile(std::filesystem::path target) : target_(std::move(target)) {
    temporary_ = target_.parent_path() / ("." + target_.filename().string() + ".tmp");
    file_ = gzopen(temporary_.c_str(), "wb6");
    if (file_ == nullptr) throw util::IoError(temporary_.string() + ": cannot create");
  }
  ~GzipFile() {
    if (file_ != nullptr) gzclose(file_);
    std::error_code error;
    if (!finished_) std::filesystem::remove(temporary_, error);
  }
  GzipFile(const GzipFile&) = delete;
  GzipFile& operator=(const GzipFile&) = delete;

  void write(std::string_view text) {
    if (!text.empty() && gzwrite(file_, text.data(), static_cast<unsigned>(text.size())) == 0) {
      throw util::IoError(temporary_.string() + ": write failed");
    }
  }
  void finish() {
    const int status = gzclose(file_);
    file_ = nullptr;
    if (status != Z_OK) throw util::IoError(temporary_.string() + ": write failed");
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) throw util::IoError(target_.string() + ": " + error.message());
    finished_ = true;
  }

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  gzFile file_ = nullptr;
  bool finished_ = false;
};

std::string chunkName(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "pactgraph-%04zu.nq.gz", index);
  return name;
}

std::string joined(const std::vector<std::string>& names, const std::string& separator) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : separator) + name;
  return out;
}

}  // namespace

std::optional<BulkStore> bulkStoreFromName(std::string_view name) {
  if (name == "virtuoso") return BulkStore::virtuoso;
  if (name == "qlever") return BulkStore::qlever;
  if (name == "fuseki") return BulkStore::fuseki;
  if (name == "oxigraph") return BulkStore::oxigraph;
  return std::nullopt;
}

std::string_view bulkStoreName(BulkStore store) {
  switch (store) {
    case BulkStore::virtuoso:
      return "virtuoso";
    case BulkStore::qlever:
      return "qlever";
    case BulkStore::fuseki:
      return "fuseki";
    case BulkStore::oxigraph:
      return "oxigraph";
  }
  return "";
}

std::string loadInstructions(BulkStore store, const std::filesystem::path& directory,
                             const std::vector<std::string>& chunks) {
  const std::string dir = directory.string();
  std::string text = "# Loading these files into " + std::string(bulkStoreName(store)) + "\n\n" +
                     std::to_string(chunks.size()) +
                     " gzip-compressed N-Quads files (`pactgraph-NNNN.nq.gz`), written by `pactgraph store export`. "
                     "The quads keep pactgraph's named graphs (facts and provenance); query their union or name "
                     "them with `FROM`/`GRAPH`.\n\n";
  switch (store) {
    case BulkStore::virtuoso:
      text +=
          "This directory must be readable by the server and listed in `DirsAllowed` of its `virtuoso.ini`. "
          "In `isql-vt 1111 dba` (or any SQL client as dba):\n\n```sql\n"
          "ld_dir('" +
          dir +
          "', 'pactgraph-*.nq.gz', 'urn:pactgraph:unused-default-graph');\n"
          "rdf_loader_run();\n"
          "checkpoint;\n"
          "SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE '" +
          dir +
          "/%' AND ll_error IS NOT NULL;\n```\n\n"
          "`rdf_loader_run()` writes no transaction log: without the `checkpoint` a restart of the server "
          "loses the load. Run several `rdf_loader_run()` in parallel sessions for more speed (one per two "
          "cores). The last line must list no file.\n";
      break;
    case BulkStore::qlever:
      text +=
          "With the `qlever` command-line tool, put this `Qleverfile` in this directory and run "
          "`qlever index` then `qlever start`:\n\n```ini\n[data]\nNAME = pactgraph\n\n[index]\n"
          "INPUT_FILES = pactgraph-*.nq.gz\nCAT_INPUT_FILES = zcat ${INPUT_FILES}\n"
          "SETTINGS_JSON = { \"num-triples-per-batch\": 1000000 }\n\n[server]\nPORT = 7019\n\n"
          "[runtime]\nSYSTEM = native\n```\n\nOr with the index builder itself:\n\n```sh\n"
          "zcat " +
          joined(chunks, " ") + " | IndexBuilderMain -i pactgraph -F nq -f -\n```\n";
      break;
    case BulkStore::fuseki:
      text +=
          "With Apache Jena's TDB2 bulk loader (it reads `.gz` itself), then Fuseki on the database:\n\n"
          "```sh\ncd " +
          dir + "\ntdb2.tdbloader --loc pactgraph-tdb2 " + joined(chunks, " ") +
          "\n"
          "fuseki-server --tdb2 --loc pactgraph-tdb2 /pactgraph\n```\n\n"
          "Named graphs stay separate from the default graph; set `tdb2:unionDefaultGraph true` in a "
          "Fuseki configuration, or name the graphs in the queries.\n";
      break;
    case BulkStore::oxigraph:
      text +=
          "Oxigraph keeps the default graph apart from the named graphs, so with its default settings "
          "a query that names no graph (as pactgraph's `queries/*.rq`) finds nothing: ask for the union "
          "of the graphs as the default graph, as below.\n\n"
          "With the Oxigraph server's command-line loader:\n\n```sh\ncd " +
          dir +
          "\n"
          "for f in " +
          joined(chunks, " ") +
          "; do zcat \"$f\" | oxigraph load --location pactgraph-oxigraph "
          "--format nq; done\noxigraph serve --location pactgraph-oxigraph --union-default-graph\n```\n\n"
          "(or, per request, the `union-default-graph` parameter of `/query`). With the `oxigraph` "
          "JavaScript package:\n\n```js\nimport fs from 'node:fs';\nimport zlib from 'node:zlib';\n"
          "import oxigraph from 'oxigraph';\nconst store = new oxigraph.Store();\n"
          "for (const f of ['" +
          joined(chunks, "', '") +
          "']) {\n"
          "  store.load(zlib.gunzipSync(fs.readFileSync(f)).toString('utf8'), { format: 'application/n-quads' });\n"
          "}\nconst rows = store.query(fs.readFileSync('loan-terms.rq', 'utf8'), { use_default_graph_as_union: true "
          "});\n"
          "```\n";
      break;
  }
  return text;
}

BulkFiles writeBulkFiles(const std::filesystem::path& nquads, const std::filesystem::path& directory, BulkStore store,
                         std::size_t quadsPerFile) {
  PG_CHECK(quadsPerFile > 0, "a bulk file holds at least one quad");
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) throw util::IoError(directory.string() + ": " + error.message());
  const std::filesystem::path absolute = std::filesystem::absolute(directory);
  BulkFiles files;
  std::vector<std::string> names;
  ChunkReader reader(nquads, 1 << 20);
  std::string chunk;
  std::unique_ptr<GzipFile> current;
  std::size_t inCurrent = 0;
  while (reader.next(chunk)) {
    std::size_t start = 0;
    while (start < chunk.size()) {
      std::size_t end = chunk.find('\n', start);
      end = end == std::string::npos ? chunk.size() : end + 1;
      const std::string_view line(chunk.data() + start, end - start);
      start = end;
      if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
      if (!current) {
        names.push_back(chunkName(names.size() + 1));
        files.chunks.push_back(absolute / names.back());
        current = std::make_unique<GzipFile>(files.chunks.back());
      }
      current->write(line);
      if (line.back() != '\n') current->write("\n");
      ++files.quads;
      if (++inCurrent == quadsPerFile) {
        current->finish();
        current.reset();
        inCurrent = 0;
      }
    }
  }
  if (current) current->finish();
  files.instructions = absolute / ("LOAD-" + std::string(bulkStoreName(store)) + ".md");
  util::OutputTransaction output;
  output.stage(files.instructions, loadInstructions(store, absolute, names));
  output.commit();
  return files;
}

}  // namespace pactgraph::store

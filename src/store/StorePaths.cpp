#include "pactgraph/store/StorePaths.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

namespace {

namespace vocab = model::vocab;

std::string iri(std::string_view ns, std::string_view name) { return sparqlIri(std::string(ns) + std::string(name)); }

std::string var(const char* prefix, std::size_t i) { return "?" + std::string(prefix) + std::to_string(i); }

// One hop between the SPARQL terms `a` and `b`, in both directions.
std::string hopPattern(std::size_t i, const std::string& a, const std::string& b) {
  const std::string st = var("st", i);
  const std::string p = var("p", i);
  const std::string subject = iri(vocab::rdf, "subject");
  const std::string predicate = iri(vocab::rdf, "predicate");
  const std::string object = iri(vocab::rdf, "object");
  auto direction = [&](const std::string& s, const std::string& o, const char* tag) {
    return "{ " + st + " " + subject + " " + s + " ; " + predicate + " " + p + " ; " + object + " " + o + " . " + s +
           " " + p + " " + o + " . BIND(\"" + tag + "\" AS " + var("d", i) + ") }";
  };
  return "    " + direction(a, b, "f") + "\n    UNION\n    " + direction(b, a, "b") + "\n";
}

using HopKey = std::tuple<std::string, std::string, bool, std::string>;

std::vector<HopKey> sortKey(const StorePath& path) {
  std::vector<HopKey> key;
  for (const auto& hop : path.hops) key.emplace_back(hop.to, localName(hop.predicate), !hop.forward, hop.statement);
  return key;
}

std::string valuesList(const std::set<std::string>& iris) {
  std::string out;
  for (const auto& value : iris) out += " " + sparqlIri(value);
  return out;
}

}  // namespace

std::string localName(const std::string& text) {
  const auto cut = text.find_last_of("#/");
  return cut == std::string::npos ? text : text.substr(cut + 1);
}

std::string chainQuery(const std::string& graph, const std::string& from, const std::string& to, std::size_t length,
                       std::size_t rowLimit) {
  PG_CHECK(length >= 1, "a chain has at least one hop");
  std::vector<std::string> nodes{sparqlIri(from)};
  for (std::size_t i = 1; i < length; ++i) nodes.push_back(var("n", i));
  nodes.push_back(sparqlIri(to));
  std::string select = "SELECT DISTINCT";
  for (std::size_t i = 1; i <= length; ++i) {
    select += " " + var("st", i) + " " + var("p", i) + " " + var("d", i);
    if (i < length) select += " " + var("n", i);
  }
  std::string body;
  for (std::size_t i = 1; i <= length; ++i) body += hopPattern(i, nodes[i - 1], nodes[i]);
  std::vector<std::string> distinct;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < nodes.size(); ++j) {
      if (nodes[i][0] == '?' || nodes[j][0] == '?') distinct.push_back(nodes[i] + " != " + nodes[j]);
    }
  }
  if (!distinct.empty()) {
    body += "    FILTER(";
    for (std::size_t i = 0; i < distinct.size(); ++i) body += (i ? " && " : "") + distinct[i];
    body += ")\n";
  }
  return select + "\nWHERE {\n  GRAPH " + sparqlIri(graph) + " {\n" + body + "  }\n}\nLIMIT " +
         std::to_string(rowLimit) + "\n";
}

std::string resolveNode(GraphStore& store, const std::string& graph, const std::string& base, const std::string& text) {
  const std::string endpoint = redactUrl(store.endpoints().query);
  std::vector<std::string> candidates;
  if (util::isSlug(text)) candidates.push_back(base + text);
  if (util::isAbsoluteIri(text)) candidates.push_back(text);
  for (const auto& candidate : candidates) {
    const SelectResult found =
        store.select("ASK WHERE { GRAPH " + sparqlIri(graph) + " { " + sparqlIri(candidate) + " ?p ?o } }");
    if (found.boolean.value_or(false)) return candidate;
  }
  const SelectResult byLabel =
      store.select("SELECT DISTINCT ?n WHERE { GRAPH " + sparqlIri(graph) + " { ?n " + iri(vocab::rdfs, "label") +
                   " ?label . FILTER(STR(?label) = " + sparqlString(text) + ") } } LIMIT 10");
  if (byLabel.rows.size() == 1 && byLabel.rows.front().front()) return byLabel.rows.front().front()->value;
  if (byLabel.rows.empty()) {
    throw StoreError(ErrorKind::notFound, endpoint,
                     "no node of <" + graph + "> has the id or the label \"" + text + "\"");
  }
  std::string names;
  for (const auto& row : byLabel.rows) names += (names.empty() ? "" : ", ") + plainText(row.front());
  throw StoreError(ErrorKind::notFound, endpoint, "\"" + text + "\" is the label of several nodes: " + names);
}

StorePathResult findStorePaths(GraphStore& store, const std::string& graph, const std::string& from,
                               const std::string& to, const StorePathOptions& options) {
  StorePathResult result;
  if (from == to) {
    result.paths.push_back({{from}, {}});
  }
  for (std::size_t length = 1; length <= options.maxLength && result.paths.size() < options.k && from != to; ++length) {
    const SelectResult rows = store.select(chainQuery(graph, from, to, length, options.rowLimit));
    if (rows.rows.size() >= options.rowLimit) result.truncated = true;
    auto column = [&](const std::string& name) {
      const auto at = std::find(rows.variables.begin(), rows.variables.end(), name);
      PG_CHECK(at != rows.variables.end(), "the store left out the variable ?" + name);
      return static_cast<std::size_t>(at - rows.variables.begin());
    };
    std::vector<StorePath> found;
    for (const auto& row : rows.rows) {
      StorePath path;
      path.nodes.push_back(from);
      for (std::size_t i = 1; i < length; ++i) path.nodes.push_back(plainText(row[column("n" + std::to_string(i))]));
      path.nodes.push_back(to);
      for (std::size_t i = 1; i <= length; ++i) {
        StoreHop hop;
        hop.from = path.nodes[i - 1];
        hop.to = path.nodes[i];
        hop.statement = plainText(row[column("st" + std::to_string(i))]);
        hop.predicate = plainText(row[column("p" + std::to_string(i))]);
        hop.forward = plainText(row[column("d" + std::to_string(i))]) == "f";
        path.hops.push_back(std::move(hop));
      }
      found.push_back(std::move(path));
    }
    std::sort(found.begin(), found.end(),
              [](const StorePath& a, const StorePath& b) { return sortKey(a) < sortKey(b); });
    for (auto& path : found) {
      if (result.paths.size() == options.k) break;
      result.paths.push_back(std::move(path));
    }
  }

  std::set<std::string> statements;
  std::set<std::string> nodes{from, to};
  for (const auto& path : result.paths) {
    nodes.insert(path.nodes.begin(), path.nodes.end());
    for (const auto& hop : path.hops) statements.insert(hop.statement);
  }
  std::map<std::string, std::vector<StoreCitation>> citations;
  if (!statements.empty()) {
    const std::string query = "SELECT DISTINCT ?st ?c ?source ?sourceLabel ?pages ?footnote ?label WHERE {\n  GRAPH " +
                              sparqlIri(graph) + " {\n    VALUES ?st {" + valuesList(statements) + " }\n    ?st " +
                              iri(vocab::prov, "wasDerivedFrom") + " ?c .\n    OPTIONAL { ?c " +
                              iri(vocab::dcterms, "source") + " ?source . OPTIONAL { ?source " +
                              iri(vocab::rdfs, "label") + " ?sourceLabel } }\n    OPTIONAL { ?c " +
                              iri(vocab::bibo, "pages") + " ?pages }\n    OPTIONAL { ?c " + iri(vocab::pg, "footnote") +
                              " ?footnote }\n    OPTIONAL { ?c " + iri(vocab::rdfs, "label") + " ?label }\n  }\n}";
    const SelectResult rows = store.select(query);
    for (const auto& row : rows.rows) {
      const std::string statement = plainText(row[0]);
      auto& list = citations[statement];
      auto same =
          std::find_if(list.begin(), list.end(), [&](const StoreCitation& c) { return c.iri == plainText(row[1]); });
      if (same == list.end()) {
        list.push_back(
            {plainText(row[1]), plainText(row[2]), plainText(row[3]), plainText(row[4]), {}, plainText(row[6])});
        same = list.end() - 1;
      }
      if (row[3] && row[3]->language == "en") same->sourceLabel = row[3]->value;
      if (row[6] && row[6]->language == "en") same->label = row[6]->value;
      const std::string footnote = plainText(row[5]);
      if (!footnote.empty() &&
          std::find(same->footnotes.begin(), same->footnotes.end(), footnote) == same->footnotes.end()) {
        same->footnotes.push_back(footnote);
      }
    }
    auto numeric = [](const std::string& text) { return std::make_pair(text.size(), text); };
    for (auto& [statement, list] : citations) {
      for (auto& citation : list) {
        std::sort(citation.footnotes.begin(), citation.footnotes.end(),
                  [&](const std::string& a, const std::string& b) { return numeric(a) < numeric(b); });
      }
      std::sort(list.begin(), list.end(), [&](const StoreCitation& a, const StoreCitation& b) {
        const std::string first = a.footnotes.empty() ? "" : a.footnotes.front();
        const std::string second = b.footnotes.empty() ? "" : b.footnotes.front();
        return std::make_pair(numeric(first), a.iri) < std::make_pair(numeric(second), b.iri);
      });
    }
  }
  for (auto& path : result.paths) {
    for (auto& hop : path.hops) hop.citations = citations[hop.statement];
  }
  const SelectResult labels =
      store.select("SELECT ?n ?label WHERE {\n  GRAPH " + sparqlIri(graph) + " {\n    VALUES ?n {" + valuesList(nodes) +
                   " }\n    ?n " + iri(vocab::rdfs, "label") + " ?label\n  }\n}");
  std::map<std::string, int> rank;  // 2: English, 1: untagged or other
  for (const auto& row : labels.rows) {
    if (!row[0] || !row[1]) continue;
    const int score = row[1]->language == "en" ? 2 : 1;
    auto& best = rank[row[0]->value];
    if (score > best || (score == best && row[1]->value < result.labels[row[0]->value])) {
      best = score;
      result.labels[row[0]->value] = row[1]->value;
    }
  }
  return result;
}

}  // namespace pactgraph::store

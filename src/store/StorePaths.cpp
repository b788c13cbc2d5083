#include "pactgraph/store/StorePaths.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Iri.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

namespace {

namespace vocab = model::vocab;

std::string iri(std::string_view ns, std::string_view name) { return sparqlIri(std::string(ns) + std::string(name)); }

template <class Iris>
std::string valuesList(const Iris& iris) {
  std::string out;
  for (const auto& value : iris) out += " " + sparqlIri(value);
  return out;
}

// Appends the claims incident to `nodes` to `found`; a request that reaches
// the row limit is split in halves, down to one node.
void fetchIncident(GraphStore& store, const std::string& graph, const std::vector<std::string>& nodes,
                   const NeighbourhoodOptions& options, ClaimNeighbourhood& result, std::vector<StoreClaim>& found) {
  const SelectResult rows = store.select(incidentClaimsQuery(graph, nodes, options.rowLimit));
  ++result.requests;
  if (rows.rows.size() >= options.rowLimit) {
    if (nodes.size() > 1) {
      const auto middle = nodes.begin() + static_cast<std::ptrdiff_t>(nodes.size() / 2);
      fetchIncident(store, graph, {nodes.begin(), middle}, options, result, found);
      fetchIncident(store, graph, {middle, nodes.end()}, options, result, found);
      return;
    }
    result.truncated = true;  // a hub: keep the first rowLimit claims
  }
  for (const auto& row : rows.rows) {
    if (row.size() < 4 || !row[0] || !row[1] || !row[2] || !row[3]) continue;
    found.push_back({row[0]->value, row[1]->value, row[2]->value, row[3]->value});
  }
}

}  // namespace

std::string localName(const std::string& iri) { return std::string(util::iriLocalName(iri)); }

std::string incidentClaimsQuery(const std::string& graph, const std::vector<std::string>& nodes, std::size_t rowLimit) {
  PG_CHECK(!nodes.empty(), "a neighbourhood request binds at least one node");
  const std::string subject = iri(vocab::rdf, "subject");
  return "SELECT DISTINCT ?st ?s ?p ?o\nWHERE {\n  GRAPH " + sparqlIri(graph) + " {\n    VALUES ?n {" +
         valuesList(nodes) + " }\n    { ?st " + subject + " ?n } UNION { ?st " + iri(vocab::rdf, "object") +
         " ?n }\n    ?st " + subject + " ?s ; " + iri(vocab::rdf, "predicate") + " ?p ; " + iri(vocab::rdf, "object") +
         " ?o .\n    ?s ?p ?o .\n    FILTER(isIRI(?s) && isIRI(?o) && ?s != ?o)\n  }\n}\nLIMIT " +
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

ClaimNeighbourhood fetchClaimsAround(GraphStore& store, const std::string& graph, const std::string& from,
                                     const std::string& to, std::size_t maxLength,
                                     const NeighbourhoodOptions& options) {
  PG_CHECK(options.nodesPerQuery >= 1 && options.rowLimit >= 1, "neighbourhood requests need room");
  ClaimNeighbourhood result;
  std::map<std::string, StoreClaim> claims;  // by statement IRI
  // Breadth first from `start`: fetches the claims of the nodes within
  // `radius` − 1 hops. False when the claim limit stopped it.
  const auto expand = [&](const std::string& start, std::size_t radius) {
    std::set<std::string> seen{start};
    std::vector<std::string> frontier{start};
    for (std::size_t depth = 0; depth < radius && !frontier.empty(); ++depth) {
      std::vector<StoreClaim> found;
      for (std::size_t i = 0; i < frontier.size(); i += options.nodesPerQuery) {
        const std::size_t end = std::min(frontier.size(), i + options.nodesPerQuery);
        fetchIncident(
            store, graph,
            {frontier.begin() + static_cast<std::ptrdiff_t>(i), frontier.begin() + static_cast<std::ptrdiff_t>(end)},
            options, result, found);
      }
      frontier.clear();
      for (auto& claim : found) {
        for (const std::string* end : {&claim.subject, &claim.object}) {
          if (seen.insert(*end).second) frontier.push_back(*end);
        }
        claims.try_emplace(claim.statement, std::move(claim));
        if (claims.size() >= options.claimLimit) {
          result.truncated = true;
          return false;
        }
      }
    }
    return true;
  };
  if (from != to && expand(from, (maxLength + 1) / 2)) expand(to, maxLength / 2);
  result.claims.reserve(claims.size());
  for (auto& [statement, claim] : claims) result.claims.push_back(std::move(claim));
  return result;
}

std::map<std::string, std::vector<StoreCitation>> fetchCitations(GraphStore& store, const std::string& graph,
                                                                 const std::set<std::string>& statements) {
  std::map<std::string, std::vector<StoreCitation>> citations;
  if (statements.empty()) return citations;
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
  return citations;
}

std::map<std::string, std::string> fetchLabels(GraphStore& store, const std::string& graph,
                                               const std::set<std::string>& nodes) {
  std::map<std::string, std::string> labels;
  if (nodes.empty()) return labels;
  const SelectResult rows =
      store.select("SELECT ?n ?label WHERE {\n  GRAPH " + sparqlIri(graph) + " {\n    VALUES ?n {" + valuesList(nodes) +
                   " }\n    ?n " + iri(vocab::rdfs, "label") + " ?label\n  }\n}");
  std::map<std::string, int> rank;  // 2: English, 1: untagged or other
  for (const auto& row : rows.rows) {
    if (!row[0] || !row[1]) continue;
    const int score = row[1]->language == "en" ? 2 : 1;
    auto& best = rank[row[0]->value];
    if (score > best || (score == best && row[1]->value < labels[row[0]->value])) {
      best = score;
      labels[row[0]->value] = row[1]->value;
    }
  }
  return labels;
}

}  // namespace pactgraph::store

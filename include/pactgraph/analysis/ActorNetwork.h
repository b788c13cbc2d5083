// The actor network: who is linked to whom, how strongly, and the standard
// centralities computed on it with Boost.Graph.
//
// Nodes are the actors: instances of pg:Agent and its subclasses (Person,
// Organization and its subclasses, State). Two actors are linked when
//   (a) both are the object of a co-participation claim — `participant`,
//       `party`, `signatory` or `carriedOutBy`, or a subproperty of one of
//       them in the ontology — about the same event or document (the link's
//       `contexts` lists those), or
//   (b) a claim relates them directly: subject and object are both actors
//       (`memberOf`, `servedUnder`, `alliedWith`, `leaderOf`, `represented`…).
// Links are undirected and aggregated: one link per pair of actors, however
// many claims create it. Claims of deprecated rank are ignored unless
// `includeDeprecated`; self-links are dropped.
//
// Weight: the number of distinct citations supporting the link, where a
// citation is identified by its content (source and pages, as in the export:
// two footnotes citing the same pages of the same work count once), counted
// over every claim that creates the link (for a co-participation through an
// event, both participation claims). A link made only of uncited claims has
// weight 0.
//
// Time and evidence: a link keeps one spell per dated event or document the
// two actors share and per dated claim relating them (not one span from the
// first to the last), the claims of neither as its undated rest, every
// citation of its claims and the number of distinct sources; an actor keeps
// the dates its own claims give it. The exports write all of it
// (NetworkFormats.h).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Graph.h"

namespace pactgraph::analysis {

struct NetworkOptions {
  bool includeDeprecated = false;
};

struct Actor {
  std::string id;
  std::string label;  // displayLabel
  std::string type;   // class local name as written ("Person")
  // The days the data dates the actor by its own `date`, `startDate` and
  // `endDate` claims (ClaimDates::nodeDate: a state's founding, an
  // organisation's dissolution); nothing when it has none.
  std::optional<DayRange> dates;
};

// One citation some link rests on, as the exports show it.
struct NetworkCitation {
  std::string id;           // the citation node (one per footnote)
  std::string source;       // source id
  std::string sourceLabel;  // displayLabel of the source
  std::string pages;        // may be empty
  std::optional<long long> footnote;
  std::string reference;  // formatCitation: "Heinzig 2004, p. 343 [fn 34]"
};

// When a link held, and why: one per dated event or document of a
// co-participation, and one per dated direct claim. Link::undated gathers
// the claims of no spell.
struct LinkSpell {
  DayRange days;  // the span of the dates of its claims (ClaimDates::statementDate); both ends empty in Link::undated
  std::vector<std::string> contexts;    // the event or document (one; none for a direct claim; any in Link::undated)
  std::vector<std::string> predicates;  // local names of its claims, sorted, unique
  std::vector<std::size_t> statements;  // indexes into Graph::statements, sorted
  std::vector<std::size_t> citations;   // indexes into ActorNetwork::citations, sorted
};

struct Link {
  std::size_t a = 0;  // indexes into ActorNetwork::actors, a < b
  std::size_t b = 0;
  std::size_t weight = 0;               // distinct citations (see above)
  std::vector<std::string> predicates;  // local names of the creating claims, sorted, unique
  std::vector<std::string> contexts;    // events/documents of co-participation, sorted ids
  std::vector<std::size_t> statements;  // indexes into Graph::statements, sorted
  std::optional<DayRange> dates;        // span of the spells; nothing when no claim is dated
  // The evidence: every citation of its claims (indexes into
  // ActorNetwork::citations, sorted), and how many distinct sources they cite.
  std::vector<std::size_t> citations;
  std::size_t sources = 0;
  std::vector<LinkSpell> spells;  // in chronological order (Chronology.h), ties by context id
  LinkSpell undated;              // the claims of undated contexts and undated direct claims (may be none)
};

struct ActorNetwork {
  std::vector<Actor> actors;  // sorted by id
  std::vector<Link> links;    // sorted by (a, b)
  // Every citation some link rests on, sorted by source id, then footnote
  // (none first), then pages, then id.
  std::vector<NetworkCitation> citations;
  // Display labels of the links' contexts (events and documents), by id.
  std::map<std::string, std::string, std::less<>> contextLabels;

  // Index of the actor `id`, or nothing.
  std::optional<std::size_t> find(const std::string& id) const;
  // The label of a context id (the id itself when unknown).
  const std::string& contextLabel(const std::string& id) const;
};

// The co-participation predicates (a) above, through `types`' property hierarchy.
bool isCoParticipation(const TypeHierarchy& types, const std::string& predicateLocalName);

ActorNetwork buildActorNetwork(const model::Graph& graph, const TypeHierarchy& types, const NetworkOptions& options);

// Scores of one actor. Distances are hop counts: link weights measure
// evidence, not distance, so betweenness and closeness are unweighted.
struct ActorScores {
  std::size_t degree = 0;            // number of linked actors
  double degreeCentrality = 0;       // degree / (n − 1); 0 when n ≤ 1
  std::size_t strength = 0;          // sum of the weights of its links
  double betweenness = 0;            // Brandes, unweighted, each unordered pair counted once
  double betweennessNormalized = 0;  // betweenness · 2 / ((n − 1)(n − 2)); 0 when n ≤ 2
  // Wasserman–Faust closeness: (r − 1)/(n − 1) · (r − 1)/Σ d(u, v) over the
  // r − 1 actors reachable from u; 0 for an isolated actor.
  double closeness = 0;
  // PageRank with damping 0.85 over both directions of every link, isolated
  // actors spreading their score uniformly (as NetworkX and igraph do);
  // iterated until the scores change by less than 1e-15 in total (L1, at
  // most 10000 iterations), then scaled to sum to 1.
  double pageRank = 0;
  std::size_t component = 0;  // 1 = the largest connected component; ties by smallest actor id
};

struct NetworkScores {
  std::vector<ActorScores> actors;  // parallel to ActorNetwork::actors
  std::size_t components = 0;
  std::size_t pageRankIterations = 0;
  // 0 when betweenness and closeness are exact; else the number of sampled
  // breadth-first sources they were estimated from (ScoreOptions).
  std::size_t sampledSources = 0;
};

struct ScoreOptions {
  // Exact betweenness and closeness cost a breadth-first search from every
  // actor: O(n·m) for n actors and m links. Above `exactLimit` actors they
  // are estimated from `samples` searches instead (O(samples·(n + m))):
  // the sources are spread evenly over the actors in id order (deterministic),
  // betweenness is Brandes' dependency sum over them scaled by n / samples
  // (Brandes & Pich 2007), closeness the Wasserman–Faust formula with the
  // distances to the sources standing in for all distances (Eppstein & Wang
  // 2004). Degree, strength, PageRank and components stay exact.
  std::size_t exactLimit = static_cast<std::size_t>(-1);
  std::size_t samples = 256;
};

NetworkScores computeScores(const ActorNetwork& network, const ScoreOptions& options = {});

// Brandes betweenness of every actor (parallel to network.actors), unweighted
// and unnormalized, each unordered pair of actors counted once: the values
// computeScores puts in ActorScores::betweenness. O(n·m) time and O(n + m)
// memory for n actors and m links.
std::vector<double> betweennessCentrality(const ActorNetwork& network);

// The actors `keep` (indexes into network.actors, ascending) and the links
// among them, with the citations and context labels of `network`.
ActorNetwork inducedNetwork(const ActorNetwork& network, const std::vector<std::size_t>& keep);

// The actors within `radius` links of `ego` and the links among them;
// `distances` (if given) receives each kept actor's hop distance from ego,
// parallel to the result's actors.
ActorNetwork egoNetwork(const ActorNetwork& network, std::size_t ego, std::size_t radius,
                        std::vector<std::size_t>* distances = nullptr);

// Actor indexes ordered for display: betweenness descending, then id.
std::vector<std::size_t> byBetweenness(const ActorNetwork& network, const NetworkScores& scores);
// The same by PageRank descending, then id.
std::vector<std::size_t> byPageRank(const ActorNetwork& network, const NetworkScores& scores);

}  // namespace pactgraph::analysis

// Runs SPARQL SELECT queries with Oxigraph (an engine independent of rdflib
// and of pactgraph) over one RDF file. Prints, per query file, one JSON line
// {"query": FILE, "columns": [...], "rows": [[...]]} with each term's
// string value ("" for unbound).
// Usage: node sparql-oxigraph.mjs DATA.(ttl|nt|trig|nq|jsonld) QUERY.rq...
import fs from 'node:fs';
import oxigraph from 'oxigraph';

const data = process.argv[2];
const formats = { nq: 'application/n-quads', trig: 'application/trig', nt: 'application/n-triples', jsonld: 'application/ld+json', ttl: 'text/turtle' };
const format = formats[data.split('.').pop()] ?? 'text/turtle';
const store = new oxigraph.Store();
store.load(fs.readFileSync(data, 'utf8'), { format });
for (const file of process.argv.slice(3)) {
  const query = fs.readFileSync(file, 'utf8');
  // Named graphs are queried as one: the union of all graphs is the default graph.
  const solutions = store.query(query, { use_default_graph_as_union: true });
  const rows = [];
  const seen = new Set();
  for (const solution of solutions) {
    for (const key of solution.keys()) if (!seen.has(key)) seen.add(key);
    rows.push(solution);
  }
  const variables = [...seen];
  console.log(JSON.stringify({
    query: file,
    variables,
    rows: rows.map((s) => Object.fromEntries(variables.map((v) => [v, s.get(v)?.value ?? '']))),
  }));
}

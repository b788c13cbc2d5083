// Loads what `pactgraph store export --for-store oxigraph` wrote (the
// gzip-compressed N-Quads chunks of DIR) into an Oxigraph store of the npm
// package with its default settings, then runs each query twice: as it is
// (Oxigraph's default graph is then its own, empty, graph) and with the
// union of all graphs as the default graph. Prints one JSON document:
// {"quads": N, "answers": [{"query", "variables", "rows", "unionRows"}]}.
// Usage: node oxigraph-load-export.mjs DIR QUERY.rq...
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import oxigraph from 'oxigraph';

const directory = process.argv[2];
const store = new oxigraph.Store();
const chunks = fs.readdirSync(directory).filter((name) => /^pactgraph-\d+\.nq\.gz$/.test(name)).sort();
if (chunks.length === 0) throw new Error(`no pactgraph-NNNN.nq.gz in ${directory}`);
for (const name of chunks) {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(directory, name))).toString('utf8');
  store.load(text, { format: 'application/n-quads' });
}

function rows(query, options) {
  const variables = new Set();
  const solutions = [...store.query(query, options)];
  for (const solution of solutions) for (const key of solution.keys()) variables.add(key);
  return {
    variables: [...variables],
    rows: solutions.map((s) => Object.fromEntries([...variables].map((v) => [v, s.get(v)?.value ?? '']))),
  };
}

const answers = process.argv.slice(3).map((file) => {
  const query = fs.readFileSync(file, 'utf8');
  const plain = rows(query);
  const union = rows(query, { use_default_graph_as_union: true });
  return { query: file, variables: union.variables, rows: plain.rows, unionRows: union.rows };
});
console.log(JSON.stringify({ quads: store.size, answers }));

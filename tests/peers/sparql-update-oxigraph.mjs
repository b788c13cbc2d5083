// Applies a SPARQL 1.1 Update with Oxigraph (independent of pactgraph) to
// an N-Quads file and prints the resulting dataset as N-Quads (as Oxigraph
// writes it: compare with another file dumped by this script, no UPDATE).
// Usage: node sparql-update-oxigraph.mjs DATA.nq [UPDATE.rq]
import fs from 'node:fs';
import oxigraph from 'oxigraph';

const store = new oxigraph.Store();
store.load(fs.readFileSync(process.argv[2], 'utf8'), { format: 'application/n-quads' });
if (process.argv[3]) store.update(fs.readFileSync(process.argv[3], 'utf8'));
process.stdout.write(store.dump({ format: 'application/n-quads' }));

// Compacts a pactgraph JSON-LD export with ontology/context.jsonld, then
// turns the compacted document back into N-Quads (safe mode). If the
// context names any term wrongly, the dataset changes and the test sees it.
// Usage: node jsonld-compact-roundtrip.mjs EXPORT.jsonld CONTEXT.jsonld [COMPACTED_OUT.jsonld]
import fs from 'node:fs';
import jsonld from 'jsonld';

const refuseRemote = (url) => { throw new Error('remote context refused: ' + url); };
try {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const context = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const compacted = await jsonld.compact(doc, context, { safe: true, documentLoader: refuseRemote });
  if (process.argv[4]) fs.writeFileSync(process.argv[4], JSON.stringify(compacted, null, 2));
  const nquads = await jsonld.toRDF(compacted, { format: 'application/n-quads', safe: true, documentLoader: refuseRemote });
  process.stdout.write(nquads);
} catch (error) {
  console.error('jsonld-compact-roundtrip: ' + (error?.message ?? error));
  if (error?.details) console.error(JSON.stringify(error.details).slice(0, 2000));
  process.exit(1);
}

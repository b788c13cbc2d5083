// Reads a JSON-LD file and prints its dataset as N-Quads with jsonld.js in
// safe mode (any dropped term or unmappable value is an error, not silence).
// Usage: node jsonld-to-nquads.js FILE.jsonld
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

async function main() {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // No document loader: an inline context must be enough; a remote one fails.
  const nquads = await jsonld.toRDF(doc, {
    format: 'application/n-quads',
    safe: true,
    documentLoader: (url) => { throw new Error('remote context refused: ' + url); },
  });
  process.stdout.write(nquads);
}

main().catch((error) => {
  console.error('jsonld.js: ' + (error && error.message ? error.message : error));
  if (error && error.details) console.error(JSON.stringify(error.details).slice(0, 2000));
  process.exit(1);
});

// Reads JSON-LD files and prints their datasets as N-Quads with jsonld.js in
// safe mode (any dropped term or unmappable value is an error, not silence).
// Usage: node jsonld-to-nquads.js FILE.jsonld            -> N-Quads on stdout
//        node jsonld-to-nquads.js --jsonl FILE...        -> one JSON line per file:
//                                                           {"file", "nquads"} or {"file", "error"}
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

// No document loader: an inline context must be enough; a remote one fails.
const options = {
  format: 'application/n-quads',
  safe: true,
  documentLoader: (url) => { throw new Error('remote context refused: ' + url); },
};

function describe(error) {
  const message = error && error.message ? error.message : String(error);
  return error && error.details ? `${message} ${JSON.stringify(error.details).slice(0, 2000)}` : message;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--jsonl') {
    for (const file of args.slice(1)) {
      try {
        const nquads = await jsonld.toRDF(JSON.parse(fs.readFileSync(file, 'utf8')), options);
        console.log(JSON.stringify({ file, nquads }));
      } catch (error) {
        console.log(JSON.stringify({ file, error: describe(error) }));
      }
    }
    return;
  }
  const nquads = await jsonld.toRDF(JSON.parse(fs.readFileSync(args[0], 'utf8')), options);
  process.stdout.write(nquads);
}

main().catch((error) => {
  console.error('jsonld.js: ' + describe(error));
  process.exit(1);
});

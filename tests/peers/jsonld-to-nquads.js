// Reads JSON-LD files and prints their datasets as N-Quads with jsonld.js in
// safe mode (any dropped term or unmappable value is an error, not silence).
// Usage: node jsonld-to-nquads.js FILE.jsonld            -> N-Quads on stdout
//        node jsonld-to-nquads.js --jsonl FILE...        -> one JSON line per file:
//                                                           {"file", "nquads"} or {"file", "error"}
// Before either: --serve URL=FILE (repeatable) serves FILE for a context
// reference URL, offline; any other remote context is refused.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const served = new Map();
const args = process.argv.slice(2);
while (args[0] === '--serve') {
  const pair = args[1];
  served.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
  args.splice(0, 2);
}

// Without --serve, no document loader: an inline context must be enough.
const options = {
  format: 'application/n-quads',
  safe: true,
  documentLoader: async (url) => {
    if (!served.has(url)) throw new Error('remote context refused: ' + url);
    return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(served.get(url), 'utf8')) };
  },
};

function describe(error) {
  const message = error && error.message ? error.message : String(error);
  return error && error.details ? `${message} ${JSON.stringify(error.details).slice(0, 2000)}` : message;
}

async function main() {
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

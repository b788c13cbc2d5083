// Frames a JSON-LD document with jsonld.js (safe mode) and prints the framed
// document as JSON.
// Usage: node jsonld-frame.mjs [--serve URL=FILE]... DOCUMENT.jsonld FRAME.jsonld
// --serve serves FILE for a context reference URL, offline; any other
// remote context is refused.
import fs from 'node:fs';
import jsonld from 'jsonld';

const args = process.argv.slice(2);
const served = new Map();
while (args[0] === '--serve') {
  const pair = args[1];
  served.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
  args.splice(0, 2);
}
const documentLoader = async (url) => {
  if (!served.has(url)) throw new Error('remote context refused: ' + url);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(served.get(url), 'utf8')) };
};
try {
  const doc = JSON.parse(fs.readFileSync(args[0], 'utf8'));
  const frame = JSON.parse(fs.readFileSync(args[1], 'utf8'));
  const framed = await jsonld.frame(doc, frame, { safe: true, documentLoader });
  process.stdout.write(JSON.stringify(framed, null, 2) + '\n');
} catch (error) {
  console.error('jsonld-frame: ' + (error?.message ?? error));
  if (error?.details) console.error(JSON.stringify(error.details).slice(0, 2000));
  process.exit(1);
}

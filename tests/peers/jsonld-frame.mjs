// Frames a JSON-LD document with jsonld.js (safe mode) and prints the framed
// document as JSON.
// Usage: node jsonld-frame.mjs DOCUMENT.jsonld FRAME.jsonld [URL=FILE ...]
// Each URL=FILE serves FILE for a context reference URL (a published
// context, offline); any other remote context is refused.
import fs from 'node:fs';
import jsonld from 'jsonld';

const [documentPath, framePath, ...served] = process.argv.slice(2);
const files = new Map(served.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
const documentLoader = async (url) => {
  if (!files.has(url)) throw new Error('remote context refused: ' + url);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(files.get(url), 'utf8')) };
};
try {
  const doc = JSON.parse(fs.readFileSync(documentPath, 'utf8'));
  const frame = JSON.parse(fs.readFileSync(framePath, 'utf8'));
  const framed = await jsonld.frame(doc, frame, { safe: true, documentLoader });
  process.stdout.write(JSON.stringify(framed, null, 2) + '\n');
} catch (error) {
  console.error('jsonld-frame: ' + (error?.message ?? error));
  if (error?.details) console.error(JSON.stringify(error.details).slice(0, 2000));
  process.exit(1);
}

// Validates an RO-Crate directory with the ro-crate package (Language Data
// Commons' validator, independent of pactgraph): the metadata file's
// structure, the root Dataset's required properties, and that every file of
// the directory is described in the crate. Prints one JSON line
// {"errors": [...], "warnings": [...], "files": {...}}; exits 1 on errors.
// Usage: node ro-crate-validate.mjs CRATE_DIR
import fs from 'node:fs';
import path from 'node:path';
import rocrate from 'ro-crate';

const dir = process.argv[2];
const json = fs.readFileSync(path.join(dir, 'ro-crate-metadata.json'), 'utf8');
const files = Object.fromEntries(fs.readdirSync(dir).map((name) => [name, { exists: true, inCrate: false }]));
const results = await rocrate.validate(json, files);
const errors = results.filter((r) => r.status === 'error');
const warnings = results.filter((r) => r.status === 'warning');
console.log(JSON.stringify({ errors, warnings, files }));
process.exit(errors.length ? 1 : 0);

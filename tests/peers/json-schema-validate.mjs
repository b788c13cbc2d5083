// Checks data files against a JSON Schema (2020-12) with Ajv, independent of
// pactgraph's loader. Prints one JSON line per file:
//   {"file": …, "valid": true|false, "errors": [...]}
// A file that is not JSON at all is reported invalid. Exit 0 if every file
// is valid, 1 otherwise, 2 if the schema itself is unusable.
// Usage: node json-schema-validate.mjs SCHEMA.json FILE...
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

let validate;
try {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
} catch (error) {
  console.error('json-schema-validate: unusable schema: ' + error.message);
  process.exit(2);
}

let allValid = true;
for (const file of process.argv.slice(3)) {
  let valid = false;
  let errors = [];
  try {
    // RFC 8259: JSON text is UTF-8; refuse other bytes instead of replacing them.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    valid = validate(JSON.parse(text));
    errors = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  } catch (error) {
    errors = ['not JSON: ' + error.message];
  }
  allValid &&= valid;
  console.log(JSON.stringify({ file, valid, errors }));
}
process.exit(allValid ? 0 : 1);

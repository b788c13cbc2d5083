// Validates an RDF file against SHACL shapes with rdf-validate-shacl, an
// implementation independent of pactgraph. Prints the violations; exits 0
// when the data conforms, 1 when it does not, 2 on unreadable input.
// Usage: node shacl-validate.mjs SHAPES.ttl DATA.(ttl|nt|nq|trig)
import fs from 'node:fs';
import N3 from 'n3';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

function load(path) {
  const format = path.endsWith('.nq') ? 'N-Quads' : path.endsWith('.trig') ? 'TriG' : path.endsWith('.nt') ? 'N-Triples' : 'Turtle';
  const quads = new N3.Parser({ format }).parse(fs.readFileSync(path, 'utf8'));
  const dataset = rdf.dataset();
  // SHACL validates one graph: take the union of all named graphs.
  for (const q of quads) dataset.add(rdf.quad(q.subject, q.predicate, q.object));
  return dataset;
}

try {
  const shapes = load(process.argv[2]);
  const data = load(process.argv[3]);
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  for (const result of report.results) {
    const message = result.message.map((m) => m.value).join('; ');
    console.log(`${result.focusNode?.value} ${result.path?.value ?? ''}: ${message} [${result.sourceConstraintComponent?.value}]`);
  }
  console.log(report.conforms ? 'conforms' : `violations: ${report.results.length}`);
  process.exit(report.conforms ? 0 : 1);
} catch (error) {
  console.error('shacl-validate: ' + (error?.stack ?? error));
  process.exit(2);
}

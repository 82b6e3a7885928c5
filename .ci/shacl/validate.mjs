// Validates an RDF file against SHACL shapes with rdf-validate-shacl, an
// engine sckg did not write, and prints the report as JSON for
// cmd/sckg/validate_test.go to compare with sckg validate:
//
//   node validate.mjs SHAPES.ttl DATA.(ttl|nt|nq) [MORE-DATA...]
//
// All files after the shapes are merged into one data graph (named graphs
// too), as sckg validate does.
import { readFileSync } from 'node:fs'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'

const formats = { ttl: 'text/turtle', nt: 'application/n-triples', nq: 'application/n-quads', trig: 'application/trig' }

function load (path, store) {
  const ext = path.split('.').pop()
  const format = formats[ext]
  if (!format) throw new Error(`${path}: unknown extension`)
  store.addQuads(new Parser({ format }).parse(readFileSync(path, 'utf8')))
  return store
}

const [shapesPath, ...dataPaths] = process.argv.slice(2)
const shapes = load(shapesPath, new Store())
const data = new Store()
for (const p of dataPaths) load(p, data)

const report = await new SHACLValidator(shapes).validate(data)
const term = t => t ? { termType: t.termType, value: t.value } : null
console.log(JSON.stringify({
  conforms: report.conforms,
  results: report.results.map(r => ({
    focus: term(r.focusNode),
    path: term(r.path),
    component: term(r.sourceConstraintComponent),
    value: term(r.value),
    severity: term(r.severity),
    message: r.message.map(m => m.value)
  }))
}))

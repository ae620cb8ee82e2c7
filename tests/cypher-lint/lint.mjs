// Lints Cypher statements against Neo4j 5 with @neo4j-cypher/language-support (offline).
// Usage: node lint.mjs FILE, where FILE is the JSON array [{ "name", "text", "parameters": [names] }]
// written by the storage tests (CypherDumpTests). Exits 1 on any error-severity diagnostic.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const ERROR = 1; // LSP DiagnosticSeverity.Error; 2 is a warning, reported but not failing

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.mjs STATEMENTS.json');
  process.exit(2);
}
const statements = JSON.parse(readFileSync(file, 'utf8'));
if (!Array.isArray(statements) || statements.length === 0) {
  console.error(`${file}: no statements to lint`);
  process.exit(2);
}

let errors = 0;
let warnings = 0;
for (const { name, text, parameters = [] } of statements) {
  // The linter reports any $param missing from the schema as an error; declare the ones the store
  // sends (values do not matter to it), so a misspelt parameter still fails.
  const schema = { parameters: Object.fromEntries(parameters.map((p) => [p, null])) };
  const { diagnostics } = lintCypherQuery(text, schema);
  for (const d of diagnostics) {
    const where = `${name} @${d.offsets?.start ?? '?'}`;
    if (d.severity === ERROR) {
      errors++;
      console.error(`error   ${where}: ${d.message}`);
    } else {
      warnings++;
      console.warn(`warning ${where}: ${d.message}`);
    }
  }
}
console.log(`${statements.length} statements linted: ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);

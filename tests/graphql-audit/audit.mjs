// Runs every graphql-http server audit against a running FactionGraph API.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Exits non-zero on any error or warning, printing each audit's outcome.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
const results = await auditServer({ url });
let failed = 0;
for (const r of results) {
  const ok = r.status === 'ok';
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : r.status.toUpperCase().padEnd(4)} ${r.name}${ok ? '' : ` -> ${r.reason}`}`);
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

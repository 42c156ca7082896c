// The gateway's schema is a contract with every client. This check compares the committed SDL
// (gateway/schema.graphql) with the accepted one (gateway/schema.baseline.graphql) and fails the
// build on a breaking change (a removed field, a changed type, a new required argument ...), so
// that breaking a client is a deliberate act: `npm run schema:accept`, and the baseline's diff
// shows in the commit. Safe changes (a new field, a new type) pass and are listed.
//
//   node scripts/schema-check.mjs           check
//   node scripts/schema-check.mjs --accept  make the current schema the baseline
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const gateway = (path) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const CURRENT = 'schema.graphql';
const BASELINE = 'schema.baseline.graphql';
const scalars = readFileSync(fileURLToPath(new URL('../src/graphql/scalars.graphql', import.meta.url)), 'utf8');

/** SmallRye leaves its built-in custom scalars out of the printed SDL; add those it does not declare. */
function load(path) {
  const sdl = readFileSync(gateway(path), 'utf8');
  const missing = scalars.split('\n').filter((line) => line.startsWith('scalar ') && !sdl.includes(line.trim()));
  return buildSchema(sdl + '\n' + missing.join('\n'));
}

if (process.argv.includes('--accept')) {
  writeFileSync(gateway(BASELINE), readFileSync(gateway(CURRENT), 'utf8'));
  console.log(`gateway/${BASELINE} is now gateway/${CURRENT}; commit both.`);
  process.exit(0);
}

const changes = await diff(load(BASELINE), load(CURRENT));
const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous);
for (const change of changes) {
  const mark = change.criticality.level === CriticalityLevel.Breaking ? 'BREAKING '
    : change.criticality.level === CriticalityLevel.Dangerous ? 'dangerous' : 'safe     ';
  console.log(`schema: ${mark} ${change.message}`);
}
if (breaking.length > 0) {
  console.error(`\ngateway/${CURRENT} breaks ${breaking.length} thing(s) clients of gateway/${BASELINE} rely on (above).`
    + `\nIf that is intended, accept it: (cd gateway/src/main/webui && npm run schema:accept), and commit the baseline with the change.`);
  process.exit(1);
}
console.log(`schema: no breaking change against gateway/${BASELINE} (${changes.length} change(s), ${dangerous.length} dangerous).`);

#!/usr/bin/env node
// Node 20 cannot run TypeScript: this shim loads the compiled CLI from dist/ (built by `npm install` via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tarikh: the compiled code is missing (dist/). Run `npm install` or `npm run build` in the package folder.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));

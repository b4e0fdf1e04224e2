#!/usr/bin/env node
// Node 20 cannot run TypeScript: this shim starts the compiled CLI from dist/ (built by `npm install` via `prepare`),
// from the bundle and its code cache when the build made them (dist/cli/launch.js says why).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('../dist/cli/', import.meta.url));
if (!existsSync(cliDir + 'main.js') || !existsSync(cliDir + 'launch.js')) {
  process.stderr.write('tarikh: the compiled code is missing (dist/). Run `npm install` or `npm run build` in the package folder.\n');
  process.exit(1);
}
const { launch } = await import(new URL('../dist/cli/launch.js', import.meta.url).href);
const { main } = await launch(cliDir);
process.exitCode = await main(process.argv.slice(2));

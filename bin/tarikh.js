#!/usr/bin/env node
// Node 20 cannot run TypeScript: this shim starts the compiled CLI from dist/ (built by `npm install` via `prepare`),
// from the bundle and its code cache when the build made them (dist/cli/launch.js says why).
//
// CommonJS (bin/package.json says so), and so is the launcher it requires, launch.cjs, which the build writes beside
// launch.js: an ES module here, or importing launch.js, starts Node's ES module loader, which cost some 75M
// instructions of every start-up. Without launch.cjs, or with one older than launch.js (a bare `tsc` since the
// build), launch.js is imported.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const cliDir = join(__dirname, '..', 'dist', 'cli', '/');
if (!existsSync(cliDir + 'main.js') || !existsSync(cliDir + 'launch.js')) {
  process.stderr.write('tarikh: the compiled code is missing (dist/). Run `npm install` or `npm run build` in the package folder.\n');
  process.exit(1);
}
const launcher = cliDir + 'launch.cjs';
const useCjs = existsSync(launcher) && statSync(launcher).mtimeMs >= statSync(cliDir + 'launch.js').mtimeMs;
(useCjs ? Promise.resolve(require(launcher)) : import(pathToFileURL(cliDir + 'launch.js').href))
  .then(({ launch }) => launch(cliDir))
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });

/**
 * Run by `npm run build`, after tsc and the data snapshot: bundles the CLI into dist/cli/main.cjs and writes V8's
 * code cache for it (dist/cli/main.cache) from a run on the seed, the functions a run needs compiled. See launch.ts
 * for why, and how `bin/tarikh.js` uses them. Also writes the launcher itself as CommonJS (dist/cli/launch.cjs), which
 * bin/tarikh.js requires so that Node's ES module loader never starts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { build, type Plugin } from 'rolldown';
import { PACKAGE_ROOT } from './io.js';
import { BUNDLE, CODE_CACHE, launch } from './launch.js';

const cliDir = join(PACKAGE_ROOT, 'dist', 'cli');

/**
 * chalk detects the terminal's colors as it is loaded, through node:tty and node:os (and net behind tty): some 16M
 * instructions of every start-up, for a level tarikh never reads, since color.ts decides it and gives it to each
 * Chalk it makes. The bundle gets a detection that finds none.
 */
const CHALK_DETECTION = '\0chalk-supports-color';
let chalkDetectionReplaced = false;
const noChalkDetection: Plugin = {
  name: 'tarikh-no-chalk-detection',
  resolveId(source, importer) {
    if (source !== '#supports-color' || !importer?.includes(`${sep}chalk${sep}`)) return null;
    chalkDetectionReplaced = true;
    return CHALK_DETECTION;
  },
  load(id) {
    return id === CHALK_DETECTION ? 'export default { stdout: false, stderr: false };' : null;
  },
};

try {
  // A cache left from an older bundle would only be refused.
  rmSync(join(cliDir, CODE_CACHE), { force: true });
  await build({
    input: join(cliDir, 'main.js'),
    platform: 'node',
    plugins: [noChalkDetection],
    // The bundle sits beside main.js, so the paths it derives from its own location (the package root, the
    // worker script) are the same. The YAML parser, imported only when data/ changed, is inside, not loaded.
    // ASCII only (Arabic escaped in strings and patterns, doc comments dropped): launch reads it as Latin-1, a copy,
    // where decoding UTF-8 into a two-byte string cost about 20M instructions at every start-up.
    output: { file: join(cliDir, BUNDLE), format: 'cjs', codeSplitting: false, charset: 'ascii', comments: { legal: true, annotation: false, jsdoc: false } },
    logLevel: 'warn',
  });
  if (!chalkDetectionReplaced) throw new Error('chalk no longer imports #supports-color: see noChalkDetection');
  await build({ input: join(cliDir, 'launch.js'), platform: 'node', output: { file: join(cliDir, 'launch.cjs'), format: 'cjs' }, logLevel: 'warn' });
  const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(join(cliDir, BUNDLE), 'utf8'));
  if (nonAscii) throw new Error(`the bundle holds a non-ASCII character (${JSON.stringify(nonAscii[0])}), which launch would misread`);
  const run = await launch(cliDir);
  if (run.via !== 'bundle' || !run.script) throw new Error('the bundle was not used');
  const quiet = { write: () => true, isTTY: false };
  const code = await (run.main as (argv: string[], io: unknown) => Promise<number>)([], {
    stdout: quiet,
    stderr: quiet,
    env: {},
    cwd: PACKAGE_ROOT,
    readStdin: async () => new Uint8Array(),
  });
  if (code !== 0) throw new Error(`the run on the seed exited with ${code}`);
  writeFileSync(join(cliDir, CODE_CACHE), run.script.createCachedData());
} catch (e) {
  process.stderr.write(`tarikh build: bundle: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
}

/**
 * How `bin/tarikh.js` starts the CLI. Start-up counts for a command run once per article or per shell loop, and on
 * Node 20 most of it went to loading some sixty ES modules and compiling them: Node 20 keeps no compiled code for
 * ES modules between runs. So the build bundles the CLI into one CommonJS script (dist/cli/main.cjs) and saves V8's
 * code cache for it (main.cache, written after a run on the seed, so it holds the functions a run uses). A run
 * compiles the bundle from that cache. When V8 rejects the cache (another Node version), the bundle is compiled as
 * usual, only slower. Without a bundle, or with one older than the modules (a bare `tsc` since the last build), the
 * modules are imported as they are.
 *
 * Imports only Node's own modules: anything more would be loaded before the cache can help.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export type Main = (argv: string[]) => Promise<number>;

export interface Launch {
  main: Main;
  /** Where main came from: the bundle, or the ES modules. */
  via: 'bundle' | 'modules';
  /** The code cache: used, refused by V8 (another Node), or absent. */
  cache: 'accepted' | 'rejected' | 'none';
  /** The compiled bundle, to write a new cache from after a run (the build does). */
  script?: Script;
}

export const BUNDLE = 'main.cjs';
export const CODE_CACHE = 'main.cache';

/** Loads the CLI from a dist/cli folder holding main.js, and main.cjs and main.cache when the build made them. */
export async function launch(cliDir: string): Promise<Launch> {
  const modules = join(cliDir, 'main.js');
  const bundle = join(cliDir, BUNDLE);
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(modules).mtimeMs) {
    const cacheFile = join(cliDir, CODE_CACHE);
    const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
    // The CommonJS wrapper on the first line, so that line numbers in stack traces stay those of the bundle.
    // The build makes the bundle ASCII only: Latin-1 reads it as UTF-8 would, without decoding.
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'latin1')}\n})`;
    const script = new Script(source, { filename: bundle, cachedData });
    const module = { exports: {} as { main?: Main } };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    if (typeof module.exports.main !== 'function') throw new Error(`${bundle} does not export main: rebuild with \`npm run build\``);
    const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
    return { main: module.exports.main, via: 'bundle', cache, script };
  }
  const { main } = (await import(pathToFileURL(modules).href)) as { main: Main };
  return { main, via: 'modules', cache: 'none' };
}

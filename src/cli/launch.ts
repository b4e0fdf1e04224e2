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

/**
 * Node's modules that the bundle requires as it starts but a run seldom uses: child_process (commander, for a
 * subcommand run as a program; with net and dgram behind it) and worker_threads (--jobs). The bundle gets them as
 * stand-ins that load them on first use, which spares every start-up some 28M instructions.
 */
const ON_FIRST_USE: ReadonlySet<string> = new Set(['node:child_process', 'node:worker_threads']);

/** A stand-in for the object `load` returns, which calls it once, when a property is first read or listed. */
export function onFirstUse<T extends object>(load: () => T): T {
  let real: T | undefined;
  const get = () => (real ??= load());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(get(), key),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    // Reported configurable: the stand-in's own target has none of these properties, and a proxy may not say
    // otherwise of a property its target lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d && { ...d, configurable: true };
    },
  });
}

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
    const load = createRequire(bundle);
    const require = Object.assign((id: string): unknown => (ON_FIRST_USE.has(id) ? onFirstUse(() => load(id) as object) : load(id)), load);
    script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
    if (typeof module.exports.main !== 'function') throw new Error(`${bundle} does not export main: rebuild with \`npm run build\``);
    const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
    return { main: module.exports.main, via: 'bundle', cache, script };
  }
  const { main } = (await import(pathToFileURL(modules).href)) as { main: Main };
  return { main, via: 'modules', cache: 'none' };
}

// How bin/tarikh.js starts the CLI: the build's bundle with its code cache, or the modules when there is no
// bundle or it is older than them.
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, onFirstUse } from '../../src/cli/launch.js';
import { ROOT } from '../helpers/data.js';

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-launch-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const MODULES = 'export async function main() { return 11; }\n';
const BUNDLE = 'exports.main = async () => 22;\n';

describe('launch', () => {
  it('runs the built bundle from a code cache V8 accepts', async () => {
    const run = await launch(join(ROOT, 'dist', 'cli'));
    expect(run.via).toBe('bundle');
    expect(run.cache).toBe('accepted');
    expect(typeof run.main).toBe('function');
  });

  it('reads a built bundle that is ASCII only, as launch reads it as Latin-1', () => {
    const text = readFileSync(join(ROOT, 'dist', 'cli', 'main.cjs'), 'utf8');
    expect(text).not.toMatch(/[^\x00-\x7f]/);
    // The Arabic of the lexicons is there, escaped.
    expect(text).toContain('\\u0627');
  });

  it('takes the bundle when it is newer than the modules, with or without a usable cache', async () => {
    const dir = fakeDist({ 'main.js': MODULES });
    writeFileSync(join(dir, 'main.cjs'), BUNDLE);
    let run = await launch(dir);
    expect([run.via, run.cache, await run.main([])]).toEqual(['bundle', 'none', 22]);
    // Another source text: V8 would take the one it compiled above from its in-memory cache, not look at the file.
    writeFileSync(join(dir, 'main.cjs'), BUNDLE + '// rebuilt\n');
    writeFileSync(join(dir, 'main.cache'), 'not a code cache');
    run = await launch(dir);
    expect([run.via, run.cache, await run.main([])]).toEqual(['bundle', 'rejected', 22]);
  });

  it('imports the modules when the bundle is missing or older than them (a bare tsc since the build)', async () => {
    const dir = fakeDist({ 'main.js': MODULES });
    let run = await launch(dir);
    expect([run.via, await run.main([])]).toEqual(['modules', 11]);
    const stale = fakeDist({ 'main.js': MODULES, 'main.cjs': BUNDLE });
    utimesSync(join(stale, 'main.cjs'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    run = await launch(stale);
    expect([run.via, await run.main([])]).toEqual(['modules', 11]);
  });

  it('refuses a bundle that does not export main', async () => {
    const dir = fakeDist({ 'main.js': MODULES, 'main.cjs': 'exports.other = 1;\n' });
    await expect(launch(dir)).rejects.toThrow(/does not export main: rebuild with `npm run build`/);
  });

  it('hands the bundle stand-ins for the modules it seldom uses, which work as the modules', async () => {
    const dir = fakeDist({ 'main.js': MODULES });
    writeFileSync(
      join(dir, 'main.cjs'),
      `const w = require('node:worker_threads'), c = require('node:child_process'), p = require('node:path');
       exports.main = async () => [typeof w.Worker, 'isMainThread' in w, Object.keys(w).includes('MessageChannel'), typeof c.spawn, p.join('a', 'b')].join();\n`,
    );
    const run = await launch(dir);
    expect(await run.main([])).toBe('function,true,true,function,a/b');
  });
});

describe('a module loaded on first use', () => {
  it('is loaded once, when first read, and reads, lists and describes as the module', () => {
    let loads = 0;
    const real = { a: 1, f: (x: number) => x + 1 };
    const m = onFirstUse(() => (loads++, real));
    expect(loads).toBe(0);
    expect(m.f(1)).toBe(2);
    expect([m.a, 'a' in m, 'b' in m, Object.keys(m), { ...m }]).toEqual([1, true, false, ['a', 'f'], real]);
    expect(Object.getOwnPropertyDescriptor(m, 'a')).toMatchObject({ value: 1, writable: true, enumerable: true });
    expect(loads).toBe(1);
  });
});


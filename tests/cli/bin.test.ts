// bin/tarikh.js: CommonJS, requiring the launcher the build wrote as CommonJS, so that a run never starts Node's ES
// module loader; and importing the ES module launcher when that copy is missing or stale.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/data.js';

/** A package with the real bin/ and launchers that tell which one ran, with the arguments main got. */
function fakePackage(withCjs: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-bin-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  for (const f of ['tarikh.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(dir, 'bin', f));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'dist', 'cli', 'main.js'), '');
  const main = (via: string, code: number) => `async (dir) => ({ main: async (argv) => { process.stdout.write('${via} ' + argv.join(' ') + ' ' + dir.endsWith('/dist/cli/')); return ${code}; } })`;
  writeFileSync(join(dir, 'dist', 'cli', 'launch.js'), `export const launch = ${main('esm', 5)};\n`);
  if (withCjs) writeFileSync(join(dir, 'dist', 'cli', 'launch.cjs'), `exports.launch = ${main('cjs', 6)};\n`);
  return dir;
}

const run = (dir: string, args: string[] = ['a', 'b']) => {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'tarikh.js'), ...args], { encoding: 'utf8' });
  return [r.stdout, r.status];
};

describe('bin/tarikh.js', () => {
  it('requires the CommonJS launcher when the build wrote it, else imports launch.js', () => {
    const dir = fakePackage(true);
    expect(run(dir)).toEqual(['cjs a b true', 6]);
    // Older than launch.js: a bare tsc changed the launcher since the build.
    utimesSync(join(dir, 'dist', 'cli', 'launch.cjs'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(run(dir)).toEqual(['esm a b true', 5]);
    rmSync(join(dir, 'dist', 'cli', 'launch.cjs'));
    expect(run(dir)).toEqual(['esm a b true', 5]);
  });

  it('says so when dist/ is missing', () => {
    const dir = fakePackage(false);
    rmSync(join(dir, 'dist'), { recursive: true });
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'tarikh.js')], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringMatching(/the compiled code is missing \(dist\/\)/)]);
  });

  it('runs the built CLI without starting the ES module loader, nor loading node:tty for chalk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-bin-'));
    const probe = join(dir, 'probe.cjs');
    // Output to a pipe: nothing but chalk's own color detection would load node:tty.
    writeFileSync(probe, `process.on('exit', () => process.stderr.write(['esm/translators', 'NativeModule tty'].map((m) => process.moduleLoadList.some((x) => x.includes(m))).join()));\n`);
    const r = spawnSync(process.execPath, ['-r', probe, join(ROOT, 'bin', 'tarikh.js'), '--no-color'], { encoding: 'utf8' });
    expect([r.status, r.stdout.slice(0, 5), r.stderr]).toEqual([0, '2017\n', 'false,false']);
  });
});

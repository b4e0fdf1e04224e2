// Loads the built-in data/ the way the CLI does, once per test process.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileData, type Data, type DataSource } from '../../src/data/load.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function builtinSources(): DataSource[] {
  const dir = join(ROOT, 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), path: `data/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

let cached: Data | null = null;
export function data(): Data {
  cached ??= compileData(builtinSources());
  return cached;
}

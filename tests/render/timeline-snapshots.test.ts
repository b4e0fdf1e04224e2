// What users see: the terminal timeline of the seed and of a multi-article set, both languages, with and without
// --explain, colors off and a fixed width (snapshots in __snapshots__, readable as text).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarikh } from '../helpers/cli.js';
import { ROOT } from '../helpers/data.js';

const GROUP = ['16-g2-shoukry-ankara-mena.txt', '17-g2-shoukry-ankara-anadolu.txt', '18-g2-shoukry-ankara-levant-week-later.txt'].map((f) => join(ROOT, 'tests', 'fixtures', 'articles', f));
const snap = (name: string) => join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '__snapshots__', name);

describe('terminal timeline snapshots', () => {
  const cases: Array<[string, string[]]> = [
    ['seed-en.txt', []],
    ['seed-ar.txt', ['--lang', 'ar']],
    ['seed-explain-en.txt', ['--explain', '--include', 'statements']],
    ['group-en.txt', ['timeline', ...GROUP, '--include', 'planned']],
    ['group-ar.txt', ['timeline', ...GROUP, '--include', 'planned', '--lang', 'ar']],
    ['group-explain-en.txt', ['timeline', ...GROUP, '--include', 'planned', '--explain', '--legend']],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const r = tarikh(args, { env: { NO_COLOR: '1', COLUMNS: '100' } });
      expect(r.code).toBe(0);
      // Paths differ between machines: keep them relative.
      await expect(r.stdout.replaceAll(ROOT + '/', '')).toMatchFileSnapshot(snap(name));
    });
  }
});

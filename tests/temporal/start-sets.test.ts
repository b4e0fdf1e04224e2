// Extraction calls a parser only on the items its start set admits (see StartSet in families/common.ts). A set that
// forgets a start would silently lose dates, so every parser is run here at every item of the project's date texts
// (the case tables, the negatives, the seeds, the test articles, and random phrases made of their words), and must
// find nothing where its set says no.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyseDates, PARSERS, startMask } from '../../src/temporal/extract.js';
import { ROOT } from '../helpers/data.js';
import { temporalLexicon } from './lexicon.js';

interface Text {
  text: string;
  published: string;
}

const PUB = '2017-05-31';

function yamlTexts(path: string, key: 'cases' | 'negatives'): Text[] {
  const doc = parse(readFileSync(path, 'utf8')) as Record<string, Array<{ text: string; published?: string }>>;
  return doc[key].map((c) => ({ text: c.text, published: c.published ?? PUB }));
}

function txtFiles(dir: string): Text[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), published: PUB }));
}

const caseDir = join(ROOT, 'tests/temporal/cases');
const TEXTS: Text[] = [
  ...readdirSync(caseDir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => yamlTexts(join(caseDir, f), 'cases')),
  ...yamlTexts(join(ROOT, 'tests/temporal/negatives.yaml'), 'negatives'),
  ...txtFiles(join(ROOT, 'seeds')),
  ...txtFiles(join(ROOT, 'tests/fixtures/articles')),
];

/** Parsers that found a phrase where their start set says they cannot start, as "family at «item» in «text»". */
function misses(t: Text, found: Set<string>): string[] {
  const { items, ctx } = analyseDates(t.text, t.published, temporalLexicon());
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const mask = startMask(items[i]);
    PARSERS.forEach((p, n) => {
      const c = p.parse(ctx, i);
      if (!c) return;
      found.add(p.family);
      if ((mask & (1 << n)) === 0) out.push(`${p.family} at «${items[i].text}» in «${t.text.slice(0, 80)}»`);
    });
  }
  return out;
}

describe('parser start sets', () => {
  it('admit every item a parser starts a phrase on, in the project texts', () => {
    const found = new Set<string>();
    const missed = TEXTS.flatMap((t) => misses(t, found));
    expect(missed).toEqual([]);
    // The check means something only if every family did start somewhere.
    expect([...found].sort()).toEqual(PARSERS.map((p) => p.family).sort());
  });

  it('admit every item a parser starts a phrase on, in random phrases of the same words', () => {
    // Pieces of one to three consecutive words of the short texts, joined in new orders.
    const pieces = new Set<string>();
    for (const t of TEXTS.filter((x) => x.text.length < 300)) {
      const ws = t.text.split(/\s+/).filter(Boolean);
      for (let a = 0; a < ws.length; a++) for (let n = 1; n <= 3 && a + n <= ws.length; n++) pieces.add(ws.slice(a, a + n).join(' '));
    }
    const words = [...pieces];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (ws) => {
        expect(misses({ text: ws.join(' '), published: PUB }, new Set())).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leave out plain words and grammar words that start nothing', () => {
    const { items } = analyseDates('بحث الوزير في الرياض', PUB, temporalLexicon());
    expect(items.map(startMask)).toEqual([0, 0, 0, 0]);
  });
});

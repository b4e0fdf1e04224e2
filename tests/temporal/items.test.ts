// Items against a plain reading of their contract: at each token of the searched ranges, the longest date phrase
// (longestAt) as one item, else the token itself; a line-break item between ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize, type Token } from '../../src/normalize/tokens.js';
import { buildItems, type Item } from '../../src/temporal/items.js';
import type { TemporalLexicon } from '../../src/temporal/lexicon.js';
import { temporalLexicon } from './lexicon.js';

// One-word phrases with and without clitics, words that start longer phrases, and words that are none.
const VOCAB = ['في', 'وفي', 'الشهر', 'للشهر', 'وبالشهر', 'الماضي', 'يوم', 'الخميس', 'كانون', 'الثاني', 'أول', 'أمس', 'قبل', 'بعد', 'مايو', 'ومايو', 'منتصف', 'أواخر', 'العام', 'الجاري', 'عيد', 'الفطر', 'وزير', 'الخارجية', 'التقى', 'سيزور', '2017', '31', '،', '.', '-'];

function referenceItems(tokens: readonly Token[], lex: TemporalLexicon, text: string, ranges: ReadonlyArray<readonly [number, number]>): Item[] {
  const items: Item[] = [];
  for (const [a, b] of ranges) {
    if (items.length && a < tokens.length) items.push({ kind: 'nl', text: '\n', tags: [], s: tokens[a].s, e: tokens[a].s, value: 0, spaced: true, clitic: '', id: -1 });
    for (let i = a; i < b; ) {
      const m = lex.phrases.longestAt(tokens, i);
      if (m) {
        items.push({ kind: 'lex', text: text.slice(m.s, m.e), tags: m.entries, s: m.s, e: m.e, value: 0, spaced: tokens[i].spaced, clitic: m.clitic, id: -1 });
        i = m.last;
      } else items.push(tokens[i++]);
    }
  }
  return items;
}

describe('date items', () => {
  it('are the longest lexicon phrase at each token of the ranges, else the token', () => {
    const lex = temporalLexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 24 }), fc.array(fc.nat(30), { maxLength: 6 }), (words, cuts) => {
        const nt = normalize(words.join(' '));
        const tokens = tokenize(nt.text);
        // Sorted cut points make disjoint ranges in text order, as the pipeline passes its sentences.
        const points = [...new Set(cuts.map((c) => Math.min(c, tokens.length)))].sort((x, y) => x - y);
        const ranges: Array<[number, number]> = [];
        for (let k = 0; k + 1 < points.length; k += 2) ranges.push([points[k], points[k + 1]]);
        expect(buildItems(tokens, lex, nt.text, ranges)).toEqual(referenceItems(tokens, lex, nt.text, ranges));
        expect(buildItems(tokens, lex, nt.text)).toEqual(referenceItems(tokens, lex, nt.text, [[0, tokens.length]]));
      }),
      { numRuns: 500 },
    );
  });
});

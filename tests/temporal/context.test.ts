// The sentence of an item, found by halving over the sentence bounds, against an index kept for every item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { makeContext, sentenceBounds, sentenceIndex } from '../../src/temporal/context.js';
import { buildItems, isBoundary, type Item } from '../../src/temporal/items.js';
import { temporalLexicon } from './lexicon.js';

/** The plain reading: a sentence index per item, clamped as the context clamps. */
function referenceSentence(items: readonly Item[], i: number): [number, number] {
  const sid: number[] = [];
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (let k = 0; k < items.length; k++) {
    sid.push(bounds.length);
    if (isBoundary(items, k)) {
      bounds.push([start, k + 1]);
      start = k + 1;
    }
  }
  bounds.push([start, items.length]);
  return bounds[sid[Math.min(i, items.length - 1)] ?? 0];
}

const PIECES = ['قال', 'الوزير', 'أمس', 'في', '2.5', '3', '.', '!', '?', ';', '،', '\n', 'يوم', 'الخميس'];

describe('sentence of an item', () => {
  it('is the sentence an index per item gives, for every item and past either end', () => {
    const lex = temporalLexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const nt = normalize(pieces.join(' '));
        const items = buildItems(tokenize(nt.text), lex, nt.text);
        const ctx = makeContext(items, nt, '2017-05-31', lex);
        for (let i = -2; i <= items.length + 2; i++) expect(ctx.sentence(i)).toEqual(referenceSentence(items, i));
      }),
      { numRuns: 300 },
    );
  });

  it('halves to the first sentence whose end is past the item', () => {
    const bounds: Array<[number, number]> = [[0, 3], [3, 4], [4, 9], [9, 9]];
    expect([0, 2, 3, 4, 8].map((i) => sentenceIndex(bounds, i))).toEqual([0, 0, 1, 2, 2]);
    expect(sentenceIndex([[0, 0]], 0)).toBe(0);
  });

  it('bounds end with the text, a boundary closing its sentence', () => {
    const lex = temporalLexicon();
    const nt = normalize('قال. أمس');
    expect(sentenceBounds(buildItems(tokenize(nt.text), lex, nt.text))).toEqual([[0, 2], [2, 3]]);
    expect(sentenceBounds([])).toEqual([[0, 0]]);
  });
});

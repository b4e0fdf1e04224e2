import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexArticle, tokenAtNorm } from '../../src/events/positions.js';
import type { EMention } from '../../src/events/scan.js';
import type { Analysis } from '../../src/temporal/extract.js';

/** Just the fields indexArticle reads: token and item starts. */
const analysis = (tokenStarts: number[], itemStarts: number[]) => ({ tokens: tokenStarts.map((s) => ({ s })), items: itemStarts.map((s) => ({ s })) }) as unknown as Analysis;

const mention = (first: number, last: number) => ({ tags: [], first, last, s: 0, e: 0, clitic: '' }) as EMention;

describe('indexArticle', () => {
  it('finds the token each item starts in, as the binary search does, whatever the order of the items', () => {
    const starts = fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 60 }).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(starts, fc.array(fc.nat(520), { maxLength: 80 }), (tokenStarts, itemStarts) => {
        const a = analysis(tokenStarts, itemStarts);
        const { itemToken } = indexArticle([], a);
        expect(itemToken).toEqual(itemStarts.map((s) => tokenAtNorm(a, s)));
      }),
    );
  });

  it('keeps, of mentions sharing a first or a last token, the one written last', () => {
    const a = analysis([0, 5, 10, 15, 20], []);
    const m1 = mention(1, 3), m2 = mention(1, 2), m3 = mention(2, 3);
    const { starting, ending } = indexArticle([m1, m2, m3], a);
    expect(starting[1]).toBe(m2);
    expect(starting[2]).toBe(m3);
    expect(ending[3]).toBe(m3);
    expect(ending[2]).toBe(m2);
    expect(starting[0]).toBeUndefined();
  });
});

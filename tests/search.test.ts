// The one halving search the contact rules and positions share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../src/search.js';

describe('firstIndex', () => {
  it('is the first index not before the target, as a walk from the start finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, k) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const walked = sorted.findIndex((x) => !(x < k));
        expect(firstIndex(sorted.length, (i) => sorted[i] < k)).toBe(walked < 0 ? sorted.length : walked);
      }),
    );
  });

  it('is 0 for an empty range', () => {
    expect(firstIndex(0, () => true)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByFirst } from '../../src/events/order.js';

describe('sortByFirst', () => {
  it('leaves spans in text order as they are, the same array', () => {
    const xs = [{ first: 1, n: 'a' }, { first: 1, n: 'b' }, { first: 4, n: 'c' }];
    expect(sortByFirst(xs)).toBe(xs);
    expect(xs.map((x) => x.n)).toEqual(['a', 'b', 'c']);
  });

  it('sorts out-of-order spans in place, keeping equal ones in their order', () => {
    const xs = [{ first: 5, n: 'a' }, { first: 2, n: 'b' }, { first: 5, n: 'c' }, { first: 2, n: 'd' }];
    expect(sortByFirst(xs).map((x) => x.n)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('agrees with a stable sort on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6)), (firsts) => {
        const xs = firsts.map((first, i) => ({ first, i }));
        const want = [...xs].sort((a, b) => a.first - b.first).map((x) => x.i);
        expect(sortByFirst(xs).map((x) => x.i)).toEqual(want);
      }),
    );
  });
});

// Calendar helpers against their plain readings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ymd } from '../../src/temporal/calendar.js';

const sliced = (s: string) => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });

describe('ymd', () => {
  it('reads a YYYY-MM-DD string as its slices do', () => {
    expect(ymd('2017-05-31')).toEqual({ y: 2017, m: 5, d: 31 });
    expect(ymd('0099-12-01')).toEqual({ y: 99, m: 12, d: 1 });
  });

  it('reads any string as its slices do (NaN included)', () => {
    const chars = fc.constantFrom('0', '1', '9', '-', ' ', '+', 'e', '.', 'x', '٣');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), fc.integer({ min: 0, max: 9999 }), (junk, n) => {
        for (const s of [junk, `${String(n).padStart(4, '0')}-${junk}`, `${n}-05-3${junk}`]) expect(ymd(s)).toEqual(sliced(s));
      }),
      { numRuns: 2000 },
    );
  });
});

// Month and year steps in plain arithmetic give what luxon gave (DateTime.utc(...).plus(...).toISODate()), which they
// replaced: luxon stays here as the reference.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, iso } from '../../src/temporal/calendar.js';

const viaLuxon = (s: string, unit: 'months' | 'years', n: number) => DateTime.utc(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)).plus({ [unit]: n }).toISODate();

describe('month and year arithmetic', () => {
  it('gives what luxon gave: clamped days, leap days, far years, days that do not exist', () => {
    // Days 29-31 often, and some that do not exist (31 April, 30 February): luxon gave null for those.
    const day = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 28, max: 31 })));
    const n = fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -150_000, max: 150_000 }), fc.integer({ min: -4_000_000, max: 4_000_000 }));
    fc.assert(
      fc.property(day, n, ([y, m, d], k) => {
        const s = iso(y, m, d);
        expect(addMonths(s, k)).toBe(viaLuxon(s, 'months', k));
        expect(addYears(s, k)).toBe(viaLuxon(s, 'years', k));
      }),
      { numRuns: 20_000 },
    );
  });

  it('clamps month ends and leap days as luxon did', () => {
    const cases: Array<[string, number]> = [['2017-03-31', -1], ['2016-03-31', -1], ['2016-02-29', 12], ['2016-02-29', 48], ['2017-01-31', 1], ['2017-05-31', 1], ['0000-01-15', -1], ['9999-12-31', 1], ['1900-02-28', 1], ['2000-02-29', -12]];
    for (const [s, k] of cases) {
      expect(addMonths(s, k)).toBe(viaLuxon(s, 'months', k));
      expect(addYears(s, k)).toBe(viaLuxon(s, 'years', k));
    }
    expect([addMonths('2017-03-31', -1), addYears('2016-02-29', 1), addMonths('2016-02-30', 1)]).toEqual(['2017-02-28', '2017-02-28', null]);
  });
});

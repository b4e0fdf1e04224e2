// Calendar helpers against their plain readings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { addMonths, addYears, ymd } from '../../src/temporal/calendar.js';

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

describe('month and year steps', () => {
  it('clamp the day as calendars do', () => {
    expect(addMonths('2017-03-31', -1)).toBe('2017-02-28');
    expect(addMonths('2016-03-31', -1)).toBe('2016-02-29');
    expect(addYears('2016-02-29', 1)).toBe('2017-02-28');
    expect(addYears('2016-02-29', -4)).toBe('2012-02-29');
    expect(addMonths('2017-01-31', 13)).toBe('2018-02-28');
  });

  it("are luxon's, asked once or many times, in any order", () => {
    // Years near the ends of four digits too, where the plain path must hand over to luxon.
    const day = fc.record({ y: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 980, max: 1030 }), fc.integer({ min: 9970, max: 9999 })), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.integer({ min: -240, max: 240 }), fc.boolean()), { minLength: 1, maxLength: 20 }), (asks) => {
        for (let pass = 0; pass < 2; pass++) {
          for (const [{ y, m, d }, n, months] of asks) {
            const start = DateTime.utc(y, m, Math.min(d, DateTime.utc(y, m, 1).daysInMonth!));
            const s = start.toISODate()!;
            const want = start.plus(months ? { months: n } : { years: n }).toISODate();
            expect(months ? addMonths(s, n) : addYears(s, n)).toBe(want);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

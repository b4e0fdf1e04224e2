// What the properties found, pinned down: day arithmetic in the first centuries, publication years out of range,
// and a part of a month placed by the tense.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarikhError } from '../../src/errors.js';
import { checkIsoDate } from '../../src/ingest/published.js';
import { addDays, dayNumber, daysInMonth, diffDays, fromDayNumber, iso, weekday } from '../../src/temporal/calendar.js';
import { extractDates } from '../../src/temporal/extract.js';
import { data } from '../helpers/data.js';
import { SEED } from './arbitraries.js';

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them as written. */
const ref = (y: number, m: number, d: number) => new Date(new Date(0).setUTCFullYear(y, m - 1, d));

describe('day arithmetic', () => {
  it('agrees with the proleptic Gregorian calendar for every year 0000–9999 (years 0–99 included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: -40000, max: 40000 }), (y, m, d, n) => {
        const s = iso(y, m, d);
        const t = ref(y, m, d);
        expect(weekday(s)).toBe(t.getUTCDay() || 7);
        expect(daysInMonth(y, m)).toBe(ref(y, m + 1, 0).getUTCDate());
        expect(fromDayNumber(dayNumber(y, m, d))).toEqual({ y, m, d });
        const u = ref(y, m, d + n);
        if (u.getUTCFullYear() >= 0 && u.getUTCFullYear() <= 9999) {
          const moved = addDays(s, n);
          expect(moved).toBe(iso(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate()));
          expect(diffDays(s, moved)).toBe(n);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('resolves a distance into the first century to the right day', () => {
    const [m] = extractDates('زار الوزير الدوحة قبل 990 عاما', '1017-03-01', data().temporal);
    expect([m.start, m.end]).toEqual(['0027-03-01', '0027-03-01']);
    expect(m.derivation).toContain(`${['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][ref(27, 3, 1).getUTCDay() || 7]} 0027-03-01`);
    const [y] = extractDates('التقى الوزير أمس', '1000-03-01', data().temporal);
    expect(y.start).toBe('1000-02-28');
  });
});

describe('publication dates', () => {
  it('are refused outside 1000–8999, where distances of up to 999 years would leave four-digit years', () => {
    for (const bad of ['0999-12-31', '0050-03-01', '0000-01-01', '9000-01-01', '9999-12-31']) {
      expect(() => checkIsoDate(bad, '--published')).toThrowError(expect.objectContaining({ code: 'BAD_DATE', message: expect.stringContaining('1000–8999') }));
    }
    for (const ok of ['1000-01-01', '2017-05-31', '8999-12-31']) expect(checkIsoDate(ok, '--published')).toBe(ok);
    expect(() => checkIsoDate('2017-02-30', '--published')).toThrowError(TarikhError);
  });

  it('at the ends of the range still give real dates for the farthest distances', () => {
    const [a] = extractDates('زار الوزير الدوحة قبل 999 عاما', '1000-01-01', data().temporal);
    expect(a.start).toBe('0001-01-01');
    const [b] = extractDates('سيزور الوزير الدوحة بعد 999 عاما', '8999-12-31', data().temporal);
    expect(b.start).toBe('9998-12-31');
  });
});

describe('a part of a named month and the tense', () => {
  const lex = () => data().temporal;
  it('in a past sentence is the last such part on or before publication', () => {
    const [m] = extractDates('التقى الوزير نظيره نهاية سبتمبر', '2000-09-06', lex());
    expect([m.start, m.end, m.rule]).toEqual(['1999-09-21', '1999-09-30', 'part-of-period/end-month-tense-past']);
    const [n] = extractDates('التقى الوزير نظيره نهاية سبتمبر', '2000-09-26', lex());
    expect([n.start, n.end]).toEqual(['2000-09-21', '2000-09-30']);
  });

  it('in a future sentence is the next such part on or after publication', () => {
    const [m] = extractDates('سيلتقي الوزير نظيره مطلع سبتمبر', '2000-09-15', lex());
    expect([m.start, m.end]).toEqual(['2001-09-01', '2001-09-10']);
    const [n] = extractDates('سيلتقي الوزير نظيره مطلع سبتمبر', '2000-09-05', lex());
    expect([n.start, n.end]).toEqual(['2000-09-01', '2000-09-10']);
  });

  it('of a Hijri month moves by a Hijri year', () => {
    const [m] = extractDates('التقى الوزير نظيره أواخر رمضان', '2017-06-10', lex());
    expect([m.start, m.end]).toEqual(['2016-06-26', '2016-07-05']);
  });
});

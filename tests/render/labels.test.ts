import { describe, expect, it } from 'vitest';
import { dateLabel, rangeLabel } from '../../src/render/labels.js';
import type { EventDate } from '../../src/events/types.js';

const d = (start: string | null, end: string | null, grain: string, mod: string | null = null, value: string | null = null): EventDate => ({ text: 'x', value, start, end, grain, mod, rule: 'r', derivation: 'x' });

describe('date labels never show an interval as a day', () => {
  it.each<[EventDate, string]>([
    [d('2017-05-30', '2017-05-30', 'day'), 'Tue 30 May 2017'],
    [d('2017-05-24', '2017-05-24', 'day', 'APPROX'), 'about 24 May 2017'],
    [d('2017-02-01', '2017-02-28', 'month'), 'Feb 2017'],
    [d('2017-05-01', '2017-05-10', 'month-part', 'START'), 'early May 2017'],
    [d('2017-05-11', '2017-05-20', 'month-part', 'MID'), 'mid May 2017'],
    [d('2017-05-21', '2017-05-31', 'month-part', 'END'), 'late May 2017'],
    [d('2014-01-01', '2014-12-31', 'year'), '2014'],
    [d('2015-09-01', '2015-12-31', 'year-part', 'END'), 'late 2015'],
    [d('2015-09-01', '2015-11-30', 'year-part', null, '2015-FA'), 'autumn 2015'],
    [d('2016-07-01', '2016-09-30', 'year-part', null, '2016-Q3'), 'Q3 2016'],
    [d('1970-01-01', '1979-12-31', 'range', null, '197X'), '1970s'],
    [d('1990-01-01', '1993-12-31', 'range', 'START', '199X'), 'early 1990s'],
    [d('1987-01-01', '1989-12-31', 'range', 'END', '198X'), 'late 1980s'],
    [d('2017-05-22', '2017-05-28', 'week', null, '2017-W21'), 'week of 22 May 2017'],
    [d('2015-08-04', '2015-08-06', 'range'), '4–6 Aug 2015'],
    [d('2015-06-30', '2015-07-02', 'range'), '30 Jun – 2 Jul 2015'],
    [d('2017-05-21', '2017-05-28', 'vague'), 'around 21–28 May 2017'],
    [d(null, '2017-05-29', 'unknown', 'BEFORE'), 'before 30 May 2017'],
    [d('2017-06-01', null, 'unknown', 'AFTER'), 'after 31 May 2017'],
  ])('%o → %s', (date, want) => {
    expect(dateLabel(date)).toBe(want);
  });

  it('labels in Arabic', () => {
    expect(dateLabel(d('2017-05-01', '2017-05-10', 'month-part', 'START'), 'ar')).toBe('مطلع مايو 2017');
    expect(dateLabel(d('2017-05-30', '2017-05-30', 'day'), 'ar')).toBe('الثلاثاء 30 مايو 2017');
    expect(dateLabel(d('2016-07-01', '2016-09-30', 'year-part', null, '2016-Q3'), 'ar')).toBe('الربع الثالث 2016');
    expect(dateLabel(d('1990-01-01', '1993-12-31', 'range', 'START', '199X'), 'ar')).toBe('مطلع 1990–1999');
  });

  it('names whole months in ranges', () => {
    expect(rangeLabel('2015-12-01', '2016-02-29')).toBe('Dec 2015 – Feb 2016');
    expect(rangeLabel('2015-06-01', '2015-08-31')).toBe('Jun–Aug 2015');
  });
});

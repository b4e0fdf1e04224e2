// Distances between two events ("بعد نحو شهر من زيارة ..."): read by the offset family, anchored by the contact stage.
import { describe, expect, it } from 'vitest';
import { readEventDistance, shiftByDistance } from '../../src/temporal/families/offset.js';
import { analyseDates } from '../../src/temporal/extract.js';
import { data } from '../helpers/data.js';

function distance(text: string) {
  const a = analyseDates(text, '2016-03-04', data().temporal);
  // The first item that reads as a distance from another event.
  for (let i = 0; i < a.items.length; i++) {
    const d = readEventDistance(a.ctx, i);
    if (d) return { ...d, i1: a.items[d.i1]?.text };
  }
  return null;
}

describe('readEventDistance', () => {
  it.each([
    ['ويأتي الاتصال بعد نحو شهر من زيارة', { dir: 'after', unit: 'month', min: 1, max: 1, about: true, i1: 'زياره' }],
    ['وتأتي الزيارة بعد أسبوعين من لقاء', { dir: 'after', unit: 'week', min: 2, max: 2, about: false, i1: 'لقاء' }],
    ['ويأتي اللقاء بعد ثلاثة أيام من اتصال', { dir: 'after', unit: 'day', min: 3, max: 3, about: false, i1: 'اتصال' }],
    ['ويأتي الاتصال قبل أيام من زيارة', { dir: 'before', unit: 'day', min: 3, max: 10, about: false, i1: 'زياره' }],
  ])('%s', (text, want) => {
    expect(distance(text)).toEqual(want);
  });

  it('reads nothing without "من", nor a window', () => {
    expect(distance('وصل الوزير بعد يومين إلى الدوحة')).toBeNull();
    expect(distance('ستنتهي المشاورات خلال ثلاثة أيام من الآن')).toBeNull();
  });
});

describe('shiftByDistance', () => {
  const d = (dir: 'before' | 'after', unit: 'day' | 'week' | 'month' | 'year', min: number, max: number, about = false) => ({ dir, unit, min, max, about, i1: 0 });
  it('an event the anchor comes after is earlier; one it comes before is later', () => {
    expect(shiftByDistance('2016-03-03', '2016-03-03', d('after', 'day', 2, 2))).toEqual({ start: '2016-03-01', end: '2016-03-01', approx: false });
    expect(shiftByDistance('2016-03-03', '2016-03-03', d('before', 'day', 2, 2))).toEqual({ start: '2016-03-05', end: '2016-03-05', approx: false });
  });
  it('an interval anchor and a vague count widen on both sides', () => {
    expect(shiftByDistance('2016-03-01', '2016-03-10', d('after', 'day', 3, 10))).toEqual({ start: '2016-02-20', end: '2016-03-07', approx: false });
    expect(shiftByDistance('2016-03-01', '2016-03-10', d('before', 'day', 3, 10))).toEqual({ start: '2016-03-04', end: '2016-03-20', approx: false });
  });
  it('weeks, months and "about" are rounded', () => {
    expect(shiftByDistance('2016-03-31', '2016-03-31', d('after', 'month', 1, 1))).toEqual({ start: '2016-02-29', end: '2016-02-29', approx: true });
    expect(shiftByDistance('2016-03-04', '2016-03-04', d('after', 'day', 3, 3, true)).approx).toBe(true);
  });
});

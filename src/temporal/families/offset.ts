/**
 * Distances from publication: قبل / منذ / بعد + a count and a unit ("قبل يومين", "منذ ثلاثة أسابيع", "بعد عامين",
 * "قبل 5 أيام"), also about so many ("قبل نحو شهرين", "منذ حوالي ثلاثة أيام"), unspecified counts as honest intervals ("قبل أيام", "منذ بضعة أشهر", "قبل عدة سنوات"), and windows
 * ("في غضون أسبوعين", "خلال ثلاثة أيام" in a future sentence).
 *
 * A whole number of days is a day. Weeks, months and years are rounded distances: the computed day is kept with
 * mod APPROX ("about"), so that it is never shown as a day the text stated.
 */
import { addDays, addMonths, addYears, fmtDay } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf } from '../items.js';
import { daySpan, rangeResolution, toResolution } from '../intervals.js';
import type { Unit } from '../lexicon.js';
import { phrase, type Candidate, type Parser } from './common.js';

function shift(pub: string, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return addDays(pub, n);
    case 'week':
      return addDays(pub, 7 * n);
    case 'month':
      return addMonths(pub, n);
    case 'year':
      return addYears(pub, n);
    case 'hour':
      return pub;
  }
}

const UNIT_EN: Record<Unit, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  hour: ['hour', 'hours'],
};

/** A count at k: digits, a number word, or a few-word ("بضعة"). */
function readCount(ctx: ParseCtx, k: number): { min: number; max: number } | null {
  const it = ctx.items[k];
  if (it && it.kind === 'num' && it.text.length <= 3 && it.value > 0) return { min: it.value, max: it.value };
  const n = tagOf(it, 'number');
  if (n) return { min: n.value, max: n.value };
  const f = tagOf(it, 'few');
  return f ? { min: f.min, max: f.max } : null;
}

/**
 * "ثلاثة أيام مضت", "يومين مضيا", "5 سنوات خلت": a count and a unit followed by a word for "ago", without a
 * preposition. The count must be written (a number or a dual): "أسبوع مضى" is "a past week", not a distance.
 */
function countFirst(ctx: ParseCtx, i: number): Candidate | null {
  const items = ctx.items;
  let k = i;
  let count = readCount(ctx, k);
  if (count) {
    if (items[k].clitic || count.min !== count.max) return null;
    k++;
  }
  const u = tagOf(items[k], 'unit');
  if (!u || u.definite || items[k].clitic || u.unit === 'hour') return null;
  if (!count) {
    if (u.count !== 2 || k !== i) return null;
    count = { min: 2, max: 2 };
  } else if (u.count === 1 && count.min > 2 && count.min <= 10) return null;
  if (!tagOf(items[k + 1], 'ago') || items[k + 1].clitic) return null;
  const end = k + 2;
  const n = count.min;
  const day = shift(ctx.pub, u.unit, -n);
  const [one, many] = UNIT_EN[u.unit];
  const text = phrase(ctx, i, end);
  const res = toResolution(daySpan(day), `${text}: ${n} ${n === 1 ? one : many} before publication ${fmtDay(ctx.pub)} → ${u.unit === 'day' ? '' : 'about '}${fmtDay(day)}`);
  if (u.unit !== 'day') res.mod = 'APPROX';
  return { i0: i, i1: end, rule: `offset/before-${u.unit}`, res };
}

export const offsetParser: Parser = {
  family: 'offset',
  starts: { digits: true, tags: ['offset', 'number', 'few', { t: 'unit', definite: false }] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const prep = tagOf(items[i], 'offset');
    if (!prep) return countFirst(ctx, i);
    let k = i + 1;
    // "قبل نحو شهرين": about two months; a day count is then no exact day either.
    const about = tagOf(items[k], 'about') !== undefined && !items[k].clitic;
    if (about) k++;
    const count0 = readCount(ctx, k);
    let count: { min: number; max: number } | null = count0;
    if (count0) k++;
    const u = tagOf(items[k], 'unit');
    if (!u || u.definite || items[k].clitic) return null;
    // "يوما بعد يوم", "عاما بعد عام": a repetition, not a distance from publication.
    if (tagOf(items[i - 1], 'unit')?.unit === u.unit && k === i + 1) return null;
    if (count === null) {
      if (u.count === 1) count = { min: 1, max: 1 };
      else if (u.count === 2) count = { min: 2, max: 2 };
      else count = ctx.lex.barePlural;
    } else if (u.count === 1 && count.min > 2 && count.min <= 10) {
      // "ثلاثة يوم" is not Arabic; numbers 3–10 take the plural. Beyond ten the singular is right ("15 يوما").
      return null;
    }
    let end = k + 1;
    // "منذ ثلاثة أيام مضت", "قبل سنوات خلت": the "ago" word belongs to the phrase.
    if (prep.dir === 'before' && tagOf(items[end], 'ago') && !items[end].clitic) end++;
    // "قبل عام 2020" is a year, not a distance.
    if (u.unit === 'year' && u.count === 1 && items[end]?.kind === 'num') return null;
    // "بعد يومين من الاجتماع" counts from another event, not from publication.
    if (isFw(items[end], 'من')) {
      if (isFw(items[end + 1], 'الآن')) end += 2;
      else return null;
    }
    const text = phrase(ctx, i, end);
    const exact = count.min === count.max;
    const [one, many] = UNIT_EN[u.unit];
    const qty = exact ? `${count.min} ${count.min === 1 ? one : many}` : `${count.min}–${count.max} ${many}`;
    if (prep.dir === 'within') {
      // A window only in a future sentence; in the past "خلال ثلاثة أيام" is a duration, not a date.
      const t = ctx.tense(i, end);
      if (t.tense !== 'future' && !isFw(items[i], 'في')) return null;
      const far = shift(ctx.pub, u.unit, count.max);
      return { i0: i, i1: end, rule: 'offset/within', res: rangeResolution(ctx.pub, far, 'range', `${text}: within ${qty} from publication ${fmtDay(ctx.pub)} → ${ctx.pub}–${far}`) };
    }
    const sign = prep.dir === 'before' ? -1 : 1;
    const side = sign < 0 ? 'before' : 'after';
    if (u.unit === 'hour') {
      const [s, e] = sign < 0 ? [addDays(ctx.pub, -1), ctx.pub] : [ctx.pub, addDays(ctx.pub, 1)];
      return { i0: i, i1: end, rule: `offset/hours-${side}`, res: rangeResolution(s, e, 'vague', `${text}: ${qty} ${side} publication ${fmtDay(ctx.pub)}: that day or the one ${side} it → ${s}–${e}`) };
    }
    if (!exact) {
      const a = shift(ctx.pub, u.unit, sign * count.min), b = shift(ctx.pub, u.unit, sign * count.max);
      const [s, e] = sign < 0 ? [b, a] : [a, b];
      return { i0: i, i1: end, rule: `offset/few-${side}`, res: rangeResolution(s, e, 'vague', `${text}: ${qty} ${side} publication ${fmtDay(ctx.pub)} (an unspecified count) → ${s}–${e}`) };
    }
    const day = shift(ctx.pub, u.unit, sign * count.min);
    const rounded = u.unit !== 'day' || about;
    const res = toResolution(daySpan(day), `${text}: ${about ? 'about ' : ''}${qty} ${side} publication ${fmtDay(ctx.pub)} → ${rounded ? 'about ' : ''}${fmtDay(day)}`);
    if (rounded) res.mod = 'APPROX';
    return { i0: i, i1: end, rule: `offset/${side}-${u.unit}`, res };
  },
};

/** A distance between two events: "بعد نحو شهر من زيارة ..." (the second comes that long after the first). */
export interface EventDistance {
  dir: 'before' | 'after';
  unit: Exclude<Unit, 'hour'>;
  min: number;
  max: number;
  /** "نحو", "حوالي": a rounded count. */
  about: boolean;
  /** The item after "من". */
  i1: number;
}

/**
 * Reads "بعد [نحو] شهر من", "قبل أيام من" at item i: a distance from another event, which the parser above leaves
 * alone (it counts from publication). The contact stage anchors it to the event it names.
 */
export function readEventDistance(ctx: ParseCtx, i: number): EventDistance | null {
  const items = ctx.items;
  const prep = tagOf(items[i], 'offset');
  if (!prep || prep.dir === 'within') return null;
  let k = i + 1;
  const about = tagOf(items[k], 'about') !== undefined && !items[k].clitic;
  if (about) k++;
  let count = readCount(ctx, k);
  if (count) k++;
  const u = tagOf(items[k], 'unit');
  if (!u || u.definite || items[k].clitic || u.unit === 'hour') return null;
  if (count === null) count = u.count === 1 ? { min: 1, max: 1 } : u.count === 2 ? { min: 2, max: 2 } : ctx.lex.barePlural;
  if (!isFw(items[k + 1], 'من')) return null;
  return { dir: prep.dir, unit: u.unit, min: count.min, max: count.max, about, i1: k + 2 };
}

/**
 * The dates of an event that another one, dated [start, end], comes `d` after (or before): [start − max, end − min]
 * units (the opposite sign for "قبل"). A day when both the anchor and the count are exact.
 */
export function shiftByDistance(start: string, end: string, d: EventDistance): { start: string; end: string; approx: boolean } {
  const sign = d.dir === 'after' ? -1 : 1;
  const a = shift(start, d.unit, sign * (sign < 0 ? d.max : d.min));
  const b = shift(end, d.unit, sign * (sign < 0 ? d.min : d.max));
  return { start: a, end: b, approx: d.unit !== 'day' || d.about };
}

/**
 * A count and a unit at item i ("5 أيام", "ثلاثة أيام", "يومين", "أسبوعا"), as a number of days: the length of a visit
 * ("في زيارة تستغرق 5 أيام"). Null for an unspecified count ("أيام") or a unit longer than a week.
 */
export function readDays(ctx: ParseCtx, i: number): number | null {
  const items = ctx.items;
  let k = i;
  const count = readCount(ctx, k);
  if (count) k++;
  const u = tagOf(items[k], 'unit');
  if (!u || u.definite || (u.unit !== 'day' && u.unit !== 'week')) return null;
  const n = count ? (count.min === count.max ? count.min : null) : u.count === 1 ? 1 : u.count === 2 ? 2 : null;
  return n === null ? null : u.unit === 'week' ? 7 * n : n;
}

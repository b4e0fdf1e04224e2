/**
 * Distances from publication: قبل / منذ / بعد + a count and a unit ("قبل يومين", "منذ ثلاثة أسابيع", "بعد عامين",
 * "قبل 5 أيام"), unspecified counts as honest intervals ("قبل أيام", "منذ بضعة أشهر", "قبل عدة سنوات"), and windows
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

export const offsetParser: Parser = {
  family: 'offset',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const prep = tagOf(items[i], 'offset');
    if (!prep) return null;
    let k = i + 1;
    let count: { min: number; max: number } | null = null;
    const it = items[k];
    if (it && it.kind === 'num' && it.text.length <= 3 && it.value > 0) {
      count = { min: it.value, max: it.value };
      k++;
    } else if (tagOf(it, 'number')) {
      const v = tagOf(it, 'number')!.value;
      count = { min: v, max: v };
      k++;
    } else if (tagOf(it, 'few')) {
      const f = tagOf(it, 'few')!;
      count = { min: f.min, max: f.max };
      k++;
    }
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
    const res = toResolution(daySpan(day), `${text}: ${qty} ${side} publication ${fmtDay(ctx.pub)} → ${u.unit === 'day' ? '' : 'about '}${fmtDay(day)}`);
    if (u.unit !== 'day') res.mod = 'APPROX';
    return { i0: i, i1: end, rule: `offset/${side}-${u.unit}`, res };
  },
};

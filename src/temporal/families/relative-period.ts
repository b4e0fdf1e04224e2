/**
 * Periods named relative to publication: الأسبوع/الشهر/العام/السنة with الماضي/الحالي/الجاري/المقبل/القادم,
 * "هذا الشهر", "هذه السنة", and counted stretches "العامين الماضيين", "الأيام الثلاثة الماضية" (up to publication).
 * Weeks are ISO weeks (Monday to Sunday).
 */
import { addDays, addMonths, addYears, fmtDay, shiftMonth, weekStart, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { tagOf, textIs } from '../items.js';
import { monthSpan, rangeResolution, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import type { Unit } from '../lexicon.js';
import { phrase, readMarker, readTwiceRemoved, type Candidate, type Parser } from './common.js';

export interface PeriodRead {
  span: Span;
  next: number;
  rule: string;
  how: string;
}

const UNIT_NAME: Record<Unit, string> = { day: 'day', week: 'week', month: 'month', year: 'year', hour: 'hour' };

/** The period of `unit` containing publication, shifted by n. */
export function periodOf(pub: string, unit: Unit, n: number): Span | null {
  const p = ymd(pub);
  if (unit === 'week') return weekSpan(addDays(weekStart(pub), 7 * n));
  if (unit === 'month') {
    const r = shiftMonth(p.y, p.m, n);
    return monthSpan(r.y, r.m);
  }
  if (unit === 'year') return yearSpan(p.y + n);
  return null;
}

/**
 * "الشهر الماضي", "هذا العام", "العام الجاري" at k. With `bareOk` (after a part word), a definite unit alone is the
 * current period ("منتصف الشهر"). With `only`, a period of another unit is not read: callers that want a week or a
 * month are spared building the others.
 */
export function readRelativePeriod(ctx: ParseCtx, k: number, bareOk = false, only?: Unit): PeriodRead | null {
  const items = ctx.items;
  let thisWord = false;
  if (tagOf(items[k], 'marker')?.dir === 'this') {
    thisWord = true;
    k++;
  }
  const u = tagOf(items[k], 'unit');
  if (!u || !u.definite || u.count !== 1 || u.unit === 'day' || u.unit === 'hour' || (only && u.unit !== only)) return null;
  // و، ف، ب and ل ("للشهر الماضي", "for last month") keep the period; ك ("كالعام الماضي", "like last year") compares.
  if (items[k].clitic && !thisWord && !/^[وفبل]+$/.test(items[k].clitic)) return null;
  let next = k + 1;
  let n = 0;
  let rule: string;
  const twice = readTwiceRemoved(ctx, next);
  const m = twice ? null : readMarker(ctx, next);
  // "الشهر نفسه" refers back to the story, not to publication.
  if (!m && textIs(items[next], 'نفسه', 'ذاته', 'نفسها', 'ذاتها', 'التالي', 'التالية')) return null;
  if (twice) {
    n = twice.n;
    next = twice.next;
    rule = n < 0 ? 'before-previous' : 'after-next';
  } else if (m && m.dir !== 'this') {
    n = m.dir === 'past' ? -1 : m.dir === 'future' ? 1 : 0;
    next = m.next;
    rule = m.dir === 'past' ? 'previous' : m.dir === 'future' ? 'next' : 'current';
  } else if (thisWord) {
    rule = 'current';
  } else if (bareOk) {
    rule = 'current-implied';
  } else return null;
  const span = periodOf(ctx.pub, u.unit, n);
  if (!span) return null;
  const unit = UNIT_NAME[u.unit];
  const steps = Math.abs(n) === 2 ? `two ${unit}s` : `the ${unit}`;
  const which = n < 0 ? `${steps} before the publication ${unit}` : n > 0 ? `${steps} after the publication ${unit}` : `the publication ${unit}`;
  return { span, next, rule, how: which };
}

export const relativePeriod: Parser = {
  family: 'relative-period',
  starts: { tags: [{ t: 'marker', dir: 'this' }, { t: 'unit', definite: true }] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const r = readRelativePeriod(ctx, i);
    if (r) {
      const text = phrase(ctx, i, r.next);
      return { i0: i, i1: r.next, rule: `relative-period/${r.rule}`, res: toResolution(r.span, `${text}: ${r.how} (publication ${fmtDay(ctx.pub)}) → ${r.span.label}`) };
    }
    // A counted stretch with a marker, up to or from publication: the dual "العامين الماضيين", "الأسبوعين المقبلين",
    // or a plural and its number "الأيام الثلاثة الماضية", "السنوات الخمس الماضية".
    const u = tagOf(ctx.items[i], 'unit');
    if (!u || !u.definite || u.count === 1 || u.unit === 'hour') return null;
    let k = i + 1;
    let n = 2;
    if (u.count === 'many') {
      const num = tagOf(ctx.items[k], 'number');
      if (!num || num.value < 3 || ctx.items[k].clitic) return null;
      n = num.value;
      k++;
    }
    const m = readMarker(ctx, k);
    if (!m || (m.dir !== 'past' && m.dir !== 'future')) return null;
    const sign = m.dir === 'past' ? -1 : 1;
    const far = u.unit === 'day' ? addDays(ctx.pub, n * sign) : u.unit === 'week' ? addDays(ctx.pub, 7 * n * sign) : u.unit === 'month' ? addMonths(ctx.pub, n * sign) : addYears(ctx.pub, n * sign);
    const [s, e] = sign < 0 ? [far, ctx.pub] : [ctx.pub, far];
    const text = phrase(ctx, i, m.next);
    const what = `${n} ${UNIT_NAME[u.unit]}s`;
    return { i0: i, i1: m.next, rule: `relative-period/${sign < 0 ? 'last' : 'next'}-${n}-${u.unit}s`, res: rangeResolution(s, e, 'range', `${text}: the ${what} ${sign < 0 ? 'up to' : 'from'} publication ${fmtDay(ctx.pub)} → ${s}–${e}`) };
  },
};

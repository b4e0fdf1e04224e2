/**
 * Periods named relative to publication: الأسبوع/الشهر/العام/السنة with الماضي/الحالي/الجاري/المقبل/القادم,
 * "هذا الشهر", "هذه السنة", and the dual "العامين الماضيين" (the two years up to publication).
 * Weeks are ISO weeks (Monday to Sunday).
 */
import { addDays, addMonths, addYears, fmtDay, shiftMonth, weekStart, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { tagOf, textIs } from '../items.js';
import { monthSpan, rangeResolution, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import type { Unit } from '../lexicon.js';
import { phrase, readMarker, type Candidate, type Parser } from './common.js';

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
 * current period ("منتصف الشهر").
 */
export function readRelativePeriod(ctx: ParseCtx, k: number, bareOk = false): PeriodRead | null {
  const items = ctx.items;
  let thisWord = false;
  if (tagOf(items[k], 'marker')?.dir === 'this') {
    thisWord = true;
    k++;
  }
  const u = tagOf(items[k], 'unit');
  if (!u || !u.definite || u.count !== 1 || u.unit === 'day' || u.unit === 'hour') return null;
  if (items[k].clitic && !thisWord && !/^[وفب]+$/.test(items[k].clitic)) return null;
  let next = k + 1;
  let n = 0;
  let rule: string;
  const m = readMarker(ctx, next);
  // "الشهر نفسه" refers back to the story, not to publication.
  if (!m && textIs(items[next], 'نفسه', 'ذاته', 'نفسها', 'ذاتها', 'التالي', 'التالية')) return null;
  if (m && m.dir !== 'this') {
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
  const which = n < 0 ? `the ${UNIT_NAME[u.unit]} before the publication ${UNIT_NAME[u.unit]}` : n > 0 ? `the ${UNIT_NAME[u.unit]} after the publication ${UNIT_NAME[u.unit]}` : `the publication ${UNIT_NAME[u.unit]}`;
  return { span, next, rule, how: which };
}

export const relativePeriod: Parser = {
  family: 'relative-period',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const r = readRelativePeriod(ctx, i);
    if (r) {
      const text = phrase(ctx, i, r.next);
      return { i0: i, i1: r.next, rule: `relative-period/${r.rule}`, res: toResolution(r.span, `${text}: ${r.how} (publication ${fmtDay(ctx.pub)}) → ${r.span.label}`) };
    }
    // The dual with a marker: "العامين الماضيين", "الأسبوعين المقبلين": the two units up to or from publication.
    const u = tagOf(ctx.items[i], 'unit');
    if (!u || !u.definite || u.count !== 2) return null;
    const m = readMarker(ctx, i + 1);
    if (!m || (m.dir !== 'past' && m.dir !== 'future')) return null;
    const sign = m.dir === 'past' ? -1 : 1;
    const far = u.unit === 'day' ? addDays(ctx.pub, 2 * sign) : u.unit === 'week' ? addDays(ctx.pub, 14 * sign) : u.unit === 'month' ? addMonths(ctx.pub, 2 * sign) : u.unit === 'year' ? addYears(ctx.pub, 2 * sign) : null;
    if (!far) return null;
    const [s, e] = sign < 0 ? [far, ctx.pub] : [ctx.pub, far];
    const text = phrase(ctx, i, m.next);
    return { i0: i, i1: m.next, rule: `relative-period/last-two-${u.unit}s`, res: rangeResolution(s, e, 'range', `${text}: the two ${UNIT_NAME[u.unit]}s ${sign < 0 ? 'up to' : 'from'} publication ${fmtDay(ctx.pub)} → ${s}–${e}`) };
  },
};

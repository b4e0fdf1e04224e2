/**
 * Story time: "في اليوم التالي", "صباح اليوم التالي", "الأسبوع التالي", "الشهر التالي", "العام التالي", "في اليوم
 * نفسه", "بعد ذلك بيومين", "بعد ذلك بثلاثة أيام". These count from the date the text gave last, not from publication
 * (HeidelTime's reference time). The parser only reads the phrase; `resolveAnaphora` runs once every date is chosen and
 * counts from the nearest preceding dated phrase of the same paragraph. Without one (or with one too coarse to count a
 * day from, like "early May"), the phrase is dropped: no date rather than a guess.
 */
import { addDays, addMonths, addYears, fmtDay, weekday, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf, textIs } from '../items.js';
import { daySpan, monthSpanShift, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import { phrase, type Candidate, type Parser } from './common.js';

const UNRESOLVED = { value: null, start: null, end: null, grain: 'unknown' as const, mod: null, derivation: '' };

export const anaphoric: Parser = {
  family: 'anaphoric',
  starts: { tags: [{ t: 'offset', dir: 'after' }, 'daypart', { t: 'unit', count: 1, definite: true }] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    // "بعد ذلك بيومين", "بعد ذلك بثلاثة أيام", "بعد ذلك بأسبوع"
    const off = tagOf(items[i], 'offset');
    if (off?.dir === 'after' && /^[وف]*$/.test(items[i].clitic) && isFw(items[i + 1], 'ذلك') && !items[i + 1].clitic) {
      let k = i + 2;
      let n: number | null = null;
      let u = tagOf(items[k], 'unit');
      if (u && items[k].clitic === 'ب' && u.count !== 'many' && !u.definite) n = u.count;
      else {
        const num = tagOf(items[k], 'number') ?? (items[k]?.kind === 'num' && items[k].clitic === 'ب' ? { value: (items[k] as { value: number }).value } : undefined);
        u = tagOf(items[k + 1], 'unit');
        if (num && items[k].clitic === 'ب' && u && !u.definite && num.value >= 1 && num.value <= 31) {
          n = num.value;
          k++;
        }
      }
      if (n === null || !u || u.unit === 'hour') return null;
      return { i0: i, i1: k + 1, rule: `anaphoric/${u.unit}s-later`, res: { ...UNRESOLVED }, anaphor: { unit: u.unit, n, approx: u.unit !== 'day' } };
    }
    // "(صباح) اليوم التالي", "الأسبوع التالي", "في اليوم نفسه"
    let k = i;
    if (tagOf(items[k], 'daypart')) k++;
    const u = tagOf(items[k], 'unit');
    if (!u || !u.definite || u.count !== 1 || u.unit === 'hour' || (items[k].clitic && !/^[وفب]+$/.test(items[k].clitic))) return null;
    if (k > i && u.unit !== 'day') return null;
    const a = tagOf(items[k + 1], 'anaph');
    if (!a || items[k + 1].clitic) return null;
    if (a.kind === 'same' && u.unit !== 'day') return null;
    // "العام التالي للحرب" counts from the war, which is not a date: only a bare phrase is story time.
    if (textIs(items[k + 2], 'على', 'لـ') || items[k + 2]?.clitic === 'ل') return null;
    return { i0: i, i1: k + 2, rule: `anaphoric/${a.kind === 'same' ? 'same' : 'following'}-${u.unit}`, res: { ...UNRESOLVED }, anaphor: { unit: u.unit, n: a.kind === 'same' ? 0 : 1, approx: false } };
  },
};

/** How fine a resolved date must be to count a unit from it. */
function fineEnough(c: Candidate, unit: 'day' | 'week' | 'month' | 'year'): boolean {
  const { start, end, grain } = c.res;
  if (!start || !end || c.res.mod === 'APPROX') return false;
  if (unit === 'day') return grain === 'day';
  if (unit === 'week') return grain === 'day' || grain === 'week';
  if (unit === 'month') return start.slice(0, 7) === end.slice(0, 7) && (grain === 'day' || grain === 'week' || grain === 'month');
  return start.slice(0, 4) === end.slice(0, 4);
}

const mondayOf = (d: string) => addDays(d, 1 - weekday(d));

/**
 * Resolves the story-time phrases among the chosen candidates (in text order) against the nearest preceding dated
 * phrase of the same paragraph; drops those with nothing fine enough to count from.
 */
export function resolveAnaphora(ctx: ParseCtx, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let anchor: Candidate | null = null;
  const startOf = (c: Candidate) => ctx.nt.starts[ctx.items[c.i0].s];
  const endOf = (c: Candidate) => ctx.nt.ends[ctx.items[c.i1 - 1].e - 1];
  for (const c0 of chosen) {
    let c = c0;
    if (c.anaphor) {
      const a = anchor;
      const sameParagraph = a !== null && !ctx.nt.original.slice(endOf(a), startOf(c)).includes('\n');
      if (!a || !sameParagraph || !fineEnough(a, c.anaphor.unit)) continue;
      const { unit, n, approx } = c.anaphor;
      const from = a.res.start!;
      let span: Span;
      if (unit === 'day') span = daySpan(addDays(from, n));
      else if (approx) span = { ...daySpan(unit === 'week' ? addDays(from, 7 * n) : unit === 'month' ? addMonths(from, n) : addYears(from, n)), mod: 'APPROX' };
      else if (unit === 'week') span = weekSpan(addDays(mondayOf(from), 7 * n));
      else if (unit === 'month') span = monthSpanShift(ymd(from).y, ymd(from).m, n);
      else span = yearSpan(ymd(from).y + n);
      const text = phrase(ctx, c.i0, c.i1);
      const anchorText = phrase(ctx, a.i0, a.i1);
      const what = n === 0 ? `the same ${unit} as` : approx ? `about ${n} ${unit}${n > 1 ? 's' : ''} after` : n === 1 && unit !== 'day' ? `the ${unit} after` : `${n} ${unit}${n > 1 ? 's' : ''} after`;
      const shown = span.start === span.end ? fmtDay(span.start) : `${span.start}–${span.end}`;
      c = { ...c, res: toResolution(span, `${text}: ${what} the date told before, ${anchorText} (${a.res.value}) → ${shown}`) };
    }
    if (c.res.start && c.res.end) anchor = c;
    out.push(c);
  }
  return out;
}

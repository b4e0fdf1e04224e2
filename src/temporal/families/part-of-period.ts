/**
 * Parts of a period: مطلع، أوائل، بداية، مستهل، منتصف، أواسط، أواخر، نهاية، آخر applied to relative periods
 * ("مطلع الشهر الجاري", "أواخر العام الحالي", "نهاية الأسبوع"), named months ("مطلع أكتوبر الجاري",
 * "أواخر رمضان") and years ("أواخر عام 2014", "مطلع 2017"). Months and years split in thirds, weeks in
 * Mon–Wed / Wed–Fri / Fri–Sun.
 */
import { addDays, fmtDay, weekday } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { hijriYearRange } from '../hijri.js';
import { isFw, tagOf } from '../items.js';
import { partOf, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import { direction, phrase, readYearPhrase, type Candidate, type Parser } from './common.js';
import { monthPeriodSpan, readMonthPeriod } from './named-month.js';
import { readRelativePeriod } from './relative-period.js';

export const partOfPeriod: Parser = {
  family: 'part-of-period',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const p = tagOf(items[i], 'part');
    if (!p) return null;
    if (items[i].clitic && !/^[وفب]+$/.test(items[i].clitic)) return null;
    let k = i + 1;
    if (isFw(items[k], 'من')) k++;
    let span: Span | null = null;
    let how = '';
    let rule = '';
    let next = k;
    const rp = readRelativePeriod(ctx, k, true);
    if (rp) {
      span = rp.span;
      next = rp.next;
      how = rp.how;
      rule = `relative-${rp.rule}`;
      // A bare "نهاية الأسبوع" follows the tense: the weekend just past, or the coming one.
      if (rp.rule === 'current-implied' && span.grain === 'week' && p.mod === 'END') {
        const d = direction(ctx, null, i, next);
        const dow = weekday(ctx.pub);
        if (d.dir === 'past' && dow < 5) {
          span = weekSpan(addDays(span.start, -7));
          how = `the weekend before publication, ${d.why}`;
        } else if (d.dir === 'future' && dow === 7) {
          span = weekSpan(addDays(span.start, 7));
          how = `the weekend after publication, ${d.why}`;
        } else how = `the weekend of the publication week, ${d.why}`;
        rule = `weekend-${d.rule}`;
      }
    } else {
      const mp = readMonthPeriod(ctx, k, { i0: i, day: null, vouched: true });
      if (mp) {
        span = monthPeriodSpan(mp);
        next = mp.next;
        how = mp.how;
        rule = `month-${mp.rule}`;
      } else {
        const yr = readYearPhrase(ctx, k);
        if (yr) {
          if (yr.cal === 'hijri' || (yr.year >= 1300 && yr.year <= 1600 && yr.cal !== 'gregorian')) {
            const r = hijriYearRange(yr.year);
            if (r) span = { start: r[0], end: r[1], value: `${r[0]}/${r[1]}`, grain: 'year', mod: null, label: `${yr.year} AH`, hijri: true };
          } else if (yr.year >= 1800 && yr.year <= 2200) span = yearSpan(yr.year);
          next = yr.next;
          how = `the year ${yr.year} as written`;
          rule = 'year';
        }
      }
    }
    if (!span) return null;
    const part = span.hijri && span.grain === 'year' ? null : partOf(span, p.mod);
    if (!part) return null;
    const text = phrase(ctx, i, next);
    const derivation = `${text}: ${part.label}, ${how} (publication ${fmtDay(ctx.pub)}) → ${part.start}–${part.end}`;
    return { i0: i, i1: next, rule: `part-of-period/${p.mod.toLowerCase()}-${rule}`, res: toResolution(part, derivation) };
  },
};

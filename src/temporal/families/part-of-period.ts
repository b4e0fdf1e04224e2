/**
 * Parts of a period: مطلع، أوائل، بداية، مستهل، منتصف، أواسط، أواخر، نهاية، آخر applied to relative periods
 * ("مطلع الشهر الجاري", "أواخر العام الحالي", "نهاية الأسبوع"), named months ("مطلع أكتوبر الجاري",
 * "أواخر رمضان"), years ("أواخر عام 2014", "مطلع 2017", "مطلع عام 1438هـ") and decades ("مطلع التسعينيات"). Months and
 * years split in thirds, weeks in Mon–Wed / Wed–Fri / Fri–Sun, decades in years 0–3 / 4–6 / 7–9.
 */
import { addDays, fmtDay, weekday } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf } from '../items.js';
import { hijriYearPart, partOf, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import { direction, IMPLIED_YEAR_RULES, phrase, readYearPhrase, type Candidate, type Parser } from './common.js';
import { decadeSpan, readDecade } from './decade.js';
import { monthPeriodSpan, readMonthPeriod } from './named-month.js';
import { readRelativePeriod } from './relative-period.js';

export const partOfPeriod: Parser = {
  family: 'part-of-period',
  starts: { tags: ['part'] },
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
    let implied: Candidate['implied'];
    // A written year first: "بداية العام 2010" is the year 2010, not "the start of this year" followed by a number.
    const yr = readYearPhrase(ctx, k);
    const rp = yr ? null : readRelativePeriod(ctx, k, true);
    if (yr) {
      next = yr.next;
      how = `the year ${yr.year} as written`;
      rule = 'year';
      if (yr.cal === 'hijri' || (yr.year >= 1300 && yr.year <= 1600 && yr.cal !== 'gregorian')) {
        // A Hijri year splits by its months, as a Gregorian one does: Muharram–Rabi II, Jumada I–Sha'ban, Ramadan–Dhu al-Hijja.
        const part = hijriYearPart(yr.year, p.mod);
        if (!part) return null;
        const text = phrase(ctx, i, next);
        return { i0: i, i1: next, rule: `part-of-period/${p.mod.toLowerCase()}-hijri-year`, res: toResolution(part, `${text}: ${part.label} (publication ${fmtDay(ctx.pub)}) → ${part.start}–${part.end}`) };
      }
      if (yr.year >= 1800 && yr.year <= 2200) span = yearSpan(yr.year);
    } else if (rp) {
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
        if (mp.cal === 'gregorian' && IMPLIED_YEAR_RULES.has(mp.rule)) implied = 'year';
        span = monthPeriodSpan(mp);
        next = mp.next;
        how = mp.how;
        rule = `month-${mp.rule}`;
        // The tense places the part, not the whole month: "أواخر سبتمبر" in a past sentence published on 6 September
        // is the end of last September (this one's is still to come), in a future one published on 25 September
        // the early part of next September.
        if (span && (mp.rule === 'tense-past' || mp.rule === 'tense-future')) {
          const past = mp.rule === 'tense-past';
          const here = partOf(span, p.mod);
          if (past ? here.start > ctx.pub : here.end < ctx.pub) {
            const moved = monthPeriodSpan({ ...mp, year: mp.year + (past ? -1 : 1) });
            if (moved) {
              span = moved;
              how = `${mp.how}; ${here.label} is ${past ? 'after' : 'before'} publication, so the year ${past ? 'before' : 'after'}`;
            }
          }
        }
      }
    }
    if (!span) {
      // "مطلع التسعينيات", "أواخر سبعينيات القرن الماضي"
      const dc = readDecade(ctx, k);
      if (dc) {
        span = decadeSpan(dc.start);
        next = dc.next;
        how = dc.how;
        rule = `decade-${dc.rule}`;
      }
    }
    if (!span) return null;
    const part = partOf(span, p.mod);
    const text = phrase(ctx, i, next);
    const derivation = `${text}: ${part.label}, ${how} (publication ${fmtDay(ctx.pub)}) → ${part.start}–${part.end}`;
    return { i0: i, i1: next, rule: `part-of-period/${p.mod.toLowerCase()}-${rule}`, res: toResolution(part, derivation), implied };
  },
};

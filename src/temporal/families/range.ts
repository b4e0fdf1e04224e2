/**
 * Ranges read in one piece: days inside one month ("من 3 إلى 5 مايو", "بين 3 و5 مايو", "يومي الثاني والثالث من
 * أغسطس (آب)", "من 4 الى 6 اغسطس الحالي", "من 25 إلى 27 من الشهر الجاري") and years ("من 2014 إلى 2016",
 * "بين عامي 2014 و2016", "2014-2018"). Ranges between two complete dates ("من 30 يونيو إلى 2 يوليو", "بين الأحد
 * والثلاثاء", "خلال الفترة من ... حتى ...") are joined after extraction (see ../refine.ts).
 * "الفترة" and "ما" before the opener belong to the phrase, as they do for joined ranges.
 */
import { fmtDay, isValidDate, iso } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri } from '../hijri.js';
import { isFw, isPunct, tagOf, textIs, TO_WORDS } from '../items.js';
import { rangeResolution } from '../intervals.js';
import { IMPLIED_YEAR_RULES, phrase, readDay, readYear, type Candidate, type Parser } from './common.js';
import { readMonthPeriod } from './named-month.js';
import { readRelativePeriod } from './relative-period.js';

/** The opener at i: "من", "بين", "ما بين", "يومي", "الفترة من/بين". Returns the opener word and the item after it. */
function readOpener(ctx: ParseCtx, i: number): { opener: string; next: number } {
  const items = ctx.items;
  let k = i;
  if (isFw(items[k], 'الفترة') && isFw(items[k + 1], 'من', 'بين', 'ما')) k++;
  if (isFw(items[k], 'ما') && isFw(items[k + 1], 'بين')) k++;
  if (isFw(items[k], 'من', 'بين', 'يومي')) return { opener: items[k].text, next: k + 1 };
  return k === i ? { opener: '', next: i } : { opener: '', next: -1 };
}

export const dayRange: Parser = {
  family: 'range',
  starts: { digits: true, tags: ['ordinal'], words: ['الفترة', 'ما', 'من', 'بين', 'يومي'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const { opener, next } = readOpener(ctx, i);
    if (next < 0) return null;
    return yearRange(ctx, i, opener, next) ?? daysOfMonth(ctx, i, opener, next);
  },
};

function daysOfMonth(ctx: ParseCtx, i0: number, opener: string, k: number): Candidate | null {
  const items = ctx.items;
  const a = readDay(ctx, k);
  if (!a) return null;
  k = a.next;
  // The second day: "إلى 5", "حتى 5", "- 5", "و5" (the و may be a clitic of the number's word form).
  let b: ReturnType<typeof readDay> = null;
  if (isFw(items[k], ...TO_WORDS) || isPunct(items[k], '-')) {
    b = readDay(ctx, k + 1);
  } else if (isFw(items[k], 'و') || (items[k]?.clitic === 'و' && (opener === 'بين' || opener === 'يومي'))) {
    b = readDay(ctx, isFw(items[k], 'و') ? k + 1 : k);
  }
  if (!b || b.day <= a.day) return null;
  // Without an opener, "3-5 مايو" needs the dash; "3 و5 مايو" is two days, not a range.
  if (!opener && !isPunct(items[k], '-') && !isFw(items[k], ...TO_WORDS)) return null;
  k = b.next;
  // "من 3 إلى 5 من الشهر الجاري", "من 4 إلى 23 في الشهر المقبل"
  const conn = isFw(items[k], 'من', 'في') && !items[k].clitic;
  if (conn) k++;
  let toIso: (d: number) => string | null;
  let how: string;
  let rule: string;
  let end: number;
  let implied: Candidate['implied'];
  const p = readMonthPeriod(ctx, k, { i0: i0, day: a.day, vouched: true });
  if (p) {
    toIso = (d) => (p.cal === 'hijri' ? fromHijri(p.year, p.month, d) : isValidDate(p.year, p.month, d) ? iso(p.year, p.month, d) : null);
    how = p.how;
    rule = p.rule;
    end = p.next;
    if (p.cal === 'gregorian' && IMPLIED_YEAR_RULES.has(p.rule)) implied = 'year';
  } else {
    // "من 25 إلى 27 من الشهر الجاري": days of a month named relative to publication.
    const rp = readRelativePeriod(ctx, k, false, 'month');
    if (!rp) return null;
    const y = +rp.span.start.slice(0, 4), m = +rp.span.start.slice(5, 7);
    toIso = (d) => (isValidDate(y, m, d) ? iso(y, m, d) : null);
    how = rp.how;
    rule = `relative-${rp.rule}`;
    end = rp.next;
  }
  const s = toIso(a.day), e = toIso(b.day);
  if (!s || !e) return null;
  const text = phrase(ctx, i0, end);
  return { i0, i1: end, rule: `range/days-${rule}`, res: rangeResolution(s, e, 'range', `${text}: days ${a.day} to ${b.day} of ${how} (publication ${fmtDay(ctx.pub)}) → ${s}–${e}`), implied };
}

/**
 * "من 2014 إلى 2016", "بين عامي 2014 و2016", "بين 2011 و2013", "2014-2018": two Gregorian years, the second later.
 * Bare numbers need the opener or the dash between them, so "2 مليون" or "القرار 2334" never start one.
 */
function yearRange(ctx: ParseCtx, i0: number, opener: string, k: number): Candidate | null {
  const items = ctx.items;
  if (opener === 'يومي') return null;
  // "عامي", "العامين", "سنتي" announce two years; "عام 2011 حتى عام 2015" is joined later, year by year.
  if (opener && (isFw(items[k], 'عامي') || textIs(items[k], 'سنتي') || tagOf(items[k], 'unit')?.count === 2)) k++;
  const a = readYear(ctx, k);
  if (!a || a.cal === 'hijri') return null;
  k = a.next;
  const dash = isPunct(items[k], '-') && !items[k].spaced && !items[k + 1]?.spaced;
  if (!dash && !(opener && (isFw(items[k], ...TO_WORDS) || isFw(items[k], 'و')))) return null;
  k++;
  const b = readYear(ctx, k);
  if (!b || b.cal === 'hijri' || b.year <= a.year || a.year < 1800 || b.year > 2200) return null;
  const s = iso(a.year, 1, 1), e = iso(b.year, 12, 31);
  const text = phrase(ctx, i0, b.next);
  return { i0, i1: b.next, rule: 'range/years', res: rangeResolution(s, e, 'range', `${text}: the years ${a.year} to ${b.year} as written → ${s}–${e}`) };
}

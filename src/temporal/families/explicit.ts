/**
 * Explicit dates that need no tense: numeric dates ("2017/05/31", "31/5/2017", "31-05-2017", "19/10/1436هـ",
 * "2/2013"), years ("عام 2014", "العام 1948", "2015م", "1438هـ", "في 2010"), and a day of a relative month
 * ("الرابع عشر من الشهر الماضي", "الثلاثاء التاسع عشر من هذا الشهر"). Digits may be Western, Arabic-Indic or
 * Persian (normalization makes them one). Numeric dates read day-first unless the year comes first, as the Arab
 * world writes them.
 */
import { diffDays, fmtDay, isValidDate, iso, shiftMonth, weekday, weekdayLong } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri, hijriMonthRange, hijriYearRange } from '../hijri.js';
import { isFw, isPunct, tagOf, type Item } from '../items.js';
import { daySpan, monthSpan, rangeResolution, toResolution, yearSpan } from '../intervals.js';
import { phrase, readYearPhrase, readDay, readWeekdayLead, yieldsToNthWeekday, type Candidate, type Parser } from './common.js';
import { readRelativePeriod } from './relative-period.js';

const SEPS = ['/', '-', '.'];

/** n numbers joined by one separator with no spaces: 2017/05/31. */
function readNumeric(items: readonly Item[], i: number): { nums: Item[]; sep: string; next: number } | null {
  const a = items[i];
  if (!a || a.kind !== 'num') return null;
  const nums = [a];
  let k = i + 1;
  let sep = '';
  while (nums.length < 3) {
    const s = items[k], b = items[k + 1];
    if (!s || !b || s.kind !== 'punct' || !SEPS.includes(s.text) || s.spaced || b.spaced || b.kind !== 'num') break;
    if (sep && s.text !== sep) break;
    sep = s.text;
    nums.push(b);
    k += 2;
  }
  if (nums.length < 2) return null;
  // A fourth number means something else (an IP address, a phone number).
  if (isPunct(items[k], sep) && items[k + 1]?.kind === 'num' && !items[k].spaced) return null;
  return { nums, sep, next: k };
}

function hijriSuffixAt(ctx: ParseCtx, k: number): boolean {
  const t = tagOf(ctx.items[k], 'calsuffix');
  return t?.cal === 'hijri';
}

export const explicitDate: Parser = {
  family: 'explicit',
  starts: { digits: true, tags: ['weekday', 'ordinal'], words: ['يوم', 'عام', 'العام', 'سنة', 'السنة'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    let wd: number | null = null;
    const w = readWeekdayLead(ctx, k);
    if (w) {
      wd = w.dow;
      k = w.next;
      if (isFw(items[k], 'في')) k++;
    }
    if (isFw(items[k], 'يوم') && k === i) k++;
    if (k === i) {
      const dl = datelineDayMonth(ctx, i);
      if (dl) return dl;
    }
    const numeric = readNumeric(items, k);
    if (numeric) return numericDate(ctx, i, k, numeric, wd);
    const rel = dayOfRelativeMonth(ctx, i, k, wd, w && k === w.next ? w : null);
    if (rel) return rel;
    if (wd !== null || k !== i) return null;
    return yearOnly(ctx, i);
  },
};

function numericDate(ctx: ParseCtx, i: number, k: number, n: { nums: Item[]; sep: string; next: number }, wd: number | null): Candidate | null {
  const [a, b, c] = n.nums;
  let next = n.next;
  const hijri = hijriSuffixAt(ctx, next);
  const greg = tagOf(ctx.items[next], 'calsuffix')?.cal === 'gregorian';
  if (hijri || greg) next++;
  let y: number, m: number, d: number | null;
  if (c) {
    if (a.text.length === 4) [y, m, d] = [a.value, b.value, c.value];
    else if (c.text.length === 4) [y, m, d] = [c.value, b.value, a.value];
    else return null;
  } else {
    // "/" only: "فاز الفريق الجمعة 2-1" is a score.
    if (wd !== null && a.text.length <= 2 && b.text.length <= 2 && n.sep === '/') return dayMonthAfterWeekday(ctx, i, next, a.value, b.value, wd);
    // Month/year: "2/2013", "05-2017"
    if (b.text.length !== 4 || a.text.length > 2 || n.sep === '.') return null;
    [y, m, d] = [b.value, a.value, null];
  }
  const isHijri = hijri || (!greg && y >= 1300 && y <= 1600);
  if (!isHijri && (y < 1800 || y > 2200)) return null;
  const text = phrase(ctx, i, next);
  const warnings: string[] = [];
  if (isHijri) {
    if (d === null) {
      const r = hijriMonthRange(y, m);
      if (!r) return impossible(ctx, i, next, text, 'hijri');
      return { i0: i, i1: next, rule: 'hijri/numeric-month', res: rangeResolution(r[0], r[1], 'month', `${text}: Hijri month ${m} of ${y} AH (Umm al-Qura) → ${r[0]}–${r[1]}`) };
    }
    const g = fromHijri(y, m, d);
    if (!g) return impossible(ctx, i, next, text, 'hijri');
    if (wd !== null && weekday(g) !== wd) warnings.push(`the text names ${weekdayLong(wd)}, but ${g} is a ${weekdayLong(weekday(g))}`);
    return { i0: i, i1: next, rule: 'hijri/numeric', res: toResolution(daySpan(g), `${text}: ${d}/${m}/${y} AH (Umm al-Qura) → ${fmtDay(g)}`), warnings: warnings.length ? warnings : undefined };
  }
  if (d === null) {
    if (m < 1 || m > 12) return null;
    const s = monthSpan(y, m);
    return { i0: i, i1: next, rule: 'explicit/numeric-month', res: toResolution(s, `${text}: month ${m} of ${y} as written → ${s.label}`) };
  }
  if (m > 12 && d <= 12 && a.text.length !== 4) [m, d] = [d, m]; // 5/31/2017 written month-first
  // Out of any calendar's range ("32/13/2020") is not a date at all; "31/4/2017" is a date that does not exist.
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (!isValidDate(y, m, d)) return impossible(ctx, i, next, text, 'explicit');
  const day = iso(y, m, d);
  if (wd !== null && weekday(day) !== wd) warnings.push(`the text names ${weekdayLong(wd)}, but ${day} is a ${weekdayLong(weekday(day))}`);
  return { i0: i, i1: next, rule: 'explicit/numeric', res: toResolution(daySpan(day), `${text}: ${a.text.length === 4 ? 'year/month/day' : 'day/month/year'} as written → ${fmtDay(day)}`), warnings: warnings.length ? warnings : undefined };
}

/**
 * "الجمعة 6/8", "الأربعاء 31/5": a day and month without a year are a date only after a weekday, and the weekday
 * picks the year: of the year before, of and after publication, the one in which that day is that weekday, nearest
 * to publication. When none is, the text is not clear enough to date.
 */
function dayMonthAfterWeekday(ctx: ParseCtx, i: number, next: number, d: number, m: number, wd: number): Candidate | null {
  const best = nearestDayMonth(ctx.pub, d, m, (day) => weekday(day) === wd);
  if (best === null) return null;
  const text = phrase(ctx, i, next);
  return {
    i0: i,
    i1: next,
    rule: 'explicit/numeric-day-month-weekday',
    res: toResolution(daySpan(best), `${text}: day/month as written, in the year (around publication ${fmtDay(ctx.pub)}) in which it is a ${weekdayLong(wd)} → ${fmtDay(best)}`),
  };
}

/**
 * "الكويت - 27 - 7 (كونا) --": agency datelines (KUNA) give the day and month, spaced, between the city's dash and
 * the agency in parentheses. Only that frame makes two small numbers a date ("2 - 1" alone is a score); the year is
 * the one that puts the day nearest to publication, which a dateline is the day of.
 */
function datelineDayMonth(ctx: ParseCtx, i: number): Candidate | null {
  const items = ctx.items;
  const [a, sep, b, open] = [items[i], items[i + 1], items[i + 2], items[i + 3]];
  if (!isPunct(items[i - 1], '-') || a?.kind !== 'num' || !isPunct(sep, '-', '/') || b?.kind !== 'num' || !isPunct(open, '(')) return null;
  if (a.text.length > 2 || b.text.length > 2) return null;
  const best = nearestDayMonth(ctx.pub, a.value, b.value);
  if (best === null) return null;
  const text = phrase(ctx, i, i + 3);
  return { i0: i, i1: i + 3, rule: 'explicit/dateline-day-month', res: toResolution(daySpan(best), `${text}: a dateline's day and month, in the year nearest to publication ${fmtDay(ctx.pub)} → ${fmtDay(best)}`) };
}

/**
 * A day and month without a year, in the year (of publication, the one before or the one after) that puts it nearest
 * to publication among those `fits` accepts; null when the day is impossible or none fits.
 */
function nearestDayMonth(pub: string, d: number, m: number, fits: (day: string) => boolean = () => true): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const py = +pub.slice(0, 4);
  let best: string | null = null;
  for (const y of [py, py - 1, py + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const day = iso(y, m, d);
    if (!fits(day)) continue;
    if (best === null || Math.abs(diffDays(pub, day)) < Math.abs(diffDays(pub, best))) best = day;
  }
  return best;
}

function impossible(ctx: ParseCtx, i: number, next: number, text: string, family: string): Candidate {
  return {
    i0: i,
    i1: next,
    rule: `${family}/impossible-day`,
    res: { value: null, start: null, end: null, grain: 'unknown', mod: null, derivation: `${text}: no such day in the calendar` },
    warnings: [`impossible date: ${text}`],
  };
}

/** "الرابع عشر من الشهر الماضي", "19 من هذا الشهر", "الأول من الشهر المقبل", "الحادي عشر من الشهر قبل الماضي" */
function dayOfRelativeMonth(ctx: ParseCtx, i: number, k: number, wd: number | null, lead: { adjacent: boolean } | null): Candidate | null {
  const items = ctx.items;
  const dr = readDay(ctx, k);
  if (!dr || !isFw(items[dr.next], 'من')) return null;
  const rp = readRelativePeriod(ctx, dr.next + 1, false, 'month');
  if (!rp) return null;
  const j = rp.next;
  const shiftN = rp.rule === 'previous' ? -1 : rp.rule === 'next' ? 1 : rp.rule === 'before-previous' ? -2 : rp.rule === 'after-next' ? 2 : 0;
  const p = { y: +ctx.pub.slice(0, 4), m: +ctx.pub.slice(5, 7) };
  const r = shiftMonth(p.y, p.m, shiftN);
  const text = phrase(ctx, i, j);
  if (!isValidDate(r.y, r.m, dr.day)) return impossible(ctx, i, j, text, 'explicit');
  const day = iso(r.y, r.m, dr.day);
  if (wd !== null && yieldsToNthWeekday(lead, dr, day, wd)) return null;
  const warnings: string[] = [];
  if (wd !== null && weekday(day) !== wd) warnings.push(`the text names ${weekdayLong(wd)}, but ${day} is a ${weekdayLong(weekday(day))}`);
  const which = rp.how;
  return { i0: i, i1: j, rule: 'explicit/day-of-relative-month', res: toResolution(daySpan(day), `${text}: day ${dr.day} of ${which} (publication ${fmtDay(ctx.pub)}) → ${fmtDay(day)}`), warnings: warnings.length ? warnings : undefined };
}

/** "عام 2014", "العام 1948", "2015م", "1438هـ", "في 2010". */
function yearOnly(ctx: ParseCtx, i: number): Candidate | null {
  const yr = readYearPhrase(ctx, i);
  if (!yr) return null;
  // A bare number is a year only with a calendar suffix or after "في"/"منذ"/"حتى"; "القرار 2334" is not a date.
  if (!yr.worded && yr.cal === null && !isFw(ctx.items[i - 1], 'في', 'حتى', 'منذ') && !tagOf(ctx.items[i - 1], 'offset')) return null;
  const text = phrase(ctx, i, yr.next);
  if (yr.cal === 'hijri' || (yr.cal === null && yr.year >= 1300 && yr.year <= 1600 && yr.worded)) {
    const r = hijriYearRange(yr.year);
    if (!r) return null;
    return { i0: i, i1: yr.next, rule: 'hijri/year', res: rangeResolution(r[0], r[1], 'year', `${text}: the Hijri year ${yr.year} AH (Umm al-Qura) → ${r[0]}–${r[1]}`) };
  }
  if (yr.year < 1800 || yr.year > 2200) return null;
  const s = yearSpan(yr.year);
  return { i0: i, i1: yr.next, rule: 'explicit/year', res: toResolution(s, `${text}: the year ${yr.year} as written`) };
}

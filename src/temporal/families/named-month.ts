/**
 * Named months, Gregorian in every regional spelling and Umm al-Qura Hijri, with or without a day, a year, a
 * relative marker or a weekday: "31 مايو 2017", "الخميس 13 يوليو/تموز 2017", "فبراير/شباط الماضي",
 * "في الثالث من أغسطس", "18 من يونيو الماضي", "5 رمضان 1438هـ", "يناير من العام الماضي", "مايو (أيار)".
 *
 * The year is the only implied field: a written year is never moved; otherwise a marker decides (الماضي: the
 * last such month/day strictly before publication; المقبل: the next strictly after; الجاري/الحالي: the publication
 * year), and failing a marker the sentence's tense does (on or before publication for the past).
 */
import { fmtDay, isValidDate, iso, MONTH_LONG, weekday, weekdayLong, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri, HIJRI_MONTHS_EN, toHijri } from '../hijri.js';
import { hasTag, isFw, isPunct, tagOf, textIs } from '../items.js';
import { daySpan, hijriMonthSpan, monthSpan, toResolution, type Span } from '../intervals.js';
import type { Calendar, Dir } from '../lexicon.js';
import {
  direction,
  phrase,
  readDay,
  readMarker,
  readMonth,
  readRelativeYear,
  readYearPhrase,
  type Candidate,
  type Parser,
} from './common.js';

const HONORIFICS = ['المبارك', 'الكريم', 'المعظم', 'الفضيل', 'الحرام'];

export interface MonthPeriod {
  cal: Calendar;
  month: number;
  /** Resolved year in the month's own calendar. */
  year: number;
  next: number;
  rule: string;
  how: string;
  yearWritten: boolean;
}

function monthName(cal: Calendar, m: number) {
  return cal === 'hijri' ? HIJRI_MONTHS_EN[m] : MONTH_LONG[m];
}

/**
 * Reads "[شهر] MONTH [pair] [YEAR | marker | من العام الماضي]" at k, resolving the year.
 * `day` (when the phrase names one) makes "before/after publication" exact to the day.
 * `vouched` says the caller already has calendar context (a day number, a part word, "في").
 */
export function readMonthPeriod(ctx: ParseCtx, k: number, opts: { i0: number; day: number | null; vouched: boolean }): MonthPeriod | null {
  const items = ctx.items;
  let monthWord = false;
  if (isFw(items[k], 'شهر') && hasTag(items[k + 1], 'month')) {
    monthWord = true;
    k++;
  }
  const mr = readMonth(ctx, k);
  if (!mr) return null;
  if (items[k].clitic && !monthWord && !/^[وفب]+$/.test(items[k].clitic)) return null;
  let next = mr.next;
  const yr = readYearPhrase(ctx, next);
  let year: number | null = null;
  let marker: Dir | null = null;
  let relYear: number | null = null;
  if (yr) {
    // A Hijri month takes a Hijri year (with or without هـ); a Gregorian month refuses a year marked هـ.
    if (mr.cal === 'gregorian' && yr.cal === 'hijri') return null;
    if (mr.cal === 'hijri' && yr.cal === 'gregorian') return null;
    if (mr.cal === 'hijri' && (yr.year < 1300 || yr.year > 1600)) return null;
    if (mr.cal === 'gregorian' && (yr.year < 1800 || yr.year > 2200)) return null;
    year = yr.year;
    next = yr.next;
  } else {
    const ry = readRelativeYear(ctx, next);
    if (ry) {
      relYear = ry.offset;
      next = ry.next;
    } else {
      const m = readMarker(ctx, next);
      if (m) {
        marker = m.dir;
        next = m.next;
      }
    }
  }
  let honorific = false;
  if (mr.cal === 'hijri' && textIs(items[next], ...HONORIFICS)) {
    honorific = true;
    next++;
  }
  const context = opts.vouched || monthWord || year !== null || marker !== null || relYear !== null || honorific || !mr.ambiguous;
  if (!context) return null;

  const name = monthName(mr.cal, mr.month);
  const pubC = mr.cal === 'hijri' ? toHijri(ctx.pub) : ymd(ctx.pub);
  if (year !== null) return { cal: mr.cal, month: mr.month, year, next, rule: 'explicit-year', how: `${name} ${year}${mr.cal === 'hijri' ? ' AH' : ''} as written`, yearWritten: true };
  if (relYear !== null) {
    const y = pubC.y + relYear;
    return { cal: mr.cal, month: mr.month, year: y, next, rule: 'relative-year', how: `${name} of the year ${relYear < 0 ? 'before the publication year' : relYear > 0 ? 'after the publication year' : 'of publication'}`, yearWritten: false };
  }
  // Compare (month, day?) with publication in the month's calendar.
  const cmp = (y: number) => {
    if (y !== pubC.y) return y < pubC.y ? -1 : 1;
    if (mr.month !== pubC.m) return mr.month < pubC.m ? -1 : 1;
    if (opts.day === null) return 0;
    return opts.day < pubC.d ? -1 : opts.day > pubC.d ? 1 : 0;
  };
  const d = direction(ctx, marker === 'this' ? 'present' : marker, opts.i0, next);
  let y = pubC.y;
  let how: string;
  const what = opts.day === null ? name : `${opts.day} ${name}`;
  if (d.rule === 'past-marker') {
    if (cmp(y) >= 0) y--;
    how = `the last ${what} before publication`;
  } else if (d.rule === 'future-marker') {
    if (cmp(y) <= 0) y++;
    how = `the next ${what} after publication`;
  } else if (d.dir === 'present') {
    how = `${what} of the publication year`;
  } else if (d.dir === 'future') {
    if (cmp(y) < 0) y++;
    how = `the ${what} on or after publication, ${d.why}`;
  } else if (d.rule === 'default-past') {
    // No marker and no tense: the occurrence nearest to publication (ties go to the past).
    const at = (yy: number) => (yy * 12 + mr.month) * 30.44 + (opts.day ?? 15);
    const here = (pubC.y * 12 + pubC.m) * 30.44 + pubC.d;
    y = [pubC.y - 1, pubC.y, pubC.y + 1].reduce((best, yy) => (Math.abs(at(yy) - here) < Math.abs(at(best) - here) ? yy : best), pubC.y - 1);
    how = `the ${what} nearest to publication (no tense cue)`;
    return { cal: mr.cal, month: mr.month, year: y, next, rule: 'nearest', how, yearWritten: false };
  } else {
    if (cmp(y) > 0) y--;
    how = `the ${what} on or before publication, ${d.why}`;
  }
  return { cal: mr.cal, month: mr.month, year: y, next, rule: d.rule, how, yearWritten: false };
}

/** The span of a resolved month period (without a day). */
export function monthPeriodSpan(p: MonthPeriod): Span | null {
  return p.cal === 'hijri' ? hijriMonthSpan(p.year, p.month) : monthSpan(p.year, p.month);
}

export const namedMonth: Parser = {
  family: 'named-month',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    let wd: number | null = null;
    const w = tagOf(items[k], 'weekday');
    if (w) {
      wd = w.dow;
      k++;
      if (isPunct(items[k], ',', '-')) k++;
    }
    if (isFw(items[k], 'يوم')) k++;
    if (wd !== null && isFw(items[k], 'في')) k++;
    const dr = readDay(ctx, k);
    let day: number | null = null;
    if (dr) {
      day = dr.day;
      k = dr.next;
      if (isFw(items[k], 'من')) k++;
    } else if (k !== i && wd === null) {
      // "يوم" alone before a month is not a date phrase.
      return null;
    }
    if (wd !== null && day === null) return null;
    // A digit day must be followed right away by the month (or "من"): "2 مليون" is not a date.
    const vouched = day !== null || isFw(items[i - 1], 'في') || hasTag(items[i - 1], 'part');
    const p = readMonthPeriod(ctx, k, { i0: i, day, vouched });
    if (!p) return null;
    const end = p.next;
    const text = phrase(ctx, i, end);
    const family = p.cal === 'hijri' ? 'hijri' : 'named-month';
    const warnings: string[] = [];
    let span: Span | null;
    if (day !== null) {
      const g = p.cal === 'hijri' ? fromHijri(p.year, p.month, day) : isValidDate(p.year, p.month, day) ? iso(p.year, p.month, day) : null;
      if (!g) {
        return {
          i0: i,
          i1: end,
          rule: `${family}/impossible-day`,
          res: { value: null, start: null, end: null, grain: 'unknown', mod: null, derivation: `${text}: there is no day ${day} in ${monthName(p.cal, p.month)} ${p.year}${p.cal === 'hijri' ? ' AH' : ''}` },
          warnings: [`impossible date: ${text}`],
        };
      }
      span = daySpan(g);
      if (wd !== null && weekday(g) !== wd) warnings.push(`the text names ${weekdayLong(wd)}, but ${g} is a ${weekdayLong(weekday(g))}`);
    } else {
      span = monthPeriodSpan(p);
    }
    if (!span) return null;
    const derivation = `${text}: ${p.how} (publication ${fmtDay(ctx.pub)}) → ${span.grain === 'day' ? fmtDay(span.start) : span.label}`;
    return { i0: i, i1: end, rule: `${family}/${day !== null ? 'day-' : ''}${p.rule}`, res: toResolution(span, derivation), warnings: warnings.length ? warnings : undefined };
  },
};

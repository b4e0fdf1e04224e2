/**
 * Named months, Gregorian in every regional spelling and Umm al-Qura Hijri, with or without a day, a year, a
 * relative marker or a weekday: "31 مايو 2017", "الخميس 13 يوليو/تموز 2017", "فبراير/شباط الماضي",
 * "في الثالث من أغسطس", "18 من يونيو الماضي", "5 رمضان 1438هـ", "يناير من العام الماضي", "مايو (أيار)".
 *
 * The year is the only implied field: a written year is never moved; otherwise a marker decides (الماضي: the
 * last such month/day strictly before publication; المقبل: the next strictly after; الجاري/الحالي: the publication
 * year), and failing a marker the sentence's tense does (on or before publication for the past).
 */
import { diffDays, fmtDay, isValidDate, iso, MONTH_LONG, weekday, weekdayLong, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri, HIJRI_MONTHS_EN, hijriMonthRange, toHijri } from '../hijri.js';
import { hasTag, isFw, isPunct, tagOf } from '../items.js';
import { daySpan, hijriMonthSpan, monthSpan, toResolution, type Span } from '../intervals.js';
import type { Calendar, Dir } from '../lexicon.js';
import {
  direction,
  IMPLIED_YEAR_RULES,
  phrase,
  readDay,
  readMarker,
  readMonth,
  readWeekdayLead,
  readRelativeYear,
  readTwiceRemoved,
  readYearPhrase,
  yieldsToNthWeekday,
  type Candidate,
  type Parser,
} from './common.js';

/**
 * Nouns that turn a following "day month" into a name: "قوى 14 آذار", "ثورة 25 يناير", "شارع 26 يوليو",
 * "جسر 6 أكتوبر", "حرب 6 أكتوبر". Without a written year such a phrase names a movement, a place or an anniversary,
 * and the nearest-occurrence rule would date it wrongly, so it is not read as a date. With a year ("ثورة 25 يناير
 * 2011") the date is explicit and stands.
 */

function afterNameHead(ctx: ParseCtx, i: number): boolean {
  const p = ctx.items[i - 1];
  if (!p || (p.kind !== 'word' && p.kind !== 'lex')) return false;
  // The head may carry a proclitic the phrase lexicon did not strip ("لقوى", "وشارع").
  const heads = ctx.lex.nameHeads;
  return heads.has(p.text) || (p.text.length > 3 && 'وفبلك'.includes(p.text[0]) && heads.has(p.text.slice(1)));
}

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
 * A month written by its number: "شهر 3", "شهر ثلاثة" (2–12 in words: "شهر واحد" is "one month"), or by an ordinal
 * "الشهر الثالث". Only the reading; the caller decides whether the context makes it a calendar month.
 */
function readNumberedMonth(ctx: ParseCtx, k: number): { month: number; ordinal: boolean; next: number } | null {
  const items = ctx.items;
  const head = items[k];
  if (head?.clitic && !/^[وفب]+$/.test(head.clitic)) return null;
  const it = items[k + 1];
  if (!it || it.clitic) return null;
  if (isFw(head, 'شهر')) {
    if (it.kind === 'num' && it.text.length <= 2 && it.value >= 1 && it.value <= 12 && it.spaced) {
      // "شهر 3/2017" or "شهر 3-5" are something else.
      if (isPunct(items[k + 2], '/', '-', '.') && !items[k + 2].spaced) return null;
      return { month: it.value, ordinal: false, next: k + 2 };
    }
    const n = tagOf(it, 'number');
    if (n && n.value >= 2 && n.value <= 12) return { month: n.value, ordinal: false, next: k + 2 };
    return null;
  }
  const u = tagOf(head, 'unit');
  const o = tagOf(it, 'ordinal');
  if (u && u.unit === 'month' && u.definite && u.count === 1 && o && o.value <= 12) return { month: o.value, ordinal: true, next: k + 2 };
  return null;
}

/**
 * Reads "[شهر] MONTH [pair] [YEAR | marker | من العام الماضي]" at k, resolving the year.
 * A month by number ("شهر 3", "الشهر الثالث") needs more context than a name: "شهر 3" a year, a marker or a vouching
 * caller ("في شهر 3", "بداية شهر 3", "15 شهر 3"); "الشهر الثالث" a year ("الشهر الثالث من العام الجاري"), since
 * "للشهر الثالث على التوالي" counts months of a story.
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
  const numbered = monthWord ? null : readNumberedMonth(ctx, k);
  const mr: ReturnType<typeof readMonth> = numbered ? { cal: 'gregorian', month: numbered.month, ambiguous: true, next: numbered.next } : readMonth(ctx, k);
  if (!mr) return null;
  if (!numbered && items[k].clitic && !monthWord && !/^[وفب]+$/.test(items[k].clitic)) return null;
  let next = mr.next;
  // "يونيو 2014", "يونيو عام 2014", and with من/في before a worded year: "يونيو من عام 2014", "يونيو في سنة 2014".
  let yr = readYearPhrase(ctx, next);
  if (!yr && isFw(items[next], 'من', 'في')) {
    const y2 = readYearPhrase(ctx, next + 1);
    if (y2?.worded) yr = y2;
  }
  let year: number | null = null;
  let marker: Dir | null = null;
  let extraYears = 0;
  let relYear: number | null = null;
  // "رمضان 2019", "عيد الفطر عام 2016": a Hijri month placed by the Gregorian year it falls in.
  const gregorianYear = yr && mr.cal === 'hijri' && yr.cal !== 'hijri' && yr.year >= 1800 && yr.year <= 2200 ? yr.year : null;
  if (yr && gregorianYear !== null) {
    // "صفر 2019" is as often a zero before a year ("بنسبة صفر 2019"): the Gregorian-year reading needs "شهر صفر".
    if (mr.month === 2 && mr.ambiguous && !monthWord) return null;
    const hy = hijriYearOfMonthIn(mr.month, gregorianYear);
    if (hy === null) return null;
    const name = monthName('hijri', mr.month);
    return { cal: 'hijri', month: mr.month, year: hy, next: yr.next, rule: 'gregorian-year', how: `${name} of ${gregorianYear} (${name} ${hy} AH)`, yearWritten: true };
  }
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
      // "شباط قبل الماضي", "نوفمبر بعد المقبل": one more year away than the marked month.
      const twice = readTwiceRemoved(ctx, next);
      const m = twice ? null : readMarker(ctx, next);
      if (twice) {
        marker = twice.n < 0 ? 'past' : 'future';
        extraYears = 1;
        next = twice.next;
      } else if (m) {
        marker = m.dir;
        next = m.next;
      }
    }
  }
  if (numbered && year === null && relYear === null) {
    // "الشهر الثالث على التوالي" counts months of a story; "في شهر 5 آلاف دولار" counts money.
    if (numbered.ordinal) return null;
    const after = items[next];
    if (marker === null && after && (after.kind === 'word' || after.kind === 'num' || hasTag(after, 'unit'))) return null;
  }
  let honorific = false;
  if (mr.cal === 'hijri' && items[next] !== undefined && ctx.lex.hijriEpithets.has(items[next].text)) {
    honorific = true;
    next++;
  }
  const context = opts.vouched || monthWord || year !== null || marker !== null || relYear !== null || honorific || !mr.ambiguous;
  if (!context) return null;

  const name = numbered ? `${monthName(mr.cal, mr.month)} (month ${mr.month})` : monthName(mr.cal, mr.month);
  const pubC = mr.cal === 'hijri' ? toHijri(ctx.pub) : ymd(ctx.pub);
  if (year !== null) return { cal: mr.cal, month: mr.month, year, next, rule: 'explicit-year', how: `${name} ${year}${mr.cal === 'hijri' ? ' AH' : ''} as written`, yearWritten: true };
  if (relYear !== null) {
    const y = pubC.y + relYear;
    return { cal: mr.cal, month: mr.month, year: y, next, rule: 'relative-year', how: `${name} of ${relYear === 0 ? 'the publication year' : `${pubC.y + relYear}, ${Math.abs(relYear)} year${Math.abs(relYear) > 1 ? 's' : ''} ${relYear < 0 ? 'before' : 'after'} the publication year`}`, yearWritten: false };
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
    y -= extraYears;
    how = extraYears ? `the ${what} before the last one before publication` : `the last ${what} before publication`;
  } else if (d.rule === 'future-marker') {
    if (cmp(y) <= 0) y++;
    y += extraYears;
    how = extraYears ? `the ${what} after the next one after publication` : `the next ${what} after publication`;
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

/**
 * The Hijri year whose month `m` falls in Gregorian year `gy`. A Hijri year is 11 days shorter, so every Gregorian
 * year holds at least one start of each Hijri month and, about once in 33 years, two: then the one with more of its
 * days in `gy`.
 */
export function hijriYearOfMonthIn(m: number, gy: number): number | null {
  const around = toHijri(`${gy}-07-01`).y;
  let best: { hy: number; days: number } | null = null;
  for (const hy of [around - 1, around, around + 1]) {
    const r = hijriMonthRange(hy, m);
    if (!r) continue;
    const from = r[0] < `${gy}-01-01` ? `${gy}-01-01` : r[0];
    const to = r[1] > `${gy}-12-31` ? `${gy}-12-31` : r[1];
    const days = from <= to ? diffDays(from, to) + 1 : 0;
    if (days > 0 && (!best || days > best.days)) best = { hy, days };
  }
  return best?.hy ?? null;
}

/** The span of a resolved month period (without a day). */
export function monthPeriodSpan(p: MonthPeriod): Span | null {
  return p.cal === 'hijri' ? hijriMonthSpan(p.year, p.month) : monthSpan(p.year, p.month);
}

export const namedMonth: Parser = {
  family: 'named-month',
  starts: { digits: true, tags: ['weekday', 'ordinal', 'month', { t: 'unit', unit: 'month', count: 1, definite: true }], words: ['يوم', 'شهر'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    let wd: number | null = null;
    const w = readWeekdayLead(ctx, k);
    if (w) {
      wd = w.dow;
      k = w.next;
    }
    if (isFw(items[k], 'يوم')) k++;
    if (wd !== null && isFw(items[k], 'في')) k++;
    const dayAt = k;
    const dr = readDay(ctx, k);
    let day: number | null = null;
    let viaMin = false;
    if (dr) {
      day = dr.day;
      k = dr.next;
      if (isFw(items[k], 'من')) {
        k++;
        viaMin = true;
      }
    } else if (k !== i && wd === null) {
      // "يوم" alone before a month is not a date phrase.
      return null;
    }
    if (wd !== null && day === null) return null;
    // A month right after a day number that did not make a date with it ("قوى 14 آذار") is not a month on its own.
    const before = items[i - 1];
    if (day === null && k === i && before?.kind === 'num' && before.text.length <= 2) return null;
    // A digit day must be followed right away by the month (or "من"): "2 مليون" is not a date.
    const vouched = day !== null || isFw(items[i - 1], 'في') || hasTag(items[i - 1], 'part');
    const p = readMonthPeriod(ctx, k, { i0: i, day, vouched });
    if (!p) return null;
    if (day !== null && !p.yearWritten && wd === null && afterNameHead(ctx, i)) return null;
    const end = p.next;
    const text = phrase(ctx, i, end);
    const family = p.cal === 'hijri' ? 'hijri' : 'named-month';
    const warnings: string[] = [];
    let span: Span | null;
    // "الخميس 15 أغسطس" with no year: the stated weekday picks the year when the guessed one disagrees and the
    // year before or after agrees (a weekday is stated, the year only implied). A tense still says which side.
    if (day !== null && wd !== null && p.cal === 'gregorian' && IMPLIED_YEAR_RULES.has(p.rule) && isValidDate(p.year, p.month, day) && weekday(iso(p.year, p.month, day)) !== wd) {
      const years = p.rule === 'tense-past' ? [p.year - 1] : p.rule === 'tense-future' ? [p.year + 1] : [p.year - 1, p.year + 1];
      const y = years.find((yy) => isValidDate(yy, p.month, day) && weekday(iso(yy, p.month, day)) === wd);
      if (y !== undefined) {
        p.year = y;
        p.how = `${day} ${monthName(p.cal, p.month)} ${y}, the year in which it is a ${weekdayLong(wd)}`;
        p.rule = 'weekday-year';
      }
    }
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
      if (wd !== null && dr && viaMin && yieldsToNthWeekday(w && dayAt === w.next ? w : null, dr, g, wd)) return null;
      span = daySpan(g);
      if (wd !== null && weekday(g) !== wd) warnings.push(`the text names ${weekdayLong(wd)}, but ${g} is a ${weekdayLong(weekday(g))}`);
    } else {
      span = monthPeriodSpan(p);
    }
    if (!span) return null;
    const derivation = `${text}: ${p.how} (publication ${fmtDay(ctx.pub)}) → ${span.grain === 'day' ? fmtDay(span.start) : span.label}`;
    const implied = p.cal === 'gregorian' && IMPLIED_YEAR_RULES.has(p.rule) ? ('year' as const) : undefined;
    return { i0: i, i1: end, rule: `${family}/${day !== null ? 'day-' : ''}${p.rule}`, res: toResolution(span, derivation), warnings: warnings.length ? warnings : undefined, implied };
  },
};

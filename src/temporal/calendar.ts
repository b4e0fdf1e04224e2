/**
 * Day arithmetic on ISO dates (YYYY-MM-DD), through luxon in UTC so that no time zone or DST can shift a day.
 */
import { DateTime } from 'luxon';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const WEEKDAY_SHORT = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY_LONG = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_SHORT = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_LONG = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

export function iso(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function ymd(s: string): Ymd {
  // Read by character codes: every parse asks for the publication day's fields, and three slices and their
  // conversion cost more than the rest of a short date's arithmetic. Anything but digits takes the slices.
  const y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
  if (y === y && m === m && d === d) return { y, m, d };
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian day; the day and month may run over ((2017, 13, 0) is 31 December
 * 2017) as with Date.UTC. Plain arithmetic: no Date object per call, and no reading of years 0–99 as 1900–1999 as
 * Date.UTC does.
 */
export function dayNumber(y: number, m: number, d: number): number {
  y += Math.floor((m - 1) / 12);
  m = (((m - 1) % 12) + 12) % 12 + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Days from 1970-01-01 to a real YYYY-MM-DD day (as Date.parse(s) / 86400000 counts them), NaN for any other string.
 * Read by character codes: office holders are looked up by day for every title of every sentence.
 */
export function isoDayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
  return isValidDate(y, m, d) ? dayNumber(y, m, d) : NaN;
}

/** The number written in s[from, to), NaN unless it is all digits (a position past the end is none). */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/** The day `n` days after 1970-01-01 (inverse of dayNumber). */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Milliseconds of a UTC day, as Date.UTC(y, m0, d) but with years 0–99 taken as written. */
export function utc(y: number, m0: number, d: number): number {
  return dayNumber(y, m0 + 1, d) * 86400000;
}

function dt(s: string): DateTime {
  const { y, m, d } = ymd(s);
  return DateTime.utc(y, m, d);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return MONTH_DAYS[m] ?? fromDayNumber(dayNumber(y, m + 1, 0)).d;
}

export function addDays(s: string, n: number): string {
  if (n === 0) return s;
  const { y, m, d } = ymd(s);
  const t = fromDayNumber(dayNumber(y, m, d + n));
  return iso(t.y, t.m, t.d);
}

/** Month arithmetic that clamps the day (31 March − 1 month = 28/29 February), as calendars do. */
export function addMonths(s: string, n: number): string {
  return step(s, n, 'months');
}

export function addYears(s: string, n: number): string {
  return step(s, n, 'years');
}

/**
 * Month and year steps. Only a day past the 28th can be clamped (31 March − 1 month, 29 February + 1 year); any other
 * day keeps its number and the step is the count alone, worked out here: through luxon a step costs a DateTime and
 * its arithmetic (about 1 µs), and the offset phrases of an archive ("منذ سنوات", "قبل شهرين") ask for many. The days
 * that can be clamped, about one in ten, go to luxon, which decides them.
 */
function step(s: string, n: number, unit: 'months' | 'years'): string {
  const { y, m, d } = ymd(s);
  if (d >= 1 && d <= 28 && m >= 1 && m <= 12 && Number.isInteger(n) && s.length === 10) {
    const months = m - 1 + (unit === 'months' ? n : 12 * n);
    const year = y + Math.floor(months / 12);
    if (year >= 1000 && year <= 9999) return iso(year, months - 12 * Math.floor(months / 12) + 1, d);
  }
  return dt(s)
    .plus(unit === 'months' ? { months: n } : { years: n })
    .toISODate()!;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(s: string): number {
  const { y, m, d } = ymd(s);
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(y, m, d) + 3) % 7) + 7) % 7) + 1;
}

export function diffDays(a: string, b: string): number {
  const A = ymd(a), B = ymd(b);
  return dayNumber(B.y, B.m, B.d) - dayNumber(A.y, A.m, A.d);
}

/** The month `n` months after (y, m). */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

export function monthStart(y: number, m: number): string {
  return iso(y, m, 1);
}

export function monthEnd(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

/** Monday of the ISO week containing s. */
export function weekStart(s: string): string {
  return addDays(s, 1 - weekday(s));
}

export function isoWeekValue(s: string): string {
  // The ISO week-numbering year is the year of the week's Thursday; week 1 holds that year's first Thursday.
  const thursday = addDays(s, 4 - weekday(s));
  const y = +thursday.slice(0, 4);
  const week = Math.floor(diffDays(iso(y, 1, 1), thursday) / 7) + 1;
  return `${y}-W${pad2(week)}`;
}

export const weekdayShort = (n: number) => WEEKDAY_SHORT[n];
export const weekdayLong = (n: number) => WEEKDAY_LONG[n];

/** "Wed 2017-05-31": the form derivations use, checkable and unambiguous. */
export function fmtDay(s: string): string {
  // Every derivation names the publication day: remember the last one.
  if (s !== lastDay) {
    lastDay = s;
    lastFmt = `${WEEKDAY_SHORT[weekday(s)]} ${s}`;
  }
  return lastFmt;
}
let lastDay = '';
let lastFmt = '';

/** "30 May 2017" */
export function humanDay(s: string): string {
  const { y, m, d } = ymd(s);
  return `${d} ${MONTH_SHORT[m]} ${y}`;
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}

/** A YYYY-MM-DD string naming a day that exists. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidDate(+m[1], +m[2], +m[3]);
}

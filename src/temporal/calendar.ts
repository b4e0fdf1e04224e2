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
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

function dt(s: string): DateTime {
  const { y, m, d } = ymd(s);
  return DateTime.utc(y, m, d);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(s: string, n: number): string {
  if (n === 0) return s;
  const { y, m, d } = ymd(s);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Month arithmetic that clamps the day (31 March − 1 month = 28/29 February), as calendars do. */
export function addMonths(s: string, n: number): string {
  return dt(s).plus({ months: n }).toISODate()!;
}

export function addYears(s: string, n: number): string {
  return dt(s).plus({ years: n }).toISODate()!;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(s: string): number {
  const { y, m, d } = ymd(s);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function diffDays(a: string, b: string): number {
  const A = ymd(a), B = ymd(b);
  return Math.round((Date.UTC(B.y, B.m - 1, B.d) - Date.UTC(A.y, A.m - 1, A.d)) / 86400000);
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
  const d = dt(s);
  return `${d.weekYear}-W${pad2(d.weekNumber)}`;
}

export const weekdayShort = (n: number) => WEEKDAY_SHORT[n];
export const weekdayLong = (n: number) => WEEKDAY_LONG[n];

/** "Wed 2017-05-31": the form derivations use, checkable and unambiguous. */
export function fmtDay(s: string): string {
  return `${WEEKDAY_SHORT[weekday(s)]} ${s}`;
}

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

/**
 * Builders for resolved intervals and the conventions behind them: thirds of a month, year and week, seasons,
 * ISO weeks. Every family resolves through these, so a convention lives in exactly one place.
 */
import { addDays, daysInMonth, iso, isoWeekValue, MONTH_LONG, monthEnd, monthStart, shiftMonth } from './calendar.js';
import { hijriMonthRange, HIJRI_MONTHS_EN } from './hijri.js';
import type { Grain, Mod, Resolution } from './types.js';

export type Part = Extract<Mod, 'START' | 'MID' | 'END'>;

export interface Span {
  start: string;
  end: string;
  value: string;
  grain: Grain;
  mod: Mod | null;
  /** Short English name of the period ("May 2017", "the week of Mon 2017-05-22"), for derivations. */
  label: string;
  /** A Hijri month: its thirds count Hijri days. */
  hijri?: boolean;
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

export function daySpan(d: string): Span {
  return { start: d, end: d, value: d, grain: 'day', mod: null, label: d };
}

export function monthSpan(y: number, m: number): Span {
  return { start: monthStart(y, m), end: monthEnd(y, m), value: `${y}-${pad2(m)}`, grain: 'month', mod: null, label: `${MONTH_LONG[m]} ${y}` };
}

export function yearSpan(y: number): Span {
  return { start: iso(y, 1, 1), end: iso(y, 12, 31), value: String(y), grain: 'year', mod: null, label: String(y) };
}

export function weekSpan(monday: string): Span {
  return { start: monday, end: addDays(monday, 6), value: isoWeekValue(monday), grain: 'week', mod: null, label: `the week of Mon ${monday}` };
}

export function hijriMonthSpan(hy: number, hm: number): Span | null {
  const r = hijriMonthRange(hy, hm);
  if (!r) return null;
  return { start: r[0], end: r[1], value: `${r[0]}/${r[1]}`, grain: 'month', mod: null, label: `${HIJRI_MONTHS_EN[hm]} ${hy} AH (${r[0]}–${r[1]})`, hijri: true };
}

/** Meteorological season; winter is named after the year of its December. */
export function seasonSpan(y: number, code: string, from: number, to: number): Span {
  const endYear = to < from ? y + 1 : y;
  const names: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
  return { start: monthStart(y, from), end: monthEnd(endYear, to), value: `${y}-${code}`, grain: 'year-part', mod: null, label: `${names[code] ?? code} ${y}` };
}

export const PART_WORDS: Record<Part, string> = { START: 'early', MID: 'mid', END: 'late' };

/**
 * A third of a month (1–10, 11–20, 21–end), a year (Jan–Apr, May–Aug, Sep–Dec), a week (Mon–Wed, Wed–Fri, Fri–Sun),
 * or of any other span by days. Hijri months split by their own days, so they come in as plain spans.
 */
/** The value of a decade, TIMEX style: 197X (group 1: the first three digits of its years). */
export const DECADE_VALUE = /^(\d{3})X$/;

export function partOf(span: Span, part: Part): Span {
  const word = PART_WORDS[part];
  if (span.grain === 'month' && !span.hijri) {
    const y = +span.start.slice(0, 4), m = +span.start.slice(5, 7);
    const dim = daysInMonth(y, m);
    const [a, b] = part === 'START' ? [1, 10] : part === 'MID' ? [11, 20] : [21, dim];
    return { start: iso(y, m, a), end: iso(y, m, b), value: span.value, grain: 'month-part', mod: part, label: `${word} ${span.label} (days ${a}–${b})` };
  }
  if (span.grain === 'year') {
    const y = +span.value;
    const [a, b] = part === 'START' ? [1, 4] : part === 'MID' ? [5, 8] : [9, 12];
    return { start: monthStart(y, a), end: monthEnd(y, b), value: span.value, grain: 'year-part', mod: part, label: `${word} ${y} (${MONTH_LONG[a]}–${MONTH_LONG[b]})` };
  }
  if (span.grain === 'week') {
    const [a, b] = part === 'START' ? [0, 2] : part === 'MID' ? [2, 4] : [4, 6];
    return { start: addDays(span.start, a), end: addDays(span.start, b), value: span.value, grain: 'week', mod: part, label: `${word} ${span.label}` };
  }
  // A decade (value 199X): years 0–3, 4–6, 7–9.
  const decade = DECADE_VALUE.exec(span.value);
  if (decade) {
    const y0 = +decade[1] * 10;
    const [a, b] = part === 'START' ? [0, 3] : part === 'MID' ? [4, 6] : [7, 9];
    return { start: `${y0 + a}-01-01`, end: `${y0 + b}-12-31`, value: span.value, grain: 'range', mod: part, label: `${word} ${span.label} (${y0 + a}–${y0 + b})` };
  }
  // Hijri month or any other span: thirds by days, the last third taking the remainder.
  const len = Math.round((Date.parse(span.end) - Date.parse(span.start)) / 86400000) + 1;
  const third = part === 'START' ? [0, 9] : part === 'MID' ? [10, 19] : [20, len - 1];
  const a = Math.min(third[0], len - 1), b = Math.min(third[1], len - 1);
  const start = addDays(span.start, a), end = addDays(span.start, b);
  return { start, end, value: `${start}/${end}`, grain: 'month-part', mod: part, label: `${word} ${span.label}` };
}

/** A third of a Hijri year by its months (1–4, 5–8, 9–12), as Gregorian years split by theirs. */
export function hijriYearPart(hy: number, part: Part): Span | null {
  const [a, b] = part === 'START' ? [1, 4] : part === 'MID' ? [5, 8] : [9, 12];
  const first = hijriMonthRange(hy, a), last = hijriMonthRange(hy, b);
  if (!first || !last) return null;
  const start = first[0], end = last[1];
  return { start, end, value: `${start}/${end}`, grain: 'year-part', mod: part, label: `${PART_WORDS[part]} ${hy} AH (${HIJRI_MONTHS_EN[a]}–${HIJRI_MONTHS_EN[b]})`, hijri: true };
}

export function toResolution(span: Span, derivation: string): Resolution {
  return { value: span.value, start: span.start, end: span.end, grain: span.grain, mod: span.mod, derivation };
}

export function rangeResolution(start: string, end: string, grain: Grain, derivation: string, mod: Mod | null = null): Resolution {
  return { value: `${start}/${end}`, start, end, grain, mod, derivation };
}

/** The month of (y, m) shifted by n months, as a span. */
export function monthSpanShift(y: number, m: number, n: number): Span {
  const r = shiftMonth(y, m, n);
  return monthSpan(r.y, r.m);
}

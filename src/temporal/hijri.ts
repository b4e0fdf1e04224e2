/**
 * Umm al-Qura (Saudi official) Hijri dates through Intl: luxon cannot parse or add Hijri dates, and the calendar is
 * observational, so it is converted by asking ICU rather than by arithmetic. An arithmetic estimate picks the
 * neighbourhood; ICU decides the exact day.
 */
import { addDays, iso, utc } from './calendar.js';

export interface HijriYmd {
  y: number;
  m: number;
  d: number;
}

export const HIJRI_MONTHS_EN = ['', 'Muharram', 'Safar', 'Rabi al-Awwal', 'Rabi al-Thani', 'Jumada al-Ula', 'Jumada al-Akhirah', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qadah', 'Dhu al-Hijjah'];
export const HIJRI_MONTHS_AR = ['', 'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];

let fmt: Intl.DateTimeFormat | null = null;
const cache = new Map<string, HijriYmd>();

export function toHijri(s: string): HijriYmd {
  const hit = cache.get(s);
  if (hit) return hit;
  fmt ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = fmt.formatToParts(new Date(utc(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10))));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const h = { y: get('year'), m: get('month'), d: get('day') };
  if (cache.size > 50000) cache.clear();
  cache.set(s, h);
  return h;
}

/** The Gregorian ISO date of a Hijri day, or null when that day does not exist (30 of a 29-day month). */
export function fromHijri(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 1700) return null;
  // Mean lunar year 354.367 days; 1 Muharram 1 AH ≈ 622-07-19 (proleptic Gregorian).
  const approx = Math.round((y - 1) * 354.367 + (m - 1) * 29.5306 + (d - 1));
  const guess = addDays(iso(622, 7, 19), approx);
  for (let k = 0; k <= 6; k++) {
    for (const sign of k === 0 ? [0] : [1, -1]) {
      const g = addDays(guess, sign * k);
      const h = toHijri(g);
      if (h.y === y && h.m === m && h.d === d) return g;
    }
  }
  return null;
}

/** First and last Gregorian days of a Hijri month. */
export function hijriMonthRange(y: number, m: number): [string, string] | null {
  const first = fromHijri(y, m, 1);
  if (!first) return null;
  const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
  const next = fromHijri(ny, nm, 1);
  if (!next) return null;
  return [first, addDays(next, -1)];
}

export function hijriYearRange(y: number): [string, string] | null {
  const a = fromHijri(y, 1, 1), b = fromHijri(y + 1, 1, 1);
  return a && b ? [a, addDays(b, -1)] : null;
}

/** "5 Ramadan 1438 AH" */
export function fmtHijri(s: string, lang: 'en' | 'ar' = 'en'): string {
  const h = toHijri(s);
  return lang === 'ar' ? `${h.d} ${HIJRI_MONTHS_AR[h.m]} ${h.y}هـ` : `${h.d} ${HIJRI_MONTHS_EN[h.m]} ${h.y} AH`;
}

/**
 * Feasts and holidays: "عيد الفطر", "عيد الأضحى المبارك", "يوم عرفة", "رأس السنة الهجرية", "المولد النبوي",
 * "عيد الميلاد". Hijri ones move through the Gregorian year, so each is computed in its own calendar (Umm al-Qura
 * through Intl) and converted. A feast of several days is an interval: the text does not say which of its days.
 * The occurrence comes from a year ("عيد الفطر 2016", "عيد الأضحى 1437هـ"), a marker (الماضي، المقبل، الحالي), or
 * the tense, like a named month.
 */
import { addDays, fmtDay, iso, isValidDate, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri, toHijri } from '../hijri.js';
import { tagOf } from '../items.js';
import type { TagOf } from '../lexicon.js';
import { daySpan, rangeResolution, toResolution } from '../intervals.js';
import { direction, phrase, readMarker, readYearPhrase, type Candidate, type Parser } from './common.js';

type Holiday = TagOf<'holiday'>;

/** "the Eid al-Fitr" but not "the the Day of Arafah". */
const the = (h: Holiday) => (h.en.startsWith('the ') ? h.en : `the ${h.en}`);

const OCCURRENCES = new Map<string, [string, string] | null>();

/** The holiday's days in its calendar's year `y`, as [first, last] ISO dates, or null. */
function occurrence(h: Holiday, y: number): [string, string] | null {
  const key = `${h.id}:${y}`;
  const hit = OCCURRENCES.get(key);
  if (hit !== undefined) return hit;
  const first = h.cal === 'hijri' ? fromHijri(y, h.month, h.day) : isValidDate(y, h.month, h.day) ? iso(y, h.month, h.day) : null;
  const r: [string, string] | null = first ? [first, addDays(first, h.days - 1)] : null;
  // Bounded: a few holidays over a few centuries of years at most.
  if (OCCURRENCES.size > 10000) OCCURRENCES.clear();
  OCCURRENCES.set(key, r);
  return r;
}

/** The years of the holiday's calendar around publication. */
function yearsAround(h: Holiday, pub: string): number[] {
  const y = h.cal === 'hijri' ? toHijri(pub).y : ymd(pub).y;
  return [y - 2, y - 1, y, y + 1, y + 2];
}

export const holiday: Parser = {
  family: 'holiday',
  starts: { tags: ['holiday'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const h = tagOf(items[i], 'holiday');
    if (!h || (items[i].clitic && !/^[وفب]+$/.test(items[i].clitic))) return null;
    let next = i + 1;
    const pub = ctx.pub;
    let occ: [string, string] | null = null;
    let how: string;
    let rule: string;
    const yr = readYearPhrase(ctx, next);
    if (yr) {
      next = yr.next;
      const hijriYear = yr.cal === 'hijri' || (yr.cal === null && h.cal === 'hijri' && yr.year >= 1300 && yr.year <= 1600);
      if (hijriYear) {
        if (h.cal !== 'hijri') return null;
        occ = occurrence(h, yr.year);
        how = `${h.en} ${yr.year} AH as written`;
      } else {
        if (yr.year < 1800 || yr.year > 2200) return null;
        // A Hijri feast falls once, rarely twice, in a Gregorian year: its first occurrence there.
        const years = h.cal === 'hijri' ? [toHijri(`${yr.year}-01-01`).y, toHijri(`${yr.year}-01-01`).y + 1] : [yr.year];
        occ = years.map((y) => occurrence(h, y)).find((o) => o !== null && o[0].slice(0, 4) === String(yr.year)) ?? null;
        how = `${h.en} of ${yr.year}`;
      }
      rule = 'explicit-year';
    } else {
      const mk = readMarker(ctx, next);
      if (mk) next = mk.next;
      const d = direction(ctx, mk?.dir === 'this' ? 'present' : mk?.dir ?? null, i, next);
      const all = yearsAround(h, pub).map((y) => occurrence(h, y)).filter((o): o is [string, string] => o !== null);
      if (d.rule === 'past-marker') {
        occ = all.filter((o) => o[1] < pub).at(-1) ?? null;
        how = `the last ${h.en.replace(/^the /, '')} before publication`;
      } else if (d.rule === 'future-marker') {
        occ = all.find((o) => o[0] > pub) ?? null;
        how = `the next ${h.en.replace(/^the /, '')} after publication`;
      } else if (d.dir === 'present') {
        const y = h.cal === 'hijri' ? toHijri(pub).y : ymd(pub).y;
        occ = occurrence(h, y);
        how = `${h.en} of the publication's ${h.cal === 'hijri' ? 'Hijri ' : ''}year`;
      } else if (d.dir === 'future') {
        occ = all.find((o) => o[1] >= pub) ?? null;
        how = `${the(h)} on or after publication, ${d.why}`;
      } else {
        occ = all.filter((o) => o[0] <= pub).at(-1) ?? null;
        how = `${the(h)} on or before publication, ${d.why}`;
      }
      rule = d.rule;
    }
    if (!occ) return null;
    const text = phrase(ctx, i, next);
    const [s, e] = occ;
    const derivation = `${text}: ${how} (publication ${fmtDay(pub)}) → ${s === e ? fmtDay(s) : `${s}–${e}`}`;
    const res = s === e ? toResolution(daySpan(s), derivation) : rangeResolution(s, e, 'range', derivation);
    return { i0: i, i1: next, rule: `holiday/${rule}`, res };
  },
};

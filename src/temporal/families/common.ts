/**
 * What every phrase family shares: the candidate type, readers for the small pieces phrases are made of (a day
 * number, a month with its paired spelling, a year with its calendar suffix, a relative marker), and the direction
 * rule that turns "الماضي"/"المقبل"/the sentence's tense into before/after the publication date.
 */
import { fmtDay, weekday as weekdayOf } from '../calendar.js';
import type { ParseCtx, TenseCue } from '../context.js';
import { hasTag, isFw, isPunct, tagOf, textIs, type Item } from '../items.js';
import type { Calendar, Dir, TagKind, TagOf, Unit } from '../lexicon.js';
import type { Resolution } from '../types.js';

export interface Candidate {
  /** Item range [i0, i1). */
  i0: number;
  i1: number;
  rule: string;
  res: Resolution;
  warnings?: string[];
  /**
   * What the parser had to guess rather than read (chrono's "implied" components): 'year' for a Gregorian month or
   * day whose year came from the tense or the nearest occurrence, 'week' for a weekday placed by the tense. The range
   * refiner may move an implied part to sit next to the other end of a range; stated parts never move.
   */
  implied?: 'year' | 'week';
  /** Set by the bounds pass: the item where the bounding preposition starts, and the bounded interval. */
  bound?: { i0: number; mod: 'BEFORE' | 'AFTER' | 'UNTIL'; start: string | null; end: string | null; derivation: string };
  /** Story time ("اليوم التالي"): `n` units after the date the text gave last; resolved by the anaphora pass. */
  anaphor?: { unit: 'day' | 'week' | 'month' | 'year'; n: number; approx: boolean };
}

/**
 * The items a parser can start a phrase on: one with a tag these patterns match, one of these grammar words (in any
 * spelling), or digits. Most items start nothing, so extraction calls a parser only on items its set admits; the set
 * must therefore hold every item `parse` can accept at i (tests/temporal/start-sets.test.ts checks that it does).
 */
export interface StartSet {
  tags?: readonly TagPattern[];
  words?: readonly string[];
  digits?: boolean;
}

/** A tag kind, or a tag kind with some of its fields: { t: 'marker', dir: 'this' } is "هذا" and not "الماضي". */
export type TagPattern = TagKind | { [K in TagKind]: { t: K } & Partial<Omit<TagOf<K>, 't'>> }[TagKind];

export interface Parser {
  family: string;
  starts: StartSet;
  parse(ctx: ParseCtx, i: number): Candidate | null;
}

/** The original text of items [i0, i1). */
export function phrase(ctx: ParseCtx, i0: number, i1: number): string {
  const a = ctx.items[i0], b = ctx.items[i1 - 1];
  if (!a || !b) return '';
  return ctx.nt.original.slice(ctx.nt.starts[a.s], ctx.nt.ends[b.e - 1]);
}

export const published = (ctx: ParseCtx) => `publication ${fmtDay(ctx.pub)}`;

/** The rules by which a month's year is guessed rather than read or marked. */
export const IMPLIED_YEAR_RULES: ReadonlySet<string> = new Set(['nearest', 'tense-past', 'tense-future', 'default-past']);

export interface MonthRead {
  cal: Calendar;
  month: number;
  /** Every spelling read was an ambiguous one (مارس، آب، رمضان...) and no pairing vouches for it. */
  ambiguous: boolean;
  next: number;
}

/** A month name, with an optional paired spelling: "فبراير/شباط", "يوليو (تموز)", "أغسطس آب", "أغسطس - آب". */
export function readMonth(ctx: ParseCtx, i: number): MonthRead | null {
  const it = ctx.items[i];
  const t = tagOf(it, 'month');
  if (!t) return null;
  const items = ctx.items;
  const same = (k: number) => {
    const u = tagOf(items[k], 'month');
    return u !== undefined && u.month === t.month && u.cal === t.cal && !items[k].clitic ? u : undefined;
  };
  // The ambiguous reading needs the pair to vouch only if both are not the same word.
  if (isPunct(items[i + 1], '/', '-', '،', ',') && same(i + 2)) return { cal: t.cal, month: t.month, ambiguous: false, next: i + 3 };
  if (isPunct(items[i + 1], '(', '[') && same(i + 2) && isPunct(items[i + 3], ')', ']')) return { cal: t.cal, month: t.month, ambiguous: false, next: i + 4 };
  if (same(i + 1) && items[i + 1].spaced) return { cal: t.cal, month: t.month, ambiguous: false, next: i + 2 };
  return { cal: t.cal, month: t.month, ambiguous: t.ambiguous, next: i + 1 };
}

export interface YearRead {
  year: number;
  /** The calendar a suffix names (هـ / م), or null when none is written. */
  cal: Calendar | null;
  next: number;
}

/** A four-digit year, optionally followed by هـ/م or هجري/ميلادي. */
export function readYear(ctx: ParseCtx, i: number): YearRead | null {
  const it = ctx.items[i];
  if (!it || it.kind !== 'num' || it.text.length !== 4) return null;
  const y = it.value;
  if (y < 1000 || y > 2200) return null;
  const suf = tagOf(ctx.items[i + 1], 'calsuffix');
  if (suf && !ctx.items[i + 1].clitic) return { year: y, cal: suf.cal, next: i + 2 };
  return { year: y, cal: null, next: i + 1 };
}

/**
 * A weekday leading a dated phrase: "الخميس 13 يوليو", "يوم الجمعة 26 مايو", "الثلاثاء، 30 مايو", "الخميس الموافق
 * 13 يوليو". Returns the ISO weekday, the item after it (and after a comma or dash, and "الموافق"), and whether the
 * date follows the weekday directly (`adjacent`: no comma, dash or "الموافق" between), or null.
 */
export function readWeekdayLead(ctx: ParseCtx, i: number): { dow: number; next: number; adjacent: boolean } | null {
  let k = i;
  if (isFw(ctx.items[k], 'يوم') && hasTag(ctx.items[k + 1], 'weekday')) k++;
  const w = tagOf(ctx.items[k], 'weekday');
  if (!w) return null;
  k++;
  const at = k;
  if (isPunct(ctx.items[k], ',', '،', '-')) k++;
  if (textIs(ctx.items[k], 'الموافق', 'الموافقة') && !ctx.items[k].clitic) k++;
  return { dow: w.dow, next: k, adjacent: k === at };
}

/**
 * "الثلاثاء الثالث من أيلول 2014" when 3 September 2014 is not a Tuesday: a weekday directly followed by an ordinal
 * 1–5 and "من"/"في" is then the third Tuesday of September (the ordinal family reads it), not a date that
 * contradicts its weekday. Date families call this to step aside; with a comma ("الثلاثاء، الثالث من أيلول") or
 * digits ("الثلاثاء 3 أيلول") the date reading stands, with its warning.
 */
export function yieldsToNthWeekday(lead: { adjacent: boolean } | null, day: { day: number; ordinal: boolean }, dayIso: string, dow: number): boolean {
  return lead !== null && lead.adjacent && day.ordinal && day.day <= 5 && weekdayOf(dayIso) !== dow;
}

/** "عام 2014", "العام 1948", "سنة 2010", "2015م", or a bare year. */
export function readYearPhrase(ctx: ParseCtx, i: number): (YearRead & { worded: boolean }) | null {
  // (Fields copied by name: a spread is a generic copy, and every year of a text is read here.)
  if (isFw(ctx.items[i], 'عام', 'العام', 'سنة', 'السنة')) {
    const y = readYear(ctx, i + 1);
    return y ? { year: y.year, cal: y.cal, next: y.next, worded: true } : null;
  }
  const y = readYear(ctx, i);
  return y ? { year: y.year, cal: y.cal, next: y.next, worded: false } : null;
}

/** A day of the month: 1–31 in digits, or an ordinal word ("الرابع عشر"). */
export function readDay(ctx: ParseCtx, i: number): { day: number; next: number; ordinal: boolean } | null {
  const it = ctx.items[i];
  if (!it) return null;
  if (it.kind === 'num' && it.text.length <= 2 && it.value >= 1 && it.value <= 31) {
    // "3-5" or "2017/05" are not a day followed by something else: a day number stands alone.
    return { day: it.value, next: i + 1, ordinal: false };
  }
  const o = tagOf(it, 'ordinal');
  // "الأسبوع الخامس من فبراير", "الشهر الثالث من العام": the ordinal counts weeks or months, not days.
  const u = tagOf(ctx.items[i - 1], 'unit');
  if (u && u.definite && u.unit !== 'day' && !it.clitic) return null;
  if (o && o.value >= 1 && o.value <= 31) return { day: o.value, next: i + 1, ordinal: true };
  return null;
}

export function readMarker(ctx: ParseCtx, i: number): { dir: Dir; next: number } | null {
  const m = tagOf(ctx.items[i], 'marker');
  if (!m || ctx.items[i].clitic) return null;
  return { dir: m.dir, next: i + 1 };
}

/** "قبل الماضي" (before last) and "بعد المقبل"/"بعد القادم" (after next) after a unit or weekday: two steps away. */
export function readTwiceRemoved(ctx: ParseCtx, i: number): { n: -2 | 2; next: number } | null {
  const it = ctx.items[i];
  if (!it || it.clitic) return null;
  const m = readMarker(ctx, i + 1);
  if (!m) return null;
  if (textIs(it, 'قبل') && m.dir === 'past') return { n: -2, next: m.next };
  if (textIs(it, 'بعد') && m.dir === 'future') return { n: 2, next: m.next };
  return null;
}

/** "من العام الماضي", "من هذا العام", "العام الجاري" after a month: the year relative to publication. */
export function readRelativeYear(ctx: ParseCtx, i: number): { offset: number; next: number } | null {
  let k = i;
  if (isFw(ctx.items[k], 'من')) k++;
  const it = ctx.items[k];
  if (tagOf(it, 'marker')?.dir === 'this') {
    const u = tagOf(ctx.items[k + 1], 'unit');
    if (u && u.unit === 'year' && u.definite && u.count === 1) return { offset: 0, next: k + 2 };
    return null;
  }
  const u = tagOf(it, 'unit');
  if (!u || u.unit !== 'year' || !u.definite || u.count !== 1) return null;
  const twice = readTwiceRemoved(ctx, k + 1);
  if (twice) return { offset: twice.n, next: twice.next };
  const m = readMarker(ctx, k + 1);
  if (!m) return null;
  const offset = m.dir === 'past' ? -1 : m.dir === 'future' ? 1 : 0;
  return { offset, next: m.next };
}

/** A unit word (يوم، أسبوعين، أشهر، ...). */
export function readUnit(ctx: ParseCtx, i: number): { unit: Unit; count: 1 | 2 | 'many'; definite: boolean; next: number } | null {
  const u = tagOf(ctx.items[i], 'unit');
  if (!u) return null;
  return { unit: u.unit, count: u.count, definite: u.definite, next: i + 1 };
}

/** Which side of the publication date an unmarked phrase lies on: a marker wins, then the sentence's tense. */
export interface Direction {
  dir: 'past' | 'future' | 'present';
  /** Why, in words, for the derivation. */
  why: string;
  rule: string;
}

export function direction(ctx: ParseCtx, marker: Dir | null, i0: number, i1: number): Direction {
  if (marker === 'past') return { dir: 'past', why: 'marked as past', rule: 'past-marker' };
  if (marker === 'future') return { dir: 'future', why: 'marked as coming', rule: 'future-marker' };
  if (marker === 'present' || marker === 'this') return { dir: 'present', why: 'marked as current', rule: 'present-marker' };
  const cue: TenseCue = ctx.tense(i0, i1);
  if (cue.tense === 'past') return { dir: 'past', why: `past tense (${cue.word})`, rule: 'tense-past' };
  if (cue.tense === 'future') return { dir: 'future', why: `future tense (${cue.word})`, rule: 'tense-future' };
  return { dir: 'past', why: 'no tense cue, news default: the past', rule: 'default-past' };
}

/** True when item i has a tag of kind k and no clitic. */
export const bare = (it: Item | undefined, k: Parameters<typeof hasTag>[1]) => hasTag(it, k) && !it?.clitic;

/** Skips an opening parenthesis or comma that news puts around appositions: "أمس (الأحد)", "الثلاثاء، 30". */
export function skipApposition(ctx: ParseCtx, i: number): { at: number; close: boolean } {
  const it = ctx.items[i];
  if (isPunct(it, '(')) return { at: i + 1, close: true };
  if (isPunct(it, ',', '،', '-')) return { at: i + 1, close: false };
  return { at: i, close: false };
}

export function closeApposition(ctx: ParseCtx, i: number, close: boolean): number {
  if (close) return isPunct(ctx.items[i], ')') ? i + 1 : -1;
  return i;
}

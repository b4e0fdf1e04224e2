/**
 * Compiles calendar.yaml, relative.yaml and tense.yaml into one phrase lexicon of tags, so that a text is tagged in
 * a single pass and every parser reads tags instead of strings.
 */
import { PhraseLexicon } from '../normalize/lexicon.js';
import { normalizeWord } from '../normalize/arabic.js';
import type { Mod } from './types.js';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'hour';
export type Dir = 'past' | 'present' | 'future' | 'this';
export type Calendar = 'gregorian' | 'hijri';

export type TTag =
  | { t: 'month'; cal: Calendar; month: number; ambiguous: boolean }
  | { t: 'weekday'; dow: number }
  /** A weekday name without ال ("ثلاثاء", "أحد"): a weekday only after a counting ordinal or before a relative week. */
  | { t: 'wdname'; dow: number }
  /** A counting ordinal: the n-th (n ≥ 1) or the last (n = -1) weekday, day or week of a period. */
  | { t: 'nth'; n: number; pos: 'before' | 'after' }
  | { t: 'relday'; offset: number }
  | { t: 'marker'; dir: Dir }
  | { t: 'unit'; unit: Unit; count: 1 | 2 | 'many'; definite: boolean }
  | { t: 'part'; mod: Extract<Mod, 'START' | 'MID' | 'END'> }
  | { t: 'offset'; dir: 'before' | 'after' | 'within' }
  /** After a count and a unit: a distance back from publication ("ثلاثة أيام مضت"). */
  | { t: 'ago' }
  | { t: 'about' }
  | { t: 'number'; value: number }
  | { t: 'few'; min: number; max: number }
  | { t: 'ordinal'; value: number }
  | { t: 'season'; season: string; from: number; to: number }
  | { t: 'holiday'; id: string; en: string; cal: Calendar; month: number; day: number; days: number }
  | { t: 'daypart' }
  | { t: 'calsuffix'; cal: Calendar }
  | { t: 'vague'; rule: string; from: number; to: number }
  | { t: 'within'; kind: 'earlier' | 'later' }
  | { t: 'quarter' }
  | { t: 'decade'; tens: number; definite: boolean }
  | { t: 'century' }
  /** Story time: the period following the one just told, or the same one. */
  | { t: 'anaph'; kind: 'following' | 'same' }
  | { t: 'tense'; tense: 'past' | 'future' | 'imperfect' }
  | { t: 'fw'; w: string }
  | { t: 'block'; what: 'relday-after' | 'weekday-before' | 'season-after' };

export type TagKind = TTag['t'];
export type TagOf<K extends TagKind> = Extract<TTag, { t: K }>;

export interface CalendarData {
  gregorian_months: Array<{ month: number; names?: string[]; ambiguous_names?: string[] }>;
  hijri_months: Array<{ month: number; names?: string[]; ambiguous_names?: string[] }>;
  weekdays: Array<{ day: number; names: string[]; bare_names?: string[] }>;
  seasons: Array<{ season: string; names: string[]; months: [number, number] }>;
  hijri_epithets: string[];
  day_parts: string[];
  calendar_suffixes: { hijri: string[]; gregorian: string[] };
  holidays?: Array<{ id: string; en: string; calendar: Calendar; month: number; day: number; days: number; names: string[] }>;
}

export interface RelativeData {
  relative_days: Array<{ offset: number; forms: string[] }>;
  markers: { past: string[]; present: string[]; future: string[]; this: string[] };
  units: Array<{ unit: Unit; one: string[]; two: string[]; many: string[] }>;
  parts: { START: string[]; MID: string[]; END: string[] };
  offsets: { before: string[]; after: string[]; within: string[]; ago?: string[]; about?: string[] };
  numbers: Record<string, string[]>;
  few: Array<{ forms: string[]; min: number; max: number }>;
  ordinals: { units: Record<string, string[]>; ten: string[]; teen: string[]; tens: Record<string, string[]> };
  vague: Array<{ rule: string; forms: string[]; days: [number, number] }>;
  nth?: { before: Record<string, string[]>; last_before: string[]; last_after: string[] };
  within_period: { earlier: string[]; later: string[] };
  anaphoric?: { following: string[]; same: string[] };
  quarter?: string[];
  decades?: Array<{ tens: number; names: string[] }>;
  century?: string[];
  blockers: { after_relative_day: string[]; before_weekday: string[]; after_season: string[]; before_day_month: string[]; before_relative_day: string[] };
}

export interface TenseData {
  future_markers: string[];
  past_markers: string[];
  past_verbs: string[];
  imperfect: string[];
  imperfect_slots: string[];
}

/** Grammar words the parsers test by meaning; data files do not need to list them. */
const FUNCTION_WORDS = ['من', 'في', 'إلى', 'الى', 'حتى', 'لغاية', 'بين', 'ما', 'و', 'يومي', 'الفترة', 'نفس', 'ذات', 'الآن', 'عام', 'العام', 'سنة', 'السنة', 'عامي', 'شهر', 'يوم', 'مطلع', 'ذلك', 'عن', 'على', 'نحو', 'حوالي'];

export interface TemporalLexicon {
  phrases: PhraseLexicon<TTag>;
  /** Few-count for a bare plural unit ("قبل أيام"). */
  barePlural: { min: number; max: number };
  /** Normalized words after which a day and month name something else ("ثورة 25 يناير"). */
  nameHeads: ReadonlySet<string>;
  /** Normalized words after which "اليوم" is part of a title ("صحيفة اليوم"). */
  titleHeads: ReadonlySet<string>;
  /** Normalized words of story time ("التالي", "نفسه"): a sentence with one counts from a date told before it. */
  storyWords: ReadonlySet<string>;
  /** Normalized epithets of a Hijri month ("المبارك"). */
  hijriEpithets: ReadonlySet<string>;
  /** Normalized words after which a word starting with ي/ت is an imperfect verb ("التي", "لن"). */
  imperfectSlots: ReadonlySet<string>;
  /** Normalized past forms of the reporting verbs (قال، أعلنت), and the words that open what they report (أن، إنه، «). */
  reportVerbs: ReadonlySet<string>;
  reportEnds: ReadonlySet<string>;
}

/** The reporting verbs of triggers.yaml and the report ends of clauses.yaml, which the tense of a date also reads. */
export interface ReportWords {
  verbs: readonly string[];
  ends: readonly string[];
}

function pastForms(v: string): string[] {
  const n = normalizeWord(v);
  const out = [n];
  if (n.endsWith('ي')) {
    // التقى → التقت، التقوا، التقيا، التقاه
    const stem = n.slice(0, -1);
    out.push(stem + 'ت', stem + 'وا', n + 'ا', stem + 'تا', stem + 'اه', stem + 'اها', stem + 'اهم');
  } else {
    out.push(n + 'ت', n + 'ا', n + 'تا', n + 'وا', n + 'ه', n + 'ها', n + 'هم', n + 'تها', n + 'ته');
  }
  return out;
}

function imperfectForms(v: string): string[] {
  const n = normalizeWord(v);
  if (!n.startsWith('ي')) return [n];
  const body = n.slice(1);
  const base: string[] = [];
  for (const p of ['ي', 'ت', 'ن']) {
    base.push(p + body);
    if (body.endsWith('ي')) base.push(p + body.slice(0, -1) + 'ون', p + body + 'ان');
    else base.push(p + body + 'ون', p + body + 'ان');
    base.push(p + body + 'ه', p + body + 'ها', p + body + 'هم');
  }
  return base;
}

/** Every phrase of the date data with its tag, in one lexicon (the part of compiling that a snapshot can keep). */
export function temporalPhrases(cal: CalendarData, rel: RelativeData, tense: TenseData): PhraseLexicon<TTag> {
  const L = temporalPhrasesAsWritten(cal, rel, tense);
  // In one shape (see uniformTag); a snapshot's entries are made uniform again as they are unpacked.
  L.mapEntries(uniformTag);
  return L;
}

/** The phrases with each tag as its kind writes it (temporalPhrases gives them one shape). */
export function temporalPhrasesAsWritten(cal: CalendarData, rel: RelativeData, tense: TenseData): PhraseLexicon<TTag> {
  const L = new PhraseLexicon<TTag>();
  const add = (forms: string[] | undefined, tag: TTag) => {
    for (const f of forms ?? []) L.add(f, tag);
  };
  for (const m of cal.gregorian_months) {
    add(m.names, { t: 'month', cal: 'gregorian', month: m.month, ambiguous: false });
    add(m.ambiguous_names, { t: 'month', cal: 'gregorian', month: m.month, ambiguous: true });
  }
  for (const m of cal.hijri_months) {
    add(m.names, { t: 'month', cal: 'hijri', month: m.month, ambiguous: false });
    add(m.ambiguous_names, { t: 'month', cal: 'hijri', month: m.month, ambiguous: true });
  }
  for (const w of cal.weekdays) {
    add(w.names, { t: 'weekday', dow: w.day });
    add(w.bare_names, { t: 'wdname', dow: w.day });
  }
  for (const s of cal.seasons) add(s.names, { t: 'season', season: s.season, from: s.months[0], to: s.months[1] });
  for (const h of cal.holidays ?? []) add(h.names, { t: 'holiday', id: h.id, en: h.en, cal: h.calendar, month: h.month, day: h.day, days: h.days });
  add(cal.day_parts, { t: 'daypart' });
  add(cal.calendar_suffixes.hijri, { t: 'calsuffix', cal: 'hijri' });
  add(cal.calendar_suffixes.gregorian, { t: 'calsuffix', cal: 'gregorian' });

  for (const d of rel.relative_days) add(d.forms, { t: 'relday', offset: d.offset });
  add(rel.markers.past, { t: 'marker', dir: 'past' });
  add(rel.markers.present, { t: 'marker', dir: 'present' });
  add(rel.markers.future, { t: 'marker', dir: 'future' });
  add(rel.markers.this, { t: 'marker', dir: 'this' });
  for (const u of rel.units) {
    const def = (f: string) => 'ال' + f;
    add(u.one, { t: 'unit', unit: u.unit, count: 1, definite: false });
    add(u.two, { t: 'unit', unit: u.unit, count: 2, definite: false });
    add(u.many, { t: 'unit', unit: u.unit, count: 'many', definite: false });
    add(u.one.map(def), { t: 'unit', unit: u.unit, count: 1, definite: true });
    add(u.two.map(def), { t: 'unit', unit: u.unit, count: 2, definite: true });
    add(u.many.map(def), { t: 'unit', unit: u.unit, count: 'many', definite: true });
  }
  add(rel.parts.START, { t: 'part', mod: 'START' });
  add(rel.parts.MID, { t: 'part', mod: 'MID' });
  add(rel.parts.END, { t: 'part', mod: 'END' });
  add(rel.offsets.before, { t: 'offset', dir: 'before' });
  add(rel.offsets.after, { t: 'offset', dir: 'after' });
  add(rel.offsets.within, { t: 'offset', dir: 'within' });
  add(rel.offsets.ago, { t: 'ago' });
  add(rel.offsets.about, { t: 'about' });
  for (const [k, forms] of Object.entries(rel.numbers)) {
    const value = Number(k);
    add(forms, { t: 'number', value });
    // The definite form follows a definite plural: "الأيام الثلاثة الماضية". Not for 1 and 2: "الاثنين" is Monday.
    if (value >= 3 && value <= 10) add(forms.map((f) => 'ال' + f), { t: 'number', value });
  }
  // Compound cardinals 21–99: a unit, و, and a ten ("خمسة وعشرين", "واحد و عشرين").
  for (const [uk, uforms] of Object.entries(rel.numbers)) {
    const u = Number(uk);
    if (u < 1 || u > 9) continue;
    for (const [tk, tforms] of Object.entries(rel.numbers)) {
      const t = Number(tk);
      if (t < 20 || t > 90 || t % 10 !== 0) continue;
      for (const uf of uforms) {
        for (const tf of tforms) {
          L.add(`${uf} و${tf}`, { t: 'number', value: u + t });
          L.add(`${uf} و ${tf}`, { t: 'number', value: u + t });
        }
      }
    }
  }
  for (const f of rel.few) add(f.forms.filter((x) => x.trim() !== ''), { t: 'few', min: f.min, max: f.max });
  // Ordinal days 1–31: units, 10, teens ("الرابع عشر"), 20/30 and compounds ("الحادي والعشرين").
  for (const [k, forms] of Object.entries(rel.ordinals.units)) {
    const n = Number(k);
    // الحادي/الحادية only appear in compounds.
    add(forms.filter((f) => !/حادي/.test(normalizeWord(f))), { t: 'ordinal', value: n });
    for (const f of forms) {
      for (const teen of rel.ordinals.teen) L.add(`${f} ${teen}`, { t: 'ordinal', value: 10 + n });
      for (const [tk, tforms] of Object.entries(rel.ordinals.tens)) {
        for (const tf of tforms) {
          const conj = normalizeWord(tf).startsWith('و') ? tf : 'و' + tf;
          if (n + Number(tk) <= 31) L.add(`${f} ${conj}`, { t: 'ordinal', value: n + Number(tk) });
        }
      }
    }
  }
  add(rel.ordinals.ten, { t: 'ordinal', value: 10 });
  for (const [tk, tforms] of Object.entries(rel.ordinals.tens)) {
    add(tforms.filter((f) => !normalizeWord(f).startsWith('و')), { t: 'ordinal', value: Number(tk) });
  }
  if (rel.nth) {
    for (const [k, forms] of Object.entries(rel.nth.before)) add(forms, { t: 'nth', n: Number(k), pos: 'before' });
    add(rel.nth.last_before, { t: 'nth', n: -1, pos: 'before' });
    add(rel.nth.last_after, { t: 'nth', n: -1, pos: 'after' });
  }
  for (const v of rel.vague) add(v.forms, { t: 'vague', rule: v.rule, from: v.days[0], to: v.days[1] });
  add(rel.within_period.earlier, { t: 'within', kind: 'earlier' });
  add(rel.within_period.later, { t: 'within', kind: 'later' });
  add(rel.quarter, { t: 'quarter' });
  for (const d of rel.decades ?? []) {
    add(d.names.filter((n) => n.startsWith('ال')), { t: 'decade', tens: d.tens, definite: true });
    add(d.names.filter((n) => !n.startsWith('ال')), { t: 'decade', tens: d.tens, definite: false });
  }
  add(rel.century, { t: 'century' });
  add(rel.anaphoric?.following, { t: 'anaph', kind: 'following' });
  add(rel.anaphoric?.same, { t: 'anaph', kind: 'same' });
  add(rel.blockers.after_relative_day, { t: 'block', what: 'relday-after' });
  add(rel.blockers.before_weekday, { t: 'block', what: 'weekday-before' });
  add(rel.blockers.after_season, { t: 'block', what: 'season-after' });

  add(tense.future_markers, { t: 'tense', tense: 'future' });
  add(tense.past_markers, { t: 'tense', tense: 'past' });
  for (const v of tense.past_verbs) add(pastForms(v), { t: 'tense', tense: 'past' });
  for (const v of tense.imperfect) {
    const forms = imperfectForms(v);
    add(forms, { t: 'tense', tense: 'imperfect' });
    add(forms.map((f) => 'س' + f), { t: 'tense', tense: 'future' });
  }
  for (const w of FUNCTION_WORDS) L.add(w, { t: 'fw', w: normalizeWord(w) });
  return L;
}

/**
 * A tag with every field of every tag kind, in one order (undefined where its kind has none). Parsers read tags of all
 * kinds at every step (tagOf reads `t` of each tag of an item): with one hidden class for all tags those reads stay
 * monomorphic, where the kinds' own shapes, some thirty, made each a megamorphic lookup. Readers see the same values.
 */
export function uniformTag(tag: TTag): TTag {
  const g = tag as Partial<Record<string, unknown>>;
  return {
    t: g.t, cal: g.cal, month: g.month, ambiguous: g.ambiguous, dow: g.dow, n: g.n, pos: g.pos, offset: g.offset, dir: g.dir,
    unit: g.unit, count: g.count, definite: g.definite, mod: g.mod, value: g.value, min: g.min, max: g.max, season: g.season,
    from: g.from, to: g.to, id: g.id, en: g.en, day: g.day, days: g.days, rule: g.rule, kind: g.kind, tens: g.tens,
    tense: g.tense, w: g.w, what: g.what,
  } as TTag;
}

/** The date lexicon: the phrases (compiled here unless a snapshot kept them) and the word sets parsers consult. */
export function compileTemporalLexicon(cal: CalendarData, rel: RelativeData, tense: TenseData, reports: ReportWords, phrases: PhraseLexicon<TTag> = temporalPhrases(cal, rel, tense)): TemporalLexicon {
  // The few-count of a bare plural ("قبل أيام") is the one whose forms include the empty form.
  let barePlural = { min: 3, max: 10 };
  for (const f of rel.few) if (f.forms.some((x) => x.trim() === '')) barePlural = { min: f.min, max: f.max };
  const nameHeads = new Set(rel.blockers.before_day_month.map(normalizeWord));
  const titleHeads = new Set(rel.blockers.before_relative_day.map(normalizeWord));
  const storyWords = new Set([...(rel.anaphoric?.following ?? []), ...(rel.anaphoric?.same ?? [])].map(normalizeWord));
  const hijriEpithets = new Set(cal.hijri_epithets.map(normalizeWord));
  const imperfectSlots = new Set(tense.imperfect_slots.map(normalizeWord));
  const reportVerbs = new Set(reports.verbs.flatMap(pastForms));
  const reportEnds = new Set(reports.ends.map(normalizeWord));
  return { phrases, barePlural, nameHeads, titleHeads, storyWords, hijriEpithets, imperfectSlots, reportVerbs, reportEnds };
}

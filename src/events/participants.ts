/**
 * Who is in a sentence: known people ("ريكس تيلرسون", "كيري"), role phrases ("وزير الخارجية القطري", "أمير قطر"),
 * counterparts ("نظيره الأمريكي"), officials by nationality ("المسؤولة الأمريكية"), unknown people named next to a
 * role ("«ستيوارت جونز»، القائم بأعمال مساعد وزير الخارجية الأميركي"), the two sides ("الجانبان"), and bare
 * country mentions. A role and a name in apposition are one participant.
 */
import { textAt, type Token } from '../normalize/tokens.js';
import type { NormText } from '../normalize/arabic.js';
import type { CountryForm } from './lexicon.js';
import { firstIndex } from '../search.js';
import { uniformEventTag, type ETag } from './lexicon.js';
import { tagOf, tagsOf, type EMention } from './scan.js';
import { ByteScratch } from '../scratch.js';
import { sortByFirst } from './order.js';
import type { Office } from './types.js';

export type PKind = 'actor' | 'role' | 'counterpart' | 'person' | 'unknown' | 'anaphor' | 'ref';

export interface PDesc {
  kind: PKind;
  /** Token range of the whole phrase. */
  first: number;
  last: number;
  actorIds?: readonly string[];
  fullName?: boolean;
  /** The name as written, when the phrase has one. */
  name?: string;
  /** The whole phrase as written ("وزير الخارجية القطري"). */
  text: string;
  office?: Office;
  country?: string;
  /** More countries of a plural phrase ("وزراء خارجية الولايات المتحدة وروسيا والسعودية"). */
  also?: string[];
  /** "القائم بأعمال", "نائب": the title is not the office holder. */
  modified?: boolean;
  /** A definite title with no country ("وزير الخارجية", "جلالة الملك"): the article's own official, resolved later. */
  homeless?: boolean;
  /** A pronoun honorific or a bare honorific ("سموه", "سمو الأمير"): its class, resolved later (kind 'ref'). */
  honor?: string;
  /** "الوزير التركي": points back to the person of that country named before. */
  back?: boolean;
}

/**
 * A person phrase with every field present, in one order: people are made in a dozen places, gain a country or an id
 * later, and are copied with spreads; one shape keeps each property read in the contact code a single fast lookup.
 */
export function newPerson(kind: PKind, first: number, last: number, text: string, more?: Partial<Omit<PDesc, 'kind' | 'first' | 'last' | 'text'>>): PDesc {
  return {
    kind,
    first,
    last,
    actorIds: more?.actorIds,
    fullName: more?.fullName,
    name: more?.name,
    text,
    office: more?.office,
    country: more?.country,
    also: more?.also,
    modified: more?.modified,
    homeless: more?.homeless,
    honor: more?.honor,
    back: more?.back,
  };
}

export interface CDesc {
  code: string;
  form: CountryForm;
  place_en: string | null;
  first: number;
  last: number;
  text: string;
  /** The normalized word before it (without clitic), to tell a place or topic from a party. */
  before: string;
  clitic: string;
}

export interface SentenceView {
  tokens: readonly Token[];
  /** Whether a code is an organisation (GCC, ARL, UN...). */
  org: (code: string) => boolean;
  /** The home country of a known person. */
  actorCountry: (id: string) => string | undefined;
  /** Normalized first names: unquoted unknown names must start with one. */
  firstNames: ReadonlySet<string>;
  /** Normalized words that are never part of a name, and short name parts that are no name alone (names.yaml). */
  notNames: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  nt: NormText;
  /** Event mentions in the sentence, in order. */
  ms: readonly EMention[];
  /** Tokens covered by any lexicon (events or dates): not name material. */
  tagged: Uint8Array;
  first: number;
  last: number;
  /** The article's home country for a home word ("البلاد", "المملكة" when `inName` fits it), or null. */
  home: (inName: string | null) => string | null;
  /** Countries the article names unambiguously: they settle an ambiguous form ("عمان"). */
  support: ReadonlySet<string>;
  countryName: (code: string) => string | undefined;
}

type CountryTag = Extract<ETag, { t: 'country' }>;

/** The form of the country or capital joined to m by و, before or after it ("الكويت وعمان", "عمان والرياض"). */
function listedWith(v: SentenceView, m: EMention): 'name' | 'capital' | null {
  // (The sentence's mentions are in text order: the neighbours are found by halving, not by a walk over all of them,
  // which a sentence of many such lists made quadratic.)
  const ms = v.ms;
  const lo = firstIndex(ms.length, (i) => ms[i].first < m.first);
  for (const n of [ms[lo - 1], ms[lo + 1]]) {
    if (n === undefined) continue;
    const joined = (n.last === m.first && m.clitic.startsWith('و')) || (n.first === m.last && n.clitic.startsWith('و'));
    if (!joined) continue;
    const t = tagOf(n, 'country');
    if (t && (t.form === 'name' || t.form === 'capital')) return t.form;
  }
  return null;
}

/**
 * The country a mention names: its own tag; for a form two countries share ("عمان"), the one the article names
 * elsewhere, when only one of them is; for a home word, the article's home country.
 */
export function countryOf(v: SentenceView, m: EMention | undefined): CountryTag | undefined {
  if (!m) return undefined;
  // Asked of every mention of every sentence: the list of a form's countries is only made for a form two share.
  const first = tagOf(m, 'country');
  if (first) {
    if (first.form !== 'ambiguous') return first;
    const tags = tagsOf(m, 'country');
    if (tags.length < 2) return first;
    const fit = tags.filter((t) => v.support.has(t.code));
    if (fit.length === 1) return { ...fit[0], form: fit[0].place_en === v.countryName(fit[0].code) ? 'name' : 'capital' };
    // "الكويت وعمان", "الرياض وعمان": in a list, the reading of the kind of its neighbour (a country among
    // countries, a capital among capitals).
    const kind = listedWith(v, m);
    const like = kind && tags.find((t) => (t.place_en === v.countryName(t.code)) === (kind === 'name'));
    return like ? { ...like, form: kind } : tags[0];
  }
  const h = tagOf(m, 'home');
  const code = h ? v.home(h.inName) : null;
  // (In the lexicon's one shape for tags, so that reads of what countryOf returns stay monomorphic.)
  return code ? uniformEventTag({ t: 'country', code, form: 'name', place_en: v.countryName(code) ?? null }) as CountryTag : undefined;
}

const LAM = 0x644, WAW = 0x648, FA = 0x641;

/** The original text of tokens [first, last), without the proclitics (و، ف، ب، ل، ك) glued to the first word when a
 * lexicon match says they are ones: "لخادم الحرمين الشريفين" is written "خادم الحرمين الشريفين". The لل contraction
 * ("للرئيس") keeps its preposition: without it the word is not in the text. */
function orig(v: SentenceView, idx: MentionStarts, first: number, last: number): string {
  const a = v.tokens[first], b = v.tokens[last - 1];
  // The mention that starts the phrase, if one does, from the sentence's index (mentions do not overlap).
  const mi = idx.get(first);
  const m = mi === undefined ? undefined : v.ms[mi];
  // (The لل test reads code units: a joined prefix was a new string per call, and this runs for every phrase.)
  const c = m === undefined ? '' : m.clitic;
  const contracted = c.length !== 0 && c.charCodeAt(c.length - 1) === LAM && a.text.charCodeAt(c.length) === LAM && a.text.startsWith(c);
  const s = c === '' ? a.s : contracted ? a.s + (c.charCodeAt(0) === WAW || c.charCodeAt(0) === FA ? 1 : 0) : m!.s;
  return v.nt.original.slice(v.nt.starts[s], v.nt.ends[b.e - 1]);
}

/** Marks that open a quoted name, close one, separate an apposition; and the comma-or-closing run after a name. */
const OPENING: readonly string[] = ['«', '"', '“'];
const CLOSING: readonly string[] = ['»', '"', '”'];
const COMMAS: readonly string[] = [',', '،'];
const CLOSING_OR_COMMA: readonly string[] = [...CLOSING, ...COMMAS];
const GUILLEMET: readonly string[] = ['«'];

// (Constant lists, not rest parameters: this is asked at every token of a sentence, and a rest array is made per call.)
function isQuote(t: Token | undefined, q: readonly string[]) {
  return t !== undefined && t.kind === 'punct' && q.includes(t.text);
}

function isNameWord(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || t.kind !== 'word' || v.tagged[i]) return false;
  if (v.notNames.has(t.text)) return false;
  if (t.text.length < 2 && !v.nameParticles.has(t.text)) return false;
  return true;
}

function startsWithFirstName(v: SentenceView, a: number, b: number): boolean {
  const w = v.tokens[a].text;
  if (v.firstNames.has(w)) return true;
  // "عبد الله", "أبو بكر": a particle and the next word make the first name.
  return b - a >= 2 && (w === 'عبد' || w === 'ابو') && v.firstNames.has(w + v.tokens[a + 1].text);
}

const PATRONYM = new Set(['بن', 'بنت']);
/** Words that go on a name with someone's father (بن، بنت، ابن), and the words after which a name goes on (بن، بنت، آل). */
const PATRONYM_WORDS = new Set(['بن', 'بنت', 'ابن']);
const NAME_JOINERS = new Set(['بن', 'بنت', 'ال']);

/**
 * A known name at ms[i] that is part of someone else's full name, not a person of its own (the pass over honorifics
 * takes the whole name): any name after بن ("راشد بن عبدالله": a father's name); a short name going on with بن ("صقر
 * بن سلمان ..."), starting with بن right after a name word ("صقر بن سلمان"), or ending a name with بن in it ("راشد
 * بن عبدالله آل خليفة").
 */
function insideLongerName(v: SentenceView, i: number, full: boolean): boolean {
  const m = v.ms[i];
  if (PATRONYM.has(textAt(v.tokens, m.first - 1)) || textAt(v.tokens, m.first - 1) === 'ابن') return true;
  if (full) return false;
  if (PATRONYM.has(textAt(v.tokens, m.last))) return true;
  if (PATRONYM.has(textAt(v.tokens, m.first - 2)) && v.tokens[m.first - 1]?.kind === 'word') return true;
  const nameBefore = isNameWord(v, m.first - 1) || (v.ms[i - 1]?.last === m.first && tagOf(v.ms[i - 1], 'actor') !== undefined);
  return PATRONYM.has(textAt(v.tokens, m.first)) && nameBefore;
}

/** Up to 5 name words starting at i (skipping an opening «); returns the token range or null. */
function nameAfter(v: SentenceView, i: number): { first: number; last: number; quoted: boolean } | null {
  let k = i;
  let quoted = false;
  if (isQuote(v.tokens[k], OPENING)) {
    quoted = true;
    k++;
  }
  const a = k;
  // A known short name that goes on with بن starts someone else's full name ("عبدالله بن خليفة").
  const patronym = (x: number) => PATRONYM_WORDS.has(textAt(v.tokens, x + 1)) && v.tokens[x]?.kind === 'word';
  // Inside a name, what follows بن/بنت/آل is a name part even if it is also a known word ("بن خليفة آل ثاني").
  const afterParticle = (x: number) => x > a && NAME_JOINERS.has(textAt(v.tokens, x - 1)) && v.tokens[x]?.kind === 'word';
  while (k < v.last && k - a < 6 && (isNameWord(v, k) || afterParticle(k) || (v.nameParticles.has(v.tokens[k].text) && k > a) || (patronym(k) && !v.notNames.has(v.tokens[k].text)))) k++;
  if (k === a) return null;
  // A lone particle is not a name; a single word is a name only in quotes or when it is not a particle.
  if (k - a === 1 && v.nameParticles.has(v.tokens[a].text)) return null;
  if (quoted && !isQuote(v.tokens[k], CLOSING)) return null;
  // A quoted single word is a term ("مخاوف" واشنطن), not a person; a person needs a first name too.
  if (quoted && k - a < 2) return null;
  if (!quoted && !startsWithFirstName(v, a, k)) return null;
  return { first: a, last: k, quoted };
}

/** Up to 5 name words ending just before i (skipping a closing » and a comma). */
function nameBefore(v: SentenceView, i: number, floor: number): { first: number; last: number } | null {
  let k = i - 1;
  while (k >= floor && isQuote(v.tokens[k], COMMAS)) k--;
  let quoted = false;
  if (k >= floor && isQuote(v.tokens[k], CLOSING)) {
    quoted = true;
    k--;
  }
  const last = k + 1;
  while (k >= floor && last - k <= 5 && isNameWord(v, k)) k--;
  const first = k + 1;
  if (first >= last) return null;
  if (quoted && !isQuote(v.tokens[k], OPENING)) return null;
  // Unquoted names need at least two words and a known first name ("آن باترسون"), so that a stray noun phrase
  // is not taken for a person.
  if (!quoted && (last - first < 2 || !startsWithFirstName(v, first, last))) return null;
  return { first, last };
}

/** Index in ms of the mention starting at token t (after skipping honorifics and quotes), or -1. */
interface MentionStarts {
  /** Index in ms of the mention starting at token t (the last one written when several do), if any. */
  get(t: number): number | undefined;
}

/**
 * Mention indices by token, over the current sentence. One buffer serves every sentence (findParticipants does not
 * nest, and nothing keeps a MentionStarts past its call): an array per sentence, filled with -1, cost more than the
 * lookups it served, and a typed array per sentence more still (past 64 bytes V8 gives it a buffer outside the heap).
 */
let startsScratch = new Int32Array(256);

function mentionStarts(v: SentenceView): MentionStarts {
  const span = Math.max(0, v.last - v.first);
  if (startsScratch.length < span) startsScratch = new Int32Array(Math.max(span, 2 * startsScratch.length));
  const at = startsScratch;
  at.fill(-1, 0, span);
  for (let i = 0; i < v.ms.length; i++) {
    const k = v.ms[i].first - v.first;
    if (k < 0 || k >= span) throw new RangeError(`mention at token ${v.ms[i].first} outside sentence [${v.first}, ${v.last})`);
    at[k] = i;
  }
  return {
    get(t: number) {
      const k = t - v.first;
      const i = k >= 0 && k < span ? at[k] : -1;
      return i >= 0 ? i : undefined;
    },
  };
}

function mentionAt(v: SentenceView, idx: MentionStarts, t: number, skipHonorific = true): number {
  let k = t;
  for (let guard = 0; guard < 4 && k < v.last; guard++) {
    const mi = idx.get(k);
    if (mi !== undefined && skipHonorific && tagOf(v.ms[mi], 'honorific') && !tagOf(v.ms[mi], 'actor') && !tagOf(v.ms[mi], 'office')) {
      k = v.ms[mi].last;
      continue;
    }
    if (isQuote(v.tokens[k], OPENING)) {
      k++;
      continue;
    }
    return mi ?? -1;
  }
  return -1;
}

// Which mentions are taken, and which tokens people cover and start at: reused from sentence to sentence (see
// scratch.ts; findParticipants does not nest).
const USED = new ByteScratch(256);
const COVERED = new ByteScratch(256);
const STARTING = new ByteScratch(256);

/** Tags some rule below starts from: a sentence with none of them names no one and no country. */
export const PEOPLE_TAGS: ReadonlySet<ETag['t']> = new Set<ETag['t']>(['office', 'fixed', 'modifier', 'counterpart', 'person', 'actor', 'honorpron', 'anaphor', 'country', 'home', 'honorific', 'honorcls']);

function namesSomeone(ms: readonly EMention[]): boolean {
  for (let i = 0; i < ms.length; i++) {
    const tags = ms[i].tags;
    for (let j = 0; j < tags.length; j++) if (PEOPLE_TAGS.has(tags[j].t)) return true;
  }
  return false;
}

export function findParticipants(v: SentenceView): { people: PDesc[]; countries: CDesc[] } {
  const ms = v.ms;
  // Four sentences in ten of a news article (its topics, its reporting verbs) name no one: the passes below, their
  // closures and their scratch arrays would all find nothing there.
  if (!namesSomeone(ms)) return { people: [], countries: [] };
  const idx = mentionStarts(v);
  const used = USED.take(ms.length);
  const people: PDesc[] = [];
  const countries: CDesc[] = [];

  /**
   * A country right after token t ("القطري", "قطر", "دولة قطر", "لجامعة الدول العربية"), or an organisation after
   * "في" ("وزراء الخارجية في مجلس التعاون").
   */
  const countryAt = (t: number): { code: string; mi: number } | null => {
    let mi = idx.get(t);
    if (mi === undefined && v.tokens[t]?.text === 'في') {
      const j = idx.get(t + 1);
      const c = j === undefined ? undefined : countryOf(v, ms[j]);
      if (c && c.form === 'name' && v.org(c.code)) mi = j;
    }
    if (mi === undefined) return null;
    const c = countryOf(v, ms[mi]);
    if (!c || c.form === 'ambiguous') return null;
    // "لجامعة الدول العربية", "بدولة الإمارات": ل and ب tie a title to its country; و would start a new party.
    if (ms[mi].clitic !== '' && ms[mi].clitic !== 'ل' && ms[mi].clitic !== 'ب') return null;
    return { code: c.code, mi };
  };
  /** Countries chained to the one at ms[mi] by و ("الولايات المتحدة وروسيا والسعودية"). */
  const chainAfter = (mi: number): { codes: string[]; last: number } => {
    const codes: string[] = [];
    let k = mi;
    for (;;) {
      const n = ms[k + 1];
      const c = countryOf(v, n);
      if (!n || !c || c.form === 'ambiguous' || n.first !== ms[k].last || !n.clitic.startsWith('و') || used[k + 1]) break;
      codes.push(c.code);
      used[k + 1] = 1;
      k++;
    }
    return { codes, last: ms[k].last };
  };

  /** The name (known or unknown) written right after token t, merged into p. */
  const attachNameAfter = (p: PDesc, t: number) => {
    const mi = mentionAt(v, idx, t);
    if (mi >= 0 && !used[mi]) {
      const a0 = tagOf(ms[mi], 'actor');
      // "عبدالله بن خليفة آل ثاني" is not the "عبدالله" of the gazetteer: a short name that goes on with بن is
      // someone else's full name; nor is a known person of another country the holder of this country's title.
      const after = v.tokens[ms[mi].last]?.text;
      const ids = a0?.ids.filter((id) => !p.country || !v.actorCountry(id) || v.actorCountry(id) === p.country || v.org(p.country));
      const a = a0 && ids && ids.length && !(!a0.full && (after === 'بن' || after === 'بنت' || after === 'ابن')) ? { ...a0, ids } : undefined;
      if (a) {
        used[mi] = 1;
        p.actorIds = a.ids;
        p.fullName = a.full;
        p.name = orig(v, idx, ms[mi].first, ms[mi].last);
        p.last = Math.max(p.last, ms[mi].last);
        return;
      }
    }
    let k = t;
    while (k < v.last) {
      const hm = idx.get(k);
      if (hm !== undefined && tagOf(ms[hm], 'honorific') && !tagOf(ms[hm], 'office')) {
        k = ms[hm].last;
        used[hm] = 1;
      } else break;
    }
    const n = nameAfter(v, k);
    if (n && (n.quoted || k > t || n.last - n.first >= 2)) {
      p.name = orig(v, idx, n.first, n.last);
      p.last = Math.max(p.last, n.last + (n.quoted ? 1 : 0));
      // The words of the name are taken: a known short name inside it is not another participant.
      ms.forEach((m, j) => {
        if (m.first >= n.first && m.first < n.last) used[j] = 1;
      });
    }
  };

  /** A role phrase ", وزير خارجية الولايات المتحدة" right after token t, merged into p. */
  const attachRoleAfter = (p: PDesc, t: number) => {
    let k = t;
    while (k < v.last && isQuote(v.tokens[k], CLOSING_OR_COMMA)) k++;
    if (k === t) return;
    let mi = idx.get(k);
    let modified = false;
    if (mi !== undefined && tagOf(ms[mi], 'modifier') && !tagOf(ms[mi], 'office')) {
      modified = true;
      mi = idx.get(ms[mi].last);
    }
    if (mi === undefined || used[mi]) return;
    const o = tagOf(ms[mi], 'office') ?? tagOf(ms[mi], 'fixed');
    if (!o) return;
    used[mi] = 1;
    p.office = o.office;
    if (modified) p.modified = true;
    let end = ms[mi].last;
    const fixed = tagOf(ms[mi], 'fixed');
    if (fixed) p.country = fixed.country;
    else {
      const c = countryAt(end);
      if (c) {
        used[c.mi] = 1;
        p.country ??= c.code;
        end = ms[c.mi].last;
      }
    }
    p.last = Math.max(p.last, end);
    p.text = orig(v, idx, p.first, p.last);
  };

  for (let i = 0; i < ms.length; i++) {
    if (used[i]) continue;
    const m = ms[i];
    const office = tagOf(m, 'office');
    const fixed = tagOf(m, 'fixed');
    const counterpart = tagOf(m, 'counterpart');
    const person = tagOf(m, 'person');
    const actor = tagOf(m, 'actor');
    const country = countryOf(v, m);
    if (tagOf(m, 'modifier') && !office && !actor) {
      const j = idx.get(m.last);
      if (j !== undefined && (tagOf(ms[j], 'office') || tagOf(ms[j], 'fixed'))) {
        used[i] = 1;
        const p = newPerson('role', m.first, ms[j].last, '', { office: (tagOf(ms[j], 'office') ?? tagOf(ms[j], 'fixed'))!.office, modified: true });
        used[j] = 1;
        const c = countryAt(ms[j].last);
        if (c) {
          used[c.mi] = 1;
          p.country = c.code;
          p.last = ms[c.mi].last;
        }
        attachNameAfter(p, p.last);
        if (!p.name) {
          const nb = nameBefore(v, p.first, v.first);
          if (nb) {
            p.name = orig(v, idx, nb.first, nb.last);
            p.first = nb.first;
          }
        }
        p.text = orig(v, idx, p.first, p.last);
        people.push(p);
        continue;
      }
    }
    if ((office || fixed) && !actor) {
      used[i] = 1;
      const p = newPerson('role', m.first, m.last, '', { office: (office ?? fixed)!.office });
      if (fixed) p.country = fixed.country;
      else if (office?.possessive) {
        // "ووزير خارجيته": the country of the person just named.
        const prev = [...people].reverse().find((q) => q.country);
        if (prev) p.country = prev.country;
      } else {
        const c = countryAt(m.last);
        if (c) {
          used[c.mi] = 1;
          p.country = c.code;
          p.last = ms[c.mi].last;
        }
      }
      p.text = orig(v, idx, p.first, p.last);
      attachNameAfter(p, p.last);
      if (!p.name) {
        // "آن باترسون مساعدة وزير الخارجية الأمريكي": the name before the role
        const nb = nameBefore(v, p.first, v.first);
        if (nb && !people.some((q) => q.last > nb.first)) {
          p.name = orig(v, idx, nb.first, nb.last);
          p.first = nb.first;
        }
      }
      // A role that names no country is the article's own official when the title is definite ("وزير الخارجية",
      // "جلالة الملك"; not "رئيس", "وزير خارجية" that a genitive will complete): the caller resolves it or drops it.
      // (But one joined by و to a counterpart is of the counterpart's country: "التقى نظيره الأمريكي ومستشار الأمن
      // القومي" met two Americans; "أمير قطر ووزير الخارجية" in a Saudi paper is the Saudi minister.)
      const prev = people.length > 0 ? people[people.length - 1] : undefined;
      if (!p.country && m.clitic.startsWith('و') && prev !== undefined && prev.kind === 'counterpart' && prev.last === p.first && prev.country !== undefined) p.country = prev.country;
      if (!p.country) {
        const words = v.nt.text.slice(m.s, m.e).split(' ');
        p.homeless = words[0].startsWith('ال') || words[words.length - 1].startsWith('ال');
      }
      if (p.country || p.name || p.homeless) people.push(p);
      continue;
    }
    if (counterpart || (person && !actor)) {
      used[i] = 1;
      const p = newPerson(counterpart ? 'counterpart' : 'person', m.first, m.last, '');
      const c = countryAt(m.last);
      if (c) {
        used[c.mi] = 1;
        p.country = c.code;
        p.last = ms[c.mi].last;
        const more = chainAfter(c.mi);
        if (more.codes.length) {
          p.also = more.codes;
          p.last = more.last;
        }
      }
      p.text = orig(v, idx, p.first, p.last);
      attachNameAfter(p, p.last);
      if (!counterpart && p.country && !p.name && tagOf(m, 'backperson')) p.back = true;
      if (counterpart || p.country || p.name) people.push(p);
      continue;
    }
    if (actor && insideLongerName(v, i, actor.full)) continue;
    if (actor) {
      used[i] = 1;
      const p = newPerson('actor', m.first, m.last, '', { actorIds: actor.ids, fullName: actor.full, name: orig(v, idx, m.first, m.last) });
      attachRoleAfter(p, m.last);
      p.text = orig(v, idx, p.first, p.last);
      people.push(p);
      continue;
    }
    const pron = tagOf(m, 'honorpron');
    if (pron) {
      used[i] = 1;
      people.push(newPerson('ref', m.first, m.last, orig(v, idx, m.first, m.last), { honor: pron.cls }));
      continue;
    }
    if (tagOf(m, 'anaphor')) {
      used[i] = 1;
      people.push(newPerson('anaphor', m.first, m.last, orig(v, idx, m.first, m.last)));
      continue;
    }
    if (country && country.form !== 'ambiguous') {
      used[i] = 1;
      // (Not tokens[-1] for a text's first word: a negative index is a property lookup, and it slowed every read here.)
      const prev = m.first > 0 ? v.tokens[m.first - 1] : undefined;
      countries.push({
        code: country.code,
        form: country.form,
        place_en: country.place_en,
        first: m.first,
        last: m.last,
        text: orig(v, idx, m.first, m.last),
        // The word before, without a conjunction glued to it ("وفي" → "في"; "في" itself stays).
        before: prev && prev.kind === 'word' ? (prev.text.length > 2 && prev.text.charCodeAt(0) === WAW ? prev.text.slice(1) : prev.text) : prev?.text ?? '',
        clitic: m.clitic,
      });
    }
  }
  // Which tokens people cover, and where they start, so that the passes below stay linear in a long sentence.
  const span = Math.max(0, v.last - v.first);
  const covered = COVERED.take(span + 1);
  const starting = STARTING.take(span + 1);
  const mark = (p: PDesc) => {
    for (let k = p.first; k < p.last; k++) covered[k - v.first] = 1;
    starting[p.first - v.first] = 1;
  };
  const add = (p: PDesc) => {
    people.push(p);
    mark(p);
  };
  const coveredAt = (k: number) => k >= v.first && k < v.last && covered[k - v.first] === 1;
  people.forEach(mark);
  // Unknown people after an honorific ("من الفريق الركن الشيخ راشد بن عبدالله آل خليفة"): a country from a ruling
  // family at the end of the name, or a role right after it.
  for (let i = 0; i < ms.length; i++) {
    if (!tagOf(ms[i], 'honorific') || tagOf(ms[i], 'office')) continue;
    let k = ms[i].last;
    for (let j = i + 1; j < ms.length && ms[j].first === k && tagOf(ms[j], 'honorific') && !tagOf(ms[j], 'office'); j++) k = ms[j].last;
    if (coveredAt(k)) continue;
    const n = nameAfter(v, k);
    if (!n || n.last - n.first < 2) continue;
    let overlap = false;
    for (let x = n.first; x < n.last && !overlap; x++) overlap = coveredAt(x);
    if (overlap) continue;
    // "الشيخ محمد الخالد الحمد الصباح": a family's short name right after the name ends it; the pass above took it
    // for a person of its own.
    let end = n.last;
    const fj = idx.get(n.last);
    const fam = fj === undefined ? undefined : tagOf(ms[fj], 'family');
    if (fam && !tagOf(ms[fj!], 'office') && !tagOf(ms[fj!], 'actor')?.full) {
      const alone = people.findIndex((q) => q.kind === 'actor' && q.first === ms[fj!].first && q.last === ms[fj!].last);
      if (alone >= 0) people.splice(alone, 1);
      end = ms[fj!].last;
    }
    const p = newPerson('unknown', ms[i].first, end, '', { name: orig(v, idx, n.first, end) });
    for (let x = n.first; x < end; x++) {
      const j = idx.get(x);
      if (j === undefined) continue;
      const f = tagOf(ms[j], 'family');
      if (f) p.country = f.code;
      used[j] = 1;
    }
    attachRoleAfter(p, end);
    // The titles right after the name, taken above as roles of their own ("... آل خليفة وزير الداخلية بمملكة
    // البحرين", "... الصباح نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت"), are his; the one that names a
    // country says most.
    const titleAt = (e: number) => people.findIndex((q) => q.kind === 'role' && q.first === e && !q.name);
    let withCountry = false;
    for (let t = p.office ? -1 : titleAt(end); t >= 0; t = titleAt(end)) {
      const q = people[t];
      // The first title, unless a later one names a country and the one taken does not.
      if (!p.office || (q.country && !withCountry)) {
        p.office = q.office;
        p.modified = q.modified;
        withCountry = !!q.country;
      }
      p.country ??= q.country;
      p.last = end = q.last;
      people.splice(t, 1);
    }
    if (!p.country && !p.office) continue;
    p.text = orig(v, idx, p.first, p.last);
    add(p);
  }
  // Unknown people named in quotes next to a role, or after an honorific, that no pass above took.
  for (let k = v.first; k < v.last; k++) {
    // (Every token of the sentence is asked: one comparison first.)
    if (!isQuote(v.tokens[k], GUILLEMET)) continue;
    if (coveredAt(k)) continue;
    const n = nameAfter(v, k);
    if (!n || !n.quoted) continue;
    const p = newPerson('unknown', k, n.last + 1, '', { name: orig(v, idx, n.first, n.last) });
    attachRoleAfter(p, n.last + 1);
    if (!p.office && !p.country) continue;
    p.text = orig(v, idx, p.first, p.last);
    add(p);
  }
  // An honorific with no one after it ("وكان سمو الأمير قد هاتف") stands for the person first styled so.
  for (let i = 0; i < ms.length; i++) {
    const hc = tagOf(ms[i], 'honorcls');
    if (!hc || coveredAt(ms[i].first)) continue;
    let k = ms[i].last;
    for (let j = i + 1; j < ms.length && ms[j].first === k && tagOf(ms[j], 'honorific') && !tagOf(ms[j], 'office'); j++) k = ms[j].last;
    let someone = false;
    for (let x = ms[i].first; x <= k && x < v.last && !someone; x++) someone = starting[x - v.first] === 1;
    if (someone || nameAfter(v, k)) continue;
    add(newPerson('ref', ms[i].first, k, orig(v, idx, ms[i].first, k), { honor: hc.cls }));
  }
  sortByFirst(people);
  return { people, countries };
}

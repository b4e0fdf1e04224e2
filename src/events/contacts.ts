/**
 * Contacts in one article: triggers with their participants, date, place, status and topics, sentence by sentence,
 * then joined so that one contact told in several sentences ("جاء ذلك خلال اتصال هاتفي...", "وبحث الجانبان...")
 * is one event.
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import type { NormText } from '../normalize/arabic.js';
import { textAt, type Token } from '../normalize/tokens.js';
import type { DateMention } from '../temporal/types.js';
import { tagOf as itemTag } from '../temporal/items.js';
import { fmtDay, addDays, isoDayNumber } from '../temporal/calendar.js';
import { readDays, readEventDistance, shiftByDistance } from '../temporal/families/offset.js';
import { holderAt, officesOf, resolveShort } from './actors.js';
import { codesFor } from './codes.js';
import type { ClauseWords } from './clauses.js';
import type { ETag, EventLexicon, NamedEventData } from './lexicon.js';
import { countryOf, findParticipants, type CDesc, type PDesc, type SentenceView } from './participants.js';
import { scanMentions, splitSentences, tagOf, type EMention, type Sentence } from './scan.js';
import { ByteScratch } from '../scratch.js';
import { sortByFirst } from './order.js';
import { normalizeWord } from '../normalize/arabic.js';
import type { Contact, ContactType, EventDate, EventType, Office, Participant, Place, Source, Status } from './types.js';

export interface ExtractOptions {
  statements: boolean;
  /** Receives each sentence-level candidate before joining (for debugging extraction rules). */
  trace?: (line: string) => void;
}

/** A contact as found in one sentence, before joining and before roles are resolved to people. */
interface Candidate {
  type: EventType;
  weak: boolean;
  status: Status;
  /**
   * The status rests only on an imperfect verb or a purpose ("للقاء"): headlines write past contacts in the present
   * ("أمير قطر يستقبل ..."), so such a "planned" gives way to a report of the same contact as done.
   */
  softStatus: boolean;
  people: PDesc[];
  countries: string[];
  place: Place | null;
  date: EventDate | null;
  topics: Set<string>;
  sources: Source[];
  /** Continues the previous contact ("جاء ذلك خلال", "وبحث الجانبان", "خلال اللقاء"). */
  continues: boolean;
  /**
   * Told inside a report ("أعلنت الخارجية أمس أن الوزير سيزور ..."): the day the report was made, null when it has
   * none; undefined when the contact is not reported.
   */
  reportedOn: EventDate | null | undefined;
  /** Only adds to the previous contact (no trigger of its own). */
  pure: boolean;
  /** Introduced inside a sentence about another contact ("نتائج اللقاء بين ..."): not what the next sentence continues. */
  embedded: boolean;
  hosted: boolean;
  /** The trigger is a verb (its subject may be left unsaid). */
  verb: boolean;
  /** Where a visit goes; a tour of several countries is one visit to each. */
  destinations: Place[];
  /** Token of the trigger word. */
  triggerAt?: number;
  /** "على هامش اللقاء": on the sidelines of the contact just reported, so on its date when the text gives none. */
  sidelinesOfPrevious?: boolean;
  /** "زيارتهم إلى لبنان": a visit noun with a pronoun, which may retell a visit to the same place told just before. */
  retold?: boolean;
  /**
   * Where `sources` start, so that folding many sentences into one contact stays linear. (The candidates of one
   * article: its offsets tell its sentences apart.)
   */
  sourceKeys?: Set<number>;
  /** Its subject is "الوزيران", "الجانبين" or a dual verb with no one named: the people of the contact before. */
  anaphoric?: boolean;
  /** "كما التقى ...": a contact verb after كما ("also") tells another contact, not one already told. */
  also?: boolean;
  /** A visit begun by "يبدأ", "يستهل" ("يبدأ زيارته للكويت وقطر اليوم"): as a tour, its date is the first day's. */
  opensTour?: boolean;
  sentence: number;
  notes: string[];
}

const TYPE_STRENGTH: Record<EventType, number> = { talks: 0, statement: 0, meeting: 2, visit: 2, summit: 2, call: 3 };
/** How far after a contact word its first party may come, and how far apart chained parties may be (words). */
const PARTY_REACH = 8;
const PARTY_GAP = 4;
/** A date this far (in words) from its contact word belongs to something else in a long sentence. */
const DATE_REACH = 15;

function originalOf(article: Article, a: Analysis, first: number, last: number): string {
  const t = a.tokens;
  return article.text.slice(a.nt.starts[t[first].s], a.nt.ends[t[last - 1].e - 1]);
}

/** Whether a mention names a party: a person, a title, a counterpart or a country. */
function namesPartyAt(x: EMention | undefined): boolean {
  return x !== undefined && x.tags.some((t) => t.t === 'actor' || t.t === 'office' || t.t === 'fixed' || t.t === 'person' || t.t === 'counterpart' || t.t === 'country' || t.t === 'honorific');
}

/** Index of the token containing normalized offset s (binary search). */
export function tokenAtNorm(a: Analysis, s: number): number {
  const t = a.tokens;
  let lo = 0, hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid].s <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function itemAtNorm(a: Analysis, s: number): number {
  const it = a.items;
  let lo = 0, hi = it.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (it[mid].s <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Normalized offset of an original offset (first normalized char at or after it). */
function normAt(a: Analysis, orig: number): number {
  return normAtNt(a.nt, orig);
}

function normAtNt(nt: NormText, orig: number): number {
  const st = nt.starts;
  let lo = 0, hi = st.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid] < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Lookups made once per article rather than once per sentence or per word: the mentions by their first and by their
 * last token (the last one written wins, as in text order), and the token each date item starts in.
 */
interface ArticleIndex {
  starting: Array<EMention | undefined>;
  ending: Array<EMention | undefined>;
  /** tokenAtNorm(a, items[i].s) for every item i. */
  itemToken: number[];
}

/** The mention that starts at token k, if k is inside sentence S (the rules look a few words either side). */
function startingIn(starting: ArticleIndex['starting'], S: Sentence, k: number): EMention | undefined {
  return k >= S.first && k < S.last ? starting[k] : undefined;
}

export function indexArticle(ems: readonly EMention[], a: Analysis): ArticleIndex {
  const n = a.tokens.length;
  const starting = new Array<EMention | undefined>(n + 1);
  const ending = new Array<EMention | undefined>(n + 1);
  for (const x of ems) {
    starting[x.first] = x;
    ending[x.last] = x;
  }
  // Items come in text order, so one walk along the tokens finds them all (a step back starts the walk again).
  // (A plain array: a typed one this size would get a buffer outside the heap, which costs more to make.)
  const itemToken = new Array<number>(a.items.length).fill(0);
  let j = 0, prev = -1;
  for (let i = 0; i < a.items.length; i++) {
    const s = a.items[i].s;
    if (s < prev) j = 0;
    prev = s;
    while (j + 1 < n && a.tokens[j + 1].s <= s) j++;
    itemToken[i] = j;
  }
  return { starting, ending, itemToken };
}

type TriggerTag = Extract<ETag, { t: 'trigger' }>;

interface DatedSpan {
  mention: DateMention;
  first: number;
  last: number;
}

function eventDateOf(m: DateMention): EventDate {
  if (m.bound) {
    return { text: m.bound.text, value: m.value, start: m.bound.start, end: m.bound.end, grain: 'range', mod: m.bound.mod, rule: `bound/${m.bound.mod.toLowerCase()}:${m.rule}`, derivation: m.bound.derivation };
  }
  return { text: m.text, value: m.value, start: m.start, end: m.end, grain: m.grain, mod: m.mod, rule: m.rule, derivation: m.derivation };
}

function namedEventDate(ev: NamedEventData, phrase: string, pub: string, several: boolean): EventDate {
  const same = ev.start === ev.end;
  return {
    text: phrase,
    value: same ? ev.start : `${ev.start}/${ev.end}`,
    start: ev.start,
    end: ev.end,
    grain: same ? 'day' : 'range',
    mod: null,
    rule: 'named-event',
    derivation: `${phrase}: the ${ev.name_en}, ${same ? fmtDay(ev.start) : `${ev.start}–${ev.end}`} (data/events.yaml${several ? `, the most recent before publication ${fmtDay(pub)}` : ''})`,
  };
}

/** The most recent instance of a named event that starts on or before publication. */
function pickNamed(lex: EventLexicon, ids: readonly string[], pub: string): { ev: NamedEventData; several: boolean } | null {
  let best: NamedEventData | null = null;
  for (const id of ids) {
    const e = lex.namedEvents.get(id);
    if (e && e.start <= pub && (!best || e.start > best.start)) best = e;
  }
  return best ? { ev: best, several: ids.length > 1 } : null;
}

/**
 * An agency dateline opening one of the first sentences: a place, then the agency ("الدوحة (أ ف ب) -", "أنقرة/
 * الأناضول") or a date and the agency ("الدوحة في 07 فبراير /قنا/", "الكويت - 27 - 7 (كونا) --", "الرياض 19 رجب
 * 1439 هـ الموافق 05 أبريل 2018 م واس"). Returns the place's country and the dateline's dates.
 */
function findDateline(first: readonly Sentence[], viewOf: (si: number) => SentenceView, dated: readonly DatedSpan[]): { place: string | null; dates: Set<DatedSpan> } {
  for (let si = 0; si < first.length; si++) {
    const S = first[si];
    const v = viewOf(si);
    const t = v.tokens;
    const m = v.ms[0];
    const c = m && m.first === S.first ? countryOf(v, m) : undefined;
    if (!c || c.form === 'nisba' || c.form === 'ambiguous') continue;
    const isP = (x: number, ...q: string[]) => t[x]?.kind === 'punct' && q.includes(t[x].text);
    if (isP(m.last, '(', '/')) return { place: c.code, dates: new Set() };
    let k = m.last;
    while (k < S.last && (isP(k, '-', '–') || t[k].text === 'في')) k++;
    const dates = new Set<DatedSpan>();
    for (let d = dated.find((x) => x.first === k); d; ) {
      dates.add(d);
      k = d.last;
      const at = k;
      d = dated.find((x) => x.first === at || (x.first === at + 1 && t[at]?.text === 'الموافق'));
    }
    if (dates.size && (isP(k, '(', '/', '-', '–') || k + 1 >= S.last)) return { place: c.code, dates };
  }
  return { place: null, dates: new Set() };
}

/** The event lexicon's view of an article's body: its mentions and sentences. */
export interface EventScan {
  ems: EMention[];
  sentences: Sentence[];
}

export function scanArticle(article: Article, nt: NormText, tokens: readonly Token[], lex: EventLexicon): EventScan {
  const bodyNorm = normAtNt(nt, article.bodyStart);
  let firstTok = 0;
  while (firstTok < tokens.length && tokens[firstTok].s < bodyNorm) firstTok++;
  return { ems: scanMentions(tokens, lex, firstTok), sentences: splitSentences(tokens, nt, firstTok) };
}

/** Sentences worth dating for contacts: those with a contact word, a reference back to one, or reported speech. */
export function contactSentences(scan: EventScan, statements: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  for (const S of scan.sentences) {
    while (k < scan.ems.length && scan.ems[k].first < S.first) k++;
    for (let j = k; j < scan.ems.length && scan.ems[j].first < S.last; j++) {
      if (scan.ems[j].tags.some((t) => RELEVANT.has(t.t) || (statements && t.t === 'report'))) {
        out.push([S.first, S.last]);
        break;
      }
    }
  }
  return out;
}

// A return home is dated too: it may end a tour (see tourEnd).
const RELEVANT = new Set(['trigger', 'named', 'backref', 'cont', 'anaphor', 'sidelines', 'phone', 'return']);

// Which tokens are inside a date, and which inside any lexicon phrase: one array each, reused article after article.
const IN_DATE = new ByteScratch();
const TAGGED = new ByteScratch();

export function extractContacts(article: Article, a: Analysis, lex: EventLexicon, opts: ExtractOptions, pre?: EventScan): Contact[] {
  const tokens = a.tokens;
  const W = lex.clauses;
  const scanned = pre ?? scanArticle(article, a.nt, tokens, lex);
  const sentences = scanned.sentences;

  // Date mentions by token position.
  // (The stage's per-article arrays, these and dated below, are filled by push into a literal, not made by map or
  // filter: an empty array from map has another hidden class than a full one, and the first article without dates
  // would send the optimized stage back to the interpreter and its compiler to work again on one of the largest
  // functions here.)
  const allDated: DatedSpan[] = [];
  for (const m of a.mentions) {
    const s = normAt(a, m.bound ? m.bound.start_offset : m.start_offset);
    const e = normAt(a, m.end_offset);
    allDated.push({ mention: m, first: tokenAtNorm(a, s), last: tokenAtNorm(a, Math.max(s, e - 1)) + 1 });
  }
  const inDate = IN_DATE.take(tokens.length);
  for (const d of allDated) for (let k = d.first; k < d.last; k++) inDate[k] = 1;
  const ems: EMention[] = [];
  // ("فيصل" is a name, not ف + "يصل" (arrives): the event lexicon reads a known first name only as written; see
  // src/data/compile.ts.)
  for (const m of scanned.ems) {
    const act = tagOf(m, 'actor');
    // A word of a date ("23 ماي 2019") is not a person's name (Theresa May); a short name with a preposition glued
    // to it is more often an ordinary word ("لترؤس" is not Liz Truss): short names take only و/ف.
    const dropActor = act && (inDate[m.first] || (!act.full && (m.clitic.includes('ل') || m.clitic.includes('ب') || m.clitic.includes('ك'))));
    if (!dropActor) ems.push(m);
    else {
      const tags = m.tags.filter((t) => t.t !== 'actor');
      if (tags.length) ems.push({ ...m, tags });
    }
  }

  const index = indexArticle(ems, a);
  // Tokens that belong to any lexicon phrase are not name material.
  const tagged = TAGGED.take(tokens.length);
  for (const m of ems) for (let k = m.first; k < m.last; k++) tagged[k] = 1;
  for (let i = 0; i < a.items.length; i++) {
    const it = a.items[i];
    if (it.kind !== 'lex') continue;
    // From the token the item starts in to the one its last character is in.
    const end = Math.max(it.s, it.e - 1);
    let k = index.itemToken[i];
    tagged[k] = 1;
    while (k + 1 < tokens.length && tokens[k + 1].s <= end) tagged[++k] = 1;
  }


  // Countries the article names unambiguously settle a form two countries share ("عمان").
  const support = new Set<string>();
  for (const m of ems) for (const t of m.tags) if (t.t === 'country' && t.form !== 'ambiguous') support.add(t.code);
  const homeFits = (inName: string | null, code: string) => inName === null || (lex.countries.get(code)?.names ?? []).some((n) => normalizeWord(n).includes(inName));
  let homeCandidates: string[] = [];
  const sentenceMs: EMention[][] = [];
  {
    let mi = 0;
    for (const S of sentences) {
      while (mi < ems.length && ems[mi].first < S.first) mi++;
      const ms: EMention[] = [];
      for (let k = mi; k < ems.length && ems[k].first < S.last; k++) ms.push(ems[k]);
      sentenceMs.push(ms);
    }
  }
  // (The view's functions are made once; a view is made per sentence, twice.)
  const homeOf = (inName: string | null) => homeCandidates.find((c) => homeFits(inName, c)) ?? null;
  // (For the view. The stage's own checks call isOrganisation: a closure made per article is a new call target each
  // time, and optimized code that saw one went back to the interpreter when it met the next.)
  const org = (c: string) => isOrganisation(lex, c);
  const actorCountry = (id: string) => lex.actors.get(id)?.country;
  const countryName = (code: string) => lex.countries.get(code)?.name_en;
  const viewOf = (si: number, home: SentenceView['home'] = homeOf): SentenceView => ({
    tokens,
    nt: a.nt,
    ms: sentenceMs[si],
    tagged,
    first: sentences[si].first,
    last: sentences[si].last,
    firstNames: lex.firstNames,
    notNames: lex.notNames,
    nameParticles: lex.nameParticles,
    org,
    actorCountry,
    home,
    support,
    countryName,
  });
  // The dateline ("الدوحة في 07 فبراير /قنا/", "الكويت - 27 - 7 (كونا) --"): its place is the article's home, and its
  // date is when the text was filed, not when the contact it opens took place.
  const dl = findDateline(sentences.slice(0, 3), viewOf, allDated);
  const dated: DatedSpan[] = [];
  for (const d of allDated) if (!dl.dates.has(d)) dated.push(d);
  sortByFirst(dated);
  let di = 0;

  // A first pass over the people of the whole article: whom it styles "سمو", "معالي"..., which officials it names,
  // and its home country (the dateline's, else its first person's).
  const honoured = new Map<string, PDesc>();
  const named: PDesc[] = [];
  let firstCountry: string | null = null;
  // Only a home word ("البلاد") reads the home country, which is known after this pass: the others keep their result.
  const firstFound: Array<ReturnType<typeof findParticipants> | null> = [];
  sentences.forEach((_, si) => {
    const ms = sentenceMs[si];
    let askedHome = false;
    const found = findParticipants(viewOf(si, (inName) => ((askedHome = true), homeOf(inName))));
    firstFound.push(askedHome ? null : found);
    const people = found.people;
    let startsAt: Map<number, PDesc> | null = null;
    for (const p of people) {
      if (p.kind === 'ref' || p.kind === 'anaphor' || p.kind === 'counterpart') continue;
      firstCountry ??= p.country ?? (p.actorIds?.length === 1 ? lex.actors.get(p.actorIds[0])?.country : undefined) ?? null;
      if (p.actorIds?.length === 1 || (p.office && p.country && !p.modified)) named.push(p);
    }
    for (let i = 0; i < ms.length; i++) {
      const hc = tagOf(ms[i], 'honorcls');
      if (!hc || honoured.has(hc.cls)) continue;
      let k = ms[i].last;
      for (let j = i + 1; j < ms.length && ms[j].first === k && tagOf(ms[j], 'honorific') && !tagOf(ms[j], 'office'); j++) k = ms[j].last;
      startsAt ??= new Map(people.map((p) => [p.first, p]));
      for (let x = ms[i].first; x <= k; x++) {
        const q = startsAt.get(x);
        if (q && q.kind !== 'ref' && (q.actorIds?.length === 1 || (q.office && q.country))) {
          honoured.set(hc.cls, q);
          break;
        }
      }
    }
  });
  // A dateline abroad ("أوساكا ... واس") is not home: the dateline counts when the article names someone of there.
  const namedCountries = new Set(named.map((p) => p.country ?? lex.actors.get(p.actorIds?.[0] ?? '')?.country));
  homeCandidates = [dl.place && namedCountries.has(dl.place) ? dl.place : null, firstCountry].filter((c): c is string => !!c);
  const home = homeCandidates[0] ?? null;
  const pub = article.published;
  const actorOf = (p: PDesc) => (p.actorIds?.length === 1 ? p.actorIds[0] : p.office && p.country ? holderAt(lex, p.office, p.country, pub, pub) : null);
  // The first named holder of each office (of the home country, and of any), and the first named person of each
  // country, looked up in constant time however many titles the article has.
  const firstHolder = new Map<string, PDesc>();
  const firstHomeHolder = new Map<string, PDesc>();
  const firstOfCountry = new Map<string, PDesc>();
  // (An article names its officials again and again: the same office, person and country set nothing new.)
  // (The key is what decides the id and the country below, so it is checked before the office holder is looked up;
  // nested by its parts, which are the lexicon's own strings, where a joined key was a new string to hash each time.)
  const seenNamed = new Map<string, Map<string, Set<string>>>();
  for (const q of named) {
    const office = q.office ?? '', person = q.actorIds?.length === 1 ? q.actorIds[0] : '', country = q.country ?? '';
    let byPerson = seenNamed.get(office);
    if (byPerson === undefined) seenNamed.set(office, (byPerson = new Map()));
    let countries = byPerson.get(person);
    if (countries === undefined) byPerson.set(person, (countries = new Set()));
    if (countries.has(country)) continue;
    countries.add(country);
    const id = actorOf(q);
    const c = q.country ?? lex.actors.get(id ?? '')?.country;
    const offices: string[] = [];
    if (q.office) offices.push(q.office);
    for (const o of officesOf(lex, id ?? '', pub)) if (!offices.includes(o.office)) offices.push(o.office);
    for (const o of offices) {
      if (!firstHolder.has(o)) firstHolder.set(o, q);
      if (c === home && !firstHomeHolder.has(o)) firstHomeHolder.set(o, q);
    }
    if (c && id && !firstOfCountry.has(c)) firstOfCountry.set(c, q);
  }
  /** Pronouns, bare titles and "الوزير التركي" made into the people they stand for; null when nothing fits. */
  const resolveRef = (p: PDesc): PDesc | null => {
    // The person as written here ("سموه"), known by the identity the article gave him.
    const as = (q: PDesc): PDesc => ({ ...q, first: p.first, last: p.last, text: p.text, name: q.actorIds ? undefined : q.name });
    if (p.kind === 'ref') {
      const q = p.honor ? honoured.get(p.honor) : undefined;
      return q ? as(q) : null;
    }
    if (p.homeless && !p.country) {
      if (p.name) return home && !p.actorIds ? { ...p, country: home } : p;
      // The official of that office the article names, one of its own country first; else its own office holder.
      const q = firstHomeHolder.get(p.office!) ?? (home ? null : firstHolder.get(p.office!));
      if (q) return { ...as(q), office: p.office };
      return home ? { ...p, country: home } : null;
    }
    if (p.back) {
      const q = p.country ? firstOfCountry.get(p.country) : undefined;
      return q ? as(q) : p;
    }
    return p;
  };

  // Known people named in full so far, with the sentence they were last named in: a shared short name
  // ("آل ثاني") means the one named most recently.
  const seenFull = new Map<string, number>();
  let lastSubject: { p: PDesc; sentence: number } | null = null;
  const candidates: Candidate[] = [];
  sentences.forEach((S, si) => {
    const view = viewOf(si);
    const kept = firstFound[si];
    const fresh = kept ?? findParticipants(view);
    // A quiet sentence yields no candidate: its people only tell who was named in full. (Resolving them keeps no
    // anaphor out and makes none, so the first pass's people answer this for the resolved ones.)
    const still = quiet(sentenceMs[si], fresh.people, opts);
    // Copies: the second pass settles people's countries and ids, and the first pass's people are the references. A
    // quiet sentence changes no one, so it needs none.
    const found0 = kept && !still ? { ...kept, people: copies(kept.people) } : fresh;
    // A title right after a person is his ("محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية"), not another.
    const apposed = (p: PDesc, i: number) => {
      // (Not people[-1]: a negative index is a named-property lookup up the prototype chain, not an array read.)
      const q = i > 0 ? found0.people[i - 1] : undefined;
      return p.homeless && !p.name && q !== undefined && (q.last === p.first || (q.last === p.first - 1 && tokens[q.last].kind === 'punct'));
    };
    const people: PDesc[] = [];
    for (let i = 0; i < found0.people.length; i++) {
      const p = found0.people[i];
      if (apposed(p, i) || (p.homeless && p.modified && !p.name)) continue;
      const r = resolveRef(p);
      if (r !== null) people.push(r);
    }
    const countries = found0.countries;
    for (const p of people) if (p.fullName && p.actorIds?.length === 1) seenFull.set(p.actorIds[0], si);
    if (still) return;
    while (di < dated.length && dated[di].first < S.first) di++;
    let dj = di;
    while (dj < dated.length && dated[dj].first < S.last) dj++;
    const found = sentenceCandidates(article, a, lex, S, si, view, index, people, countries, dated.slice(di, dj), opts);
    for (const c of found) {
      // "ثم يزور ماليزيا ...": a verb with no subject of its own continues the subject of the sentence before.
      const ownSubject = c.type === 'visit' ? c.countries.length > (c.place?.country ? 1 : 0) : c.countries.length > 0;
      const objectOnly = c.people.length > 0 && c.people.every((p) => p.kind === 'counterpart' || p.first > (c.triggerAt ?? 0));
      if ((c.people.length === 0 || (objectOnly && c.people[0].kind === 'counterpart')) && !ownSubject && !c.pure && !c.continues && c.verb && lastSubject && si - lastSubject.sentence <= 1 && !people.some((p) => p.kind === 'anaphor') && !c.people.includes(lastSubject.p)) c.people.unshift(lastSubject.p);
      for (const p of c.people) if (!p.fullName && p.actorIds && p.actorIds.length > 1) {
        const day = c.date?.start ?? article.published;
        const id = resolveShort(p.actorIds, seenFull, day, lex);
        if (id) p.actorIds = [id];
      }
      // A known person stands for his country even before his office is resolved; a role names its holder on the
      // contact's date already, so that "وزير الخارجية الأمريكي" here and "جون كيري" there are one person.
      const day0 = c.date?.start ?? c.date?.end ?? article.published, day1 = c.date?.end ?? day0;
      for (const p of c.people) {
        if (p.actorIds?.length === 1 && !p.country) p.country = lex.actors.get(p.actorIds[0])?.country;
        if (!p.actorIds && p.kind === 'role' && p.office && p.country && !p.modified && !p.name) {
          const h = holderAt(lex, p.office, p.country, day0 <= day1 ? day0 : day1, day1);
          if (h) p.actorIds = [h];
        }
      }
      candidates.push(c);
      opts.trace?.(`s${si} ${c.pure ? 'pure' : c.type}${c.continues ? '+cont' : ''}${c.embedded ? '+emb' : ''} ${c.status} [${c.people.map((p) => p.name ?? p.text).join('; ')}] {${c.countries.join(',')}} ${c.date?.text ?? '-'}`);
      const subj = c.people.find((p) => p.kind !== 'anaphor' && (p.actorIds || p.office || p.name));
      if (subj && !c.pure && !c.embedded) lastSubject = { p: subj, sentence: si };
    }
  });
  // (Before joining: a contact dated from another is kept apart from the contacts its date excludes.)
  anchorToEarlier(candidates, sentences, tokens, a, article, lex.clauses);
  const joined = joinCandidates(candidates, lex, article);
  datePartiesSummit(joined, ems, lex, article, a);
  /**
   * The return home that ends a tour of a visitor from `home`: a return word, then إلى (or ل) and a name or capital
   * of that country within a few words ("يعود وزير الخارجية الإيراني إلى طهران"), and a date right after it, on or
   * after the tour's first day.
   */
  const tourEnd = (home: ReadonlySet<string>, from: string): DatedSpan | null => {
    for (let si = 0; si < sentences.length; si++) {
      const ms = sentenceMs[si];
      for (let i = 0; i < ms.length; i++) {
        if (!tagOf(ms[i], 'return')) continue;
        let to: EMention | null = null;
        for (let j = i + 1; j < ms.length && ms[j].first - ms[i].last <= 6 && !to; j++) {
          const c = tagOf(ms[j], 'country');
          const led = ms[j].clitic === 'ل' || (!ms[j].clitic && W.destination_words.has(textAt(tokens, ms[j].first - 1)));
          if (c && home.has(c.code) && (c.form === 'name' || c.form === 'capital') && led) to = ms[j];
        }
        if (!to) continue;
        const d = dated.find((x) => x.first >= to!.last && x.first - to!.last <= 4 && x.first < sentences[si].last && x.mention.start !== null && x.mention.start >= from);
        if (d) return d;
      }
    }
    return null;
  };
  const stops = (c: Candidate): Candidate[] => {
    const opens = c.type === 'visit' && c.destinations.length >= 2 && c.date?.start && (c.opensTour || c.date.rule.startsWith('bound/starting:'));
    if (!opens) return splitTour(c);
    // The visitor's country: a country of the contact that is not a stop.
    const home = countriesOf(c);
    for (const d of c.destinations) home.delete(d.country!);
    const end = tourEnd(home, c.date!.start!);
    const date = stopDate(c.date!, end?.mention ?? null, c.destinations.length);
    return splitTour(c).map((x) => ({ ...x, date }));
  };
  // A contact is between parties: two countries, or one organisation meeting (GCC ministers, the Arab League
  // council). Fragments with one country or none are not contacts the timeline can place.
  const out: Contact[] = [];
  for (const j of joined) {
    for (const s of stops(j)) {
      const c = finalize(s, article, lex);
      const kept = c.type === 'statement' ? c.participants.length > 0 && c.countries.length > 0 : c.countries.length >= 2 || (c.countries.length === 1 && isOrganisation(lex, c.countries[0]) && (c.type === 'meeting' || c.type === 'summit'));
      if (!kept) continue;
      c.id = `${article.id}#${out.length + 1}`;
      out.push(c);
    }
  }
  return out;
}

/**
 * Whether the parties of a contact noun follow it, so that it is a new contact and not a reference back: a party word
 * or, after a possessive noun, a person within two words, before any other contact word.
 */
function partiesFollow(m: EMention, type: ContactType, tokens: readonly Token[], starting: ArticleIndex['starting'], S: Sentence, W: ClauseWords): boolean {
  // A definite noun needs a party word ("الذي يضم", "بين"); a possessive one may take its object directly.
  const possessive = !textAt(tokens, m.first).startsWith('ال');
  // "خلال زيارته ... مع": after "during" only a party right after the noun makes it a new contact; "فور وصوله جلسة
  // مباحثات مع": a party word after another contact word is that one's.
  const during = W.during.has(textAt(tokens, m.first - 1));
  for (let j = m.last; j <= m.last + 2; j++) {
    const x = startingIn(starting, S, j);
    if (x === undefined) continue;
    if (tagOf(x, 'trigger')) break;
    if (
      (tagOf(x, 'introducer') && (!during || x.first === m.last)) ||
      (possessive && (!during || x.first === m.last) && (tagOf(x, 'actor') || tagOf(x, 'office') || tagOf(x, 'counterpart'))) ||
      // "زيارته للكويت", "جولته إلى": a visit noun with its destination right after it
      (type === 'visit' && tagOf(x, 'country') && (x.clitic.endsWith('ل') || W.destination_words.has(textAt(tokens, x.first - 1)))) ||
      // "الزيارة المرتقبة لخادم الحرمين الشريفين": with its own visitor in ل, another visit
      (type === 'visit' && x.clitic.endsWith('ل') && (tagOf(x, 'actor') || tagOf(x, 'office') || tagOf(x, 'fixed')))
    )
      return true;
  }
  return false;
}

function isOrganisation(lex: EventLexicon, code: string): boolean {
  return lex.countries.get(code)?.kind === 'organisation';
}

/** Copies of people, in an array of the one hidden class the stage's people arrays have (see allDated). */
function copies(ps: readonly PDesc[]): PDesc[] {
  const out: PDesc[] = [];
  for (const p of ps) out.push({ ...p });
  return out;
}

/** Most sentences have no contact word and do not go on about one: they yield no candidate. */
function quiet(ms: readonly EMention[], people: readonly PDesc[], opts: ExtractOptions): boolean {
  if (opts.statements) return false;
  for (const m of ms) if (tagOf(m, 'trigger') || tagOf(m, 'named') || tagOf(m, 'cont')) return false;
  for (const p of people) if (p.kind === 'anaphor') return false;
  return true;
}

/** The candidates of a sentence that is not quiet (the caller has checked). */
function sentenceCandidates(
  article: Article,
  a: Analysis,
  lex: EventLexicon,
  S: Sentence,
  si: number,
  v: SentenceView,
  index: ArticleIndex,
  people: PDesc[],
  countries: CDesc[],
  dated: DatedSpan[],
  opts: ExtractOptions,
): Candidate[] {
  const ms = v.ms;
  const tokens = v.tokens;
  const W = lex.clauses;
  const source: Source = { article: article.id, sentence: article.text.slice(S.start, S.end), start: S.start, end: S.end };
  // What the sentence's mentions say as a whole, in one pass over their tags (the first tag of a kind counts, as
  // tagOf reads it): its topics, its first contact word, a continuation word at its start, its reporting verbs, a
  // phone, its named events, whether it names an institution.
  const topics = new Set<string>();
  let firstTrigger: EMention | undefined;
  let contAtStart = false, phone = false;
  const reports: EMention[] = [];
  const namedIn: EMention[] = [];
  // "على هامش اللقاء", "خلال الاجتماع": the first sidelines word with a back-reference right after it, and the first
  // back-reference after "during".
  let sidelinesAt: EMention | undefined, duringAt: EMention | undefined;
  let institution = false;
  for (const m of ms) {
    let topic = false, report = false, named = false;
    for (const x of m.tags) {
      switch (x.t) {
        case 'institution':
          institution = true;
          break;
        case 'sidelines':
          if (sidelinesAt === undefined && tagOf(startingIn(index.starting, S, m.last), 'backref')) sidelinesAt = m;
          break;
        case 'backref':
          if (duringAt === undefined && W.during.has(textAt(tokens, m.first - 1))) duringAt = m;
          break;
        case 'topic':
          if (!topic) topics.add(x.topic);
          topic = true;
          break;
        case 'trigger':
          firstTrigger ??= m;
          break;
        case 'named':
          firstTrigger ??= m;
          if (!named) namedIn.push(m);
          named = true;
          break;
        case 'cont':
          if (m.first - S.first <= 2) contAtStart = true;
          break;
        case 'report':
          if (!report) reports.push(m);
          report = true;
          break;
        case 'phone':
          phone = true;
          break;
      }
    }
  }
  const isContinuation =
    contAtStart ||
    people.some((p) => p.kind === 'anaphor' && (p.first - S.first <= 3 || (firstTrigger !== undefined && p.first < firstTrigger.first)));
  // "وقال المسؤول الأميركي أمس «...»", "أعلنت الخارجية أمس السبت أن ...": the speaker and the day of speaking
  // belong to the report, not to the contact it reports.
  const zones: Array<[number, number]> = [];
  // (The zones that end in "that he/she" (إنه، بأنها): the speaker is the subject of what follows.)
  let selfZones: Array<[number, number]> | null = null;
  for (const m of reports) {
    let e = m.last;
    while (e < S.last && e - m.last < 14 && !W.report_end.has(tokens[e].text)) e++;
    if (e < S.last && W.report_end.has(tokens[e].text)) {
      zones.push([m.first, e]);
      if (W.that_he.has(tokens[e].text)) (selfZones ??= []).push([m.first, e]);
    }
  }
  const inZone = (k: number) => zones.length !== 0 && zones.some(([a0, b0]) => k >= a0 && k < b0);
  /**
   * The tense around a contact noun: the verb right after it first ("لقاء ... سيعقد"), then the nearest cue before it
   * outside a report ("أعلنت أمس أن ..." times the announcement), then after it.
   */
  let triggerAt: Set<number> | null = null;
  // (Asked up to four times per contact noun: answered once.)
  const tenses = new Map<EMention, 'past' | 'future' | 'imperfect' | null>();
  const nounTense = (m: EMention): 'past' | 'future' | 'imperfect' | null => {
    let r = tenses.get(m);
    if (r === undefined) tenses.set(m, (r = tenseAround(m)));
    return r;
  };
  const tenseAround = (m: EMention): 'past' | 'future' | 'imperfect' | null => {
    const items = a.items;
    const at = itemAtNorm(a, tokens[m.first].s);
    const [sa, sb] = a.ctx.sentence(at);
    const cue = (k: number): 'past' | 'future' | 'imperfect' | null => {
      const t = itemTag(items[k], 'tense');
      if (!t || inZone(index.itemToken[k])) return null;
      if (t.tense !== 'imperfect') return t.tense === 'past' ? 'past' : 'future';
      // "قبل أن تبدأ محادثات": the subjunctive takes its time from the main clause.
      if (k >= 2 && W.that.has(items[k - 1].text) && W.before_after.has(items[k - 2].text)) return null;
      // A bare imperfect ("يتلقى اتصالا") is a headline's present as often as a plan; a future marker before it
      // ("من المقرر أن يجري") makes it a plan.
      for (let j = k - 1; j >= sa; j--) if (itemTag(items[j], 'tense')?.tense === 'future') return 'future';
      return 'imperfect';
    };
    // Looking ahead stops at the next contact word: "زيارة الجبير بعد لقاء عقده" times the meeting, not the visit.
    triggerAt ??= new Set(ms.filter((x) => tagOf(x, 'trigger')).map((x) => x.first));
    const triggers = triggerAt;
    const other = (k: number) => triggers.has(index.itemToken[k]) && index.itemToken[k] !== m.first;
    let k = at + 1;
    for (; k < Math.min(sb, at + 4) && !other(k); k++) {
      const c = cue(k);
      if (c) return c;
    }
    for (let j = at - 1; j >= Math.max(sa, at - 20); j--) {
      const c = cue(j);
      if (c) return c;
    }
    if (k < at + 4) return null;
    for (; k < Math.min(sb, at + 12) && !other(k); k++) {
      const c = cue(k);
      if (c) return c;
    }
    return null;
  };
  /** The word before token k, past punctuation ("البيان الختامي (لقمة"). */
  const wordBefore = (k: number) => {
    let j = k - 1;
    while (j >= S.first && tokens[j].kind === 'punct') j--;
    return j >= S.first ? textAt(tokens, j) : '';
  };
  // The sentence's mentions by their first and by their last token: the checks around a trigger look a few words
  // either side, so a sentence with many triggers stays linear.
  const startingAt = (k: number) => startingIn(index.starting, S, k);
  const endingAt = (e: number) => {
    const x = index.ending[e];
    return x !== undefined && x.first >= S.first && x.first < S.last ? x : undefined;
  };
  const endsNear = (at: number, reach: number, k: ETag['t']) => {
    for (let e = at; e >= at - reach; e--) if (tagOf(endingAt(e), k)) return true;
    return false;
  };
  const lightNear = (m: EMention) => {
    // "تلقى اتصالا", "أجرى اتصالا", and after the noun: "اتصال أجراه".
    if (endsNear(m.first, 3, 'light') || tagOf(startingAt(m.last), 'light') || tagOf(startingAt(m.last + 1), 'light')) return true;
    const after = tokens[m.last];
    return after !== undefined && after.kind === 'word' && (W.light_after.has(after.text) || after.text.startsWith('ب'));
  };
  const negated = (m: EMention) => endsNear(m.first, 2, 'neg');

  // Triggers: contact words (and named events as summits), negated ones dropped.
  interface Trig {
    m: EMention;
    type: ContactType;
    pos: 'noun' | 'verb';
    tense: 'past' | 'imperfect' | 'future' | null;
    weak: boolean;
    backref: boolean;
    named?: { ids: readonly string[] };
    plural: boolean;
  }
  const trigs: Trig[] = [];
  // The types of the sentence's negated contact words so far (most sentences have none).
  let negatedTypes: ContactType[] | null = null;
  // Where the last negated contact word ends: "لم يلتق ...، لكنه التقى ..." opens a clause of its own at لكن.
  let negatedEnd = -1;
  for (const m of ms) {
    const named = tagOf(m, 'named');
    if (named) {
      const side = endsNear(m.first, 1, 'sidelines');
      if (!side && !negated(m)) trigs.push({ m, type: 'summit', pos: 'noun', tense: null, weak: false, backref: false, named, plural: false });
      continue;
    }
    // Its first strong contact word's reading, else its first one's.
    let t0: TriggerTag | undefined;
    for (const x of m.tags) if (x.t === 'trigger' && (t0 === undefined || (t0.weak && !x.weak))) t0 = x;
    if (t0 === undefined) continue;
    // "تباحثا هاتفيا": talks by phone are a call, as strong as any other contact word.
    const byPhone = t0.weak && tagOf(startingAt(m.last), 'phone') !== undefined;
    // "لعقد لقاء", "لاستضافة البطولات": a past verb after the ل of purpose is its verbal noun, a noun of purpose, not
    // a finite verb; one word of hosting or meeting so read is a contact only with its guest right after it
    // ("لاستضافة الوزير"), for it also hosts tournaments and conferences.
    const purpose = t0.pos === 'verb' && t0.tense === 'past' && m.clitic.endsWith('ل');
    if (purpose && m.last - m.first === 1 && !namesPartyAt(startingAt(m.last))) continue;
    // "وتستضيف المدينة بانتظام مؤتمرات ومنتديات": a city hosting conferences hosts no one; a hosting verb is a contact
    // with a party in the two words after it ("استضاف أمير قطر ...", "تستضيف الدوحة اليوم اجتماعا" has its noun).
    if (t0.needsParty && !namesPartyAt(startingAt(m.last)) && !namesPartyAt(startingAt(m.last + 1))) continue;
    const t = byPhone ? { ...t0, type: 'call' as const, weak: false } : purpose ? { ...t0, pos: 'noun' as const, tense: null } : t0;
    if (t.needsLight && !lightNear(m)) continue;
    // "على هامش اجتماعات الجمعية العامة للأمم المتحدة": the meetings a contact was on the sidelines of are its
    // occasion, not a contact of their own (the one just reported, "على هامش اللقاء", is read as such above).
    if (t.pos === 'noun' && !tagOf(m, 'backref') && endsNear(m.first, 1, 'sidelines')) continue;
    if (negated(m)) {
      (negatedTypes ??= []).push(t.type);
      negatedEnd = m.last;
      continue;
    }
    // "ولم يلتق الوزير نظيره ... رغم تقارير تحدثت عن ترتيبات لعقد لقاء بينهما": a contact noun, or a verbal noun of
    // purpose (ل + "عقد لقاء"), after a negated contact word of its type tells the contact that did not take place
    // again. (A finite verb is a contact of its own: "لم يلتق الرئيس، لكنه التقى وزير الخارجية".)
    if (t.pos === 'noun' && negatedTypes !== null && negatedTypes.includes(t.type)) continue;
    // A definite or possessive contact noun points back, unless its parties follow ("اللقاء الثلاثي الذي يضم ...",
    // "خلال لقائه الرئيس بوتين").
    const backref = !!tagOf(m, 'backref') && !partiesFollow(m, t.type, tokens, index.starting, S, W);
    const w = textAt(tokens, m.first);
    const plural = t.pos === 'noun' && w.endsWith('ات');
    trigs.push({ m, type: t.type, pos: t.pos, tense: t.tense, weak: t.weak, backref, named: undefined, plural });
  }

  const out: Candidate[] = [];
  // "منذ عام 2018" (since), and "منذ سنوات" after "أول"/"الأولى" (the first in years), measure a gap: not a date of
  // the contact ("في أول زيارة له إلى إيران منذ عام 2018"); "زار الرياض منذ ثلاثة أسابيع" (ago) is one.
  let firstWordAt = -1;
  const firstOfKind = (x: DatedSpan) => {
    if (firstWordAt < 0) {
      firstWordAt = S.last;
      for (let j = S.first; j < S.last; j++) if (W.first_words.has(tokens[j].text)) {
        firstWordAt = j;
        break;
      }
    }
    return firstWordAt < x.first;
  };
  const since = (x: DatedSpan) => textAt(tokens, x.first - 1) === 'منذ' || (textAt(tokens, x.first) === 'منذ' && firstOfKind(x));
  const sentenceDates = dated.filter((d) => !since(d));

  const strong = trigs.filter((t) => !t.weak && !t.backref);
  // "وصل إلى عمان أمس في زيارة رسمية", "زار القاهرة ... في أول زيارة من نوعها": a visit noun in في after a visit verb
  // is that visit told again, not another.
  const visitVerbAt = trigs.find((v) => v.type === 'visit' && v.pos === 'verb')?.m.first ?? Infinity;
  const mannerOfVisit = (t: Trig) =>
    t.type === 'visit' && t.pos === 'noun' && (textAt(tokens, t.m.first - 1) === 'في' || (W.first_words.has(textAt(tokens, t.m.first - 1)) && textAt(tokens, t.m.first - 2) === 'في')) && visitVerbAt < t.m.first;
  // "وتناولت المباحثات ...": a talks verb whose only party is a contact just reported goes on about it.
  const talksAbout = !strong.length && trigs.some((t) => t.backref) && !people.some((p) => p.kind !== 'anaphor');
  const primaries = (strong.length ? strong : talksAbout ? [] : trigs.filter((t) => !t.backref).slice(0, 1)).filter((t) => !mannerOfVisit(t));

  if (primaries.length === 0) {
    // (Not a sentence that denies a contact: "ولم يلتق الوزيران خلال الجولة الأخيرة" says nothing of the contact
    // before it, though it names the tour.)
    if (negatedTypes === null && (isContinuation || trigs.some((t) => t.backref))) {
      // Adds sources, topics (and a date, if it has one) to the contact before it.
      const d = nearestDate(sentenceDates, S.first);
      out.push(goesOn(source, topics, si, d ? eventDateOf(d.mention) : null, people.filter((p) => p.kind !== 'anaphor')));
      return out;
    }
    if (opts.statements) {
      const rep = ms.find((m) => tagOf(m, 'report') && m.first - S.first <= 4);
      const speaker = people.find((p) => p.kind !== 'anaphor' && (p.name || p.office));
      if (rep && speaker) {
        // What was said was said by publication: a later date is what it speaks of.
        const d = nearestDate(sentenceDates.filter((x) => !x.mention.start || x.mention.start <= article.published), rep.first);
        const cs = [speaker.country, ...countries.filter((c) => !W.not_party_before.has(c.before) || c.form === 'capital').map((c) => c.code)].filter((x): x is string => !!x);
        const c = blank(source, topics, si);
        c.date = d ? eventDateOf(d.mention) : null;
        c.people = [speaker];
        c.type = 'statement';
        c.countries = [...new Set(cs)];
        out.push(c);
      }
    }
    return out;
  }

  // A clause starts at the trigger, or earlier at a clause break after the previous trigger ("، كما يعقد
  // وزير الخارجية الروسي ... مباحثات"), so that its own subject is in it.
  const clauseStartOf = (k: number): number => {
    if (k === 0) {
      const T = primaries[0];
      if (negatedEnd >= 0 && negatedEnd <= T.m.first) for (let x = T.m.first - 1; x >= negatedEnd; x--) if (W.but.has(tokens[x].text)) return x;
      return S.first;
    }
    const T = primaries[k];
    for (let x = T.m.first - 1; x >= primaries[k - 1].m.last; x--) {
      const t = tokens[x];
      // "التي استبقت وصول كيري": a relative pronoun a few words before the trigger opens its clause.
      if (t.kind === 'word' && (W.clause_breaks.has(t.text) || (W.relatives.has(t.text) && T.m.first - x <= 3))) return x;
    }
    return T.m.first;
  };
  const sidelinesBackref = sidelinesAt ?? duringAt;
  let clauseDate: DatedSpan | null = null;
  const relativeDates = new Set<DatedSpan>();
  // Token ranges of the relative clauses among the contacts' clauses ("... إلى مصر التي وصلها أمس").
  const relativeSpans: Array<[number, number]> = [];
  for (let k = 0; k < primaries.length; k++) {
    const a0 = clauseStartOf(k);
    if (W.relatives.has(textAt(tokens, a0))) relativeSpans.push([a0, k + 1 < primaries.length ? clauseStartOf(k + 1) : S.last]);
  }
  const inRelativeClause = (x: DatedSpan) => relativeSpans.some(([a0, b0]) => x.first >= a0 && x.first < b0);
  let firmOccurred = false;
  // Where a forum's name starts: right after "على هامش", or after the word for its meetings ("اجتماعات").
  let forumStarts: Set<number> | null = null;
  for (const m of ms) {
    if (!tagOf(m, 'sidelines')) continue;
    (forumStarts ??= new Set()).add(m.last);
    const n = startingIn(index.starting, S, m.last);
    if (n !== undefined && tagOf(n, 'trigger')) forumStarts.add(n.last);
  }
  // "في زيارة رسمية تستغرق 5 أيام", "زيارة ... استمرت 3 أيام": how many days a visit lasts, said after its word and
  // before the next contact's.
  const visitDays = (V: Trig, to: number): number | null => {
    for (let x = V.m.last; x < to && x <= V.m.last + 14; x++) {
      if (!W.durations.has(tokens[x].text) || x + 1 >= S.last) continue;
      return readDays(a.ctx, itemAtNorm(a, tokens[x + 1].s));
    }
    return null;
  };
  const handedBefore = (T: Trig) => {
    if (T.pos !== 'noun' || !W.during.has(textAt(tokens, T.m.first - 1))) return false;
    for (let x = T.m.first - 2; x >= S.first && x >= T.m.first - 12; x--) if (W.handed.has(textAt(tokens, x))) return true;
    return false;
  };
  const sentLetter = (k: number) => textAt(tokens, k - 1) === 'من' && (W.letters.has(textAt(tokens, k - 2)) || (textAt(tokens, k - 2) === 'خطيه' && W.letters.has(textAt(tokens, k - 3))));
  primaries.forEach((T, k) => {
    const regionStart = clauseStartOf(k);
    const regionEnd = k + 1 < primaries.length ? clauseStartOf(k + 1) : S.last;
    // "وناقشا الأوضاع الإنسانية في قطاع غزة", "محادثات ... حول الأوضاع في سوريا": what follows a word of discussion
    // after the trigger is what was discussed, and a place in it is part of the subject, not where the contact was.
    let discussedFrom = regionEnd;
    for (const m of ms) {
      if (m.first < T.m.last || m.first >= discussedFrom) continue;
      const t = tagOf(m, 'trigger');
      if (t !== undefined && t.type === 'talks' && t.weak) discussedFrom = m.last;
    }
    // (Not in a forum's name: "على هامش مؤتمر الأطراف بشأن المناخ في المنامة" was held there.)
    let forumName = false;
    for (let x = T.m.last; x < discussedFrom; x++) {
      if (tokens[x].kind === 'punct') forumName = false;
      else if (forumStarts !== null && forumStarts.has(x)) forumName = true;
      else if (!forumName && W.topic_openers.has(tokens[x].text)) discussedFrom = x + 1;
    }
    // ("وبحث معه في الدوحة": a place right after the word of discussion, or after its مع, is still where.)
    let afterParties: number | undefined;
    for (let x = T.m.last; x <= T.m.last + 2 && afterParties === undefined; x++) if (textAt(tokens, x) === 'بين') afterParties = x;
    let ps = people.filter((p) => p.first >= regionStart && p.first < regionEnd && p.kind !== 'anaphor' && !(inZone(p.first) && !inZone(T.m.first)));
    if (afterParties !== undefined && T.pos === 'noun') ps = ps.filter((p) => p.first > afterParties);
    // "على هامش اجتماعات وزراء خارجية دول مجلس التعاون": the people who name a forum are its, not the contact's.
    if (forumStarts !== null) ps = ps.filter((p) => !forumStarts!.has(p.first));
    // "رسالة خطية من الرئيس الروسي، سلمها وزير الخارجية خلال لقائه ...": who sent a letter was not at the meeting it
    // was handed over at.
    const handed = handedBefore(T);
    if (handed) {
      // "رسائل من الرئيس الروسي ورئيس الوزراء الروسي": a sender joined by و to a sender sent one too.
      let sender: PDesc | null = null;
      ps = ps.filter((p) => {
        const sent = sentLetter(p.first) || (sender !== null && sender.last === p.first && textAt(tokens, p.first).startsWith('و'));
        sender = sent ? p : null;
        return !sent;
      });
    }
    // "... لكنه التقى الرئيس الفرنسي": the pronoun of لكنه is the subject of the clause before.
    if (T.pos === 'verb' && W.but_he.has(textAt(tokens, regionStart)) && !ps.some((p) => p.first < T.m.first)) {
      const subj = people.find((p) => p.kind !== 'anaphor' && p.kind !== 'counterpart' && p.first < regionStart);
      if (subj) ps = [subj, ...ps];
    }
    // "قال وزير الخارجية التركي ... إنه سيلتقي نظيره البحريني": "that he" makes the speaker the verb's subject.
    const self = T.pos === 'verb' && selfZones !== null ? selfZones.find(([, b0]) => T.m.first > b0 && T.m.first - b0 <= 2) : undefined;
    const speaker = self && people.find((p) => p.first > self[0] && p.first < self[1] && p.kind !== 'anaphor' && p.kind !== 'counterpart' && p.kind !== 'ref');
    if (speaker && !ps.includes(speaker)) ps = [speaker, ...ps];
    // "يعود ظريف إلى طهران حيث من المقرر وصول موغيريني": حيث ("where") opens a clause about the place just named; a
    // contact noun after it takes its parties from that clause, not from the one before.
    let where = -1;
    for (let x = T.m.first - 1; x >= regionStart && x >= T.m.first - 6; x--) {
      if (textAt(tokens, x) === 'حيث') {
        where = x;
        break;
      }
    }
    if (where >= 0 && T.pos === 'noun' && ps.some((p) => p.first >= T.m.last)) ps = ps.filter((p) => p.first > where);
    // After the trigger, its parties come close and chained ("مع X و Y ووزير خارجيته Z"); a person further on, past
    // other words, belongs to what the sentence goes on to say ("... تأتي مشاركة لافروف").
    {
      let reach = T.pos === 'verb' ? Infinity : T.m.last + PARTY_REACH;
      // "محادثات بين وفدين ... من مصر والأردن، يرأسهما وزير الخارجية المصري ووزير الخارجية الأردني": the heads of
      // the delegations are the contact's people, however long the delegations' description.
      if (T.pos === 'noun') for (let x = T.m.last; x <= T.m.last + 2 * PARTY_REACH && x < regionEnd; x++) if (W.headed_by.has(tokens[x].text)) reach = Math.max(reach, x + PARTY_GAP);
      ps = ps.filter((p) => {
        if (p.first < T.m.first) return true;
        if (p.first > reach) return false;
        reach = Math.max(reach, p.last + PARTY_GAP);
        return true;
      });
    }
    // A clause without its own subject shares the sentence's first person ("وصل كيري ... حيث التقى الأمير",
    // "يزور الجبير موسكو لإجراء محادثات مع نظيره الروسي").
    const withWord = textAt(tokens, T.m.last) === 'مع' || textAt(tokens, T.m.last + 1) === 'مع';
    // The clause names its own subject before the trigger, or right after a verb (VSO), unless what follows is the
    // object: a counterpart ("سيلتقي نظيره المصري") or a party brought in by مع.
    const first = ps.find((p) => p.first >= T.m.last);
    const before = ps.some((p) => p.first < T.m.first);
    // In a later clause, one person right after the verb is its object; the subject is the sentence's ("زار القاهرة
    // ... حيث التقى الوزير شكري", "حيث التقى أمير قطر ...").
    const loneObject = k > 0 && !before && ps.filter((p) => p.first >= T.m.last).length === 1;
    const hasSubject = before || (T.pos === 'verb' && first !== undefined && first.kind !== 'counterpart' && textAt(tokens, first.first - 1) !== 'مع' && !loneObject);
    const prevCand = out.at(-1)?.pure ? out.at(-2) : out.at(-1);
    // "التقيا", "تباحثا", "يلتقيا": a dual verb with no subject named is the two of the clause before.
    const w0 = textAt(tokens, T.m.first);
    const dual = T.pos === 'verb' && !before && (T.tense === 'past' ? w0.endsWith('ا') && !w0.endsWith('وا') && !w0.endsWith('ها') : w0.endsWith('ان') || (w0.endsWith('ا') && w0.length >= 2 && !w0.endsWith('ها')));
    // "الوزيران", "الجانبين" as the clause's subject or parties stand for the people of the contact before.
    // (Not "بين البلدين" in what was discussed: "محادثات مع نظيره حول تعزيز التعاون بين البلدين".)
    const anaphorHere = people.some((p) => p.kind === 'anaphor' && p.first >= regionStart && p.first < regionEnd && (p.first < T.m.first || (p.first - T.m.last <= (T.pos === 'verb' ? 1 : PARTY_REACH) && p.first < discussedFrom)));
    let anaphoric = false;
    if (k > 0 && T.pos === 'verb' && W.during_it.has(textAt(tokens, T.m.last)) && prevCand?.people.length) {
      // "زار بغداد في كانون الثاني، والتقى خلالها الرئيس العراقي": "during it" is the visit, its visitor the subject.
      if (!ps.includes(prevCand.people[0])) ps = [prevCand.people[0], ...ps];
    } else if (dual && !ps.length && k > 0 && prevCand && (prevCand.people.length >= 2 || prevCand.anaphoric)) {
      ps = [...prevCand.people];
      anaphoric = !!prevCand.anaphoric;
    } else if ((anaphorHere || dual) && !hasSubject && !(ps.length >= 2)) {
      anaphoric = true;
    } else if (k > 0 && (ps.length === 0 || (!hasSubject && (T.pos === 'verb' || withWord)))) {
      // A relative clause ("جون كيري الذي يزور الدوحة") or a possessive noun ("اجتماعهم المشترك مع") is about the
      // person just before it; any other clause shares the sentence's subject.
      const possessiveNoun = T.pos === 'noun' && !!tagOf(T.m, 'backref') && !w0.startsWith('ال');
      const relative = W.relatives.has(textAt(tokens, regionStart)) || possessiveNoun;
      const subj = relative
        ? [...people].reverse().find((p) => p.kind !== 'anaphor' && p.last <= regionStart)
        : people.find((p) => p.kind !== 'anaphor' && p.kind !== 'counterpart' && p.first < regionStart);
      if (subj && !ps.includes(subj)) ps = [subj, ...ps];
    }
    // Plural nouns without a date are about contacts in general ("سنواصل اللقاءات"), not one contact.
    const ownDates = sentenceDates.filter((x) => !(inZone(x.first) && !inZone(T.m.first)));
    // A date among the trigger's own parties ("استقبل [subject, titles...] اليوم، [object]") is its date however long
    // the subject's titles are.
    let lastParty = -1;
    for (const p of ps) if (p.first > T.m.last && p.first > lastParty) lastParty = p.first;
    // So is a date right after the forum a verb's contact was on the sidelines of ("التقى ... على هامش مؤتمر الأطراف
    // بشأن المناخ في موسكو، صباح اليوم"): a long forum's name does not make the date another's. (Not past another
    // contact word or a relative pronoun: "... الاتفاق الذي أبرمته ... في 14 يوليو" is the agreement's date.)
    const afterForum = (x: DatedSpan) => {
      if (forumStarts === null || T.pos !== 'verb' || x.first <= T.m.last || x.first >= regionEnd) return false;
      let forum = false;
      for (const m of ms) {
        if (m.first < T.m.last || m.first >= x.first) continue;
        if (tagOf(m, 'trigger') && !forumStarts?.has(m.first)) return false;
        if (tagOf(m, 'sidelines')) forum = true;
      }
      for (let k = T.m.last; forum && k < x.first; k++) if (W.relatives.has(textAt(tokens, k))) return false;
      return forum;
    };
    // "بحث الوزير ونظيره، أول أمس، ... خلال اتصال هاتفي": the talks were the call, and their date near the talks
    // word is the call's however long what they discussed.
    const talks = W.during.has(textAt(tokens, T.m.first - 1)) ? trigs.find((t) => t.weak && t.m.first >= regionStart && t.m.last <= T.m.first) : undefined;
    const nearTalks = (x: DatedSpan) => talks !== undefined && x.first < T.m.first && Math.min(Math.abs(x.first - talks.m.first), Math.abs(x.last - talks.m.last)) <= DATE_REACH;
    // "وتلقى الرئيس مساء الخميس رسالة خطية من ...، سلمها وزير الخارجية خلال لقائه ...": the letter was received at
    // that meeting, so the day it was received is the meeting's.
    const received = (x: DatedSpan) => handed && x.last <= T.m.first;
    const reachable = (x: DatedSpan) => Math.min(Math.abs(x.first - T.m.first), Math.abs(x.last - T.m.last)) <= DATE_REACH || (x.first > T.m.last && x.last <= lastParty) || afterForum(x) || nearTalks(x) || received(x);
    const inClause = nearestDate(ownDates.filter((x) => x.first >= regionStart && x.first < regionEnd && reachable(x)), T.m.first);
    const near = nearestDate(ownDates.filter(reachable), T.m.first);
    // A clause joined by "كما" to a dated one shares its date ("تشهد الدوحة اليوم ... كما يلتقي ...").
    // Beyond its own clause a contact takes a date only near it, and only within the sentence's main line: a date in
    // a relative clause ("التي وصلها أمس") is that clause's.
    const isRelative = W.relatives.has(textAt(tokens, regionStart));
    const nearOk = near && (near.first >= regionStart || k === 0) && !relativeDates.has(near) ? near : null;
    // "لودريان، الذي يقوم بزيارة عمل للمملكة": a present contact in a relative clause of a reported one is under way
    // then, on its date.
    const ongoingRel = isRelative && k > 0 && T.pos === 'noun' && firmOccurred && nounTense(T.m) === 'imperfect';
    const d = inClause ?? nearOk ?? (k > 0 && (!isRelative || ongoingRel) ? clauseDate : null);
    // A date the first clause took from a relative clause after it ("زيارته إلى مصر التي وصلها أمس") is not passed
    // on to the clauses that follow ("... جولة تقوده إلى قطر").
    if (d && !isRelative && !inRelativeClause(d)) clauseDate = d;
    if (inClause && isRelative) relativeDates.add(inClause);
    // ... unless their parties follow ("محادثات استكشافية بين مسؤولين من الجانبين"): then they are one round.
    if (T.plural && !d && T.type !== 'call' && afterParties === undefined) return;

    let type: EventType = T.type;
    if (phone && (type === 'talks' || type === 'meeting') && ms.some((m) => tagOf(m, 'phone') && m.first >= regionStart && m.first < regionEnd)) type = 'call';

    // Countries taking part: participants' own, the parties named around the trigger, a visit's destination.
    const partyCountries: string[] = [];
    let place: Place | null = null;
    const regionCountries = countries.filter((c) => c.first >= regionStart && c.first < regionEnd && !(inZone(c.first) && !inZone(T.m.first)));
    // Where the last party mention ends, for "X و Y" chains.
    const partyEnds = new Set<number>();
    for (const p of ps) partyEnds.add(p.last);
    const discussed = (c: CDesc) => c.first - 1 > discussedFrom && !W.with_pronouns.has(textAt(tokens, c.first - 2));
    // A visit's destination first, so that a place named earlier in the sentence does not take its role.
    const destinations: Place[] = [];
    const ordered = T.type === 'visit' ? [...regionCountries.filter((c) => c.first >= T.m.last), ...regionCountries.filter((c) => c.first < T.m.last)] : regionCountries;
    for (const c of ordered) {
      // "زيارة إلى الحدود الشمالية مع لبنان": the border with a country is where the visit went, not a party to it.
      if (c.before === 'مع' && [2, 3].some((k) => /^(ال)?حدود/.test(textAt(tokens, c.first - k)))) continue;
      const adjacent = c.first >= T.m.last && c.first - T.m.last <= 1;
      // A subject before the trigger at the start of its clause ("واشنطن تؤكد", "قطر والولايات المتحدة تبحثان"),
      // not a noun of another clause ("الدور الذي تلعبه إيران عندما يلتقي").
      // (Also after كان: "وكانت الكويت قد استضافت ..." names its subject between كان and the verb.)
      const clauseStart = c.first === S.first || W.clause_openers.has(c.before) || W.kana.has(c.before) || tokens[c.first - 1]?.kind === 'punct';
      const subject = c.last <= T.m.first && T.m.first - c.last <= 2 && clauseStart && !W.not_party_before.has(c.before);
      // "... ترمب ودول مجلس التعاون": a party joined by و to the parties just after the trigger.
      const chained = c.first > T.m.last && ((c.clitic === 'و' && partyEnds.has(c.first)) || (c.before === 'و' && partyEnds.has(c.first - 1))) && c.form !== 'city' && c.form !== 'capital';
      // A visit's destination: after إلى/لـ, or the first place named after the verb once its subject is past
      // ("يزور وزير الخارجية السعودي عادل الجبير موسكو").
      const insidePerson = ps.some((p) => c.first >= p.first && c.first < p.last);
      // "يحل الرئيس الفرنسي بالمغرب في زيارة دولة": a place in بـ just before "في زيارة" is where the visit goes.
      const placeBefore = T.type === 'visit' && T.pos === 'noun' && c.last <= T.m.first && T.m.first - c.last <= 1 && c.clitic.endsWith('ب') && c.form !== 'nisba';
      // "سيزور اعتبارا من اليوم كلا من الكويت وقطر": the countries a visit lists are where it goes, not its parties.
      const listed = T.type === 'visit' && c.first >= T.m.last && c.before === 'من' && W.each_of.has(textAt(tokens, c.first - 2)) && c.form !== 'nisba';
      const destination =
        placeBefore ||
        listed ||
        T.type === 'visit' &&
        c.first >= T.m.last &&
        !insidePerson &&
        (W.destination_words.has(c.before) || (W.city_words.has(c.before) && W.destination_words.has(textAt(tokens, c.first - 2)) && c.form !== 'nisba') || c.clitic.endsWith('ل') || c.first === T.m.last || (T.pos === 'noun' && c.first - T.m.last <= 4) || (T.pos === 'verb' && c.form !== 'nisba' && !W.not_party_before.has(c.before)));
      // "سيزور كلا من الكويت وقطر والعراق": further destinations chained by و to the first.
      const moreDestination = T.type === 'visit' && destinations.length > 0 && (c.clitic.startsWith('و') || c.before === 'و') && partyEnds.has(c.clitic ? c.first : c.first - 1) && c.form !== 'nisba';
      if ((destination && !place) || moreDestination) {
        const here = { text: c.text, name_en: c.place_en, country: c.code };
        place ??= here;
        destinations.push(here);
        partyCountries.push(c.code);
        partyEnds.add(c.last);
        continue;
      }
      // "مباحثات مكثفة مع إسرائيل", "تجمع دول مجلس التعاون بكل من الولايات المتحدة": a country introduced by a
      // party word shortly after the trigger is a party.
      // right after the trigger, or after a party just named ("تجمع دول مجلس التعاون بكل من الولايات المتحدة")
      // (Mentions do not overlap: the one that ends where the country starts is the only candidate.)
      const led = endingAt(c.first);
      const introducer = led !== undefined && tagOf(led, 'introducer') && (led.first - T.m.last <= 3 || partyEnds.has(led.first) || partyEnds.has(led.first - 1)) ? led : undefined;
      const withParty = (c.before === 'مع' || introducer !== undefined) && c.first > T.m.last && c.first - T.m.last <= (introducer ? 12 : 8) && c.form !== 'city';
      if ((adjacent && c.form === 'nisba') || withParty || ((adjacent || subject || chained) && c.form !== 'city' && !W.not_party_before.has(c.before))) {
        partyCountries.push(c.code);
        partyEnds.add(c.last);
        continue;
      }
      // "في الدوحة" is where it happened; "في سوريا" after a contact word is more often what it was about.
      if (!place && c.before === 'في' && (c.form === 'capital' || c.form === 'city' || c.form === 'seat') && T.type !== 'call' && !discussed(c)) {
        place = { text: c.text, name_en: c.place_en, country: c.code };
      }
    }

    // ... and a visit there ("وصول ...") goes to that place.
    if (where >= 0 && T.type === 'visit' && destinations.length === 0) {
      const there = countries.filter((c) => c.last <= where && c.form !== 'nisba' && (W.destination_words.has(c.before) || c.before === 'في' || c.clitic.endsWith('ل'))).at(-1);
      if (there) {
        const here = { text: there.text, name_en: there.place_en, country: there.code };
        place = here;
        destinations.push(here);
        if (!partyCountries.includes(there.code)) partyCountries.push(there.code);
      }
    }
    // "في مقر وزارة الخارجية الأمريكية": an institution with its country is the place.
    if (!place && T.type !== 'call' && institution) place = institutionPlace(article, a, lex, ms, tokens, regionStart, regionEnd);
    let date = d ? eventDateOf(d.mention) : null;
    // "غادر واشنطن مساء الجمعة متوجها إلى الشرق الأوسط في جولة": the day told is the day of leaving, before the visit
    // word; the visit is on or after it.
    if (T.type === 'visit' && d && date?.start && ms.some((x) => tagOf(x, 'departure') && x.first < d.first && d.first < T.m.first)) {
      date = { ...date, value: null, end: null, grain: 'unknown', mod: 'AFTER', rule: `departure:${date.rule}`, derivation: `the day of leaving, ${date.derivation}; the visit is on or after it → on or after ${fmtDay(date.start)}` };
    }
    // "على هامش قمة الرياض": the named event's date and place.
    const named = T.named ? T.m : namedIn.find((m) => m.first >= regionStart - 3 && m.first < regionEnd);
    if (named) {
      const nt = tagOf(named, 'named')!;
      const pick = pickNamed(lex, nt.ids, article.published);
      if (pick) {
        if (!date) date = namedEventDate(pick.ev, originalOf(article, a, named.first, named.last), article.published, pick.several);
        // The event's city says more than a country named after it ("قمة الرياض في المملكة العربية السعودية").
        if ((!place || place.name_en === lex.countries.get(place.country ?? '')?.name_en) && pick.ev.place) place = { text: originalOf(article, a, named.first, named.last), name_en: pick.ev.place, country: lex.placeCountry.get(pick.ev.place.toLowerCase()) ?? null };
        if (T.named) for (const c of pick.ev.countries ?? []) if (!partyCountries.includes(c)) partyCountries.push(c);
      }
    }

    // Planned or occurred: the verb's form, then the date, then the sentence's tense.
    let status: Status = 'occurred';
    const dateAfterPub = date?.start ? date.start > article.published : false;
    const dateBeforePub = date?.end ? date.end < article.published : false;
    // "للقاء", "لإجراء محادثات": a contact the trip is for, still to come unless dated before publication.
    // ("البيان الختامي لقمة ..." is the summit's statement: ل after a definite word before a summit is a genitive.)
    const purpose = T.pos === 'noun' && T.m.clitic.endsWith('ل') && !(T.type === 'summit' && wordBefore(T.m.first).startsWith('ال'));
    // "الذي يزور الدوحة حاليًا": the present of something under way.
    let ongoing = ongoingRel;
    for (let x = T.m.last; x <= T.m.last + 3 && !ongoing; x++) ongoing = W.now_words.has(textAt(tokens, x));
    let softStatus = false;
    if (T.tense === 'future') status = 'planned';
    else if (T.tense === 'imperfect') {
      status = dateBeforePub || ongoing ? 'occurred' : 'planned';
      softStatus = status === 'planned' && !dateAfterPub;
    } else if (T.tense === 'past') status = 'occurred';
    else if (dateAfterPub) status = 'planned';
    else if (!dateBeforePub && !ongoing && (purpose || nounTense(T.m) === 'future' || nounTense(T.m) === 'imperfect')) {
      status = 'planned';
      softStatus = purpose || nounTense(T.m) === 'imperfect';
    }
    if (T.tense === 'past' && dateAfterPub) status = 'planned';
    // A contact noun with no date and no tense around it is "occurred" only by default.
    if (T.pos === 'noun' && !date && T.tense === null && !softStatus && status === 'occurred' && nounTense(T.m) === null) softStatus = true;

    // "وصل ... صباح اليوم في زيارة تستغرق 5 أيام، يلتقي خلالها ...", "اختتم ... قبل يومين زيارة ... استمرت 5 أيام": a
    // visit of so many days spans them from the day told (up to it, for one that ended then), and a contact during
    // it is some day of them, not the day told. (After the status, which the day told decides.)
    const duringVisit = k > 0 && primaries[k - 1].type === 'visit' && (W.during_it.has(textAt(tokens, T.m.last)) || W.during_it.has(textAt(tokens, T.m.first - 1)));
    if (date?.start && date.end && (T.type === 'visit' || duringVisit)) {
      const V = T.type === 'visit' ? T : primaries[k - 1];
      const days = visitDays(V, T === V ? S.last : T.m.first);
      if (days !== null && days > 1) {
        const ended = [1, 2, 3, 4, 5, 6].some((j) => W.visit_ends.has(textAt(tokens, V.m.first - j)));
        const [s0, e0] = ended ? [addDays(date.start, -(days - 1)), date.end] : [date.start, addDays(date.end, days - 1)];
        date = { ...date, value: `${s0}/${e0}`, start: s0, end: e0, grain: 'range', mod: null, rule: `visit-span:${date.rule}`, derivation: `${date.derivation}; ${T === V ? 'a visit' : 'during a visit'} of ${days} days ${ended ? 'that ended then' : 'from then'} → ${s0}–${e0}` };
      }
    }
    const hosted = w0.includes('استقبل') || w0.includes('يستقبل');
    firmOccurred ||= status === 'occurred' && !softStatus;
    // "استقبل الرئيس التركي وزير الخارجية البحريني ...، في أول زيارة لمسؤول بحريني رفيع إلى أنقرة": the official
    // whose visit it was is the guest just received.
    if (T.type === 'visit' && T.pos === 'noun' && prevCand?.hosted && ps.length > 0 && ps.every((p) => !p.office && !p.actorIds && !p.name && p.country)) {
      const guest = prevCand.people.find((p) => p.country === ps[0].country && (p.office !== undefined || p.actorIds !== undefined));
      if (guest) ps = [guest];
    }
    // "جاء ذلك خلال اتصال هاتفي بين الوزيرين": parties that are the two just named make it the same contact.
    const ownParties = afterParties !== undefined && !people.some((p) => p.kind === 'anaphor' && p.first === afterParties + 1);
    const embedded = isContinuation && ownParties;
    if (embedded && k === 0) out.push(goesOn(source, topics, si, null, []));
    // "وصول موغيريني الثلاثاء ووزير الخارجية الفرنسي لوران فابيوس الأربعاء", "يصل كيري إلى الدوحة الأحد ولافروف
    // الاثنين": visitors each followed by their own day are as many visits, one per visitor and day.
    const visitors = T.type === 'visit' ? ps.filter((p) => p.first >= T.m.last) : [];
    // The first date after a visitor and before the next one, a few words on at most ("إلى الدوحة الأحد").
    const days = visitors.length >= 2 ? visitors.map((p) => ownDates.find((x) => x.first >= p.last && x.first - p.last <= 4 && !visitors.some((q) => q !== p && q.first >= p.last && q.first < x.first))) : [];
    if (days.length && days.every((x) => x) && new Set(days.map((x) => x!.mention.start_offset)).size === days.length) {
      const before = ps.filter((p) => p.first < T.m.first);
      for (const [n, p] of visitors.entries()) {
        const dd = eventDateOf(days[n]!.mention);
        const ahead = dd.start ? dd.start > article.published : false;
        const c = triggerCandidate(source, topics, si, T, type, place, destinations, hosted);
        c.status = ahead ? 'planned' : status;
        c.softStatus = ahead ? false : softStatus;
        c.people = n === 0 ? [...before, p] : [p];
        c.countries = destinations.map((x) => x.country).filter((x): x is string => !!x);
        c.date = dd;
        c.anaphoric = false;
        out.push(c);
      }
      return;
    }
    const c = triggerCandidate(source, topics, si, T, type, place, destinations, hosted);
    c.status = status;
    c.softStatus = softStatus;
    c.people = ps;
    c.countries = partyCountries;
    c.date = date;
    c.continues = isContinuation && k === 0 && !ownParties;
    // (The report before the contact word: its day is when what it reports was said.)
    for (const [z0, z1] of zones) {
      if (z1 > T.m.first || inZone(T.m.first)) continue;
      const d = sentenceDates.find((x) => x.first >= z0 && x.first < z1);
      c.reportedOn = d ? eventDateOf(d.mention) : null;
    }
    c.anaphoric = anaphoric;
    c.embedded = embedded;
    // A visit is not on the sidelines of another: "أثناء زيارته إلى مصر ... جولة تقوده إلى قطر" goes on later.
    c.sidelinesOfPrevious = T.type !== 'visit' && ((sidelinesBackref !== undefined && sidelinesBackref !== T.m && (sidelinesBackref.first < T.m.first || !tagOf(sidelinesBackref, 'sidelines'))) || (k > 0 && W.during_it.has(textAt(tokens, T.m.last))));
    c.retold = T.type === 'visit' && T.pos === 'noun' && !!tagOf(T.m, 'backref') && !w0.startsWith('ال');
    c.also = T.pos === 'verb' && !T.weak && (W.also.has(textAt(tokens, T.m.first - 1)) || (T.m.clitic === 'و' && textAt(tokens, T.m.first - 1) === 'كما'));
    c.opensTour = T.type === 'visit' && endsNear(T.m.first, 6, 'touropen');
    out.push(c);
  });
  // Talks ("بحث", "ناقش") in a sentence with a stronger contact are that contact.
  const real = out.filter((c) => !c.pure);
  if (real.length > 1) {
    const strongest = real.reduce((x, y) => (TYPE_STRENGTH[y.type] > TYPE_STRENGTH[x.type] ? y : x));
    return out.filter((c) => c.pure || c === strongest || !c.weak || (mergeInto(strongest, c, article.published), false));
  }
  return out;
}

function institutionPlace(article: Article, a: Analysis, lex: EventLexicon, ms: readonly EMention[], tokens: readonly Analysis['tokens'][number][], from: number, to: number): Place | null {
  for (let i = 0; i < ms.length; i++) {
    const inst = tagOf(ms[i], 'institution');
    if (!inst || ms[i].first < from || ms[i].first >= to) continue;
    const prev = tokens[ms[i].first - 1];
    if (!prev || prev.kind !== 'word' || !/^(في|ب)?مقر$/.test(prev.text)) continue;
    const c = tagOf(ms[i + 1], 'country');
    if (!c || ms[i + 1].first !== ms[i].last || c.form === 'ambiguous') continue;
    const country = lex.countries.get(c.code);
    const name_en = inst.by_country[c.code] ?? `${country?.name_en ?? c.code} ${inst.name_en}`;
    return { text: originalOf(article, a, ms[i].first - 1, ms[i + 1].last), name_en, country: c.code };
  }
  return null;
}

/**
 * A candidate with every field present, in one order: the join reads candidates many times over, and one shape keeps
 * those reads fast. The rules then set what they found, field by field (a spread of the found fields into this one
 * cost more than a microsecond per candidate: a generic copy, property by property).
 */
function blank(source: Source, topics: Set<string>, si: number): Candidate {
  return {
    type: 'talks',
    weak: true,
    status: 'occurred',
    softStatus: false,
    people: [],
    countries: [],
    place: null,
    date: null,
    topics,
    sources: [source],
    continues: false,
    reportedOn: undefined,
    pure: false,
    embedded: false,
    hosted: false,
    verb: false,
    destinations: [],
    triggerAt: undefined,
    sidelinesOfPrevious: undefined,
    retold: undefined,
    sourceKeys: undefined,
    anaphoric: undefined,
    opensTour: undefined,
    sentence: si,
    notes: [],
  };
}

/**
 * A candidate for a contact word, with what every reading of it shares (its type, place, destinations, whether it is
 * a hosting verb); the caller sets the rest field by field, as blank explains.
 */
function triggerCandidate(
  source: Source,
  topics: Set<string>,
  si: number,
  T: { m: EMention; weak: boolean; pos: 'noun' | 'verb' },
  type: ContactType,
  place: Candidate['place'],
  destinations: Candidate['destinations'],
  hosted: boolean,
): Candidate {
  const c = blank(source, topics, si);
  c.type = type;
  c.weak = T.weak;
  c.place = place;
  c.verb = T.pos === 'verb';
  c.destinations = destinations;
  c.triggerAt = T.m.first;
  c.hosted = hosted;
  return c;
}

/** A sentence that only goes on about the contact before it: its source and topics, and its date and people if any. */
function goesOn(source: Source, topics: Set<string>, si: number, date: EventDate | null, people: PDesc[]): Candidate {
  const c = blank(source, topics, si);
  c.pure = true;
  c.continues = true;
  c.date = date;
  c.people = people;
  return c;
}

function nearestDate(ds: DatedSpan[], at: number): DatedSpan | null {
  let best: DatedSpan | null = null;
  let bestDist = Infinity;
  for (const d of ds) {
    if (d.mention.start === null && d.mention.end === null && !d.mention.bound) continue;
    const dist = d.first >= at ? d.first - at : at - d.last + 1;
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best;
}

/** The people of a candidate as identities, for deciding whether two candidates are one contact. */
function identities(c: Candidate): Set<string> {
  const out = new Set<string>();
  for (const p of c.people) {
    const id = identityOf(p);
    if (id !== null) out.add(id);
  }
  return out;
}

// The keys of known people and of roles, made once: the join asks for them again for every pair of candidates, and
// a key built anew is a new string to hash each time. (Bounded by the gazetteer: ids, offices and countries.)
const ACTOR_KEYS = new Map<string, string>();
const ROLE_KEYS = new Map<string, Map<string, string>>();

/** A person as one identity: a known person, else a role of a country, else a name; null when none. */
function identityOf(p: PDesc): string | null {
  if (p.actorIds?.length === 1) {
    const a = p.actorIds[0];
    let k = ACTOR_KEYS.get(a);
    if (k === undefined) ACTOR_KEYS.set(a, (k = `actor:${a}`));
    return k;
  }
  if (p.office && p.country && !p.modified) {
    let byCountry = ROLE_KEYS.get(p.office);
    if (byCountry === undefined) ROLE_KEYS.set(p.office, (byCountry = new Map()));
    let k = byCountry.get(p.country);
    if (k === undefined) byCountry.set(p.country, (k = `role:${p.office}@${p.country}`));
    return k;
  }
  return p.name ? `name:${p.name}` : null;
}

function countriesOf(c: Candidate): Set<string> {
  const s = new Set(c.countries);
  for (const p of c.people) {
    if (p.country) s.add(p.country);
    for (const x of p.also ?? []) s.add(x);
  }
  return s;
}

function within(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether one side's people are all among the other's (or either names no one). */
function nestedPeople(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || within(a, b) || within(b, a);
}

/** Whether a set of identities names a known person. (The join asks it of pairs of candidates: no copies.) */
function namesActor(ids: ReadonlySet<string>): boolean {
  for (const x of ids) if (x.startsWith('actor:')) return true;
  return false;
}

function compatibleTypes(a: EventType, b: EventType): boolean {
  if (a === 'statement' || b === 'statement') return false;
  return a === b || a === 'talks' || b === 'talks';
}

/**
 * Whether two contacts' places allow them to be one contact: unknown on either side, or the same country with no two
 * different cities of the gazetteer named. (A country named as a whole, or an institution in it, fits any of its
 * cities.)
 */
function samePlace(a: Place | null, b: Place | null, lex: EventLexicon): boolean {
  if (!a?.country || !b?.country) return true;
  if (a.country !== b.country) return false;
  const city = (p: Place) => !!p.name_en && lex.placeCountry.get(p.name_en.toLowerCase()) === p.country && p.name_en !== lex.countries.get(p.country!)?.name_en;
  return a.name_en === b.name_en || !city(a) || !city(b);
}

/**
 * Whether two dates within one article can be one contact's: one contains the other, and the wider is no more
 * than a month ("اليوم" within "اليوم وغدًا"; not a day and "هذه السنة").
 */
function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b) return true;
  const as = a.start ?? '0000-01-01', ae = a.end ?? '9999-12-31', bs = b.start ?? '0000-01-01', be = b.end ?? '9999-12-31';
  if (!(as <= be && bs <= ae)) return false;
  // An open bound ("before 1 Jun") only says the other is not excluded.
  if (!a.start || !a.end || !b.start || !b.end) return true;
  const contains = (as <= bs && be <= ae) || (bs <= as && ae <= be);
  const wide = Math.max(precise(a), precise(b));
  return contains && wide <= 31 * 86400000;
}

/** The width of a date in milliseconds (as Date.parse measures it), Infinity when open. */
function precise(d: EventDate): number {
  if (!d.start || !d.end) return Infinity;
  // Asked for every pair of candidates the join compares: days by integer arithmetic, Date.parse only for a bound
  // that is not a plain day.
  const days = isoDayNumber(d.end) - isoDayNumber(d.start);
  return Number.isNaN(days) ? Date.parse(d.end) - Date.parse(d.start) : days * 86400000;
}

/** Folds b into a: people, countries, sources, topics; the stronger type; the more precise compatible date. */
function mergeInto(a: Candidate, b: Candidate, pub: string): void {
  // A sentence that only goes on about a contact adds its evidence, not the people it happens to name.
  if (b.pure) b = { ...b, people: [] };
  // A firm status wins over a soft one (see softStatus); between two soft ones, a dated report over an undated one.
  // A sentence that only goes on about a contact says nothing of its status.
  if (!b.pure && a.status !== b.status && a.softStatus && (!b.softStatus || (!a.date && b.date))) {
    a.status = b.status;
    a.softStatus = b.softStatus;
  } else if (!b.pure && a.status === b.status && !b.softStatus) a.softStatus = false;
  const ids = identities(a);
  for (const p of b.people) {
    const id = identityOf(p);
    if (id && ids.has(id)) continue;
    // A role that a known person of the contact already fills is that person.
    if (!id || a.people.some((q) => q.kind === 'actor' && p.office && q.country === p.country && !p.name)) continue;
    a.people.push(p);
  }
  for (const c of b.countries) if (!a.countries.includes(c)) a.countries.push(c);
  if (a.sourceKeys === undefined) {
    a.sourceKeys = new Set<number>();
    for (const x of a.sources) a.sourceKeys.add(x.start);
  }
  for (const s of b.sources) {
    if (a.sourceKeys.has(s.start)) continue;
    a.sourceKeys.add(s.start);
    a.sources.push(s);
  }
  for (const t of b.topics) a.topics.add(t);
  if (!b.pure && TYPE_STRENGTH[b.type] > TYPE_STRENGTH[a.type]) {
    a.type = b.type;
    a.weak = b.weak;
  }
  // A date on the wrong side of publication for the contact's status is another contact's ("التقى ..." and then a
  // sentence about a meeting next month).
  const fits = (d: EventDate) => (a.status === 'occurred' ? !d.start || d.start <= pub : !d.end || d.end >= pub);
  if (b.date && !fits(b.date)) b = { ...b, date: null };
  if (b.date && (!a.date || (datesCompatible(a.date, b.date) && precise(b.date) < precise(a.date)))) a.date = b.date;
  else if (b.date && a.date && !datesCompatible(a.date, b.date)) a.notes.push(`another sentence dates it ${b.date.text} (${b.date.start}–${b.date.end}); kept ${a.date.text}`);
  if (!a.place && b.place) a.place = b.place;
  for (const d of b.destinations) if (!a.destinations.some((x) => x.country === d.country)) a.destinations.push(d);
  a.hosted ||= b.hosted;
  if (b.opensTour) a.opensTour = true;
  // (A headline joined by the report of the contact keeps the report's day.)
  if (a.reportedOn === undefined && !b.pure) a.reportedOn = b.reportedOn;
}

function joinCandidates(cands: Candidate[], lex: EventLexicon, article: Article): Candidate[] {
  const events: Candidate[] = [];
  // The people and countries of the contacts found so far, asked again for every new candidate: remembered until a
  // merge changes them. (A new candidate's own are computed afresh: the anaphoric step below still adds to them.)
  const idsMemo = new Map<Candidate, Set<string>>();
  const countriesMemo = new Map<Candidate, Set<string>>();
  const idsOf = (e: Candidate) => {
    let r = idsMemo.get(e);
    if (r === undefined) idsMemo.set(e, (r = identities(e)));
    return r;
  };
  const countriesOfEvent = (e: Candidate) => {
    let r = countriesMemo.get(e);
    if (r === undefined) countriesMemo.set(e, (r = countriesOf(e)));
    return r;
  };
  const merge = (into: Candidate, b: Candidate) => {
    mergeInto(into, b, article.published);
    idsMemo.delete(into);
    countriesMemo.delete(into);
  };
  // Several members named one by one stand for their organisation: "وزراء خارجية السعودية والبحرين والإمارات
  // والكويت" is the GCC. (One member alone is itself: Qatar's emir is not the GCC.)
  // (Read only: most pairs name no organisation, and then the set itself is the answer, not a copy.)
  const asOrgs = (xs: ReadonlySet<string>, other: ReadonlySet<string>): ReadonlySet<string> => {
    let out: Set<string> | null = null;
    for (const o of other) {
      const members = lex.countries.get(o)?.members;
      if (!members || xs.has(o)) continue;
      const inside = [...xs].filter((x) => members.includes(x));
      if (inside.length >= 2) {
        out ??= new Set(xs);
        for (const x of inside) out.delete(x);
        out.add(o);
      }
    }
    return out ?? xs;
  };
  const lastContact = () => {
    // A fragment naming no one ("وتناولت المباحثات") is nothing to go on about.
    for (let k = events.length - 1; k >= 0; k--) if (events[k].type !== 'statement' && !events[k].embedded && (events[k].people.length || countriesOfEvent(events[k]).size)) return events[k];
    return null;
  };
  for (let c0 of cands) {
    if (c0.type === 'statement') {
      events.push(c0);
      continue;
    }
    const prev = lastContact();
    // A date before publication does not go on about a planned contact ("ويلتقي خلالها ..." then "وكان قد وصل أمس").
    if (prev && c0.pure && prev.status === 'planned' && c0.date?.end && c0.date.end < article.published) c0 = { ...c0, date: null };
    const c = c0;
    // "أعلنت الخارجية أمس أن الوزير سيزور واشنطن ... جاء ذلك خلال اتصال هاتفي أجراه الوزير مع نظيره": what was said
    // during the call is the announcement, not the visit it announced: the call was held, when the announcement was
    // made; the visit is still to come.
    if (prev && c.continues && !c.pure && c.status === 'occurred' && (c.type === 'call' || c.type === 'meeting') && prev.status === 'planned' && prev.reportedOn !== undefined) {
      c.continues = false;
      const r = prev.reportedOn;
      // (What was said was said by publication: a later day is not the report's.)
      if (!c.date && r && (!r.start || r.start <= article.published)) c.date = { ...r, rule: `reported-during:${r.rule}`, derivation: `the report before it was made during this ${c.type} ("جاء ذلك خلال"), ${r.text}: ${r.derivation}` };
    }
    if (prev && (c.pure || c.continues) && datesCompatible(prev.date, c.date)) {
      merge(prev, c);
      continue;
    }
    if (c.pure) continue;
    if (c.anaphoric && countriesOf(c).size < 2) {
      // "وكان الوزيران قد تباحثا هاتفيا في غشت الماضي": the two of the last contact between two parties.
      const earlier = [...events].reverse().filter((e) => e.type !== 'statement' && countriesOfEvent(e).size >= 2 && !e.sources.some((x) => x.start === c.sources[0].start));
      const ref = earlier.find((e) => idsOf(e).size >= 2) ?? earlier[0];
      if (ref) {
        const ids = identities(c);
        // (Only a known person is recognized here: a role or a name of the reference is added even if c has it.)
        for (const p of ref.people) if (!(p.actorIds?.length === 1 && ids.has(identityOf(p)!))) c.people.push(p);
        for (const k of countriesOfEvent(ref)) if (!c.countries.includes(k)) c.countries.push(k);
      }
    }
    if (c.sidelinesOfPrevious && !c.date && prev?.date && prev.status === c.status) {
      const pd = prev.date;
      c.date = { ...pd, rule: `sidelines:${pd.rule}`, derivation: `on the sidelines of the contact reported before (${pd.text ?? 'undated'}): ${pd.derivation}` };
    }
    const mine = identities(c);
    const myCountries = countriesOf(c);
    const sameContact = (e: Candidate) => {
      if (!compatibleTypes(e.type, c.type)) return false;
      if (c.also || !samePlace(e.place, c.place, lex)) return false;
      if (e.status !== c.status && !e.softStatus && !c.softStatus) return false;
      if (!datesCompatible(e.date, c.date)) return false;
      const theirs = idsOf(e);
      let shared = 0;
      for (const x of mine) if (theirs.has(x)) shared++;
      const ec = countriesOfEvent(e);
      // The same people, and no party on one side that the other lacks ("كيري ووزراء الخارجية في مجلس التعاون" is
      // not the trilateral with Kerry in it).
      const nested = myCountries.size === 0 || ec.size === 0 || within(myCountries, ec) || within(ec, myCountries);
      // A bilateral meeting and a larger one with the same people in it are two contacts: when both sides name two
      // or more people, they must name the same ones.
      if (mine.size >= 2 && theirs.size >= 2) return shared === mine.size && shared === theirs.size && nested;
      if (mine.size > 0 && theirs.size > 0 && shared >= Math.min(mine.size, theirs.size, 2)) return nested;
      // Without the same named people, the same countries: all of one side's within the other's, at least two.
      const mineAsOrgs = asOrgs(myCountries, ec);
      let sc = 0;
      for (const x of mineAsOrgs) if (ec.has(x)) sc++;
      const peopleConflict = shared === 0 && namesActor(mine) && namesActor(theirs);
      // One organisation meeting on its own ("وزراء خارجية دول مجلس التعاون") inside a contact with that organisation
      // on the same day is that contact told from one side.
      const lone = myCountries.size === 1 && sc === 1 && mine.size === 0 && c.type === e.type && ec.size > 1;
      return !peopleConflict && (lone || (sc >= 2 && sc >= Math.min(mineAsOrgs.size, ec.size)));
    };
    // Weak talks with the people of the contact just before, or any contact with no date of its own, belong to it.
    if (prev && (c.weak || !c.date) && sameContact(prev)) {
      merge(prev, c);
      continue;
    }
    // "... وزيارة الوفد مع عمرو موسى إلى بيروت ... رغم أن زيارتهم إلى لبنان كانت مقررة لساعات": "their visit" to the
    // place of a visit just told is that visit, whoever else the clause names.
    if (c.retold && c.destinations.length) {
      // The pronoun is the evidence: dates need only not exclude each other (two mentions of "عام 2006" qualify).
      const overlap = (a: EventDate | null, b: EventDate | null) => !a || !b || ((a.start ?? '0000') <= (b.end ?? '9999') && (b.start ?? '0000') <= (a.end ?? '9999'));
      const told = events.findLast((e) => e.type === 'visit' && e.sentence >= c.sentence - 1 && e.destinations.some((d) => c.destinations.some((x) => x.country === d.country)) && overlap(e.date, c.date));
      if (told) {
        merge(told, { ...c, people: [], countries: [] });
        continue;
      }
    }
    // People lent by "الجانبين" identify nothing further back than the contact before.
    const match = events.findLast((e) => e.type !== 'statement' && (!c.anaphoric || e.sources.some((x) => x.start === c.sources[0].start)) && sameContact(e));
    if (match) {
      merge(match, c);
      continue;
    }
    events.push(c);
  }
  // A contact in a city the article dates a visit to ("كما يلتقي كيري في الدوحة نظيره الروسي" after "وينتقل كيري،
  // غدا الإثنين، إلى الدوحة") happens during that visit.
  for (const e of events) {
    // (Not one told only as between "the two sides": those are the countries' dealings, not the visitor's.)
    if (e.date || e.type === 'visit' || e.type === 'statement' || !e.place?.country || e.anaphoric) continue;
    const visit = events.find((v) => v.type === 'visit' && v.date?.start && v.date.end && v.status === e.status && v.destinations.some((d) => d.country === e.place!.country) && [...countriesOfEvent(v)].some((k) => countriesOfEvent(e).has(k) && k !== e.place!.country));
    if (visit?.date) {
      e.date = { ...visit.date, rule: `during-visit:${visit.date.rule}`, derivation: `during the visit to ${e.place.name_en ?? e.place.text} dated ${visit.date.text}: ${visit.date.derivation}` };
    }
  }
  // "يزور أردوغان طهران للمشاركة في القمة": a visit to where the article dates a contact the visitor takes part in
  // is dated by that contact.
  for (const v of events) {
    if (v.date || v.type !== 'visit' || !v.destinations.length) continue;
    const e = events.find(
      (x) =>
        x !== v && x.date?.start && x.date.end && x.type !== 'visit' && x.type !== 'statement' && x.status === v.status && x.place?.country &&
        v.destinations.some((d) => d.country === x.place!.country) && [...countriesOfEvent(v)].some((k) => k !== x.place!.country && countriesOfEvent(x).has(k)),
    );
    if (e?.date) v.date = { ...e.date, rule: `for-contact:${e.date.rule}`, derivation: `for the ${e.type} in ${e.place!.name_en ?? e.place!.text} dated ${e.date.text}: ${e.date.derivation}` };
  }
  // An undated mention early in the article (a headline) is the dated contact it matches further on; one that
  // names nobody ("عقب اتصال بين وزيري الخارجية") is the first contact of its type.
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date || e.type === 'statement') continue;
    const ec = countriesOfEvent(e);
    const later = events.find(
      (x, j) =>
        j > i &&
        x.date &&
        x.type !== 'statement' &&
        // ("كما التقى ..." is another contact than any told before it but the headline's.)
        (!x.also || e.sentence === 0) &&
        // (Past the headline, which may name the officials loosely: a contact that names someone the other lacks,
        // while the other names someone it lacks, is another contact.)
        (e.sentence === 0 || nestedPeople(idsOf(e), idsOf(x))) &&
        compatibleTypes(x.type, e.type) &&
        (x.status === e.status || e.softStatus || x.softStatus) &&
        (ec.size === 0 && e.people.length === 0 ? x.type === e.type : [...ec].filter((k) => countriesOfEvent(x).has(k)).length >= Math.max(1, Math.min(2, ec.size))),
    );
    if (later) {
      // A headline naming more parties than the report ("يلتقي الرئيسين الروسي والأمريكي") lends it only its words.
      merge(later, within(ec, countriesOfEvent(later)) ? e : { ...e, pure: true, countries: [] });
      later.sources.sort((a, b) => a.start - b.start);
      events.splice(i, 1);
      i--;
    }
  }
  void lex;
  void article;
  return events;
}

/**
 * "شاركت في البيان الختامي لقمة الرئيس الأميركي ودول مجلس التعاون" in an article that names "قمة الرياض": a summit the
 * text does not date, of parties all among those of a named summit the same article recalls, is that summit.
 */
function datePartiesSummit(events: Candidate[], ems: readonly EMention[], lex: EventLexicon, article: Article, a: Analysis): void {
  let named: Array<{ ev: NamedEventData; several: boolean; m: EMention }> | null = null;
  for (const e of events) {
    if (e.type !== 'summit' || e.date || e.status !== 'occurred') continue;
    if (named === null) {
      named = [];
      for (const m of ems) {
        const t = tagOf(m, 'named');
        const pick = t ? pickNamed(lex, t.ids, article.published) : null;
        if (pick && pick.ev.type === 'summit') named.push({ ...pick, m });
      }
    }
    const mine = countriesOf(e);
    const hit = mine.size >= 2 ? named.find((n) => [...mine].every((c) => n.ev.countries?.includes(c))) : undefined;
    if (!hit) continue;
    const phrase = originalOf(article, a, hit.m.first, hit.m.last);
    const d = namedEventDate(hit.ev, phrase, article.published, hit.several);
    e.date = { ...d, rule: 'named-event/same-parties', derivation: `a summit of ${[...mine].join(', ')}, the parties of ${phrase} named in the article: ${d.derivation}` };
    if (!e.place && hit.ev.place) e.place = { text: phrase, name_en: hit.ev.place, country: lex.placeCountry.get(hit.ev.place.toLowerCase()) ?? null };
  }
}


/**
 * "ويأتي الاتصال بعد نحو شهر من زيارة قام بها ولي عهد أبوظبي إلى واشنطن، التقى خلالها ...": the contacts of such a
 * sentence, undated in it, are dated from the contact it says it comes after (the most recent dated one of that type
 * told before): about a month before it. "ويأتي الإعلان بعد ..." measures from an announcement, which is no contact
 * but was made on the day its report gives ("أعلن الديوان اليوم أن ...").
 */
function anchorToEarlier(events: Candidate[], sentences: readonly Sentence[], tokens: readonly Token[], a: Analysis, article: Article, W: ClauseWords): void {
  for (const e of events) {
    if (e.date || e.type === 'statement' || e.pure || e.continues) continue;
    const S = sentences[e.sentence];
    const w0 = textAt(tokens, S.first);
    if (!W.comes.has(w0) && !(w0.startsWith('و') && W.comes.has(w0.slice(1)))) continue;
    const noun = textAt(tokens, S.first + 1);
    const type = W.anchor_nouns.get(noun);
    const announced = type === undefined && W.announcement_nouns.has(noun);
    if ((type === undefined && !announced) || S.first + 2 >= S.last) continue;
    const i = itemAtNorm(a, tokens[S.first + 2].s);
    const d = readEventDistance(a.ctx, i);
    if (!d || !a.items[d.i1] || a.items[d.i1].s > tokens[e.triggerAt ?? S.last - 1].s) continue;
    // (The noun is what the writer calls the contact: "وتأتي الزيارة" after "استقبل ... الوزير" is that reception.
    // One of the type the noun names first, else the last dated contact told.)
    let anchor: Candidate | undefined;
    let any: Candidate | undefined;
    let ad: EventDate | undefined;
    if (announced) {
      // (The last report told before it with a day, on or before publication: that announcement's day.)
      for (const x of events) {
        const r = x.reportedOn;
        if (x.sentence < e.sentence && r?.start && r.end && r.start <= article.published) ad = r;
      }
    } else {
      for (const x of events) {
        if (x === e || x.sentence >= e.sentence || !x.date?.start || !x.date.end || x.type === 'statement' || x.pure) continue;
        any = x;
        if (type !== undefined && compatibleTypes(x.type, type)) anchor = x;
      }
      anchor ??= any;
      ad = anchor?.date ?? undefined;
    }
    if (!ad) continue;
    const what = anchor ? `the ${anchor.type}` : 'the announcement';
    const r = shiftByDistance(ad.start!, ad.end!, d);
    const day = r.start === r.end;
    const lastTok = tokenAtNorm(a, a.items[d.i1 - 1].s);
    const text = originalOf(article, a, S.first + 2, lastTok + 1);
    const qty = d.min === d.max ? `${d.min} ${d.unit}${d.min === 1 ? '' : 's'}` : `${d.min}–${d.max} ${d.unit}s`;
    e.date = {
      text,
      value: day ? r.start : `${r.start}/${r.end}`,
      start: r.start,
      end: r.end,
      grain: day ? 'day' : 'vague',
      mod: day && r.approx ? 'APPROX' : null,
      rule: `anchored/${d.dir}:${ad.rule}`,
      derivation: `${text}: ${d.about ? 'about ' : ''}${qty} ${d.dir === 'after' ? 'before' : 'after'} ${what} dated ${ad.text ?? 'undated'} (${ad.derivation}) → ${day ? `${r.approx ? 'about ' : ''}${fmtDay(r.start)}` : `${r.start}–${r.end}`}`,
    };
  }
}

/**
 * The date of one stop of a tour that starts on a day ("يبدأ زيارته للكويت وقطر والعراق اليوم", "سيزور اعتبارا من
 * اليوم"): some day from that one to the return home when the article tells it, else on or after it (a tour begun
 * may still go on). The text does not say which stop comes on which day.
 */
function stopDate(d: EventDate, end: DateMention | null, stops: number): EventDate {
  const start = d.start!;
  const tour = `one stop of a tour of ${stops} countries that starts ${fmtDay(start)} (${d.derivation})`;
  if (end?.end && end.end >= start) {
    return { text: `${d.text} … ${end.text}`, value: `${start}/${end.end}`, start, end: end.end, grain: 'range', mod: null, rule: `tour/to-return:${d.rule}`, derivation: `${tour}, and ends with the return home ${fmtDay(end.end)} (${end.derivation}) → ${start}–${end.end}` };
  }
  return { text: d.text, value: null, start, end: null, grain: 'unknown', mod: 'AFTER', rule: `tour/open:${d.rule}`, derivation: `${tour}; the text does not say when it ends → on or after ${fmtDay(start)}` };
}

/** A visit to several countries ("سيزور كلا من الكويت وقطر والعراق") is one visit to each. */
function splitTour(c: Candidate): Candidate[] {
  if (c.type !== 'visit' || c.destinations.length < 2) return [c];
  const dest = new Set(c.destinations.map((d) => d.country));
  const others = c.countries.filter((k) => !dest.has(k));
  return c.destinations.map((d) => ({ ...c, countries: [...others, d.country!], place: d, destinations: [d], people: c.people.filter((p) => !p.country || !dest.has(p.country) || p.country === d.country) }));
}

function resolvePeople(c: Candidate, lex: EventLexicon, start: string, end: string): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  let subjectOffice: Office | null = null;
  for (const p of c.people) {
    let actor: string | null = null;
    let role: Office | null = p.office ?? null;
    let country: string | null = p.country ?? null;
    if (p.actorIds?.length === 1) actor = p.actorIds[0];
    if (p.kind === 'counterpart') role = subjectOffice;
    if (!actor && role && country && !p.modified && !p.name) actor = holderAt(lex, role, country, start, end);
    if (actor) {
      const a = lex.actors.get(actor)!;
      const held = officesOf(lex, actor, start);
      if (!role) role = held.find((h) => !country || h.country === country)?.office ?? held[0]?.office ?? null;
      country ??= held.find((h) => h.office === role)?.country ?? a.country;
    }
    subjectOffice ??= role;
    // A deputy, an acting holder or an ambassador keeps the title as written, not the office; a known person
    // named with such a title holds what the gazetteer says he held.
    if (p.modified) role = actor ? officesOf(lex, actor, start).find((h) => !country || h.country === country)?.office ?? null : null;
    const key = actor ?? (p.name ? `name:${p.name}` : `role:${role}@${country}`);
    if (seen.has(key)) continue;
    seen.add(key);
    // A bare "المسؤولة الأمريكية" when a known person of that country is already listed adds nothing.
    if (!actor && !p.name && out.some((q) => q.country === country && (q.role === role || !role))) continue;
    out.push({ name: p.name ?? p.text, name_en: actor ? lex.actors.get(actor)!.name_en : null, role, country, ...(actor ? { actor } : {}) });
    for (const other of p.also ?? []) out.push({ name: p.text, name_en: null, role, country: other });
  }
  // Role-only participants that a named participant of the same country and office already covers.
  return out.filter((p, i) => !(p.actor === undefined && p.name_en === null && out.some((q, j) => j !== i && q.actor && q.country === p.country && q.role === p.role)));
}

/** The contact a candidate makes; its id is given once the contacts that count are known. */
function finalize(c: Candidate, article: Article, lex: EventLexicon): Contact {
  const pub = article.published;
  let date: EventDate;
  if (c.date) date = c.date;
  else if (c.status === 'planned') date = { text: null, value: null, start: pub, end: null, grain: 'unknown', mod: 'AFTER', rule: 'undated/planned', derivation: `no date in the text: planned, so on or after publication ${fmtDay(pub)}` };
  else date = { text: null, value: null, start: null, end: pub, grain: 'unknown', mod: 'BEFORE', rule: 'undated/occurred', derivation: `no date in the text: reported as done, so on or before publication ${fmtDay(pub)}` };
  const rs = date.start ?? addDays(pub, -1), re = date.end ?? date.start ?? pub;
  const participants = resolvePeople(c, lex, rs, re);
  const countries: string[] = [];
  for (const p of participants) if (p.country && !countries.includes(p.country)) countries.push(p.country);
  for (const k of c.countries) if (!countries.includes(k)) countries.push(k);
  const codes = codesFor(c.type, { hosted: c.hosted, placeCountry: c.place?.country ?? null, countries });
  return {
    id: '',
    type: c.type,
    status: c.status,
    countries,
    cameo: codes.cameo,
    plover: codes.plover,
    date,
    participants,
    place: c.place,
    topics: [...c.topics].sort(),
    sources: c.sources,
    ...(c.notes.length ? { notes: c.notes } : {}),
  };
}

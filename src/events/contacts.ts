/**
 * Contacts in one article: triggers with their participants, date, place, status and topics, sentence by sentence,
 * then joined so that one contact told in several sentences ("جاء ذلك خلال اتصال هاتفي...", "وبحث الجانبان...")
 * is one event.
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import type { DateMention } from '../temporal/types.js';
import { fmtDay, addDays } from '../temporal/calendar.js';
import { holderAt, officesOf, resolveShort } from './actors.js';
import { codesFor } from './codes.js';
import type { EventLexicon, NamedEventData } from './lexicon.js';
import { findParticipants, type CDesc, type PDesc, type SentenceView } from './participants.js';
import { scanMentions, splitSentences, tagOf, type EMention, type Sentence } from './scan.js';
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
  sentence: number;
  notes: string[];
}

const TYPE_STRENGTH: Record<EventType, number> = { talks: 0, statement: 0, meeting: 2, visit: 2, summit: 2, call: 3 };
const DESTINATION_WORDS = new Set(['الي', 'إلى', 'نحو']);
/** Words after which a new clause, and so a subject, may start. */
const CLAUSE_OPENERS = new Set(['ان', 'إن', 'أن', 'و', 'ف', 'ثم', 'كما', 'حيث', 'بينما', 'فيما', 'لكن', 'قال', 'قالت', 'اكد', 'اكدت']);
/** Words that end what a reporting verb ("قال", "أعلنت") takes as its subject and time: what follows is reported. */
const REPORT_END = new Set(['ان', 'انه', 'انها', 'انهم', '«', '"', '“', ':', 'عزمه', 'عزمها', 'نيته', 'نيتها', 'اعتزامه']);
/** Words that start a new clause inside a sentence, so a second contact's subject starts there. */
const CLAUSE_BREAKS = new Set(['كما', 'فيما', 'بينما', 'حيث', 'ثم', 'وكما', 'وفيما', 'وبينما', 'وحيث']);
/** Relative pronouns: the clause they open is about the noun just before them. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** How far after a contact word its first party may come, and how far apart chained parties may be (words). */
const PARTY_REACH = 8;
const PARTY_GAP = 4;
/** A date this far (in words) from its contact word belongs to something else in a long sentence. */
const DATE_REACH = 15;
/** Words before a country that make it a place, a topic or a source, not a party. */
const NOT_PARTY_BEFORE = new Set(['في', 'حول', 'بشان', 'عن', 'تجاه', 'ازاء', 'الاوضاع', 'الازمه', 'القضيه', 'ملف', 'وكاله', 'صحيفه', 'موقع', 'قناه', 'لدي', 'سفير', 'سفاره', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'مدينه', 'العاصمه', 'بلاده', 'وفقا', 'بحسب', 'حسب', 'عبر', 'من', 'ضد', 'علي', 'الي', 'باتجاه', 'مناطق', 'منطقه', 'مقر', 'بعد', 'قبل']);

function originalOf(article: Article, a: Analysis, first: number, last: number): string {
  const t = a.tokens;
  return article.text.slice(a.nt.starts[t[first].s], a.nt.ends[t[last - 1].e - 1]);
}

/** Index of the token containing normalized offset s (binary search). */
function tokenAtNorm(a: Analysis, s: number): number {
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
  const st = a.nt.starts;
  let lo = 0, hi = st.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid] < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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

export function extractContacts(article: Article, a: Analysis, lex: EventLexicon, opts: ExtractOptions): Contact[] {
  const tokens = a.tokens;
  const bodyNorm = normAt(a, article.bodyStart);
  const firstTok = tokens.length ? tokenAtNorm(a, bodyNorm) + (tokens[tokenAtNorm(a, bodyNorm)]?.s < bodyNorm ? 1 : 0) : 0;
  const ems = scanMentions(tokens, lex, firstTok);
  const sentences = splitSentences(tokens, a.nt, firstTok);

  // Tokens that belong to any lexicon phrase are not name material.
  const tagged = new Uint8Array(tokens.length);
  for (const m of ems) for (let k = m.first; k < m.last; k++) tagged[k] = 1;
  for (const it of a.items) {
    if (it.kind !== 'lex') continue;
    const k0 = tokenAtNorm(a, it.s), k1 = tokenAtNorm(a, Math.max(it.s, it.e - 1));
    for (let k = k0; k <= k1; k++) tagged[k] = 1;
  }

  // Date mentions by token position.
  const dated: DatedSpan[] = a.mentions.map((m) => {
    const s = normAt(a, m.bound ? m.bound.start_offset : m.start_offset);
    const e = normAt(a, m.end_offset);
    return { mention: m, first: tokenAtNorm(a, s), last: tokenAtNorm(a, Math.max(s, e - 1)) + 1 };
  });

  // Known people named in full so far, with the sentence they were last named in: a shared short name
  // ("آل ثاني") means the one named most recently.
  const seenFull = new Map<string, number>();
  let lastSubject: { p: PDesc; sentence: number } | null = null;
  const candidates: Candidate[] = [];
  let mi = 0;
  sentences.forEach((S, si) => {
    while (mi < ems.length && ems[mi].first < S.first) mi++;
    const ms: EMention[] = [];
    for (let k = mi; k < ems.length && ems[k].first < S.last; k++) ms.push(ems[k]);
    const view: SentenceView = { tokens, nt: a.nt, ms, tagged, first: S.first, last: S.last, firstNames: lex.firstNames, org: (c) => lex.countries.get(c)?.kind === 'organisation', actorCountry: (id) => lex.actors.get(id)?.country };
    const { people, countries } = findParticipants(view);
    for (const p of people) if (p.fullName && p.actorIds?.length === 1) seenFull.set(p.actorIds[0], si);
    const found = sentenceCandidates(article, a, lex, S, si, view, people, countries, dated, opts);
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
  const joined = joinCandidates(candidates, lex, article);
  // A contact is between parties: two countries, or one organisation meeting (GCC ministers, the Arab League
  // council). Fragments with one country or none are not contacts the timeline can place.
  const isOrg = (k: string) => lex.countries.get(k)?.kind === 'organisation';
  return joined
    .flatMap((c) => splitTour(c))
    .map((c, n) => finalize(c, n, article, lex))
    .filter((c) => (c.type === 'statement' ? c.participants.length > 0 && c.countries.length > 0 : c.countries.length >= 2 || (c.countries.length === 1 && isOrg(c.countries[0]) && (c.type === 'meeting' || c.type === 'summit'))))
    .map((c, n) => ({ ...c, id: `${article.id}#${n + 1}` }));
}

function sentenceCandidates(
  article: Article,
  a: Analysis,
  lex: EventLexicon,
  S: Sentence,
  si: number,
  v: SentenceView,
  people: PDesc[],
  countries: CDesc[],
  dated: DatedSpan[],
  opts: ExtractOptions,
): Candidate[] {
  const ms = v.ms;
  const tokens = v.tokens;
  const source: Source = { article: article.id, sentence: article.text.slice(S.start, S.end), start: S.start, end: S.end };
  const topics = new Set<string>();
  for (const m of ms) {
    const t = tagOf(m, 'topic');
    if (t) topics.add(t.topic);
  }
  const firstTrigger = ms.find((m) => tagOf(m, 'trigger') || tagOf(m, 'named'));
  const isContinuation =
    ms.some((m) => tagOf(m, 'cont') && m.first - S.first <= 2) ||
    people.some((p) => p.kind === 'anaphor' && (p.first - S.first <= 3 || (firstTrigger !== undefined && p.first < firstTrigger.first)));
  // "وقال المسؤول الأميركي أمس «...»", "أعلنت الخارجية أمس السبت أن ...": the speaker and the day of speaking
  // belong to the report, not to the contact it reports.
  const zones: Array<[number, number]> = [];
  for (const m of ms) {
    if (!tagOf(m, 'report')) continue;
    let e = m.last;
    while (e < S.last && e - m.last < 14 && !REPORT_END.has(tokens[e].text)) e++;
    if (e < S.last && REPORT_END.has(tokens[e].text)) zones.push([m.first, e]);
  }
  const inZone = (k: number) => zones.some(([a0, b0]) => k >= a0 && k < b0);
  /**
   * The tense around a contact noun: the verb right after it first ("لقاء ... سيعقد"), then the nearest cue before it
   * outside a report ("أعلنت أمس أن ..." times the announcement), then after it.
   */
  const nounTense = (m: EMention): 'past' | 'future' | null => {
    const items = a.items;
    const at = itemAtNorm(a, tokens[m.first].s);
    const [sa, sb] = a.ctx.sentence(at);
    const cue = (k: number) => {
      const t = items[k].tags.find((x) => x.t === 'tense') as { tense: string } | undefined;
      if (!t || inZone(tokenAtNorm(a, items[k].s))) return null;
      return t.tense === 'past' ? 'past' : 'future';
    };
    for (let k = at + 1; k < Math.min(sb, at + 4); k++) if (cue(k)) return cue(k);
    for (let k = at - 1; k >= Math.max(sa, at - 20); k--) if (cue(k)) return cue(k);
    for (let k = at + 4; k < Math.min(sb, at + 12); k++) if (cue(k)) return cue(k);
    return null;
  };
  const speakerEnd = zones.length ? zones[0][1] : S.first;
  const textAt = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k].text : tokens[k]?.text ?? '');
  const lightNear = (m: EMention) => {
    // "تلقى اتصالا", "أجرى اتصالا", and after the noun: "اتصال أجراه".
    for (const x of ms) if (tagOf(x, 'light') && ((x.last <= m.first && m.first - x.last <= 3) || (x.first >= m.last && x.first - m.last <= 1))) return true;
    const after = tokens[m.last];
    return after !== undefined && after.kind === 'word' && (['من', 'مع', 'ب', 'هاتفي', 'هاتفيا'].includes(after.text) || after.text.startsWith('ب'));
  };
  const negated = (m: EMention) => {
    for (const x of ms) {
      if (!tagOf(x, 'neg') || x.last > m.first) continue;
      if (m.first - x.last <= 2) return true;
    }
    return false;
  };

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
  for (const m of ms) {
    const named = tagOf(m, 'named');
    if (named) {
      const side = ms.some((x) => tagOf(x, 'sidelines') && x.last <= m.first && m.first - x.last <= 1);
      if (!side && !negated(m)) trigs.push({ m, type: 'summit', pos: 'noun', tense: null, weak: false, backref: false, named, plural: false });
      continue;
    }
    const tt = m.tags.filter((t) => t.t === 'trigger') as Array<Extract<(typeof m.tags)[number], { t: 'trigger' }>>;
    if (tt.length === 0) continue;
    const t = tt.find((x) => !x.weak) ?? tt[0];
    if (t.needsLight && !lightNear(m)) continue;
    if (negated(m)) continue;
    // A definite or possessive contact noun points back, unless its parties follow ("اللقاء الثلاثي الذي يضم ...",
    // "خلال لقائه الرئيس بوتين").
    // A definite noun needs a party word ("الذي يضم", "بين"); a possessive one may take its object directly.
    const possessive = !textAt(m.first).startsWith('ال');
    const followedByParties = ms.some(
      (x) =>
        x.first >= m.last &&
        x.first - m.last <= 2 &&
        (tagOf(x, 'introducer') ||
          (possessive && (tagOf(x, 'actor') || tagOf(x, 'office') || tagOf(x, 'counterpart'))) ||
          // "زيارته للكويت", "جولته إلى": a visit noun with its destination right after it
          (t.type === 'visit' && tagOf(x, 'country') && (x.clitic.endsWith('ل') || DESTINATION_WORDS.has(textAt(x.first - 1))))),
    );
    const backref = !!tagOf(m, 'backref') && !followedByParties;
    const w = textAt(m.first);
    const plural = t.pos === 'noun' && /(ات|اءات)$/.test(w);
    trigs.push({ m, type: t.type, pos: t.pos, tense: t.tense, weak: t.weak, backref, plural });
  }
  const phone = ms.some((m) => tagOf(m, 'phone'));

  const out: Candidate[] = [];
  const sentenceDates = dated.filter((d) => d.first >= S.first && d.first < S.last);
  const namedIn = ms.filter((m) => tagOf(m, 'named'));

  const strong = trigs.filter((t) => !t.weak && !t.backref);
  const primaries = strong.length ? strong : trigs.filter((t) => !t.backref).slice(0, 1);

  if (primaries.length === 0) {
    if (isContinuation || trigs.some((t) => t.backref)) {
      // Adds sources, topics (and a date, if it has one) to the contact before it.
      const d = nearestDate(sentenceDates, S.first);
      out.push(blank(source, topics, si, { pure: true, continues: true, date: d ? eventDateOf(d.mention) : null, people: people.filter((p) => p.kind !== 'anaphor') }));
      return out;
    }
    if (opts.statements) {
      const rep = ms.find((m) => tagOf(m, 'report') && m.first - S.first <= 4);
      const speaker = people.find((p) => p.kind !== 'anaphor' && (p.name || p.office));
      if (rep && speaker) {
        const d = nearestDate(sentenceDates, rep.first);
        const cs = [speaker.country, ...countries.filter((c) => !NOT_PARTY_BEFORE.has(c.before) || c.form === 'capital').map((c) => c.code)].filter((x): x is string => !!x);
        out.push({
          ...blank(source, topics, si, { date: d ? eventDateOf(d.mention) : null, people: [speaker] }),
          type: 'statement',
          countries: [...new Set(cs)],
        });
      }
    }
    return out;
  }

  // A clause starts at the trigger, or earlier at a clause break after the previous trigger ("، كما يعقد
  // وزير الخارجية الروسي ... مباحثات"), so that its own subject is in it.
  const clauseStartOf = (k: number): number => {
    if (k === 0) return S.first;
    const T = primaries[k];
    for (let x = T.m.first - 1; x >= primaries[k - 1].m.last; x--) {
      const t = tokens[x];
      // "التي استبقت وصول كيري": a relative pronoun a few words before the trigger opens its clause.
      if (t.kind === 'word' && (CLAUSE_BREAKS.has(t.text) || (RELATIVES.has(t.text) && T.m.first - x <= 3))) return x;
    }
    return T.m.first;
  };
  const sidelinesBackref = ms.find((m) => tagOf(m, 'sidelines') && ms.some((x) => x.first === m.last && tagOf(x, 'backref')));
  let clauseDate: DatedSpan | null = null;
  const relativeDates = new Set<DatedSpan>();
  primaries.forEach((T, k) => {
    const regionStart = clauseStartOf(k);
    const regionEnd = k + 1 < primaries.length ? clauseStartOf(k + 1) : S.last;
    const afterParties = [T.m.last, T.m.last + 1, T.m.last + 2].find((x) => textAt(x) === 'بين');
    let ps = people.filter((p) => p.first >= regionStart && p.first < regionEnd && p.kind !== 'anaphor' && !(inZone(p.first) && !inZone(T.m.first)));
    if (afterParties !== undefined && T.pos === 'noun') ps = ps.filter((p) => p.first > afterParties);
    // After the trigger, its parties come close and chained ("مع X و Y ووزير خارجيته Z"); a person further on, past
    // other words, belongs to what the sentence goes on to say ("... تأتي مشاركة لافروف").
    {
      let reach = T.pos === 'verb' ? Infinity : T.m.last + PARTY_REACH;
      ps = ps.filter((p) => {
        if (p.first < T.m.first) return true;
        if (p.first > reach) return false;
        reach = Math.max(reach, p.last + PARTY_GAP);
        return true;
      });
    }
    // A clause without its own subject shares the sentence's first person ("وصل كيري ... حيث التقى الأمير",
    // "يزور الجبير موسكو لإجراء محادثات مع نظيره الروسي").
    const withWord = [T.m.last, T.m.last + 1].some((x) => textAt(x) === 'مع');
    // The clause names its own subject before the trigger, or right after a verb (VSO), unless what follows is the
    // object: a counterpart ("سيلتقي نظيره المصري") or a party brought in by مع.
    const first = ps.find((p) => p.first >= T.m.last);
    const hasSubject = ps.some((p) => p.first < T.m.first) || (T.pos === 'verb' && first !== undefined && first.kind !== 'counterpart' && textAt(first.first - 1) !== 'مع');
    if (k > 0 && (ps.length === 0 || (!hasSubject && (T.pos === 'verb' || withWord)))) {
      // A relative clause ("جون كيري الذي يزور الدوحة") or a possessive noun ("اجتماعهم المشترك مع") is about the
      // person just before it; any other clause shares the sentence's subject.
      const possessiveNoun = T.pos === 'noun' && !!tagOf(T.m, 'backref') && !textAt(T.m.first).startsWith('ال');
      const relative = RELATIVES.has(textAt(regionStart)) || possessiveNoun;
      const subj = relative
        ? [...people].reverse().find((p) => p.kind !== 'anaphor' && p.last <= regionStart)
        : people.find((p) => p.kind !== 'anaphor' && p.kind !== 'counterpart' && p.first < regionStart);
      if (subj && !ps.includes(subj)) ps = [subj, ...ps];
    }
    // Plural nouns without a date are about contacts in general ("سنواصل اللقاءات"), not one contact.
    const ownDates = sentenceDates.filter((x) => !(inZone(x.first) && !inZone(T.m.first)));
    const reachable = (x: DatedSpan) => Math.min(Math.abs(x.first - T.m.first), Math.abs(x.last - T.m.last)) <= DATE_REACH;
    const inClause = nearestDate(ownDates.filter((x) => x.first >= regionStart && x.first < regionEnd && reachable(x)), T.m.first);
    const near = nearestDate(ownDates.filter((x) => Math.min(Math.abs(x.first - T.m.first), Math.abs(x.last - T.m.last)) <= DATE_REACH), T.m.first);
    // A clause joined by "كما" to a dated one shares its date ("تشهد الدوحة اليوم ... كما يلتقي ...").
    // Beyond its own clause a contact takes a date only near it, and only within the sentence's main line: a date in
    // a relative clause ("التي وصلها أمس") is that clause's.
    const isRelative = RELATIVES.has(textAt(regionStart));
    const nearOk = near && (near.first >= regionStart || k === 0) && !relativeDates.has(near) ? near : null;
    const d = inClause ?? nearOk ?? (k > 0 && !isRelative ? clauseDate : null);
    if (d && !isRelative) clauseDate = d;
    if (inClause && isRelative) relativeDates.add(inClause);
    if (T.plural && !d && T.type !== 'call') return;

    let type: EventType = T.type;
    if (phone && (type === 'talks' || type === 'meeting') && ms.some((m) => tagOf(m, 'phone') && m.first >= regionStart && m.first < regionEnd)) type = 'call';

    // Countries taking part: participants' own, the parties named around the trigger, a visit's destination.
    const partyCountries: string[] = [];
    let place: Place | null = null;
    const regionCountries = countries.filter((c) => c.first >= regionStart && c.first < regionEnd && !(inZone(c.first) && !inZone(T.m.first)));
    // Where the last party mention ends, for "X و Y" chains.
    const partyEnds = new Set<number>(ps.map((p) => p.last));
    // A visit's destination first, so that a place named earlier in the sentence does not take its role.
    const destinations: Place[] = [];
    const ordered = T.type === 'visit' ? [...regionCountries.filter((c) => c.first >= T.m.last), ...regionCountries.filter((c) => c.first < T.m.last)] : regionCountries;
    for (const c of ordered) {
      const adjacent = c.first >= T.m.last && c.first - T.m.last <= 1;
      // A subject before the trigger at the start of its clause ("واشنطن تؤكد", "قطر والولايات المتحدة تبحثان"),
      // not a noun of another clause ("الدور الذي تلعبه إيران عندما يلتقي").
      const clauseStart = c.first === S.first || CLAUSE_OPENERS.has(c.before) || tokens[c.first - 1]?.kind === 'punct';
      const subject = c.last <= T.m.first && T.m.first - c.last <= 2 && clauseStart && !NOT_PARTY_BEFORE.has(c.before);
      // "... ترمب ودول مجلس التعاون": a party joined by و to the parties just after the trigger.
      const chained = c.first > T.m.last && ((c.clitic === 'و' && partyEnds.has(c.first)) || (c.before === 'و' && partyEnds.has(c.first - 1))) && c.form !== 'city' && c.form !== 'capital';
      // A visit's destination: after إلى/لـ, or the first place named after the verb once its subject is past
      // ("يزور وزير الخارجية السعودي عادل الجبير موسكو").
      const insidePerson = ps.some((p) => c.first >= p.first && c.first < p.last);
      const destination =
        T.type === 'visit' &&
        c.first >= T.m.last &&
        !insidePerson &&
        (DESTINATION_WORDS.has(c.before) || c.clitic.endsWith('ل') || c.first === T.m.last || (T.pos === 'noun' && c.first - T.m.last <= 4) || (T.pos === 'verb' && c.form !== 'nisba' && !NOT_PARTY_BEFORE.has(c.before)));
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
      const introducer = ms.find((x) => tagOf(x, 'introducer') && x.last === c.first && (x.first - T.m.last <= 3 || [...partyEnds].some((e) => x.first - e >= 0 && x.first - e <= 1)));
      const withParty = (c.before === 'مع' || introducer !== undefined) && c.first > T.m.last && c.first - T.m.last <= (introducer ? 12 : 8) && c.form !== 'city';
      if ((adjacent && c.form === 'nisba') || withParty || ((adjacent || subject || chained) && c.form !== 'city' && !NOT_PARTY_BEFORE.has(c.before))) {
        partyCountries.push(c.code);
        partyEnds.add(c.last);
        continue;
      }
      // "في الدوحة" is where it happened; "في سوريا" after a contact word is more often what it was about.
      if (!place && c.before === 'في' && (c.form === 'capital' || c.form === 'city' || c.form === 'seat') && T.type !== 'call') {
        place = { text: c.text, name_en: c.place_en, country: c.code };
      }
    }

    // "في مقر وزارة الخارجية الأمريكية": an institution with its country is the place.
    if (!place && T.type !== 'call') place = institutionPlace(article, a, lex, ms, tokens, regionStart, regionEnd);
    let date = d ? eventDateOf(d.mention) : null;
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
    const purpose = T.pos === 'noun' && T.m.clitic.endsWith('ل');
    // "الذي يزور الدوحة حاليًا": the present of something under way.
    const ongoing = [T.m.last, T.m.last + 1, T.m.last + 2, T.m.last + 3].some((x) => ['حاليا', 'الان'].includes(textAt(x)));
    let softStatus = false;
    if (T.tense === 'future') status = 'planned';
    else if (T.tense === 'imperfect') {
      status = dateBeforePub || ongoing ? 'occurred' : 'planned';
      softStatus = status === 'planned' && !dateAfterPub;
    } else if (T.tense === 'past') status = 'occurred';
    else if (dateAfterPub) status = 'planned';
    else if (!dateBeforePub && (purpose || nounTense(T.m) === 'future')) {
      status = 'planned';
      softStatus = purpose;
    }
    if (T.tense === 'past' && dateAfterPub) status = 'planned';
    // A contact noun with no date and no tense around it is "occurred" only by default.
    if (T.pos === 'noun' && !date && T.tense === null && !softStatus && status === 'occurred' && nounTense(T.m) === null) softStatus = true;

    const hosted = /استقبل|يستقبل/.test(textAt(T.m.first));
    const embedded = isContinuation && afterParties !== undefined;
    if (embedded && k === 0) out.push(blank(source, topics, si, { pure: true, continues: true }));
    out.push({
      type,
      weak: T.weak,
      status,
      softStatus,
      people: ps,
      countries: partyCountries,
      place,
      date,
      topics,
      sources: [source],
      continues: isContinuation && k === 0 && afterParties === undefined,
      pure: false,
      embedded,
      verb: T.pos === 'verb',
      destinations,
      triggerAt: T.m.first,
      sidelinesOfPrevious: sidelinesBackref !== undefined && sidelinesBackref.first < T.m.first,
      hosted,
      sentence: si,
      notes: [],
    });
  });
  // Talks ("بحث", "ناقش") in a sentence with a stronger contact are that contact.
  const real = out.filter((c) => !c.pure);
  if (real.length > 1) {
    const strongest = real.reduce((x, y) => (TYPE_STRENGTH[y.type] > TYPE_STRENGTH[x.type] ? y : x));
    return out.filter((c) => c.pure || c === strongest || !c.weak || (mergeInto(strongest, c), false));
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

function blank(source: Source, topics: Set<string>, si: number, extra: Partial<Candidate>): Candidate {
  return { type: 'talks', weak: true, status: 'occurred', softStatus: false, people: [], countries: [], place: null, date: null, topics, sources: [source], continues: false, pure: false, embedded: false, hosted: false, verb: false, destinations: [], sentence: si, notes: [], ...extra };
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
    if (p.actorIds?.length === 1) out.add(`actor:${p.actorIds[0]}`);
    else if (p.office && p.country && !p.modified) out.add(`role:${p.office}@${p.country}`);
    else if (p.name) out.add(`name:${p.name}`);
  }
  return out;
}

function countriesOf(c: Candidate): Set<string> {
  const s = new Set(c.countries);
  for (const p of c.people) {
    if (p.country) s.add(p.country);
    for (const x of p.also ?? []) s.add(x);
  }
  return s;
}

const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

function compatibleTypes(a: EventType, b: EventType): boolean {
  if (a === 'statement' || b === 'statement') return false;
  return a === b || a === 'talks' || b === 'talks';
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

function precise(d: EventDate): number {
  if (!d.start || !d.end) return Infinity;
  return Date.parse(d.end) - Date.parse(d.start);
}

/** Folds b into a: people, countries, sources, topics; the stronger type; the more precise compatible date. */
function mergeInto(a: Candidate, b: Candidate): void {
  // A sentence that only goes on about a contact adds its evidence, not the people it happens to name.
  if (b.pure) b = { ...b, people: [] };
  // A firm status wins over a soft one (see softStatus); between two soft ones, a dated report over an undated one.
  if (a.status !== b.status && a.softStatus && (!b.softStatus || (!a.date && b.date))) {
    a.status = b.status;
    a.softStatus = b.softStatus;
  }
  const ids = identities(a);
  for (const p of b.people) {
    const id = p.actorIds?.length === 1 ? `actor:${p.actorIds[0]}` : p.office && p.country && !p.modified ? `role:${p.office}@${p.country}` : p.name ? `name:${p.name}` : null;
    if (id && ids.has(id)) continue;
    // A role that a known person of the contact already fills is that person.
    if (!id || a.people.some((q) => q.kind === 'actor' && p.office && q.country === p.country && !p.name)) continue;
    a.people.push(p);
  }
  for (const c of b.countries) if (!a.countries.includes(c)) a.countries.push(c);
  for (const s of b.sources) if (!a.sources.some((x) => x.start === s.start && x.article === s.article)) a.sources.push(s);
  for (const t of b.topics) a.topics.add(t);
  if (!b.pure && TYPE_STRENGTH[b.type] > TYPE_STRENGTH[a.type]) {
    a.type = b.type;
    a.weak = b.weak;
  }
  if (b.date && (!a.date || (datesCompatible(a.date, b.date) && precise(b.date) < precise(a.date)))) a.date = b.date;
  else if (b.date && a.date && !datesCompatible(a.date, b.date)) a.notes.push(`another sentence dates it ${b.date.text} (${b.date.start}–${b.date.end}); kept ${a.date.text}`);
  if (!a.place && b.place) a.place = b.place;
  for (const d of b.destinations) if (!a.destinations.some((x) => x.country === d.country)) a.destinations.push(d);
  a.hosted ||= b.hosted;
}

function joinCandidates(cands: Candidate[], lex: EventLexicon, article: Article): Candidate[] {
  const events: Candidate[] = [];
  // Several members named one by one stand for their organisation: "وزراء خارجية السعودية والبحرين والإمارات
  // والكويت" is the GCC. (One member alone is itself: Qatar's emir is not the GCC.)
  const asOrgs = (xs: Set<string>, other: Set<string>) => {
    const out = new Set(xs);
    for (const o of other) {
      const members = lex.countries.get(o)?.members;
      if (!members || xs.has(o)) continue;
      const inside = [...xs].filter((x) => members.includes(x));
      if (inside.length >= 2) {
        for (const x of inside) out.delete(x);
        out.add(o);
      }
    }
    return out;
  };
  const lastContact = () => {
    for (let k = events.length - 1; k >= 0; k--) if (events[k].type !== 'statement' && !events[k].embedded) return events[k];
    return null;
  };
  for (const c of cands) {
    if (c.type === 'statement') {
      events.push(c);
      continue;
    }
    const prev = lastContact();
    if (prev && (c.pure || c.continues) && datesCompatible(prev.date, c.date)) {
      mergeInto(prev, c);
      continue;
    }
    if (c.pure) continue;
    if (c.sidelinesOfPrevious && !c.date && prev?.date) {
      const pd = prev.date;
      c.date = { ...pd, rule: `sidelines:${pd.rule}`, derivation: `on the sidelines of the contact reported before (${pd.text ?? 'undated'}): ${pd.derivation}` };
    }
    const mine = identities(c);
    const myCountries = countriesOf(c);
    const sameContact = (e: Candidate) => {
      if (!compatibleTypes(e.type, c.type)) return false;
      if (e.status !== c.status && !(e.status === 'planned' ? e.softStatus : c.softStatus)) return false;
      if (!datesCompatible(e.date, c.date)) return false;
      const theirs = identities(e);
      let shared = 0;
      for (const x of mine) if (theirs.has(x)) shared++;
      const ec = countriesOf(e);
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
      const peopleConflict = shared === 0 && [...mine].some((x) => x.startsWith('actor:')) && [...theirs].some((x) => x.startsWith('actor:'));
      // One organisation meeting on its own ("وزراء خارجية دول مجلس التعاون") inside a contact with that organisation
      // on the same day is that contact told from one side.
      const lone = myCountries.size === 1 && sc === 1 && mine.size === 0 && c.type === e.type && ec.size > 1;
      return !peopleConflict && (lone || (sc >= 2 && sc >= Math.min(mineAsOrgs.size, ec.size)));
    };
    // Weak talks with the people of the contact just before, or any contact with no date of its own, belong to it.
    if (prev && (c.weak || !c.date) && sameContact(prev)) {
      mergeInto(prev, c);
      continue;
    }
    const match = [...events].reverse().find((e) => e.type !== 'statement' && sameContact(e));
    if (match) {
      mergeInto(match, c);
      continue;
    }
    events.push(c);
  }
  // A contact in a city the article dates a visit to ("كما يلتقي كيري في الدوحة نظيره الروسي" after "وينتقل كيري،
  // غدا الإثنين، إلى الدوحة") happens during that visit.
  for (const e of events) {
    if (e.date || e.type === 'visit' || e.type === 'statement' || !e.place?.country) continue;
    const visit = events.find((v) => v.type === 'visit' && v.date?.start && v.date.end && v.status === e.status && v.destinations.some((d) => d.country === e.place!.country) && [...countriesOf(v)].some((k) => countriesOf(e).has(k) && k !== e.place!.country));
    if (visit?.date) {
      e.date = { ...visit.date, rule: `during-visit:${visit.date.rule}`, derivation: `during the visit to ${e.place.name_en ?? e.place.text} dated ${visit.date.text}: ${visit.date.derivation}` };
    }
  }
  // An undated mention early in the article (a headline) is the dated contact it matches further on; one that
  // names nobody ("عقب اتصال بين وزيري الخارجية") is the first contact of its type.
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.date || e.type === 'statement') continue;
    const ec = countriesOf(e);
    const later = events.find(
      (x, j) =>
        j > i &&
        x.date &&
        x.type !== 'statement' &&
        compatibleTypes(x.type, e.type) &&
        (x.status === e.status || e.softStatus || x.softStatus) &&
        (ec.size === 0 && e.people.length === 0 ? x.type === e.type : [...ec].filter((k) => countriesOf(x).has(k)).length >= Math.max(1, Math.min(2, ec.size))),
    );
    if (later) {
      mergeInto(later, e);
      later.sources.sort((a, b) => a.start - b.start);
      events.splice(i, 1);
      i--;
    }
  }
  void lex;
  void article;
  return events;
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

function finalize(c: Candidate, n: number, article: Article, lex: EventLexicon): Contact {
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
    id: `${article.id}#${n + 1}`,
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

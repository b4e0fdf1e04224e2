/**
 * Contacts in one article: triggers with their participants, date, place, status and topics, sentence by sentence,
 * then joined so that one contact told in several sentences ("جاء ذلك خلال اتصال هاتفي...", "وبحث الجانبان...")
 * is one event.
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import type { NormText } from '../normalize/arabic.js';
import { textAt, type Token } from '../normalize/tokens.js';
import { holderAt, officesOf, resolveShort } from './actors.js';
import type { EventLexicon } from './lexicon.js';
import { countryOf, findParticipants, type PDesc, type SentenceView } from './participants.js';
import { scanMentions, splitSentences, tagOf, type EMention, type Sentence } from './scan.js';
import { ByteScratch } from '../scratch.js';
import { sortByFirst } from './order.js';
import { normalizeWord } from '../normalize/arabic.js';
import type { Contact } from './types.js';
import { tokenAtNorm, normAt, normAtNt, indexArticle } from './positions.js';
import { type ExtractOptions, type Candidate, type DatedSpan, copies } from './candidate.js';
import { isOrganisation, quiet, sentenceCandidates } from './sentence.js';
import { countriesOf, joinCandidates } from './join.js';
import { datePartiesSummit, anchorToEarlier } from './anchor.js';
import { laterStopDate, stopDate, splitTour, finalize } from './finalize.js';

export type { ExtractOptions } from './candidate.js';

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
    // "وصل أمس إلى الكويت في جولة تشمل قطر وعمان": the stop told keeps its day, the others are later.
    if (c.type === 'visit' && c.laterStops && c.date?.start) {
      const later = laterStopDate(c.date, c.destinations[0]);
      return splitTour(c).map((x) => (x.destinations[0] !== c.destinations[0] && c.laterStops!.includes(x.destinations[0].country!) ? { ...x, date: later } : x));
    }
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

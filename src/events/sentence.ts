/**
 * The contacts one sentence tells: each contact word with its parties, place, date, status and topics, read from the
 * words around it, its clause and the sentence's reports ("أعلنت ... أن"); a sentence with no contact word of its
 * own may only go on about the contact before it.
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import { textAt, type Token } from '../normalize/tokens.js';
import { tagOf as itemTag } from '../temporal/items.js';
import { fmtDay, addDays } from '../temporal/calendar.js';
import { readDays } from '../temporal/families/offset.js';
import type { ClauseWords } from './clauses.js';
import type { ETag, EventLexicon } from './lexicon.js';
import type { CDesc, PDesc, SentenceView } from './participants.js';
import { tagOf, type EMention, type Sentence } from './scan.js';
import type { ContactType, EventType, Place, Source, Status } from './types.js';
import { originalOf, itemAtNorm, type ArticleIndex, startingIn } from './positions.js';
import { type ExtractOptions, type Candidate, TYPE_STRENGTH, type TriggerTag, type DatedSpan, eventDateOf, namedEventDate, pickNamed, blank, triggerCandidate, goesOn, nearestDate } from './candidate.js';
import { mergeInto } from './join.js';
import { firstIndex } from '../search.js';

/** How far after a contact word its first party may come, and how far apart chained parties may be (words). */
const PARTY_REACH = 8;
const PARTY_GAP = 4;
/** A date this far (in words) from its contact word belongs to something else in a long sentence. */
const DATE_REACH = 15;

/** Whether a mention names a party: a person, a title, a counterpart or a country. */
function namesPartyAt(x: EMention | undefined): boolean {
  return x !== undefined && x.tags.some((t) => t.t === 'actor' || t.t === 'office' || t.t === 'fixed' || t.t === 'person' || t.t === 'counterpart' || t.t === 'country' || t.t === 'honorific');
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
      (type === 'visit' && x.clitic.endsWith('ل') && (tagOf(x, 'actor') || tagOf(x, 'office') || tagOf(x, 'fixed'))) ||
      // "الاجتماع المقبل لوزراء الخارجية العرب": a meeting of a body of its own, in ل
      ((type === 'meeting' || type === 'summit') && x.clitic.endsWith('ل') && (tagOf(x, 'country')?.form === 'name' || tagOf(x, 'country')?.form === 'nisba'))
    )
      return true;
  }
  return false;
}

export function isOrganisation(lex: EventLexicon, code: string): boolean {
  return lex.countries.get(code)?.kind === 'organisation';
}

/** Most sentences have no contact word and do not go on about one: they yield no candidate. */
export function quiet(ms: readonly EMention[], people: readonly PDesc[], opts: ExtractOptions): boolean {
  if (opts.statements) return false;
  for (const m of ms) if (tagOf(m, 'trigger') || tagOf(m, 'named') || tagOf(m, 'cont')) return false;
  for (const p of people) if (p.kind === 'anaphor') return false;
  return true;
}

/** The candidates of a sentence that is not quiet (the caller has checked). */
export function sentenceCandidates(
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
  // (Which tokens are inside a report: a mark each, so that asking is one lookup however many reports the sentence
  // has; a sentence of many reports asked of every person and date of every contact word was quadratic.)
  let zoneMarks: Uint8Array | null = null;
  if (zones.length !== 0) {
    zoneMarks = new Uint8Array(S.last - S.first);
    for (const [a0, b0] of zones) for (let k = a0; k < b0; k++) zoneMarks[k - S.first] = 1;
  }
  const inZone = (k: number) => zoneMarks !== null && k >= S.first && k < S.last && zoneMarks[k - S.first] === 1;
  /** The index of the first zone (of those given, in text order, their ends too) that ends at or after token k. */
  const firstEndingFrom = (zs: ReadonlyArray<readonly [number, number]>, k: number): number => firstIndex(zs.length, (i) => zs[i][1] < k);
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
  /**
   * "مايك بومبيو وزير خارجية الولايات المتحدة": a title right after a known person of its country (not joined by و:
   * "بوتين ووزير الخارجية الروسي" are two) is his, whoever the gazetteer says held the office that day.
   */
  // (Where the named known people end, and their countries: made once for the sentence, so that a sentence of many
  // people stays linear.)
  let namedEnds: Map<number, string> | null = null;
  const titleOfNamed = (p: PDesc) => {
    if (p.kind !== 'role' || p.name || p.country === undefined) return false;
    if (namedEnds === null) {
      namedEnds = new Map();
      for (const q of people) {
        const country = q.name !== undefined && q.actorIds?.length === 1 ? lex.actors.get(q.actorIds[0])?.country : undefined;
        if (country !== undefined) namedEnds.set(q.last, country).set(q.last + 1, country);
      }
    }
    return namedEnds.get(p.first) === p.country && !startingAt(p.first)?.clitic.startsWith('و');
  };
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
  // (For "خلال لقائهما" after talks: whether a talks word has come yet, and where the first person named starts.)
  let talksSeen = false;
  let firstNamed = Infinity;
  for (const p of people) if (p.kind !== 'anaphor' && p.first < firstNamed) firstNamed = p.first;
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
    // "بحث الوزير مع الرئيس الأمريكي خلال لقائهما": a meeting or call noun with a pronoun, right after "during",
    // after talks with someone named in the sentence, is the contact those talks were.
    const talksDuring = t.pos === 'noun' && (t.type === 'meeting' || t.type === 'call') && W.during.has(textAt(tokens, m.first - 1)) && !textAt(tokens, m.first).startsWith('ال') && talksSeen && firstNamed < m.first;
    const backref = !!tagOf(m, 'backref') && !talksDuring && !partiesFollow(m, t.type, tokens, index.starting, S, W);
    const w = textAt(tokens, m.first);
    const plural = t.pos === 'noun' && w.endsWith('ات');
    trigs.push({ m, type: t.type, pos: t.pos, tense: t.tense, weak: t.weak, backref, named: undefined, plural });
    if (t.weak && t.type === 'talks') talksSeen = true;
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
  // (Where the sentence's dates end: made once, when first asked.)
  let ends: Set<number> | null = null;
  const dateEnds = (): Set<number> => (ends ??= new Set(dated.map((x) => x.last)));
  /** The first date of the sentence that starts in tokens [a, b) (dates come in text order). */
  const firstDateIn = (a: number, b: number): DatedSpan | undefined => {
    const d = sentenceDates[firstIndex(sentenceDates.length, (i) => sentenceDates[i].first < a)];
    return d !== undefined && d.first < b ? d : undefined;
  };
  // The speaker of a report: a person inside its zone (people sorted by where they start, once, for a sentence with
  // reports); and the speaker of the nearest report up to a zone that names one, each found once.
  let byFirst: PDesc[] | null = null;
  const speakerIn = (z: readonly [number, number]): PDesc | undefined => {
    const sorted = (byFirst ??= [...people].sort((p, q) => p.first - q.first));
    for (let j = firstIndex(sorted.length, (i) => sorted[i].first <= z[0]); j < sorted.length && sorted[j].first < z[1]; j++) {
      const p = sorted[j];
      if (p.kind !== 'anaphor' && p.kind !== 'counterpart' && p.kind !== 'ref') return p;
    }
    return undefined;
  };
  const upTo: Array<PDesc | undefined> = [];
  const speakerUpTo = (i: number): PDesc | undefined => {
    // (Filled in order from the first zone, each zone once.)
    for (let j = upTo.length; j <= i; j++) upTo.push(speakerIn(zones[j]) ?? upTo[j - 1]);
    return i < 0 ? undefined : upTo[i];
  };

  const strong = trigs.filter((t) => !t.weak && !t.backref);
  // "وصل إلى عمان أمس في زيارة رسمية", "زار القاهرة ... في أول زيارة من نوعها": a visit noun in في after a visit verb
  // is that visit told again, not another.
  const visitVerbAt = trigs.find((v) => v.type === 'visit' && v.pos === 'verb')?.m.first ?? Infinity;
  // (So is one "في إطار" or "ضمن" a tour: "يزور الدوحة ... في إطار جولة خليجية تشمل الرياض".)
  const mannerOfVisit = (t: Trig) => {
    if (t.type !== 'visit' || t.pos !== 'noun' || visitVerbAt >= t.m.first) return false;
    const w1 = textAt(tokens, t.m.first - 1);
    return w1 === 'في' || w1 === 'ضمن' || (w1 === 'اطار' && textAt(tokens, t.m.first - 2) === 'في') || (W.first_words.has(w1) && textAt(tokens, t.m.first - 2) === 'في');
  };
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
    let ps = people.filter((p) => p.first >= regionStart && p.first < regionEnd && p.kind !== 'anaphor' && !(inZone(p.first) && !inZone(T.m.first)) && !titleOfNamed(p));
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
    let self: [number, number] | undefined;
    if (T.pos === 'verb' && selfZones !== null) {
      const z = selfZones[firstEndingFrom(selfZones, T.m.first - 2)];
      if (z !== undefined && z[1] < T.m.first) self = z;
    }
    // (A participle names no one: "أكد الوزير أن ...، مشيرا إلى أنه سيلتقي" is the speaker of the report before it.)
    let speaker = self && speakerIn(self);
    if (self && !speaker) speaker = speakerUpTo(firstEndingFrom(zones, self[0] + 1) - 1);
    // (What the speaker says after "إنه" is his own clause: the people of what he said before it are not in it.)
    if (speaker && !ps.includes(speaker)) ps = [speaker, ...ps.filter((p) => p.first >= self![1])];
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
    let lastParty = -1, lastPartyEnd = -1;
    for (const p of ps) if (p.first > T.m.last && p.first > lastParty) [lastParty, lastPartyEnd] = [p.first, p.last];
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
    // "لزيارة العاهل السعودي ... إلى روسيا بدعوة من الرئيس الروسي فلاديمير بوتين في الخريف المقبل": however far from
    // the contact word, a date among its parties or right after the last of them is its date.
    const amongParties = (x: DatedSpan) => x.first > T.m.last && (x.last <= lastParty || (lastPartyEnd >= 0 && x.first >= lastPartyEnd && x.first - lastPartyEnd <= 1));
    const reachable = (x: DatedSpan) => Math.min(Math.abs(x.first - T.m.first), Math.abs(x.last - T.m.last)) <= DATE_REACH || amongParties(x) || afterForum(x) || nearTalks(x) || received(x);
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
    // (When the contact word is itself one of talks, "تبحثان الأوضاع الإنسانية في قطاع غزة": a place after what they
    // discussed, not right after the talks word, a party or a date: "بحث مع نظيره الأمريكي في واشنطن", "بحث أمس في
    // الدوحة".)
    const talksTopic = (c: CDesc) => {
      if (!T.weak || T.type !== 'talks') return false;
      // (The end of what comes before "في", past a comma: "مع ... مارتن غريفيث، في مسقط".)
      let k = c.first - 1;
      while (k > T.m.last && tokens[k - 1].kind === 'punct') k--;
      return k > T.m.last && !partyEnds.has(k) && !dateEnds().has(k);
    };
    const discussed = (c: CDesc) => (c.first - 1 > discussedFrom || talksTopic(c)) && !W.with_pronouns.has(textAt(tokens, c.first - 2));
    // A visit's destination first, so that a place named earlier in the sentence does not take its role.
    const destinations: Place[] = [];
    const laterStops: string[] = [];
    const ordered = T.type === 'visit' ? [...regionCountries.filter((c) => c.first >= T.m.last), ...regionCountries.filter((c) => c.first < T.m.last)] : regionCountries;
    for (const c of ordered) {
      // "زيارة إلى الحدود الشمالية مع لبنان": the border with a country is where the visit went, not a party to it.
      if (c.before === 'مع' && [2, 3].some((k) => /^(ال)?حدود/.test(textAt(tokens, c.first - k)))) continue;
      const adjacent = c.first >= T.m.last && c.first - T.m.last <= 1;
      // A subject before the trigger at the start of its clause ("واشنطن تؤكد", "قطر والولايات المتحدة تبحثان"),
      // not a noun of another clause ("الدور الذي تلعبه إيران عندما يلتقي").
      // (Also after كان: "وكانت الكويت قد استضافت ..." names its subject between كان and the verb.)
      // (And after the verb that holds the meeting: "ويعقد وزراء الخارجية العرب اجتماعا طارئا".)
      const clauseStart = c.first === S.first || W.clause_openers.has(c.before) || W.kana.has(c.before) || tokens[c.first - 1]?.kind === 'punct' || (T.pos === 'noun' && W.holding_verbs.has(c.before));
      const subject = c.last <= T.m.first && T.m.first - c.last <= 2 && clauseStart && !W.not_party_before.has(c.before);
      // "... ترمب ودول مجلس التعاون": a party joined by و to the parties just after the trigger.
      const chained = c.first > T.m.last && ((c.clitic === 'و' && partyEnds.has(c.first)) || (c.before === 'و' && partyEnds.has(c.first - 1))) && c.form !== 'city' && c.form !== 'capital';
      // A visit's destination: after إلى/لـ, or the first place named after the verb once its subject is past
      // ("يزور وزير الخارجية السعودي عادل الجبير موسكو").
      const insidePerson = ps.some((p) => c.first >= p.first && c.first < p.last);
      // "يحل الرئيس الفرنسي بالمغرب في زيارة دولة", "متوجها إلى الولايات المتحدة في زيارة رسمية": a place in بـ or
      // after إلى just before "في زيارة" is where the visit goes.
      const placeBefore = T.type === 'visit' && T.pos === 'noun' && c.last <= T.m.first && T.m.first - c.last <= 1 && (c.clitic.endsWith('ب') || W.destination_words.has(c.before)) && c.form !== 'nisba';
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
      // "وصل إلى الكويت في جولة تشمل قطر وعمان": the stops a tour includes after the one told.
      const included = T.type === 'visit' && destinations.length > 0 && c.first > T.m.last && W.tour_includes.has(c.before) && c.form !== 'nisba';
      if ((destination && !place) || moreDestination || included) {
        const here = { text: c.text, name_en: c.place_en, country: c.code };
        place ??= here;
        if (included || (moreDestination && laterStops.length > 0)) laterStops.push(c.code);
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
    // word; the visit is on or after it, and so is a meeting during it ("في زيارة رسمية يلتقي خلالها ...").
    if ((T.type === 'visit' || T.type === 'meeting') && d && date?.start && ms.some((x) => tagOf(x, 'departure') && x.first < d.first && d.first < T.m.first)) {
      date = { ...date, value: null, end: null, grain: 'unknown', mod: 'AFTER', rule: `departure:${date.rule}`, derivation: `the day of leaving, ${date.derivation}; the visit is on or after it → on or after ${fmtDay(date.start)}` };
    }
    // "على هامش قمة الرياض": the named event's date and place.
    const named = T.named ? T.m : namedIn.find((m) => m.first >= regionStart - 3 && m.first < regionEnd);
    if (named) {
      const nt = tagOf(named, 'named')!;
      const pick = pickNamed(lex, nt.ids, article.published);
      if (pick) {
        if (!date) date = namedEventDate(pick.ev, originalOf(article, a, named.first, named.last), article.published, pick.several);
        // A contact dated by its own words is on the sidelines of the instance held then: when the data knows none
        // (the text names a later one, or errs), the event lends it no place.
        const { start, end } = date;
        const held = start && end ? nt.ids.map((id) => lex.namedEvents.get(id)).find((ev) => ev !== undefined && ev.start <= end && start <= ev.end) : pick.ev;
        // The event's city says more than a country named after it ("قمة الرياض في المملكة العربية السعودية").
        if (held?.place && (!place || place.name_en === lex.countries.get(place.country ?? '')?.name_en)) place = { text: originalOf(article, a, named.first, named.last), name_en: held.place, country: lex.placeCountry.get(held.place.toLowerCase()) ?? null };
        if (T.named) for (const c of (held ?? pick.ev).countries ?? []) if (!partyCountries.includes(c)) partyCountries.push(c);
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
    // (The last report before the contact word: its day is when what it reports was said.)
    if (zones.length !== 0 && !inZone(T.m.first)) {
      const zi = firstEndingFrom(zones, T.m.first + 1) - 1;
      if (zi >= 0) {
        const d = firstDateIn(zones[zi][0], zones[zi][1]);
        c.reportedOn = d ? eventDateOf(d.mention) : null;
      }
    }
    c.anaphoric = anaphoric;
    c.embedded = embedded;
    // A visit is not on the sidelines of another: "أثناء زيارته إلى مصر ... جولة تقوده إلى قطر" goes on later.
    c.sidelinesOfPrevious = T.type !== 'visit' && ((sidelinesBackref !== undefined && sidelinesBackref !== T.m && (sidelinesBackref.first < T.m.first || !tagOf(sidelinesBackref, 'sidelines'))) || (k > 0 && W.during_it.has(textAt(tokens, T.m.last))));
    c.retold = T.type === 'visit' && T.pos === 'noun' && !!tagOf(T.m, 'backref') && !w0.startsWith('ال');
    c.also = T.pos === 'verb' && !T.weak && (W.also.has(textAt(tokens, T.m.first - 1)) || (T.m.clitic === 'و' && textAt(tokens, T.m.first - 1) === 'كما'));
    c.opensTour = T.type === 'visit' && endsNear(T.m.first, 6, 'touropen');
    if (laterStops.length) c.laterStops = laterStops;
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

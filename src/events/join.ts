/**
 * Joins the candidates of an article's sentences into its contacts: a continuation ("جاء ذلك خلال ...", "وبحث
 * الجانبان ...") or a later mention of the same people on a compatible date is the contact already told; a
 * bilateral meeting is kept apart from a larger one, and contacts in two places are two.
 */
import type { Article } from '../ingest/article.js';
import { isoDayNumber } from '../temporal/calendar.js';
import type { EventLexicon } from './lexicon.js';
import type { PDesc } from './participants.js';
import type { EventDate, EventType, Place } from './types.js';
import { type Candidate, TYPE_STRENGTH } from './candidate.js';

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

export function countriesOf(c: Candidate): Set<string> {
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

export function compatibleTypes(a: EventType, b: EventType): boolean {
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
export function mergeInto(a: Candidate, b: Candidate, pub: string): void {
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
  if (b.laterStops) a.laterStops = [...(a.laterStops ?? []), ...b.laterStops];
  // (A headline joined by the report of the contact keeps the report's day.)
  if (a.reportedOn === undefined && !b.pure) a.reportedOn = b.reportedOn;
}

export function joinCandidates(cands: Candidate[], lex: EventLexicon, article: Article): Candidate[] {
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
        // (Nor one in another city or country: "لزيارة ... إلى الصين" is not a visit to Riyadh told after it.)
        samePlace(e.place, x.place, lex) &&
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

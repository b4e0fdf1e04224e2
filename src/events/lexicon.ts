/**
 * Compiles triggers, offices, countries, actors, named events and topics into one phrase lexicon of event tags, so
 * that a sentence is tagged in one pass. Derivations of verbs (التقت، التقيا، سيلتقي), nisba adjectives (القطرية،
 * الأمريكيين) and name spellings (عبد الرحمن/عبدالرحمن) happen here, once, at load time.
 */
import { isoDayNumber } from '../temporal/calendar.js';
import { PhraseLexicon } from '../normalize/lexicon.js';
import { normalizeWord } from '../normalize/arabic.js';
import { compileClauseWords, type ClausesData, type ClauseWords } from './clauses.js';
import type { ContactType, Office } from './types.js';

export type CountryForm = 'name' | 'nisba' | 'capital' | 'seat' | 'city' | 'ambiguous';

export type ETag =
  | { t: 'trigger'; type: ContactType; pos: 'noun' | 'verb'; tense: 'past' | 'imperfect' | 'future' | null; weak: boolean; needsLight: boolean; needsParty: boolean }
  | { t: 'light' }
  | { t: 'phone' }
  | { t: 'neg' }
  | { t: 'cont' }
  | { t: 'anaphor' }
  | { t: 'backref' }
  | { t: 'introducer' }
  | { t: 'sidelines' }
  | { t: 'report' }
  | { t: 'office'; office: Office; possessive?: boolean }
  | { t: 'fixed'; office: Office; country: string }
  | { t: 'modifier' }
  | { t: 'counterpart' }
  | { t: 'person' }
  | { t: 'honorific' }
  | { t: 'country'; code: string; form: CountryForm; place_en: string | null }
  | { t: 'actor'; ids: readonly string[]; full: boolean }
  | { t: 'named'; ids: readonly string[] }
  | { t: 'topic'; topic: string }
  | { t: 'institution'; name_en: string; by_country: Readonly<Record<string, string>> }
  /** A ruling family's name (آل ثاني، آل خليفة): the person it ends belongs to that country. */
  | { t: 'family'; code: string }
  /** A word that is itself, not a clitic plus another entry; it carries no meaning. */
  | { t: 'plain' }
  /** An honorific of a class ("سمو", "صاحب السمو"), or its pronoun ("سموه"): see honorific_pronouns. */
  | { t: 'honorcls'; cls: string }
  | { t: 'honorpron'; cls: string }
  /** "الوزير", "المسؤول": with a nisba and no name, the person of that country named before. */
  | { t: 'backperson' }
  /** "البلاد", "المملكة": the article's home country, when its names contain `inName` (normalized). */
  | { t: 'home'; inName: string | null }
  /** A verb of beginning: with a tour, its date is the tour's first day ("يبدأ زيارته للكويت وقطر"). */
  | { t: 'touropen' }
  /** A return word: "يعود ... إلى طهران مساء الاثنين" ends a tour of the visitor's. */
  | { t: 'return' }
  /** A word of leaving: "غادر واشنطن مساء الجمعة متوجها إلى ...": the day told is not the visit's. */
  | { t: 'departure' };

export interface TriggersData {
  triggers: Array<{ type: ContactType; nouns?: string[]; verbs?: string[]; imperfect?: string[]; weak?: boolean; needs_light_verb?: boolean; needs_party?: boolean }>;
  light_verbs: string[];
  phone_adverbs: string[];
  negations: string[];
  continuations: string[];
  anaphors: string[];
  back_references: string[];
  sidelines: string[];
  reporting_verbs: string[];
  reporting_participles?: string[];
  not_clitic: string[];
  party_introducers: string[];
  tour_openers?: string[];
  returns?: string[];
  departures?: string[];
}

export interface OfficesData {
  offices: Array<{ office: Office; titles: string[] }>;
  fixed_titles: Array<{ title: string; office: Office; country: string }>;
  possessive_titles: Array<{ title: string; office: Office }>;
  modifiers: string[];
  counterparts: string[];
  person_nouns: string[];
  honorifics: string[];
  honorific_pronouns?: Array<{ pronoun: string; honorifics: string[] }>;
  back_person_nouns?: string[];
  institutions: Array<{ forms: string[]; name_en: string; by_country?: Record<string, string> }>;
}

export interface PlaceData {
  name_en: string;
  names: string[];
}

export interface CountryData {
  code: string;
  kind: 'country' | 'organisation';
  name_en: string;
  names: string[];
  nisba?: string[];
  extra_forms?: string[];
  capital?: PlaceData;
  /** The seats of power that stand for the government (البيت الأبيض): a place with its English name, or a name. */
  seats?: Array<PlaceData | string>;
  cities?: PlaceData[];
  members?: string[];
  ambiguous?: string[];
  families?: string[];
}

export interface OfficeTerm {
  office: Office;
  country: string;
  from: string;
  to?: string | null;
}

export interface ActorData {
  id: string;
  name_en: string;
  country: string;
  names: string[];
  short?: string[];
  offices?: OfficeTerm[];
}

export interface NamedEventData {
  id: string;
  name_en: string;
  names: string[];
  type: ContactType;
  start: string;
  end: string;
  place?: string;
  countries?: string[];
}

export interface EventLexicon {
  phrases: PhraseLexicon<ETag>;
  countries: Map<string, CountryData>;
  actors: Map<string, ActorData>;
  /** Office → country → terms, for "who held it on that day" (two lookups, no key to build). */
  holders: Map<string, Map<string, HolderTerm[]>>;
  namedEvents: Map<string, NamedEventData>;
  /** Normalized name → country code, for places given in English or Arabic in exports. */
  placeCountry: Map<string, string>;
  /** Normalized first names: an unquoted unknown person must start with one. */
  firstNames: Set<string>;
  /** Normalized words that are never part of a person's name (names.yaml). */
  notNames: Set<string>;
  /** Normalized short name parts that are no name on their own: بن، آل، أبو (names.yaml). */
  nameParticles: Set<string>;
  /** The word classes of clauses.yaml. */
  clauses: ClauseWords;
}

/** The end of a term still running. */
export const OPEN_END = '9999-12-31';

/** A term of office, with its ends also as day numbers: every title of every sentence asks who held it then. */
export interface HolderTerm {
  actor: string;
  from: string;
  to: string | null;
  fromDay: number;
  toDay: number;
}


/** Past-tense forms of a verb: masculine, feminine, dual, plural and object suffixes. */
export function pastForms(v: string): string[] {
  const words = normalizeWord(v).split(' ');
  const head = words[0];
  const rest = words.slice(1).join(' ');
  const forms = head.endsWith('ي')
    ? [head, head.slice(0, -1) + 'ت', head.slice(0, -1) + 'وا', head + 'ا', head.slice(0, -1) + 'تا', head.slice(0, -1) + 'اه', head.slice(0, -1) + 'اها', head.slice(0, -1) + 'اهم']
    : [head, head + 'ت', head + 'ا', head + 'تا', head + 'وا', head + 'ه', head + 'ها', head + 'هم', head + 'تها', head + 'ته'];
  return forms.map((f) => (rest ? `${f} ${rest}` : f));
}

/** Imperfect forms from a ي-stem (يلتقي → تلتقي، يلتقيان، يلتقون، نلتقي), and their سـ futures. */
export function imperfectForms(v: string): { present: string[]; future: string[] } {
  const words = normalizeWord(v).split(' ');
  const head = words[0];
  const rest = words.slice(1).join(' ');
  if (!head.startsWith('ي')) return { present: [normalizeWord(v)], future: [] };
  const body = head.slice(1);
  const present: string[] = [];
  for (const p of ['ي', 'ت', 'ن']) {
    present.push(p + body, p + body + 'ان', p + body + 'ه', p + body + 'ها');
    present.push(body.endsWith('ي') ? p + body.slice(0, -1) + 'ون' : p + body + 'ون');
    // the dual and plural after أن/لم ("قبل أن يلتقيا", "على أن يلتقوا")
    present.push(p + body + 'ا', body.endsWith('ي') ? p + body.slice(0, -1) + 'وا' : p + body + 'وا');
    // the jussive after لم, which shortens a final or middle long vowel ("لم يلتق" of يلتقي, "لم يزر" of يزور), so
    // that the negation finds its verb
    if (body.endsWith('ي')) present.push(p + body.slice(0, -1));
    else if (body.length === 3 && (body[1] === 'و' || body[1] === 'ي')) present.push(p + body[0] + body[2]);
  }
  const join = (f: string) => (rest ? `${f} ${rest}` : f);
  return { present: present.map(join), future: present.map((f) => join('س' + f)) };
}

/** Nisba inflections: قطري → قطرية، قطريين، قطريون، قطريا، قطريان، قطريتين, each also with ال. */
export function nisbaForms(base: string): string[] {
  const b = normalizeWord(base);
  const forms = [b, b + 'ه', b + 'ين', b + 'ون', b + 'ا', b + 'ان', b + 'تين', b + 'تان'];
  return [...forms, ...forms.map((f) => 'ال' + f)];
}

/** The definite form of a trigger noun phrase: ال on the head noun and on nisba-like adjectives
 * ("اتصال هاتفي" → "الاتصال الهاتفي", "لقاء ثنائي" → "اللقاء الثنائي"). */
export function definiteForm(phrase: string): string | null {
  const words = normalizeWord(phrase).split(' ');
  if (words[0].startsWith('ال')) return null;
  return words
    .map((w, i) => (i === 0 || (!w.startsWith('ال') && /(ي|يه|يا)$/.test(w)) ? 'ال' + w.replace(/ا$/, '') : w))
    .join(' ');
}

/** A one-word noun with the pronoun suffixes ه، ها، هما، هم (ة becomes ت; a final ء takes ئ: لقاء → لقائه). */
export function possessiveForms(noun: string): string[] {
  const n = normalizeWord(noun);
  if (n.includes(' ') || n.startsWith('ال')) return [];
  const stems = n.endsWith('ه') ? [n.slice(0, -1) + 'ت'] : n.endsWith('ء') ? [n.slice(0, -1) + 'ي', n] : n.endsWith('ا') ? [n.slice(0, -1)] : [n];
  return stems.flatMap((st) => ['ه', 'ها', 'هما', 'هم'].map((x) => st + x));
}

/** Spelling variants of a personal name: "عبد الرحمن" ↔ "عبدالرحمن". */
export function nameVariants(name: string): string[] {
  const n = normalizeWord(name);
  const out = new Set([n]);
  out.add(n.replace(/(^| )عبد ال/g, '$1عبدال'));
  out.add(n.replace(/(^| )عبدال/g, '$1عبد ال'));
  out.add(n.replace(/(^| )ابو /g, '$1ابو'));
  return [...out];
}

/** The event data files, validated. */
export type EventData = {
  triggers: TriggersData;
  clauses: ClausesData;
  offices: OfficesData;
  topics: { topics: Record<string, string[]> };
  events: { events: NamedEventData[] };
  countries: { countries: CountryData[]; home_words?: Array<{ word: string; in_name?: string }> };
  actors: { actors: ActorData[] };
  names: { first_names: string[]; not_names: string[]; name_particles: string[] };
};

/** Every phrase of the event data with its tag, in one lexicon (the part of compiling that a snapshot can keep). */
export function eventPhrases(d: EventData): PhraseLexicon<ETag> {
  const L = eventPhrasesAsWritten(d);
  // In one shape (see uniformEventTag); a snapshot's entries are made uniform again as they are unpacked.
  L.mapEntries(uniformEventTag);
  return L;
}

/**
 * An event tag with every field of every tag kind, in one order (undefined where its kind has none). The contact
 * rules read tags of all kinds at every step (tagOf reads `t` of each tag of a mention, dozens of times a mention):
 * with one hidden class for all tags those reads stay monomorphic, where the kinds' own shapes, a dozen, made each a
 * megamorphic lookup. Readers see the same values. (The date tags do the same: see uniformTag.)
 */
export function uniformEventTag(tag: ETag): ETag {
  const g = tag as Partial<Record<string, unknown>>;
  return {
    t: g.t, type: g.type, pos: g.pos, tense: g.tense, weak: g.weak, needsLight: g.needsLight, needsParty: g.needsParty, ids: g.ids, full: g.full,
    code: g.code, form: g.form, place_en: g.place_en, name_en: g.name_en, by_country: g.by_country, office: g.office,
    possessive: g.possessive, country: g.country, cls: g.cls, topic: g.topic, inName: g.inName,
  } as ETag;
}

/** The phrases with each tag as its kind writes it (eventPhrases gives them one shape). */
export function eventPhrasesAsWritten(d: EventData): PhraseLexicon<ETag> {
  const L = new PhraseLexicon<ETag>();
  const add = (forms: readonly string[] | undefined, tag: ETag) => {
    for (const f of forms ?? []) L.add(f, tag);
  };
  for (const tr of d.triggers.triggers) {
    const weak = tr.weak === true;
    const needsLight = tr.needs_light_verb === true;
    const needsParty = tr.needs_party === true;
    const nounTag: ETag = { t: 'trigger', type: tr.type, pos: 'noun', tense: null, weak, needsLight, needsParty };
    add(tr.nouns, nounTag);
    for (const n of tr.nouns ?? []) {
      const def = definiteForm(n);
      if (def) L.add(def, nounTag);
      // "زيارته", "اجتماعهم", "لقائهما": the noun with a pronoun points back like a definite one.
      for (const f of possessiveForms(n)) {
        L.add(f, nounTag);
        L.add(f, { t: 'backref' });
      }
    }
    for (const v of tr.verbs ?? []) add(pastForms(v), { t: 'trigger', type: tr.type, pos: 'verb', tense: 'past', weak, needsLight, needsParty });
    for (const v of tr.imperfect ?? []) {
      const f = imperfectForms(v);
      add(f.present, { t: 'trigger', type: tr.type, pos: 'verb', tense: 'imperfect', weak, needsLight, needsParty });
      add(f.future, { t: 'trigger', type: tr.type, pos: 'verb', tense: 'future', weak, needsLight, needsParty });
    }
  }
  for (const v of d.triggers.light_verbs) add(pastForms(v), { t: 'light' });
  add(d.triggers.light_verbs, { t: 'light' });
  add(d.triggers.phone_adverbs, { t: 'phone' });
  add(d.triggers.negations, { t: 'neg' });
  add(d.triggers.continuations, { t: 'cont' });
  add(d.triggers.anaphors, { t: 'anaphor' });
  add(d.triggers.back_references, { t: 'backref' });
  add(d.triggers.sidelines, { t: 'sidelines' });
  for (const v of d.triggers.reporting_verbs) add(pastForms(v), { t: 'report' });
  add(d.triggers.reporting_participles, { t: 'report' });
  add(d.triggers.not_clitic, { t: 'plain' });
  add(d.triggers.party_introducers, { t: 'introducer' });
  add(d.triggers.tour_openers, { t: 'touropen' });
  add(d.triggers.returns, { t: 'return' });
  add(d.triggers.departures, { t: 'departure' });

  for (const o of d.offices.offices) add(o.titles, { t: 'office', office: o.office });
  for (const f of d.offices.fixed_titles) add([f.title], { t: 'fixed', office: f.office, country: f.country });
  for (const f of d.offices.possessive_titles) add([f.title], { t: 'office', office: f.office, possessive: true });
  add(d.offices.modifiers, { t: 'modifier' });
  add(d.offices.counterparts, { t: 'counterpart' });
  add(d.offices.person_nouns, { t: 'person' });
  add(d.offices.honorifics, { t: 'honorific' });
  for (const h of d.offices.honorific_pronouns ?? []) {
    const cls = normalizeWord(h.pronoun);
    add([h.pronoun], { t: 'honorpron', cls });
    add(h.honorifics, { t: 'honorcls', cls });
  }
  add(d.offices.back_person_nouns, { t: 'backperson' });
  for (const inst of d.offices.institutions) add(inst.forms, { t: 'institution', name_en: inst.name_en, by_country: inst.by_country ?? {} });

  for (const c of d.countries.countries) {
    add(c.names, { t: 'country', code: c.code, form: 'name', place_en: c.name_en });
    add(c.extra_forms, { t: 'country', code: c.code, form: 'nisba', place_en: null });
    for (const n of c.nisba ?? []) add(nisbaForms(n), { t: 'country', code: c.code, form: 'nisba', place_en: null });
    if (c.capital) add(c.capital.names, { t: 'country', code: c.code, form: 'capital', place_en: c.capital.name_en });
    for (const st of c.seats ?? []) {
      if (typeof st === 'string') L.add(st, { t: 'country', code: c.code, form: 'seat', place_en: null });
      else add(st.names, { t: 'country', code: c.code, form: 'seat', place_en: st.name_en });
    }
    for (const city of c.cities ?? []) add(city.names, { t: 'country', code: c.code, form: 'city', place_en: city.name_en });
    // An ambiguous form that the article's other mentions settle ("عمان" in an article about Jordan) is the capital
    // when it is the last word of the capital's name, else the country.
    const capitalWords = new Set((c.capital?.names ?? []).map((n) => normalizeWord(n).split(' ').at(-1)));
    for (const f of c.ambiguous ?? []) L.add(f, { t: 'country', code: c.code, form: 'ambiguous', place_en: capitalWords.has(normalizeWord(f)) ? c.capital!.name_en : c.name_en });
    add(c.families, { t: 'family', code: c.code });
  }

  for (const h of d.countries.home_words ?? []) add([h.word], { t: 'home', inName: h.in_name ? normalizeWord(h.in_name) : null });

  const shortIds = new Map<string, string[]>();
  for (const a of d.actors.actors) {
    for (const n of a.names) for (const v of nameVariants(n)) L.add(v, { t: 'actor', ids: [a.id], full: true });
    for (const s of a.short ?? []) {
      for (const v of nameVariants(s)) {
        const list = shortIds.get(v) ?? [];
        if (!list.includes(a.id)) list.push(a.id);
        shortIds.set(v, list);
      }
    }
  }
  for (const [form, ids] of shortIds) L.add(form, { t: 'actor', ids, full: false });

  const byName = new Map<string, string[]>();
  for (const e of d.events.events) {
    for (const n of e.names) {
      const k = normalizeWord(n);
      const list = byName.get(k) ?? [];
      list.push(e.id);
      byName.set(k, list);
    }
  }
  for (const [name, ids] of byName) L.add(name, { t: 'named', ids });
  for (const [topic, forms] of Object.entries(d.topics.topics)) add(forms, { t: 'topic', topic });
  return L;
}

/**
 * A country (or an actor) with every field in one order, whatever the YAML wrote and left out. The contact rules
 * look countries and actors up for every party of every contact (is it an organisation, its members, its English
 * name): with each entry's own shape, a few dozen, those reads were megamorphic lookups.
 */
function uniformCountry(c: CountryData): CountryData {
  return {
    code: c.code, kind: c.kind, name_en: c.name_en, names: c.names, nisba: c.nisba, extra_forms: c.extra_forms, capital: c.capital,
    seats: c.seats, cities: c.cities, members: c.members, ambiguous: c.ambiguous, families: c.families,
  };
}

function uniformActor(a: ActorData): ActorData {
  return { id: a.id, name_en: a.name_en, country: a.country, names: a.names, short: a.short, offices: a.offices };
}

/** The event lexicon: the phrases and first names (derived here unless a snapshot kept them) and the lookup tables. */
export function compileEventLexicon(d: EventData, phrases: PhraseLexicon<ETag> = eventPhrases(d), firstNames: readonly string[] = eventFirstNames(d)): EventLexicon {
  const countries = new Map<string, CountryData>();
  const placeCountry = new Map<string, string>();
  for (const c of d.countries.countries) {
    countries.set(c.code, uniformCountry(c));
    const seats = (c.seats ?? []).map((x) => (typeof x === 'string' ? undefined : x.name_en));
    for (const p of [c.name_en, c.capital?.name_en, ...(c.cities ?? []).map((x) => x.name_en), ...seats]) if (p) placeCountry.set(p.toLowerCase(), c.code);
  }
  const actors = new Map<string, ActorData>();
  const holders = new Map<string, Map<string, HolderTerm[]>>();
  for (const a of d.actors.actors) {
    actors.set(a.id, uniformActor(a));
    for (const o of a.offices ?? []) {
      let byCountry = holders.get(o.office);
      if (!byCountry) holders.set(o.office, (byCountry = new Map()));
      let list = byCountry.get(o.country);
      if (!list) byCountry.set(o.country, (list = []));
      list.push({ actor: a.id, from: o.from, to: o.to ?? null, fromDay: isoDayNumber(o.from), toDay: isoDayNumber(o.to ?? OPEN_END) });
    }
  }
  const namedEvents = new Map<string, NamedEventData>();
  for (const e of d.events.events) namedEvents.set(e.id, e);
  return {
    phrases,
    countries,
    actors,
    holders,
    namedEvents,
    placeCountry,
    firstNames: new Set(firstNames),
    notNames: new Set(d.names.not_names.map(normalizeWord)),
    nameParticles: new Set(d.names.name_particles.map(normalizeWord)),
    clauses: compileClauseWords(d.clauses),
  };
}

/** The normalized first names: those of names.yaml in every spelling, and the first word of every actor's names. */
export function eventFirstNames(d: EventData): string[] {
  const firstNames = new Set<string>();
  for (const n of d.names.first_names) for (const v of nameVariants(n)) firstNames.add(v.split(' ')[0]);
  for (const a of d.actors.actors) for (const n of a.names) firstNames.add(normalizeWord(n).split(' ')[0]);
  return [...firstNames];
}

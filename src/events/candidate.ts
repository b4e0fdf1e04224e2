/**
 * A contact as one sentence tells it, before the sentences are joined: its shape, made always in one order (see
 * blank), and the dates a candidate takes from date mentions and named events.
 */
import type { DateMention } from '../temporal/types.js';
import { fmtDay } from '../temporal/calendar.js';
import type { ETag, EventLexicon, NamedEventData } from './lexicon.js';
import type { PDesc } from './participants.js';
import type { EMention } from './scan.js';
import type { ContactType, EventDate, EventType, Place, Source, Status } from './types.js';

export interface ExtractOptions {
  statements: boolean;
  /** Receives each sentence-level candidate before joining (for debugging extraction rules). */
  trace?: (line: string) => void;
}

/** A contact as found in one sentence, before joining and before roles are resolved to people. */
export interface Candidate {
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
  /** "في جولة تشمل قطر وعمان": stops a tour includes after the one told, by country: some later day each. */
  laterStops?: string[];
  sentence: number;
  notes: string[];
}

export const TYPE_STRENGTH: Record<EventType, number> = { talks: 0, statement: 0, meeting: 2, visit: 2, summit: 2, call: 3 };
export type TriggerTag = Extract<ETag, { t: 'trigger' }>;

export interface DatedSpan {
  mention: DateMention;
  first: number;
  last: number;
}

export function eventDateOf(m: DateMention): EventDate {
  if (m.bound) {
    return { text: m.bound.text, value: m.value, start: m.bound.start, end: m.bound.end, grain: 'range', mod: m.bound.mod, rule: `bound/${m.bound.mod.toLowerCase()}:${m.rule}`, derivation: m.bound.derivation };
  }
  return { text: m.text, value: m.value, start: m.start, end: m.end, grain: m.grain, mod: m.mod, rule: m.rule, derivation: m.derivation };
}

export function namedEventDate(ev: NamedEventData, phrase: string, pub: string, several: boolean): EventDate {
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
export function pickNamed(lex: EventLexicon, ids: readonly string[], pub: string): { ev: NamedEventData; several: boolean } | null {
  let best: NamedEventData | null = null;
  for (const id of ids) {
    const e = lex.namedEvents.get(id);
    if (e && e.start <= pub && (!best || e.start > best.start)) best = e;
  }
  return best ? { ev: best, several: ids.length > 1 } : null;
}

/** Copies of people, in an array of the one hidden class the stage's people arrays have (see allDated). */
export function copies(ps: readonly PDesc[]): PDesc[] {
  const out: PDesc[] = [];
  for (const p of ps) out.push({ ...p });
  return out;
}

/**
 * A candidate with every field present, in one order: the join reads candidates many times over, and one shape keeps
 * those reads fast. The rules then set what they found, field by field (a spread of the found fields into this one
 * cost more than a microsecond per candidate: a generic copy, property by property).
 */
export function blank(source: Source, topics: Set<string>, si: number): Candidate {
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
    laterStops: undefined,
    sentence: si,
    notes: [],
  };
}

/**
 * A candidate for a contact word, with what every reading of it shares (its type, place, destinations, whether it is
 * a hosting verb); the caller sets the rest field by field, as blank explains.
 */
export function triggerCandidate(
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
export function goesOn(source: Source, topics: Set<string>, si: number, date: EventDate | null, people: PDesc[]): Candidate {
  const c = blank(source, topics, si);
  c.pure = true;
  c.continues = true;
  c.date = date;
  c.people = people;
  return c;
}

export function nearestDate(ds: DatedSpan[], at: number): DatedSpan | null {
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

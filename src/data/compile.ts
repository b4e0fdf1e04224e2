/**
 * Compiles validated data (parsed from data/*.yaml, or the build-time snapshot of it) into the matchers the
 * pipeline uses. Free of the YAML parser, so a run that starts from the snapshot never loads it.
 */
import { TarikhError } from '../errors.js';
import type { ClausesData } from '../events/clauses.js';
import { compileEventLexicon, uniformEventTag, type ETag, type EventData, type EventLexicon, type TriggersData } from '../events/lexicon.js';
import { normalizeWord } from '../normalize/arabic.js';
import { PhraseLexicon, type LexiconSnapshot } from '../normalize/lexicon.js';
import { compileTemporalLexicon, uniformTag, type CalendarData, type RelativeData, type TemporalLexicon, type TenseData, type TTag } from '../temporal/lexicon.js';

export interface DataSource {
  /** The file's base name without extension: calendar, relative, tense, triggers, clauses, countries, actors, events. */
  name: string;
  /** Where it came from, for error messages (data/actors.yaml, /home/me/extra/actors.yaml). */
  path: string;
  text: string;
}

export interface Data {
  temporal: TemporalLexicon;
  events: EventLexicon;
}

export const DATA_FILES = ['calendar', 'relative', 'tense', 'triggers', 'clauses', 'offices', 'topics', 'events', 'countries', 'actors', 'names'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

/**
 * The slow parts of compiling, kept by the build-time snapshot: the phrase lexicons, packed, and the first names
 * (normalizing every actor's names, run interpreted at start-up, cost some 30M instructions).
 */
export interface PackedPhrases {
  temporal: LexiconSnapshot<TTag>;
  events: LexiconSnapshot<ETag>;
  firstNames: string[];
}

export function packPhrases(d: Data): PackedPhrases {
  return { temporal: d.temporal.phrases.snapshot(), events: d.events.phrases.snapshot(), firstNames: [...d.events.firstNames] };
}

/** Compiles already validated data (from parseSources, or a build-time snapshot of it with its packed phrases). */
export function compileParsed(p: Record<string, unknown>, at?: Locate, packed?: PackedPhrases): Data {
  for (const f of DATA_FILES) {
    if (!(f in p)) throw new TarikhError('DATA_INVALID', `data/${f}.yaml is missing`, { hint: 'reinstall tarikh: its data folder is incomplete' });
  }
  checkReferences(p, at);
  // JSON drops the undefined fields that give every date and event tag one shape: a snapshot's entries get it back as
  // they are unpacked (mapping the built trie instead cost some 60M instructions at every start-up).
  const reports = { verbs: (p.triggers as TriggersData).reporting_verbs, ends: (p.clauses as ClausesData).report_end };
  const temporal = packed
    ? compileTemporalLexicon(p.calendar as CalendarData, p.relative as RelativeData, p.tense as TenseData, reports, PhraseLexicon.fromSnapshot(packed.temporal, uniformTag))
    : compileTemporalLexicon(p.calendar as CalendarData, p.relative as RelativeData, p.tense as TenseData, reports);
  const events = packed ? compileEventLexicon(p as unknown as EventData, PhraseLexicon.fromSnapshot(packed.events, uniformEventTag), packed.firstNames) : compileEventLexicon(p as unknown as EventData);
  const names = namesReadAsVerbs(events.firstNames, temporal.phrases, events.phrases);
  // "وزارة" is no و + "زاره" (visited him) for the tense of a date either.
  temporal.phrases.keepWhole(new Set([...names, ...(p.triggers as TriggersData).not_clitic.map(normalizeWord)]));
  events.phrases.keepWhole(new Set([...names, ...namesWithClitics(events.firstNames, events.phrases)]));
  return { temporal, events };
}

/**
 * First names that a proclitic would turn into a verb of either lexicon: "فيصل" (ف + يصل, a visit and a future
 * tense), "كيلي" (ك + يلي). Found from the data rather than listed, so a name or a verb added later is covered.
 */
function namesReadAsVerbs(firstNames: ReadonlySet<string>, temporal: PhraseLexicon<TTag>, events: PhraseLexicon<ETag>): Set<string> {
  const out = new Set<string>();
  for (const name of firstNames) {
    const verb =
      temporal.startsOf(name).some((s) => s.clitic !== '' && s.entries?.some((e) => e.t === 'tense')) ||
      events.startsOf(name).some((s) => s.clitic !== '' && s.entries?.some((e) => e.t === 'trigger'));
    if (verb) out.add(name);
  }
  return out;
}

/**
 * First names that the event lexicon reads as a proclitic + a word of its own: for the contact rules a known first
 * name is the name, whatever its letters could also be. Not a proclitic + the start of a longer phrase: "بآن
 * باترسون" is ب + Anne Patterson, though "بان" is also Ban Ki-moon's first name.
 */
function namesWithClitics(firstNames: ReadonlySet<string>, events: PhraseLexicon<ETag>): Set<string> {
  const out = new Set<string>();
  for (const name of firstNames) if (events.startsOf(name).some((s) => s.clitic !== '' && s.entries !== null && s.entries.length > 0)) out.add(name);
  return out;
}

/** Cross-file checks the shapes cannot express: codes that exist, dates in order. */
/** Where an entry is written: "data/actors.yaml:112" (file and line of its id or code), for error messages. */
export type Locate = (file: 'countries' | 'actors' | 'events', key: string) => string;

const defaultLocate: Locate = (file) => `data/${file}.yaml`;

function checkReferences(p: Record<string, unknown>, at: Locate = defaultLocate): void {
  const countries = (p.countries as { countries: Array<{ code: string }> }).countries;
  const codes = new Set(countries.map((c) => c.code));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of countries) {
    if (seen.has(c.code)) problems.push(`${at('countries', c.code)}: code: ${c.code} is listed twice`);
    seen.add(c.code);
  }
  for (const a of (p.actors as { actors: Array<{ id: string; country: string; offices?: Array<{ country: string; from: string; to?: string | null }> }> }).actors) {
    if (!codes.has(a.country)) problems.push(`${at('actors', a.id)}: ${a.id}.country: ${a.country} is not in countries.yaml`);
    for (const o of a.offices ?? []) {
      if (!codes.has(o.country)) problems.push(`${at('actors', a.id)}: ${a.id}.offices.country: ${o.country} is not in countries.yaml`);
      if (o.to && o.to < o.from) problems.push(`${at('actors', a.id)}: ${a.id}.offices.to: an office ends (${o.to}) before it starts (${o.from})`);
    }
  }
  for (const e of (p.events as { events: Array<{ id: string; start: string; end: string; countries?: string[] }> }).events) {
    if (e.end < e.start) problems.push(`${at('events', e.id)}: ${e.id}.end: ends before it starts`);
    for (const c of e.countries ?? []) if (!codes.has(c)) problems.push(`${at('events', e.id)}: ${e.id}.countries: ${c} is not in countries.yaml`);
  }
  if (problems.length) throw new TarikhError('DATA_INVALID', problems.slice(0, 5).join('\n') + (problems.length > 5 ? `\n(and ${problems.length - 5} more)` : ''), { hint: 'fix the data files' });
}

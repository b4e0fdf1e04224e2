/**
 * Turns the text of the data files into compiled, validated data. Pure: the CLI reads the files (built-in data/
 * and any --data DIR) and hands their text here, so tests and workers can do the same without touching disk.
 */
import { TarikhError } from '../errors.js';
import { compileTemporalLexicon, type CalendarData, type RelativeData, type TemporalLexicon, type TenseData } from '../temporal/lexicon.js';
import { compileEventLexicon, type EventLexicon } from '../events/lexicon.js';
import { actorsSchema, countriesSchema, eventsSchema, namesSchema, officesSchema, topicsSchema, triggersSchema } from './event-schemas.js';
import { parseDataFile, type Schema } from './schema.js';
import { calendarSchema, relativeSchema, tenseSchema } from './temporal-schemas.js';

export interface DataSource {
  /** The file's base name without extension: calendar, relative, tense, triggers, countries, actors, events. */
  name: string;
  /** Where it came from, for error messages (data/actors.yaml, /home/me/extra/actors.yaml). */
  path: string;
  text: string;
}

export interface Data {
  temporal: TemporalLexicon;
  events: EventLexicon;
}

export const DATA_FILES = ['calendar', 'relative', 'tense', 'triggers', 'offices', 'topics', 'events', 'countries', 'actors', 'names'] as const;
export type DataFileName = (typeof DATA_FILES)[number];

const SCHEMAS: Record<DataFileName, Schema> = {
  calendar: calendarSchema,
  relative: relativeSchema,
  tense: tenseSchema,
  triggers: triggersSchema,
  offices: officesSchema,
  topics: topicsSchema,
  events: eventsSchema,
  countries: countriesSchema,
  actors: actorsSchema,
  names: namesSchema,
};

/** Entries of these lists are replaced, not duplicated, when user data gives the same id or code. */
const KEYED: Record<string, string> = { countries: 'code', actors: 'id', events: 'id' };

/**
 * Merges a later file of the same kind over an earlier one (user data over built-in data): lists are concatenated,
 * except that an entry with the same id/code as an earlier one replaces it.
 */
function mergeLists<T>(base: T, extra: T, key?: string): T {
  if (Array.isArray(base) && Array.isArray(extra)) {
    if (!key) return [...base, ...extra] as T;
    const out = [...base] as Array<Record<string, unknown>>;
    for (const e of extra as Array<Record<string, unknown>>) {
      const at = out.findIndex((x) => x[key] === e[key]);
      if (at >= 0) out[at] = e;
      else out.push(e);
    }
    return out as T;
  }
  if (base && extra && typeof base === 'object' && typeof extra === 'object') {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = k in out ? mergeLists(out[k], v, KEYED[k]) : v;
    return out as T;
  }
  return extra;
}

export function parseSources(sources: readonly DataSource[]): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  for (const s of sources) {
    const schema = SCHEMAS[s.name as keyof typeof SCHEMAS];
    if (!schema) continue;
    const v = parseDataFile<unknown>(s.path, s.text, schema);
    parsed[s.name] = s.name in parsed ? mergeLists(parsed[s.name], v) : v;
  }
  return parsed;
}

export function compileData(sources: readonly DataSource[]): Data {
  const p = parseSources(sources);
  for (const f of DATA_FILES) {
    if (!(f in p)) throw new TarikhError('DATA_INVALID', `data/${f}.yaml is missing`, { hint: 'reinstall tarikh: its data folder is incomplete' });
  }
  checkReferences(p);
  const temporal = compileTemporalLexicon(p.calendar as CalendarData, p.relative as RelativeData, p.tense as TenseData);
  const events = compileEventLexicon(p as unknown as Parameters<typeof compileEventLexicon>[0]);
  return { temporal, events };
}

/** Cross-file checks the shapes cannot express: codes that exist, dates in order. */
function checkReferences(p: Record<string, unknown>): void {
  const countries = (p.countries as { countries: Array<{ code: string }> }).countries;
  const codes = new Set(countries.map((c) => c.code));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of countries) {
    if (seen.has(c.code)) problems.push(`countries.yaml: ${c.code} is listed twice`);
    seen.add(c.code);
  }
  for (const a of (p.actors as { actors: Array<{ id: string; country: string; offices?: Array<{ country: string; from: string; to?: string | null }> }> }).actors) {
    if (!codes.has(a.country)) problems.push(`actors.yaml: ${a.id}: country ${a.country} is not in countries.yaml`);
    for (const o of a.offices ?? []) {
      if (!codes.has(o.country)) problems.push(`actors.yaml: ${a.id}: office country ${o.country} is not in countries.yaml`);
      if (o.to && o.to < o.from) problems.push(`actors.yaml: ${a.id}: an office ends (${o.to}) before it starts (${o.from})`);
    }
  }
  for (const e of (p.events as { events: Array<{ id: string; start: string; end: string; countries?: string[] }> }).events) {
    if (e.end < e.start) problems.push(`events.yaml: ${e.id}: ends before it starts`);
    for (const c of e.countries ?? []) if (!codes.has(c)) problems.push(`events.yaml: ${e.id}: country ${c} is not in countries.yaml`);
  }
  if (problems.length) throw new TarikhError('DATA_INVALID', problems.slice(0, 5).join('\n') + (problems.length > 5 ? `\n(and ${problems.length - 5} more)` : ''), { hint: 'fix the data files' });
}

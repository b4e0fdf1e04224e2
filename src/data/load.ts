/**
 * Turns the text of the data files into compiled, validated data. Pure: the CLI reads the files (built-in data/
 * and any --data DIR) and hands their text here, so tests and workers can do the same without touching disk.
 */
import { TarikhError } from '../errors.js';
import { compileTemporalLexicon, type CalendarData, type RelativeData, type TemporalLexicon, type TenseData } from '../temporal/lexicon.js';
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
}

export const DATA_FILES = ['calendar', 'relative', 'tense'] as const;

const SCHEMAS: Record<(typeof DATA_FILES)[number], Schema> = {
  calendar: calendarSchema,
  relative: relativeSchema,
  tense: tenseSchema,
};

/** Concatenates the lists of two parsed files of the same kind (user data extends the built-in data). */
function mergeLists<T>(base: T, extra: T): T {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra] as T;
  if (base && extra && typeof base === 'object' && typeof extra === 'object') {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = k in out ? mergeLists(out[k], v) : v;
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
  const temporal = compileTemporalLexicon(p.calendar as CalendarData, p.relative as RelativeData, p.tense as TenseData);
  return { temporal };
}

/**
 * Turns the text of the data files into validated data. Pure: the CLI reads the files (built-in data/ and any
 * --data DIR) and hands their text here, so tests and workers can do the same without touching disk.
 */
import { TarikhError } from '../errors.js';
import { actorsSchema, clausesSchema, countriesSchema, eventsSchema, namesSchema, officesSchema, topicsSchema, triggersSchema } from './event-schemas.js';
import { parseDataFile, type Schema } from './schema.js';
import { calendarSchema, relativeSchema, tenseSchema } from './temporal-schemas.js';
import { compileParsed, DATA_FILES, type Data, type DataFileName, type DataSource } from './compile.js';

export { compileParsed, DATA_FILES, type Data, type DataFileName, type DataSource };

const SCHEMAS: Record<DataFileName, Schema> = {
  calendar: calendarSchema,
  relative: relativeSchema,
  tense: tenseSchema,
  triggers: triggersSchema,
  clauses: clausesSchema,
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
    if (!schema) {
      throw new TarikhError('DATA_INVALID', `${s.path}: not a tarikh data file (expected one of ${DATA_FILES.map((f) => `${f}.yaml`).join(', ')})`, { source: s.path, hint: 'rename or remove it' });
    }
    const v = parseDataFile<unknown>(s.path, s.text, schema);
    parsed[s.name] = s.name in parsed ? mergeLists(parsed[s.name], v) : v;
  }
  return parsed;
}

export function compileData(sources: readonly DataSource[]): Data {
  // The last file that defines an entry is where a cross-file error about it is reported.
  const at = (file: string, key: string) => {
    const re = new RegExp(`(?:^|[\\s{,-])(?:id|code):\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(?:[,}#]|$)`);
    for (const s of [...sources].reverse()) {
      if (s.name !== file) continue;
      const lines = s.text.split('\n');
      const k = lines.findIndex((l) => re.test(l));
      if (k >= 0) return `${s.path}:${k + 1}`;
    }
    return `data/${file}.yaml`;
  };
  return compileParsed(parseSources(sources), at);
}


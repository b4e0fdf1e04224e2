/**
 * JSON and YAML exports (one schema, tarikh.timeline/1), and reading them back for `show`. Exports keep the text
 * faithfully: no colors, no bidi controls, only the escaping each format needs.
 */
import { parseDocument, stringify } from 'yaml';
import { TarikhError } from '../errors.js';
import { SCHEMA, type Timeline } from '../timeline/types.js';

export function toJSON(t: Timeline): string {
  return JSON.stringify(t, null, 2) + '\n';
}

export function toYAML(t: Timeline): string {
  return stringify(t, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/** Parses an export (JSON or YAML) and checks it is a tarikh timeline. */
export function parseExport(text: string, source: string): Timeline {
  let value: unknown;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new TarikhError('BAD_EXPORT', `${source}: not valid JSON (${(e as Error).message})`, { source });
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) throw new TarikhError('BAD_EXPORT', `${source}: not valid YAML (${doc.errors[0].message.split('\n')[0]})`, { source });
    value = doc.toJS();
  }
  const t = value as Partial<Timeline> | null;
  if (!t || typeof t !== 'object' || t.schema !== SCHEMA) {
    throw new TarikhError('BAD_EXPORT', `${source}: not a tarikh export (expected "schema: ${SCHEMA}")`, { source, hint: 'give a file written by tarikh timeline --format json|yaml' });
  }
  if (!Array.isArray(t.events) || !Array.isArray(t.articles)) throw new TarikhError('BAD_EXPORT', `${source}: a tarikh export needs "articles" and "events" lists`, { source });
  for (const [i, e] of t.events.entries()) {
    if (!e || typeof e !== 'object' || typeof e.type !== 'string' || !e.date || !Array.isArray(e.participants) || !Array.isArray(e.sources) || !Array.isArray(e.countries)) {
      throw new TarikhError('BAD_EXPORT', `${source}: events[${i}] is not a tarikh event (type, date, participants, countries, sources)`, { source });
    }
  }
  return t as Timeline;
}

/**
 * A small structural validator for the YAML data files. It walks the parsed value and the YAML node tree together,
 * so an error can name the file, the line and the field ("data/actors.yaml:112: actors[14].offices[0].from: ...").
 * The shapes are few and fixed, so this is simpler to read than a JSON-schema engine.
 */
import { Document, isMap, isSeq, LineCounter, parseDocument, type Node as YNode } from 'yaml';
import { TarikhError } from '../errors.js';
import { isRealDate } from '../temporal/calendar.js';

export type Schema =
  | { kind: 'string'; nonEmpty?: boolean; enum?: readonly string[]; pattern?: RegExp; patternHint?: string }
  | { kind: 'number'; int?: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'date'; nullable?: boolean } // YYYY-MM-DD that exists in the calendar
  | { kind: 'array'; items: Schema; minItems?: number }
  | { kind: 'object'; fields: Record<string, Field>; open?: boolean }
  | { kind: 'map'; keys?: RegExp; keyHint?: string; values: Schema }
  | { kind: 'oneOf'; options: Schema[]; hint: string }
  | { kind: 'null' };

export type Field = Schema & { optional?: boolean };

export const str = (extra: Partial<Extract<Schema, { kind: 'string' }>> = {}): Schema => ({ kind: 'string', nonEmpty: true, ...extra });
export const strList = (minItems = 0): Schema => ({ kind: 'array', items: str(), minItems });
export const opt = <S extends Schema>(s: S): S & { optional: true } => ({ ...s, optional: true });

type Path = (string | number)[];

interface Problem {
  path: Path;
  message: string;
}

function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function check(v: unknown, s: Schema, path: Path, out: Problem[]): void {
  if (out.length >= 20) return;
  switch (s.kind) {
    case 'null':
      if (v !== null && v !== undefined) out.push({ path, message: `expected nothing (null), found ${describe(v)}` });
      return;
    case 'string':
      if (typeof v !== 'string') return void out.push({ path, message: `expected text, found ${describe(v)}` });
      if (s.nonEmpty && v.trim() === '') return void out.push({ path, message: 'must not be empty' });
      if (s.enum && !s.enum.includes(v)) return void out.push({ path, message: `must be one of ${s.enum.join(', ')}; found "${v}"` });
      if (s.pattern && !s.pattern.test(v)) out.push({ path, message: `"${v}" is not ${s.patternHint ?? `of the form ${s.pattern}`}` });
      return;
    case 'number':
      if (typeof v !== 'number' || Number.isNaN(v)) return void out.push({ path, message: `expected a number, found ${describe(v)}` });
      if (s.int && !Number.isInteger(v)) return void out.push({ path, message: `expected a whole number, found ${v}` });
      if (s.min !== undefined && v < s.min) out.push({ path, message: `must be at least ${s.min}; found ${v}` });
      if (s.max !== undefined && v > s.max) out.push({ path, message: `must be at most ${s.max}; found ${v}` });
      return;
    case 'boolean':
      if (typeof v !== 'boolean') out.push({ path, message: `expected true or false, found ${describe(v)}` });
      return;
    case 'date':
      if (v === null && s.nullable) return;
      if (typeof v !== 'string' || !isRealDate(v)) out.push({ path, message: `expected a real date YYYY-MM-DD${s.nullable ? ' or null' : ''}, found ${describe(v)}` });
      return;
    case 'array':
      if (!Array.isArray(v)) return void out.push({ path, message: `expected a list, found ${describe(v)}` });
      if (s.minItems && v.length < s.minItems) out.push({ path, message: `needs at least ${s.minItems} item(s)` });
      v.forEach((x, i) => check(x, s.items, [...path, i], out));
      return;
    case 'object': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return void out.push({ path, message: `expected a mapping, found ${describe(v)}` });
      const o = v as Record<string, unknown>;
      for (const [k, f] of Object.entries(s.fields)) {
        if (o[k] === undefined) {
          if (!f.optional) out.push({ path: [...path, k], message: 'is required' });
        } else check(o[k], f, [...path, k], out);
      }
      if (!s.open) for (const k of Object.keys(o)) if (!(k in s.fields)) out.push({ path: [...path, k], message: `is not a known field (known: ${Object.keys(s.fields).join(', ')})` });
      return;
    }
    case 'map': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return void out.push({ path, message: `expected a mapping, found ${describe(v)}` });
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (s.keys && !s.keys.test(k)) out.push({ path: [...path, k], message: `key "${k}" is not ${s.keyHint ?? 'allowed'}` });
        check(x, s.values, [...path, k], out);
      }
      return;
    }
    case 'oneOf': {
      for (const o of s.options) {
        const trial: Problem[] = [];
        check(v, o, path, trial);
        if (trial.length === 0) return;
      }
      out.push({ path, message: `expected ${s.hint}, found ${describe(v)}` });
      return;
    }
  }
}

function lineOf(doc: Document, lc: LineCounter, path: Path): number {
  // The deepest node that exists on the path: a missing field is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as YNode | undefined;
    if (node && (node as { range?: number[] }).range) {
      const r = (node as { range: number[] }).range;
      return lc.linePos(r[0]).line;
    }
    if (n === 0) break;
  }
  return 1;
}

/**
 * Parses and validates one data file. Throws TarikhError('DATA_INVALID') naming file, line and field.
 */
export function parseDataFile<T>(file: string, text: string, schema: Schema): T {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line;
    throw new TarikhError('DATA_INVALID', `${file}:${line}: not valid YAML: ${e.message.split('\n')[0]}`, { source: file, hint: 'fix the YAML syntax at that line' });
  }
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    throw new TarikhError('DATA_INVALID', `${file}:1: expected a YAML mapping at the top level`, { source: file });
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const problems: Problem[] = [];
  check(value, schema, [], problems);
  if (problems.length > 0) {
    const lines = problems.slice(0, 5).map((p) => `${file}:${lineOf(doc, lc, p.path)}: ${pathText(p.path)}: ${p.message}`);
    const more = problems.length > 5 ? `\n(and ${problems.length - 5} more)` : '';
    throw new TarikhError('DATA_INVALID', lines.join('\n') + more, { source: file, hint: 'fix the data file' });
  }
  return value as T;
}

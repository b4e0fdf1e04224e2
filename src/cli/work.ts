/**
 * One input unit to its result: decoding, the article pipeline, and the reason when it cannot be used. Pure (no I/O),
 * so it runs the same in the main thread and in a worker.
 */
import type { Data } from '../data/compile.js';
import { isTarikhError } from '../errors.js';
import type { Contact } from '../events/types.js';
import { decode, type Encoding } from '../ingest/decode.js';
import { processArticle } from '../pipeline.js';
import type { DateMention } from '../temporal/types.js';
import type { ArticleInfo } from '../timeline/types.js';
import type { Unit } from './inputs.js';

export interface WorkOptions {
  published?: string;
  encoding?: Encoding;
  statements: boolean;
  debug?: boolean;
  /** Keep the date mentions (the dates command needs them; timelines do not). */
  dates?: boolean;
}

export type UnitResult =
  | { seq: number; ok: true; article: ArticleInfo; contacts: Contact[]; dates?: DateMention[]; warnings: number; bytes: number }
  | { seq: number; ok: false; source: string; reason: string; bytes: number };

export function processUnit(u: Unit, data: Data, opts: WorkOptions): UnitResult {
  const bytes = u.bytes?.length ?? (u.text ? u.text.length * 2 : 0);
  if (u.error) return { seq: u.seq, ok: false, source: u.source, reason: u.error, bytes };
  try {
    let text = u.text;
    if (text === undefined) {
      if (!u.bytes || u.bytes.length === 0) return { seq: u.seq, ok: false, source: u.source, reason: 'empty article', bytes };
      text = decode(u.bytes, u.source, opts.encoding).text;
    }
    const r = processArticle({ id: u.id, source: u.source, text, published: opts.published, metaPublished: u.published, title: u.title, url: u.url }, data, { statements: opts.statements, allDates: !!opts.dates });
    const a = r.article;
    const article: ArticleInfo = {
      id: a.id,
      source: a.source,
      published: a.published,
      published_from: a.published_from,
      ...(a.title ? { title: a.title } : {}),
      ...(a.url ? { url: a.url } : {}),
    };
    const warnings = r.dates.reduce((n, m) => n + (m.warnings?.length ?? 0), 0);
    return { seq: u.seq, ok: true, article, contacts: r.contacts, warnings, ...(opts.dates ? { dates: r.dates.filter((m) => m.start_offset >= a.bodyStart) } : {}), bytes };
  } catch (e) {
    if (isTarikhError(e)) {
      const msg = e.message.startsWith(u.source) ? e.message.slice(u.source.length).replace(/^:\s*/, '') : e.message;
      return { seq: u.seq, ok: false, source: u.source, reason: msg + (e.hint ? ` (${e.hint})` : ''), bytes };
    }
    // A bug must not cost the user the rest of the run; --debug shows the stack.
    const err = e as Error;
    return { seq: u.seq, ok: false, source: u.source, reason: `internal error: ${err.message}` + (opts.debug ? `\n${err.stack}` : ' (run with --debug for details)'), bytes };
  }
}

/**
 * From per-article results to the timeline: merge across articles, keep what the user asked for, sort by date,
 * and give every event a stable, readable id.
 */
import type { Contact } from '../events/types.js';
import type { ArticleResult } from '../pipeline.js';
import { mergeAll } from './merge.js';
import { SCHEMA, type Skipped, type Timeline } from './types.js';

export interface TimelineOptions {
  /** Two country codes: keep events whose countries include both. */
  between?: [string, string] | null;
  /** Also keep statements / planned contacts. */
  statements?: boolean;
  planned?: boolean;
  /** Merge the same contact across articles (default true). */
  merge?: boolean;
}

export function sortKey(e: Contact): [string, string] {
  return [e.date.start ?? e.date.end ?? '9999-12-31', e.date.end ?? e.date.start ?? '9999-12-31'];
}

export function compareEvents(a: Contact, b: Contact): number {
  const [as, ae] = sortKey(a), [bs, be] = sortKey(b);
  if (as !== bs) return as < bs ? -1 : 1;
  if (ae !== be) return ae < be ? -1 : 1;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  const ka = a.countries.join(','), kb = b.countries.join(',');
  if (ka !== kb) return ka < kb ? -1 : 1;
  const sa = a.sources[0], sb = b.sources[0];
  if (sa && sb && sa.article !== sb.article) return sa.article < sb.article ? -1 : 1;
  return (sa?.start ?? 0) - (sb?.start ?? 0);
}

export function keep(e: Contact, opts: TimelineOptions): boolean {
  if (e.type === 'statement' && !opts.statements) return false;
  if (e.status === 'planned' && !opts.planned) return false;
  if (opts.between) {
    const [a, b] = opts.between;
    if (!e.countries.includes(a) || !e.countries.includes(b)) return false;
  }
  return true;
}

/** Readable, deterministic ids: 2017-05-30-call-qat-usa, with -2, -3 for twins. */
export function assignIds(events: Contact[]): Contact[] {
  const used = new Map<string, number>();
  return events.map((e) => {
    const when = e.date.start ?? (e.date.end ? `by-${e.date.end}` : 'undated');
    const base = `${when}-${e.type}-${[...e.countries].sort().join('-').toLowerCase() || 'x'}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...e, id: n === 1 ? base : `${base}-${n}` };
  });
}

export function buildTimeline(results: readonly ArticleResult[], opts: TimelineOptions, skipped: Skipped[] = []): Timeline {
  const all = results.flatMap((r) => r.contacts);
  const merged = opts.merge === false ? all : mergeAll(all);
  const events = assignIds(merged.filter((e) => keep(e, opts)).sort(compareEvents));
  const articles = results.map((r) => ({
    id: r.article.id,
    source: r.article.source,
    published: r.article.published,
    published_from: r.article.published_from,
    ...(r.article.title ? { title: r.article.title } : {}),
    ...(r.article.url ? { url: r.article.url } : {}),
  }));
  return { schema: SCHEMA, articles, events, ...(skipped.length ? { skipped } : {}) };
}

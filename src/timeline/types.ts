/** The timeline: what every export holds and what `show` reads back. */
import type { Contact } from '../events/types.js';
import type { PublishedFrom } from '../ingest/published.js';

export const SCHEMA = 'tarikh.timeline/1';

export interface ArticleInfo {
  id: string;
  source: string;
  published: string;
  published_from: PublishedFrom;
  title?: string;
  url?: string;
}

export interface Skipped {
  source: string;
  reason: string;
}

export interface Timeline {
  schema: typeof SCHEMA;
  articles: ArticleInfo[];
  events: Contact[];
  /** Inputs that could not be read as articles, with the reason (a run over many inputs keeps going). */
  skipped?: Skipped[];
}

/**
 * The per-article work, as one pure function: an article in, its dates and contacts out. Everything the timeline
 * needs from an article passes through here, so it can run in a worker or on another machine.
 */
import type { Data } from './data/load.js';
import { extractContacts } from './events/contacts.js';
import type { Contact } from './events/types.js';
import { makeArticle, type Article, type ArticleInput } from './ingest/article.js';
import { analyseDates } from './temporal/extract.js';
import type { DateMention } from './temporal/types.js';

export interface ProcessOptions {
  /** Keep statements (reported speech) as events. */
  statements: boolean;
}

export interface ArticleResult {
  article: Article;
  dates: DateMention[];
  contacts: Contact[];
}

export function processArticle(input: ArticleInput, data: Data, opts: ProcessOptions): ArticleResult {
  const article = makeArticle(input, data.temporal);
  return analyseArticle(article, data, opts);
}

export function analyseArticle(article: Article, data: Data, opts: ProcessOptions): ArticleResult {
  const analysis = analyseDates(article.text, article.published, data.temporal, article.bodyStart);
  const contacts = extractContacts(article, analysis, data.events, { statements: opts.statements });
  return { article, dates: analysis.mentions, contacts };
}

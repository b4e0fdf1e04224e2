/**
 * The per-article work, as one pure function: an article in, its dates and contacts out. Everything the timeline
 * needs from an article passes through here, so it can run in a worker or on another machine.
 */
import type { Data } from './data/load.js';
import { contactSentences, extractContacts, scanArticle } from './events/contacts.js';
import { normalize } from './normalize/arabic.js';
import { tokenize } from './normalize/tokens.js';
import type { Contact } from './events/types.js';
import { makeArticle, type Article, type ArticleInput } from './ingest/article.js';
import { analyseDates } from './temporal/extract.js';
import type { DateMention } from './temporal/types.js';

export interface ProcessOptions {
  /** Keep statements (reported speech) as events. */
  statements: boolean;
  /**
   * Date every expression of the article (the `dates` command), or only those in sentences that report a contact
   * (a timeline needs no more, and most sentences of a long article report none). Default: all.
   */
  allDates?: boolean;
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
  if (opts.allDates !== false) {
    const analysis = analyseDates(article.text, article.published, data.temporal, article.bodyStart);
    const contacts = extractContacts(article, analysis, data.events, { statements: opts.statements });
    return { article, dates: analysis.mentions, contacts };
  }
  const nt = normalize(article.text);
  const tokens = tokenize(nt.text);
  const scan = scanArticle(article, nt, tokens, data.events);
  const ranges = contactSentences(scan, opts.statements);
  const analysis = analyseDates(nt, article.published, data.temporal, article.bodyStart, { tokens, ranges });
  const contacts = extractContacts(article, analysis, data.events, { statements: opts.statements }, scan);
  return { article, dates: analysis.mentions, contacts };
}

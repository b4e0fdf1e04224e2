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
import { ByteScratch } from './scratch.js';

export interface ProcessOptions {
  /** Keep statements (reported speech) as events. */
  statements: boolean;
  /**
   * Date every expression of the article (the `dates` command), or only those in sentences that report a contact
   * (a timeline needs no more, and most sentences of a long article report none). Default: all.
   */
  allDates?: boolean;
  /**
   * Told as each stage of a timeline's article (`allDates: false`) is done, so that the benchmark can time the
   * stages of this very code (src/bench/stages.ts) rather than a copy of it.
   */
  afterStage?: (stage: PipelineStage) => void;
}

/** The stages of a timeline's article, in order. */
export const PIPELINE_STAGES = ['normalize', 'tokenize', 'scan', 'ranges', 'dates', 'contacts'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface ArticleResult {
  article: Article;
  dates: DateMention[];
  contacts: Contact[];
}

export function processArticle(input: ArticleInput, data: Data, opts: ProcessOptions): ArticleResult {
  const article = makeArticle(input, data.temporal);
  return analyseArticle(article, data, opts);
}

/**
 * With statements, every sentence that reports speech is read for one, and reading those sentences as contact
 * sentences as well would let them lend their dates and sources to the contacts around them ("وكانت الكويت قد
 * استضافت ... قبل أعوام" dated a meeting told two sentences before). So the contacts are those of a reading without
 * statements, and the statements of a second reading are added after them: `--include statements` shows more events,
 * never other ones, and shards processed with it merge into what a run without it gives. The two readings share the
 * article's normalized text, tokens and mentions (and, when every date is wanted, its dates).
 */
export function analyseArticle(article: Article, data: Data, opts: ProcessOptions): ArticleResult {
  if (opts.allDates !== false) {
    const analysis = analyseDates(article.text, article.published, data.temporal, article.bodyStart);
    const contacts = extractContacts(article, analysis, data.events, { statements: false });
    if (opts.statements) addStatements(contacts, extractContacts(article, analysis, data.events, { statements: true }), article);
    return { article, dates: analysis.mentions, contacts };
  }
  const done = opts.afterStage;
  const nt = normalize(article.text);
  done?.('normalize');
  const tokens = tokenize(nt.text);
  done?.('tokenize');
  const scan = scanArticle(article, nt, tokens, data.events);
  done?.('scan');
  const datesFor = (statements: boolean) => {
    const ranges = withStoryContext(contactSentences(scan, statements), scan.sentences, tokens, nt.text, data.temporal.storyWords);
    if (!statements) done?.('ranges');
    return analyseDates(nt, article.published, data.temporal, article.bodyStart, { tokens, ranges });
  };
  let analysis = datesFor(false);
  done?.('dates');
  const contacts = extractContacts(article, analysis, data.events, { statements: false }, scan);
  done?.('contacts');
  if (opts.statements) {
    analysis = datesFor(true);
    addStatements(contacts, extractContacts(article, analysis, data.events, { statements: true }, scan), article);
  }
  return { article, dates: analysis.mentions, contacts };
}

/** The statements of a reading with them, after the contacts, numbered on. */
function addStatements(contacts: Contact[], all: readonly Contact[], article: Article): void {
  for (const c of all) {
    if (c.type !== 'statement') continue;
    c.id = `${article.id}#${contacts.length + 1}`;
    contacts.push(c);
  }
}

/**
 * A sentence dated in story time ("اليوم التالي", "في اليوم نفسه", "بعد ذلك بيومين") counts from the date the text
 * gave last, which may sit in a sentence with no contact in it: such a sentence brings the sentences before it in its
 * paragraph into the dated ranges.
 */
export function withStoryContext(
  ranges: Array<[number, number]>,
  sentences: ReadonlyArray<{ first: number; last: number }>,
  tokens: readonly { text: string; s: number }[],
  text: string,
  storyWords: ReadonlySet<string>,
): Array<[number, number]> {
  const wanted = WANTED.take(tokens.length + 1);
  for (let r = 0; r < ranges.length; r++) wanted[ranges[r][0]] = 1;
  const maybe = storyFilter(storyWords);
  let grew = false;
  for (let si = 0; si < sentences.length; si++) {
    const S = sentences[si];
    if (wanted[S.first] === 0) continue;
    let story = false;
    for (let k = S.first; k < S.last && !story; k++) {
      const w = tokens[k].text;
      // ("ذلك" only after بعد: "جاء ذلك خلال ..." is not story time.)
      story = (maybe[filterKey(w)] === 1 && storyWords.has(w)) || (w === 'ذلك' && k > 0 && tokens[k - 1].text.endsWith('بعد'));
    }
    if (!story) continue;
    for (let j = si - 1; j >= 0; j--) {
      const P = sentences[j];
      if (text.slice(tokens[P.last - 1]?.s ?? 0, tokens[sentences[j + 1].first].s).includes('\n')) break;
      if (wanted[P.first] === 0) {
        wanted[P.first] = 1;
        grew = true;
      }
    }
  }
  if (!grew) return ranges;
  return sentences.filter((S) => wanted[S.first] === 1).map((S) => [S.first, S.last]);
}

/**
 * Sentences wanted, by first token, in an array reused from article to article: a Set of numbers cost as much as the
 * search for story words, and a typed array made per article nearly as much.
 */
const WANTED = new ByteScratch(1 << 12);

/**
 * The lengths and last letters of a set's words, so that the set is asked only about a word that may be in it: every
 * word of the contact sentences is checked, and few share both with a story word.
 */
const FILTERS = new WeakMap<ReadonlySet<string>, Uint8Array>();

function storyFilter(words: ReadonlySet<string>): Uint8Array {
  let f = FILTERS.get(words);
  if (f === undefined) {
    f = new Uint8Array(32 << 8);
    for (const w of words) if (w.length > 0) f[filterKey(w)] = 1;
    FILTERS.set(words, f);
  }
  return f;
}

function filterKey(w: string): number {
  return (Math.min(w.length, 31) << 8) | (w.charCodeAt(w.length - 1) & 0xff);
}

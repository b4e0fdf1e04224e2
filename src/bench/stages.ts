/**
 * Where an article's time goes once the compiler has warmed up: each stage of the pipeline timed on its own, in one
 * process, over the same articles, the way `timeline` runs them (dates only in the sentences that matter). The
 * figure per stage is the best of several passes, so that a pass the machine interrupted does not count; their sum
 * is the pipeline's floor, without the CLI's reading, writing and garbage collection between articles.
 */
import type { Data } from '../data/compile.js';
import { contactSentences, extractContacts, scanArticle } from '../events/contacts.js';
import { makeArticle, type ArticleInput } from '../ingest/article.js';
import { normalize } from '../normalize/arabic.js';
import { tokenize } from '../normalize/tokens.js';
import { withStoryContext } from '../pipeline.js';
import { analyseDates } from '../temporal/extract.js';

export const STAGES = ['article', 'normalize', 'tokenize', 'scan', 'ranges', 'dates', 'contacts', 'json'] as const;
export type Stage = (typeof STAGES)[number];

/** Microseconds per article for each stage (the best of `passes` passes), and their sum. */
export function stageTimes(inputs: readonly ArticleInput[], data: Data, passes: number): Record<Stage | 'total', number> {
  const best = Object.fromEntries(STAGES.map((s) => [s, Infinity])) as Record<Stage, number>;
  const spent = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let last = 0;
  const lap = (s: Stage) => {
    const now = performance.now();
    spent[s] += now - last;
    last = now;
  };
  for (let p = 0; p < passes; p++) {
    for (const s of STAGES) spent[s] = 0;
    for (const input of inputs) {
      last = performance.now();
      const article = makeArticle(input, data.temporal);
      lap('article');
      const nt = normalize(article.text);
      lap('normalize');
      const tokens = tokenize(nt.text);
      lap('tokenize');
      const scan = scanArticle(article, nt, tokens, data.events);
      lap('scan');
      const ranges = withStoryContext(contactSentences(scan, false), scan.sentences, tokens, nt.text, data.temporal.storyWords);
      lap('ranges');
      const analysis = analyseDates(nt, article.published, data.temporal, article.bodyStart, { tokens, ranges });
      lap('dates');
      const contacts = extractContacts(article, analysis, data.events, { statements: false }, scan);
      lap('contacts');
      for (const c of contacts) JSON.stringify({ kind: 'event', ...c });
      lap('json');
    }
    for (const s of STAGES) best[s] = Math.min(best[s], spent[s]);
  }
  const out = {} as Record<Stage | 'total', number>;
  let total = 0;
  for (const s of STAGES) {
    out[s] = Math.round((best[s] / inputs.length) * 1000);
    total += out[s];
  }
  out.total = total;
  return out;
}

/**
 * Where an article's time goes once the compiler has warmed up: each stage of the pipeline timed on its own, in one
 * process, over the same articles, as `timeline` runs them (the pipeline's own code, which tells when each stage is
 * done). The figure per stage is the best of several passes, so that a pass the machine interrupted does not count;
 * their sum is the pipeline's floor, without the CLI's reading, writing and garbage collection between articles.
 */
import type { Data } from '../data/compile.js';
import { makeArticle, type ArticleInput } from '../ingest/article.js';
import { analyseArticle, PIPELINE_STAGES, type PipelineStage } from '../pipeline.js';

export const STAGES = ['article', ...PIPELINE_STAGES, 'json'] as const;
export type Stage = 'article' | PipelineStage | 'json';

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
  const opts = { statements: false, allDates: false, afterStage: lap };
  for (let p = 0; p < passes; p++) {
    for (const s of STAGES) spent[s] = 0;
    for (const input of inputs) {
      last = performance.now();
      const article = makeArticle(input, data.temporal);
      lap('article');
      const { contacts } = analyseArticle(article, data, opts);
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

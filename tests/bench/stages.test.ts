import { describe, expect, it } from 'vitest';
import { syntheticInput } from '../../src/bench/corpus.js';
import { STAGES, stageTimes } from '../../src/bench/stages.js';
import { analyseArticle, PIPELINE_STAGES } from '../../src/pipeline.js';
import { makeArticle } from '../../src/ingest/article.js';
import { data } from '../helpers/data.js';

describe('stageTimes', () => {
  it('gives every stage a time per article in whole microseconds, and their sum', () => {
    const inputs = Array.from({ length: 3 }, (_, n) => syntheticInput(7, n, `t:${n}`));
    const t = stageTimes(inputs, data(), 2);
    expect(Object.keys(t)).toEqual([...STAGES, 'total']);
    for (const s of STAGES) expect(Number.isInteger(t[s]) && t[s] >= 0).toBe(true);
    expect(t.total).toBe(STAGES.reduce((n, s) => n + t[s], 0));
    // Finding contacts in a 4-6 KB article is never free.
    expect(t.contacts).toBeGreaterThan(0);
  });

  it('times the pipeline itself: a timeline article reports each of its stages once, in order', () => {
    const seen: string[] = [];
    const article = makeArticle(syntheticInput(7, 0, 't'), data().temporal);
    const r = analyseArticle(article, data(), { statements: false, allDates: false, afterStage: (s) => seen.push(s) });
    expect(seen).toEqual([...PIPELINE_STAGES]);
    expect(r.contacts.length).toBeGreaterThan(0);
  });
});

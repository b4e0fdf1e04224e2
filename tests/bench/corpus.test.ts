import { describe, expect, it } from 'vitest';
import { SIDES, syntheticArticle, syntheticJsonl } from '../../src/bench/corpus.js';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { analyseArticle } from '../../src/pipeline.js';
import { makeArticle } from '../../src/ingest/article.js';
import { splitSentences } from '../../src/events/scan.js';
import { data } from '../helpers/data.js';

const SEED = 20170531;
const articles = (n: number, seed = SEED) => Array.from({ length: n }, (_, k) => syntheticArticle(seed, k));

describe('the bench corpus', () => {
  it('is the same for the same seed, and each article depends only on its number', () => {
    expect(syntheticArticle(SEED, 17)).toEqual(syntheticArticle(SEED, 17));
    expect(syntheticArticle(SEED, 17).text).not.toBe(syntheticArticle(SEED, 18).text);
    expect(syntheticArticle(SEED, 17).text).not.toBe(syntheticArticle(SEED + 1, 17).text);
    // A shard generated apart is the same lines as that stretch of the whole.
    const whole = [...syntheticJsonl(SEED, 0, 12)];
    expect([...syntheticJsonl(SEED, 5, 9)]).toEqual(whole.slice(5, 9));
  });

  it('has articles of 4-6 KB, each a JSON Lines record with its publication date', () => {
    for (const a of articles(400)) {
      const bytes = Buffer.byteLength(a.text);
      expect(bytes).toBeGreaterThanOrEqual(4096);
      expect(bytes).toBeLessThanOrEqual(6144);
      expect(a.published).toMatch(/^20(1[4-9]|2[0-3])-\d\d-\d\d$/);
    }
    const line = JSON.parse([...syntheticJsonl(SEED, 3, 4)][0]);
    expect(Object.keys(line)).toEqual(['id', 'text', 'published']);
  });

  it('is varied: many distinct words, no two articles alike, sentences of real length', () => {
    const all = articles(1000);
    expect(new Set(all.map((a) => a.text)).size).toBe(1000);
    const words = new Set<string>();
    let sentences = 0, tokens = 0, longest = 0;
    for (const a of all.slice(0, 300)) {
      const nt = normalize(a.text);
      const ts = tokenize(nt.text);
      for (const t of ts) if (t.kind === 'word') words.add(t.text);
      for (const s of splitSentences(ts, nt, 0)) {
        sentences++;
        tokens += s.last - s.first;
        longest = Math.max(longest, s.last - s.first);
      }
    }
    // The first version of this corpus, one template, had 281 distinct normalized words in 2,000 articles and
    // sentences of 21 tokens on average, 30 at most.
    expect(words.size).toBeGreaterThan(1000);
    expect(tokens / sentences).toBeGreaterThan(22);
    expect(longest).toBeGreaterThan(45);
  });

  it('names each foreign minister and head only in years the gazetteer has them in that office', () => {
    const lex = data().events;
    const byName = new Map<string, string>();
    for (const a of lex.actors.values()) for (const n of a.names) byName.set(normalize(n).text, a.id);
    const HONORIFICS = /^(الشيخ|الملك|الأمير) /;
    let checked = 0;
    for (const side of SIDES) {
      for (const [office, list] of [['foreign_minister', side.fmNames], ['head_of_state', side.headNames]] as const) {
        for (const [from, to, name] of list ?? []) {
          const id = byName.get(normalize(name.replace(HONORIFICS, '')).text);
          expect(id, name).toBeDefined();
          const terms = lex.actors.get(id!)!.offices!.filter((o) => o.office === office && o.country === side.code);
          const covers = (day: string) => terms.some((o) => o.from <= day && (o.to ?? '9999-12-31') >= day);
          expect(covers(`${from}-01-01`) && covers(`${to}-12-31`), `${name} ${office} ${side.code} ${from}-${to}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every article tells contacts the pipeline finds, of several types', () => {
    const types = new Set<string>();
    for (const [k, a] of articles(40).entries()) {
      const article = makeArticle({ id: a.id, source: `t:${k}`, text: a.text, metaPublished: a.published }, data().temporal);
      const r = analyseArticle(article, data(), { statements: false, allDates: false });
      expect(r.contacts.length, a.id).toBeGreaterThan(0);
      for (const c of r.contacts) types.add(c.type);
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(['call', 'meeting', 'visit']));
  });
});

// Properties of the per-article work on any text: it fails only with a TarikhError, every offset quotes the
// article exactly, dates are real days in order, what took place starts by publication, and exports read back
// unchanged. TARIKH_SEED and TARIKH_RUNS widen a local search; the default is fixed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarikhError } from '../../src/errors.js';
import type { Contact } from '../../src/events/types.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { processArticle, type ArticleResult } from '../../src/pipeline.js';
import { parseExport, toJSON, toYAML } from '../../src/render/export.js';
import { isRealDate } from '../../src/temporal/calendar.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { data } from '../helpers/data.js';
import { arabicText, header, published, publishedOutOfRange, SEED, unicodeText } from './arbitraries.js';

const RUNS = { seed: Number(process.env.TARIKH_SEED ?? SEED), numRuns: Number(process.env.TARIKH_RUNS ?? 300) };

/** The body is empty (what makeArticle refuses as BAD_INPUT). */
function emptyBody(text: string): boolean {
  if (text.trim() === '') return true;
  const fm = readFrontMatter(text);
  return fm !== null && text.slice(fm.bodyStart).trim() === '';
}

/** processArticle with the date given: any error other than BAD_INPUT for an empty body fails the property. */
function run(text: string, pub: string, allDates = true): ArticleResult | null {
  try {
    return processArticle({ id: 'a', source: 'a.txt', text, published: pub }, data(), { statements: true, allDates });
  } catch (e) {
    if (e instanceof TarikhError && e.code === 'BAD_INPUT' && emptyBody(text)) return null;
    throw e;
  }
}

const PAST_RULE = /past|previous|before/;
const FUTURE_RULE = /future|next|after|coming/;

const isDay = (s: string | null) => s === null || isRealDate(s);

function checkResult(r: ArticleResult, text: string, pub: string): void {
  let last = -1;
  for (const m of r.dates) {
    expect(text.slice(m.start_offset, m.end_offset)).toBe(m.text);
    expect(m.start_offset).toBeGreaterThanOrEqual(Math.max(last, r.article.bodyStart));
    last = m.end_offset;
    expect(isDay(m.start) && isDay(m.end), `${m.text}: ${m.start}–${m.end}`).toBe(true);
    if (m.start !== null && m.end !== null) expect(m.start <= m.end, `${m.text}: ${m.start}–${m.end}`).toBe(true);
    // A rule that reads the phrase as past (a past marker or tense, "قبل", "السابق") starts by publication; one that
    // reads it as future ends on or after it.
    if (PAST_RULE.test(m.rule) && m.start !== null) expect(m.start <= pub, `${m.text} (${m.rule}): ${m.start}–${m.end}, published ${pub}`).toBe(true);
    if (FUTURE_RULE.test(m.rule) && m.end !== null) expect(m.end >= pub, `${m.text} (${m.rule}): ${m.start}–${m.end}, published ${pub}`).toBe(true);
    if (m.bound) {
      expect(text.slice(m.bound.start_offset, m.end_offset)).toBe(m.bound.text);
      expect(isDay(m.bound.start) && isDay(m.bound.end)).toBe(true);
      if (m.bound.start !== null && m.bound.end !== null) expect(m.bound.start <= m.bound.end, `${m.bound.text}: ${m.bound.start}–${m.bound.end}`).toBe(true);
    }
  }
  for (const c of r.contacts) checkContact(c, text, pub);
}

function checkContact(c: Contact, text: string, pub: string): void {
  expect(c.sources.length).toBeGreaterThan(0);
  for (const s of c.sources) {
    expect(s.article).toBe('a');
    expect(text.slice(s.start, s.end)).toBe(s.sentence);
    expect(s.sentence.trim()).not.toBe('');
  }
  const d = c.date;
  const what = `${c.type} ${c.status} ${d.text}: ${d.start}–${d.end} (${d.rule}), published ${pub}`;
  expect(isDay(d.start) && isDay(d.end), what).toBe(true);
  if (d.start !== null && d.end !== null) expect(d.start <= d.end, what).toBe(true);
  expect(d.start !== null || d.end !== null, what).toBe(true);
  // An undated contact keeps the honest bound its status gives.
  if (d.text === null && c.status === 'occurred') expect([d.start, d.end], what).toEqual([null, pub]);
  if (d.text === null && c.status === 'planned') expect([d.start, d.end], what).toEqual([pub, null]);
}

/**
 * Something that took place started by publication. (Nothing similar holds for planned contacts: a future verb
 * makes a contact planned whatever its date, as in "كان من المقرر أن يلتقي ... الثلاثاء", a plan reported after
 * its day.)
 */
function checkStatus(r: ArticleResult, pub: string): void {
  for (const c of r.contacts) {
    const d = c.date;
    if (c.status === 'occurred') expect(d.start === null || d.start <= pub, `${c.type} occurred ${d.text}: ${d.start}–${d.end} (${d.rule}), published ${pub}; ${c.sources.map((s) => s.sentence).join(' | ')}`).toBe(true);
  }
}

/** JSON and YAML exports of the timeline read back to the same timeline. */
function checkExports(results: ArticleResult[]): void {
  const t = buildTimeline(results, { statements: true, planned: true });
  const plain = JSON.parse(JSON.stringify(t));
  expect(parseExport(toJSON(t), 't.json')).toStrictEqual(plain);
  expect(parseExport(toYAML(t), 't.yaml')).toStrictEqual(plain);
  const unmerged = buildTimeline(results, { statements: true, planned: true, merge: false });
  expect(parseExport(toYAML(unmerged), 't.yaml').events).toStrictEqual(JSON.parse(JSON.stringify(unmerged.events)));
}

describe('processArticle on hostile text, with the publication date given', () => {
  it('Arabic news-like text: offsets quote the text, dates are real, ordered, and on the side of publication their rule says', () => {
    fc.assert(
      fc.property(header, arabicText, published, fc.boolean(), (h, body, pub, allDates) => {
        const text = h + body;
        const r = run(text, pub, allDates);
        if (r) checkResult(r, text, pub);
      }),
      RUNS,
    );
  });

  it('a contact that took place starts on or before publication', () => {
    fc.assert(
      fc.property(arabicText, published, fc.boolean(), (text, pub, allDates) => {
        const r = run(text, pub, allDates);
        if (r) checkStatus(r, pub);
      }),
      RUNS,
    );
  });

  it('random Unicode: only an empty text is refused, and what is found quotes the text', () => {
    fc.assert(
      fc.property(unicodeText, published, (text, pub) => {
        const r = run(text, pub);
        if (r) checkResult(r, text, pub);
      }),
      RUNS,
    );
  });

  it('exports of the results (JSON and YAML) parse back to the same events', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(arabicText, unicodeText), published), { minLength: 1, maxLength: 3 }), (articles) => {
        const results: ArticleResult[] = [];
        articles.forEach(([text, pub], k) => {
          try {
            results.push(processArticle({ id: `a${k}`, source: `a${k}.txt`, text, published: pub }, data(), { statements: true }));
          } catch (e) {
            if (!(e instanceof TarikhError && e.code === 'BAD_INPUT' && emptyBody(text))) throw e;
          }
        });
        checkExports(results);
      }),
      { seed: RUNS.seed, numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });
});

describe('publication dates tarikh cannot date from', () => {
  it('are refused with BAD_DATE, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, unicodeText), publishedOutOfRange, (text, pub) => {
        fc.pre(!emptyBody(text));
        expect(() => processArticle({ id: 'a', source: 'a.txt', text, published: pub }, data(), { statements: true })).toThrowError(expect.objectContaining({ code: 'BAD_DATE' }));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('processArticle on hostile text, without a publication date', () => {
  it('fails only with a TarikhError (no date, a bad dateline, an empty text)', () => {
    fc.assert(
      fc.property(header, fc.oneof(arabicText, unicodeText), (h, body) => {
        const text = h + body;
        try {
          const r = processArticle({ id: 'a', source: 'a.txt', text }, data(), { statements: true });
          expect(isRealDate(r.article.published)).toBe(true);
          checkResult(r, text, r.article.published);
        } catch (e) {
          if (!(e instanceof TarikhError)) throw e;
          expect(['NO_PUBLICATION_DATE', 'BAD_DATE', 'BAD_INPUT']).toContain(e.code);
        }
      }),
      RUNS,
    );
  });
});

// Date candidates are given one shape (see uniformCandidate): what a pass reads must be what the parser said.
import { describe, expect, it } from 'vitest';
import { defined } from '../helpers/shape.js';
import { normalize } from '../../src/normalize/arabic.js';
import { makeContext } from '../../src/temporal/context.js';
import { analyseDates, findCandidates, uniformCandidate } from '../../src/temporal/extract.js';
import type { Candidate } from '../../src/temporal/families/common.js';
import { buildItems } from '../../src/temporal/items.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { temporalLexicon } from './lexicon.js';

const SHAPE = Object.keys(uniformCandidate({ i0: 0, i1: 1, rule: 'x', res: {} } as Candidate)).join();
// Phrases of several families, so that the parsers' own shapes differ: a weekday, a month with an implied year,
// a range, a bound, story time, a Hijri date.
const TEXT = 'التقى الوزيران الثلاثاء، وفي مارس الماضي، ومن 3 إلى 5 مايو، وقبل 10 يونيو، وفي اليوم التالي، وفي 5 رمضان 1438 هـ.';

describe('uniform date candidates', () => {
  const lex = temporalLexicon();
  const nt = normalize(TEXT);
  const items = buildItems(tokenize(nt.text), lex, nt.text);
  const { cands } = findCandidates(makeContext(items, nt, '2017-05-31', lex));

  it('keep every field a parser set and add only undefined ones', () => {
    expect(cands.length).toBeGreaterThan(5);
    expect(new Set(cands.map((c) => Object.keys(defined(c)).join())).size).toBeGreaterThan(1);
    for (const c of cands) {
      expect(Object.keys(c).join()).toBe(SHAPE);
      expect(defined(uniformCandidate(c))).toEqual(defined(c));
    }
  });

  it('stay in one shape through anaphora, ranges and bounds', () => {
    const chosen = analyseDates(TEXT, '2017-05-31', lex).chosen;
    expect(chosen.map((c) => c.rule)).toEqual(expect.arrayContaining([expect.stringMatching(/^anaphoric\//)]));
    expect(chosen.some((c) => c.bound)).toBe(true);
    for (const c of chosen) expect(Object.keys(c).join()).toBe(SHAPE);
  });
});

/**
 * The date-phrase corpus: one YAML table per phrase family under cases/, plus negatives.yaml, asserted by one loop
 * (Duckling's idea: the examples are the test suite, and adding a case is adding a line).
 *
 * A case is {text, published, start, end, grain, value?, mod?, expect_text?, warning?, bound?}:
 * - an isolated phrase (no expect_text) must resolve, as a whole, through resolvePhrase;
 * - a sentence (with expect_text) must yield a mention whose text is exactly expect_text;
 * - mod absent means null; value is checked only when given; warning: true means the mention must carry a warning
 *   (and without it, it must carry none); bound is checked when given (and must be absent otherwise).
 * A negative is {text, published, not?}: no mention at all, or none overlapping the first occurrence of `not`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/temporal/extract.js';
import { resolvePhrase } from '../../src/temporal/resolve.js';
import type { DateMention } from '../../src/temporal/types.js';
import { ROOT } from '../helpers/data.js';
import { temporalLexicon } from './lexicon.js';

interface Case {
  text: string;
  expect_text?: string;
  published: string;
  start: string | null;
  end: string | null;
  grain: string;
  value?: string | null;
  mod?: string | null;
  warning?: boolean;
  bound?: { mod: string; start: string | null; end: string | null };
}

interface Negative {
  text: string;
  published: string;
  not?: string;
}

const CASE_KEYS = new Set(['text', 'expect_text', 'published', 'start', 'end', 'grain', 'value', 'mod', 'warning', 'bound']);
const DIR = join(ROOT, 'tests/temporal');
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function loadTables(): Array<{ family: string; cases: Case[] }> {
  return readdirSync(join(DIR, 'cases'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const doc = parse(readFileSync(join(DIR, 'cases', f), 'utf8')) as { family: string; cases: Case[] };
      return { family: doc.family, cases: doc.cases };
    });
}

const tables = loadTables();
const negatives = (parse(readFileSync(join(DIR, 'negatives.yaml'), 'utf8')) as { negatives: Negative[] }).negatives;
const lex = temporalLexicon;

function show(ms: DateMention[]): string {
  return ms.length ? ms.map((m) => `«${m.text}» ${m.start}..${m.end} ${m.grain}${m.mod ? ' ' + m.mod : ''} (${m.rule})`).join('; ') : 'no mention';
}

describe('the corpus itself', () => {
  it('is well formed', () => {
    for (const { family, cases } of tables) {
      for (const c of cases) {
        const where = `${family}: ${c.text}`;
        for (const k of Object.keys(c)) expect(CASE_KEYS.has(k), `${where}: unknown key ${k}`).toBe(true);
        expect(ISO.test(c.published), where).toBe(true);
        if (c.start !== null) expect(ISO.test(c.start) && ISO.test(c.end ?? '') && c.start <= c.end!, where).toBe(true);
        if (c.expect_text !== undefined) expect(c.text.includes(c.expect_text), where).toBe(true);
      }
    }
    for (const n of negatives) if (n.not !== undefined) expect(n.text.includes(n.not), n.text).toBe(true);
  });

  it('is big enough: 600 positives, 30 per family with running sentences in each, 80 negatives', () => {
    let total = 0;
    for (const { family, cases } of tables) {
      total += cases.length;
      expect(cases.length, family).toBeGreaterThanOrEqual(30);
      expect(cases.filter((c) => c.expect_text !== undefined).length, family).toBeGreaterThanOrEqual(5);
    }
    expect(total).toBeGreaterThanOrEqual(600);
    expect(negatives.length).toBeGreaterThanOrEqual(80);
  });
});

for (const { family, cases } of tables) {
  describe(family, () => {
    cases.forEach((c, n) => {
      it(`#${n + 1} ${c.text} @ ${c.published}`, () => {
        const target = c.expect_text ?? c.text;
        const all = extractDates(c.text, c.published, lex());
        const m = c.expect_text === undefined ? resolvePhrase(c.text, c.published, lex()) : (all.find((x) => x.text === target) ?? null);
        expect(m?.text, `expected a mention «${target}»; got ${show(all)}`).toBe(target);
        const got: Record<string, unknown> = { start: m!.start, end: m!.end, grain: m!.grain, mod: m!.mod, warning: (m!.warnings?.length ?? 0) > 0 };
        const want: Record<string, unknown> = { start: c.start, end: c.end, grain: c.grain, mod: c.mod ?? null, warning: c.warning ?? false };
        if (c.value !== undefined) {
          got.value = m!.value;
          want.value = c.value;
        }
        got.bound = m!.bound ? { mod: m!.bound.mod, start: m!.bound.start, end: m!.bound.end } : null;
        want.bound = c.bound ?? null;
        expect(got, `${m!.derivation}${m!.warnings ? ' | ' + m!.warnings.join('; ') : ''}`).toEqual(want);
      });
    });
  });
}

describe('negatives', () => {
  negatives.forEach((c, n) => {
    it(`#${n + 1} ${c.text}${c.not ? ` (not «${c.not}»)` : ''}`, () => {
      const all = extractDates(c.text, c.published, lex());
      if (c.not === undefined) {
        expect(all, show(all)).toEqual([]);
        return;
      }
      const s = c.text.indexOf(c.not), e = s + c.not.length;
      const hit = all.filter((m) => m.start_offset < e && m.end_offset > s);
      expect(hit, show(hit)).toEqual([]);
    });
  });
});

/**
 * Finds every date expression in a text and resolves it against the publication date.
 *
 * Every family parser is tried at every item its start set admits (each rejects in a tag check or two, so this is
 * linear); overlapping candidates are settled longest-first, then by family order; refiners join ranges and apply
 * bounds.
 */
import { normalize, normalizeWord, toOriginal, type NormText } from '../normalize/arabic.js';
import { tokenize, type Token } from '../normalize/tokens.js';
import { ByteScratch } from '../scratch.js';
import { makeContext, type ParseCtx } from './context.js';
import type { Candidate, Parser, TagPattern } from './families/common.js';
import { explicitDate } from './families/explicit.js';
import { namedMonth } from './families/named-month.js';
import { offsetParser } from './families/offset.js';
import { ordinalParser } from './families/ordinal.js';
import { partOfPeriod } from './families/part-of-period.js';
import { dayRange } from './families/range.js';
import { relativeDay } from './families/relative-day.js';
import { relativePeriod } from './families/relative-period.js';
import { season, vague } from './families/season-vague.js';
import { holiday } from './families/holiday.js';
import { anaphoric, resolveAnaphora } from './families/anaphoric.js';
import { quarter } from './families/quarter.js';
import { decade } from './families/decade.js';
import { weekdayParser } from './families/weekday.js';
import { buildItems, type Item } from './items.js';
import type { TemporalLexicon, TTag } from './lexicon.js';
import { applyBounds, joinRanges } from './refine.js';
import type { DateMention } from './types.js';

/** Family order settles ties between candidates of equal length: the more specific reading first. */
export const PARSERS: readonly Parser[] = [explicitDate, namedMonth, ordinalParser, dayRange, partOfPeriod, relativePeriod, relativeDay, weekdayParser, offsetParser, season, vague, holiday, anaphoric, quarter, decade];

function candidateLength(items: readonly Item[], c: Candidate): number {
  return items[c.i1 - 1].e - items[c.i0].s;
}

/** The parsers' start sets, with their words in normalized spelling. */
const STARTS = PARSERS.map((p) => ({ tags: p.starts.tags ?? [], words: new Set((p.starts.words ?? []).map(normalizeWord)), digits: p.starts.digits ?? false }));

function matches(pattern: TagPattern, t: TTag): boolean {
  if (typeof pattern === 'string') return pattern === t.t;
  return Object.entries(pattern).every(([k, v]) => (t as Record<string, unknown>)[k] === v);
}

/** Bit n stands for PARSERS[n]. */
function tagsMask(tags: readonly TTag[]): number {
  let mask = 0;
  STARTS.forEach((s, n) => {
    if (tags.some((t) => (t.t === 'fw' && s.words.has(t.w)) || s.tags.some((p) => matches(p, t)))) mask |= 1 << n;
  });
  return mask;
}

const DIGITS_MASK = STARTS.reduce((mask, s, n) => (s.digits ? mask | (1 << n) : mask), 0);

/**
 * Masks by tag list, computed on first sight: every occurrence of a phrase shares the lexicon's list, so a text
 * reuses a few dozen. A lexicon is complete before it reads any text, so a list never changes after its mask is kept.
 */
const TAGS_MASKS = new WeakMap<readonly TTag[], number>();

/**
 * The parsers that may start a phrase at an item, as a bit mask over PARSERS. Plain words, punctuation, and items
 * tagged only as tense cues, blockers or other grammar words ("في", "على") get none, and that is most of a text.
 */
export function startMask(it: Item): number {
  if (it.kind === 'num') return DIGITS_MASK;
  if (it.kind !== 'lex') return 0;
  let mask = TAGS_MASKS.get(it.tags);
  if (mask === undefined) {
    mask = tagsMask(it.tags);
    TAGS_MASKS.set(it.tags, mask);
  }
  return mask;
}

/**
 * Longest first, then family order, then leftmost; keeps candidates that do not overlap a better one. `family[k]` is
 * the PARSERS index of `cands[k]`.
 */
export function selectCandidates(items: readonly Item[], cands: readonly Candidate[], family: readonly number[]): Candidate[] {
  // Ranked through indices and plain arrays: the comparator runs a few dozen times per text, and a Map lookup per
  // side of every comparison cost more than the sort itself.
  // (Filled by push into literals, as applyBounds: no array from map, whose empty form has another hidden class.)
  const len: number[] = [];
  const ranked: number[] = [];
  for (let k = 0; k < cands.length; k++) {
    len.push(candidateLength(items, cands[k]));
    ranked.push(k);
  }
  ranked.sort((a, b) => len[b] - len[a] || family[a] - family[b] || cands[a].i0 - cands[b].i0);
  const taken = TAKEN.take(items.length);
  const chosen: Candidate[] = [];
  for (const r of ranked) {
    const c = cands[r];
    let free = true;
    for (let k = c.i0; k < c.i1; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    for (let k = c.i0; k < c.i1; k++) taken[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.i0 - b.i0);
}

/**
 * The items taken by chosen candidates, in an array reused from text to text: allocating a typed array per text cost
 * more than the selection.
 */
const TAKEN = new ByteScratch(1 << 12);

/**
 * A candidate with every field in one order (undefined where its parser set none). The fifteen parsers return a
 * handful of shapes; selection, anaphora, ranges and bounds read every candidate's fields, and with one shape those
 * reads stay monomorphic. The passes after it copy candidates by spreading, which keeps the shape.
 */
export function uniformCandidate(c: Candidate): Candidate {
  return { i0: c.i0, i1: c.i1, rule: c.rule, res: c.res, warnings: c.warnings, implied: c.implied, bound: c.bound, anaphor: c.anaphor };
}

/** The candidates of every parser at every item its start set admits, with the PARSERS index of each. */
export function findCandidates(ctx: ParseCtx): { cands: Candidate[]; family: number[] } {
  const cands: Candidate[] = [];
  const family: number[] = [];
  const items = ctx.items;
  for (let i = 0; i < items.length; i++) {
    // The set bits only, lowest (earliest family) first: an item starts one or two families of the fifteen.
    for (let bits = startMask(items[i]); bits !== 0; bits &= bits - 1) {
      const p = 31 - Math.clz32(bits & -bits);
      const c = PARSERS[p].parse(ctx, i);
      if (c && c.i1 > c.i0) {
        cands.push(uniformCandidate(c));
        family.push(p);
      }
    }
  }
  return { cands, family };
}

export interface Analysis {
  nt: NormText;
  tokens: Token[];
  items: Item[];
  ctx: ParseCtx;
  /** Chosen candidates, in text order (item indices), after refinement. */
  chosen: Candidate[];
  mentions: DateMention[];
}

/**
 * Analyses a text: normalization, items, date mentions. `from` (an original offset) skips a header such as front
 * matter; mentions starting before it are dropped.
 */
export interface AnalyseOptions {
  /** Tokens of `text` when the caller already has them. */
  tokens?: Token[];
  /** Only these token ranges (sentences) are searched for dates. */
  ranges?: ReadonlyArray<readonly [number, number]>;
}

export function analyseDates(text: string | NormText, pub: string, lex: TemporalLexicon, from = 0, opts: AnalyseOptions = {}): Analysis {
  const nt = typeof text === 'string' ? normalize(text) : text;
  const tokens = opts.tokens ?? tokenize(nt.text);
  const items = buildItems(tokens, lex, nt.text, opts.ranges);
  const ctx = makeContext(items, nt, pub, lex);
  const { cands, family } = findCandidates(ctx);
  let chosen = selectCandidates(items, cands, family);
  chosen = resolveAnaphora(ctx, chosen);
  chosen = joinRanges(ctx, chosen);
  chosen = applyBounds(ctx, chosen);
  const mentions: DateMention[] = [];
  const kept: Candidate[] = [];
  for (const c of chosen) {
    const [s, e] = toOriginal(nt, items[c.i0].s, items[c.i1 - 1].e);
    if (s < from) continue;
    kept.push(c);
    const m: DateMention = {
      text: nt.original.slice(s, e),
      start_offset: s,
      end_offset: e,
      value: c.res.value,
      start: c.res.start,
      end: c.res.end,
      grain: c.res.grain,
      mod: c.res.mod,
      rule: c.rule,
      derivation: c.res.derivation,
    };
    if (c.warnings?.length) m.warnings = c.warnings;
    if (c.bound) {
      const [bs, be] = toOriginal(nt, items[c.bound.i0].s, items[c.i1 - 1].e);
      m.bound = { text: nt.original.slice(bs, be), start_offset: bs, mod: c.bound.mod, start: c.bound.start, end: c.bound.end, derivation: c.bound.derivation };
    }
    mentions.push(m);
  }
  return { nt, tokens, items, ctx, chosen: kept, mentions };
}

export function extractDates(text: string, pub: string, lex: TemporalLexicon, from = 0): DateMention[] {
  return analyseDates(text, pub, lex, from).mentions;
}

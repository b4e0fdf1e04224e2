/**
 * Where things are in an analysed article: original offsets, normalized offsets, tokens and date items, one to
 * another by halving; and the lookups made once per article (the mention starting or ending at each token).
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import type { NormText } from '../normalize/arabic.js';
import type { EMention, Sentence } from './scan.js';
import { firstIndex } from '../search.js';

export function originalOf(article: Article, a: Analysis, first: number, last: number): string {
  const t = a.tokens;
  return article.text.slice(a.nt.starts[t[first].s], a.nt.ends[t[last - 1].e - 1]);
}

/** Index of the token containing normalized offset s: the last that starts at or before it (0 if none does). */
export function tokenAtNorm(a: Analysis, s: number): number {
  const t = a.tokens;
  return Math.max(0, firstIndex(t.length, (i) => t[i].s <= s) - 1);
}

/** Index of the date item containing normalized offset s, in the same way. */
export function itemAtNorm(a: Analysis, s: number): number {
  const it = a.items;
  return Math.max(0, firstIndex(it.length, (i) => it[i].s <= s) - 1);
}

/** Normalized offset of an original offset (first normalized char at or after it). */
export function normAt(a: Analysis, orig: number): number {
  return normAtNt(a.nt, orig);
}

export function normAtNt(nt: NormText, orig: number): number {
  const st = nt.starts;
  return firstIndex(st.length, (i) => st[i] < orig);
}

/**
 * Lookups made once per article rather than once per sentence or per word: the mentions by their first and by their
 * last token (the last one written wins, as in text order), and the token each date item starts in.
 */
export interface ArticleIndex {
  starting: Array<EMention | undefined>;
  ending: Array<EMention | undefined>;
  /** tokenAtNorm(a, items[i].s) for every item i. */
  itemToken: number[];
}

/** The mention that starts at token k, if k is inside sentence S (the rules look a few words either side). */
export function startingIn(starting: ArticleIndex['starting'], S: Sentence, k: number): EMention | undefined {
  return k >= S.first && k < S.last ? starting[k] : undefined;
}

export function indexArticle(ems: readonly EMention[], a: Analysis): ArticleIndex {
  const n = a.tokens.length;
  const starting = new Array<EMention | undefined>(n + 1);
  const ending = new Array<EMention | undefined>(n + 1);
  for (const x of ems) {
    starting[x.first] = x;
    ending[x.last] = x;
  }
  // Items come in text order, so one walk along the tokens finds them all (a step back starts the walk again).
  // (A plain array: a typed one this size would get a buffer outside the heap, which costs more to make.)
  const itemToken = new Array<number>(a.items.length).fill(0);
  let j = 0, prev = -1;
  for (let i = 0; i < a.items.length; i++) {
    const s = a.items[i].s;
    if (s < prev) j = 0;
    prev = s;
    while (j + 1 < n && a.tokens[j + 1].s <= s) j++;
    itemToken[i] = j;
  }
  return { starting, ending, itemToken };
}

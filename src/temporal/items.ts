/**
 * Items: the tokens of a text with lexicon phrases merged into one item each and tagged. Parsers walk items, so a
 * many-word phrase ("كانون الثاني", "أول أمس") is one step and clitics are already peeled off.
 */
import { normalizeWord } from '../normalize/arabic.js';
import type { PhraseStart } from '../normalize/lexicon.js';
import type { Token } from '../normalize/tokens.js';
import type { TemporalLexicon, TTag, TagKind, TagOf } from './lexicon.js';

export interface Item {
  kind: 'lex' | 'word' | 'num' | 'punct' | 'nl';
  /** Normalized text of the item (for lex items, without the clitic). */
  text: string;
  tags: readonly TTag[];
  /** Normalized span (after any clitic). */
  s: number;
  e: number;
  value: number;
  /** Whitespace precedes the item. */
  spaced: boolean;
  /** The proclitic letters before the item ('' when none). */
  clitic: string;
  /**
   * A plain token's word id (Token.id); -1 for a phrase item, which is no interned word. No parser reads it: it is
   * here so that a plain token, which has one, can stand as its own item with the same fields in the same order.
   */
  id: number;
}

const NO_TAGS: readonly TTag[] = [];
const NO_STARTS: ReadonlyArray<PhraseStart<TTag>> = [];

/**
 * Items of the whole text, or only of some token ranges (sentences that matter to the caller): a line-break item
 * separates the ranges so that nothing joins across a gap.
 */
export function buildItems(tokens: readonly Token[], lex: TemporalLexicon, normText: string, ranges?: ReadonlyArray<readonly [number, number]>): Item[] {
  if (!ranges) return itemsOf(tokens, lex, normText, 0, tokens.length, []);
  const items: Item[] = [];
  for (const [a, b] of ranges) {
    if (items.length && a < tokens.length) items.push({ kind: 'nl', text: '\n', tags: NO_TAGS, s: tokens[a].s, e: tokens[a].s, value: 0, spaced: true, clitic: '', id: -1 });
    itemsOf(tokens, lex, normText, a, b, items);
  }
  return items;
}

function itemsOf(tokens: readonly Token[], lex: TemporalLexicon, normText: string, from: number, to: number, items: Item[]): Item[] {
  for (let i = from; i < to; ) {
    const t = tokens[i];
    const starts = t.kind === 'word' ? lex.phrases.startsAt(t) : NO_STARTS;
    if (starts.length !== 0) {
      // Most phrase words have one reading that no longer phrase extends: the word alone decides the item, with no
      // walk and no match object (this runs for every word of the searched sentences).
      const one = starts.length === 1 && starts[0].next === null ? starts[0].entries : null;
      if (one !== null) {
        items.push(wordItem(t, one, starts[0].clitic, normText));
        i++;
        continue;
      }
      const m = lex.phrases.longestWith(tokens, i, starts);
      if (m) {
        items.push({ kind: 'lex', text: normText.slice(m.s, m.e), tags: m.entries, s: m.s, e: m.e, value: 0, spaced: t.spaced, clitic: m.clitic, id: -1 });
        i = m.last;
        continue;
      }
    }
    // A plain token has the shape of an item (no tags, no clitic): it is its own item, not a copy.
    items.push(t);
    i++;
  }
  return items;
}

/** The item of a one-word phrase at token t; without a clitic its text is the token's own string, not a copy. */
function wordItem(t: Token, tags: readonly TTag[], clitic: string, normText: string): Item {
  const s = t.s + clitic.length;
  return { kind: 'lex', text: clitic === '' ? t.text : normText.slice(s, t.e), tags, s, e: t.e, value: 0, spaced: t.spaced, clitic, id: -1 };
}

export function tagOf<K extends TagKind>(it: Item | undefined, k: K): TagOf<K> | undefined {
  if (!it) return undefined;
  // An indexed loop: every parser step asks this, and for-of over the two kinds of tag arrays (the tokens' frozen
  // empty one, the lexicon's) measured twice as slow.
  const tags = it.tags;
  for (let j = 0; j < tags.length; j++) if (tags[j].t === k) return tags[j] as TagOf<K>;
  return undefined;
}

export function hasTag(it: Item | undefined, k: TagKind): boolean {
  return tagOf(it, k) !== undefined;
}

const normCache = new Map<string, string>();
const norm = (w: string) => {
  let n = normCache.get(w);
  if (n === undefined) normCache.set(w, (n = normalizeWord(w)));
  return n;
};

/** A grammar word ("من", "في", ...), with or without a clitic; the words may be written in any spelling. */
export function isFw(it: Item | undefined, ...words: string[]): boolean {
  const t = tagOf(it, 'fw');
  if (t === undefined) return false;
  for (const w of words) if (norm(w) === t.w) return true;
  return false;
}

/** The grammar words that end a range ("من 3 إلى 5 مايو", "حتى", "لغاية"), in one or two pieces. */
export const TO_WORDS: readonly string[] = ['الى', 'حتى', 'لغاية'];

/** The item's text (clitic excluded) is one of these words, in any spelling. */
export function textIs(it: Item | undefined, ...words: string[]): boolean {
  if (!it) return false;
  for (const w of words) if (norm(w) === it.text) return true;
  return false;
}

export function isPunct(it: Item | undefined, ...chars: string[]): boolean {
  return it !== undefined && it.kind === 'punct' && chars.includes(it.text);
}

/** Sentence boundaries: line breaks and . ! ? ; (a dot between two digits is a decimal point). */
export function isBoundary(items: readonly Item[], i: number): boolean {
  const it = items[i];
  if (it.kind === 'nl') return true;
  if (it.kind !== 'punct') return false;
  if (it.text === '!' || it.text === '?' || it.text === ';') return true;
  if (it.text === '.') {
    const a = items[i - 1], b = items[i + 1];
    if (a && b && a.kind === 'num' && b.kind === 'num' && !it.spaced && !b.spaced) return false;
    return true;
  }
  return false;
}

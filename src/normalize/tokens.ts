/**
 * Splits normalized text into tokens in one pass: words (Arabic and Latin letters), numbers (ASCII digits after
 * normalization), single punctuation marks and line breaks. Offsets are into the normalized text.
 */
import { Buffer } from 'node:buffer';
import { codeUnits } from './arabic.js';

export type TokenKind = 'word' | 'num' | 'punct' | 'nl';

export interface Token {
  kind: TokenKind;
  /** Normalized surface. */
  text: string;
  /** Half-open span in the normalized text. */
  s: number;
  e: number;
  /** Numeric value of a `num` token. */
  value: number;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
  /**
   * Always empty, and `clitic` always '': with them a plain token has the shape of an item of the date engine
   * (temporal/items.ts, fields in the same order) and stands as its own item. A megabyte of text is hundreds of
   * thousands of tokens; a copy of each would double what the garbage collector carries.
   */
  tags: readonly never[];
  clitic: '';
  /**
   * The interned word's id (see wordOf), -1 for punctuation, line breaks and a word the table did not take. Per-word
   * caches downstream index arrays by its number (wordNumberOf: small, in the order words first came) instead of
   * hashing the string again, and keep the whole id beside an answer to check it: the table is emptied from time to
   * time, a number then stands for another word, and ids are never reused (the id counts the times the table was
   * emptied), so a token from before still misses.
   */
  id: number;
}

const NO_TAGS: readonly never[] = Object.freeze([]);

const enum C {
  Other = 0,
  /** Arabic letters. Latin ones are a class of their own: a change of script ends a word. */
  Letter = 1,
  Digit = 2,
  Space = 3,
  Newline = 4,
  Latin = 5,
}

const CLASS = new Uint8Array(0x10000);
(function build() {
  for (let c = 0x30; c <= 0x39; c++) CLASS[c] = C.Digit;
  for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = C.Latin;
  for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = C.Latin;
  // Arabic letters (after normalization diacritics are gone; keep them as letters anyway for raw input).
  for (let c = 0x0621; c <= 0x065f; c++) CLASS[c] = C.Letter;
  for (let c = 0x066e; c <= 0x06d3; c++) CLASS[c] = C.Letter;
  for (let c = 0x06fa; c <= 0x06ff; c++) CLASS[c] = C.Letter;
  for (let c = 0x00c0; c <= 0x024f; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = C.Latin;
  CLASS[0x20] = C.Space;
  CLASS[0x0a] = C.Newline;
})();

/**
 * One string per distinct word or number, found by a hash of its code units computed as the scan reads them. News
 * repeats its words: slicing each occurrence anew cost more than the rest of tokenizing, and every lexicon lookup
 * downstream (events, dates, contacts) hashed and compared the fresh copy again, where the shared string carries its
 * hash and matches a cached key by identity. Open addressing, the words' code units in one pool so that a probe
 * compares typed arrays; emptied when half full, so memory stays flat over an archive and a text of all-distinct
 * words stays linear.
 *
 * The slots (spread by hash over the whole table) hold only the hash and the word's number; what belongs to a word
 * (its string, where its units are in the pool) is kept by that number, in the order words arrived. A text's words
 * then sit in a few cache lines instead of one line each, and so do the caches downstream that are keyed by word
 * (the later stages of a run push the table out of the cache between two texts).
 */
const WORDS_BITS = 15;
const WORDS_MASK = (1 << WORDS_BITS) - 1;
/** How many words the table holds before it is emptied (half its slots). */
const WORDS_MAX = 1 << (WORDS_BITS - 1);
/** How many word numbers there are: a token's wordNumberOf(id) is below this. */
export const WORD_NUMBERS = WORDS_MAX;

/** The word number of a word id. (An id past 2^31 still keeps its low bits through the int32 conversion.) */
export function wordNumberOf(id: number): number {
  return id & (WORD_NUMBERS - 1);
}

/** Per slot, side by side: the hash, and the word's number + 1 (0: free). */
const slots = new Int32Array(2 << WORDS_BITS);
/** By word number: the word, and where its code units start in the pool (they end where the next word's start). */
const words: string[] = new Array<string>(WORDS_MAX).fill('');
const wordStart = new Int32Array(WORDS_MAX + 1);
let wordCount = 0;
/** Numbers are capped at 12 digits, but a word may be as long as the text. */
let pool = new Uint16Array(1 << 18);
let poolUsed = 0;

/** Slots a lookup may visit (at most half the table is used, so an honest run is a few slots long). */
const MAX_PROBES = 32;

/** A slice of 13 or more code units is a view that would keep the whole text alive while the table keeps the word. */
const VIEW_MIN = 13;

/** How many times the table was emptied: with the word's number, a word's id. */
let generation = 0;

/** The id of the word wordOf returned last (-1: not in the table), so that it returns one value. */
let wordId = -1;

/** The interned string of units[s, e) (FNV hash h), added to the table when new; wordId says which it is. */
function wordOf(text: string, units: Uint16Array, s: number, e: number, h: number): string {
  const found = findWord(units, s, e, h);
  if (found >= 0) {
    wordId = generation * WORD_NUMBERS + found;
    return words[found];
  }
  return addWord(text, units, s, e, h);
}

/**
 * The number of the word units[s, e), or -1. Apart from adding, so that the path of a word seen before (most words
 * of a text) is small enough for the compiler to inline into the scan.
 */
function findWord(units: Uint16Array, s: number, e: number, h: number): number {
  let slot = h & WORDS_MASK;
  for (let x = 2 * slot, probes = 0; slots[x + 1] !== 0 && probes < MAX_PROBES; probes++) {
    if (slots[x] === h) {
      const w = slots[x + 1] - 1;
      const at = wordStart[w];
      if (wordStart[w + 1] - at === e - s) {
        const d = at - s;
        let j = s;
        while (j < e && pool[d + j] === units[j]) j++;
        if (j === e) return w;
      }
    }
    slot = (slot + 1) & WORDS_MASK;
    x = 2 * slot;
  }
  return -1;
}

/** Adds a word findWord did not find, and returns it. */
function addWord(text: string, units: Uint16Array, s: number, e: number, h: number): string {
  const len = e - s;
  let slot = h & WORDS_MASK;
  let probes = 0;
  for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & WORDS_MASK) {
    // A text made to collide (FNV is not keyed) would make every lookup walk a long run of slots: past a few, the
    // word is sliced as it was before the table, so the worst case stays linear.
    if (++probes > MAX_PROBES) {
      wordId = -1;
      return len < VIEW_MIN ? text.slice(s, e) : ownCopy(text, s, e);
    }
  }
  if (wordCount >= WORDS_MAX || poolUsed + len > pool.length) {
    generation++;
    slots.fill(0);
    words.fill('');
    wordCount = 0;
    poolUsed = 0;
    if (len > pool.length) pool = new Uint16Array(2 * len);
    slot = h & WORDS_MASK;
  }
  const w = len < VIEW_MIN ? text.slice(s, e) : ownCopy(text, s, e);
  const n = wordCount++;
  words[n] = w;
  slots[2 * slot] = h;
  slots[2 * slot + 1] = n + 1;
  wordStart[n] = poolUsed;
  pool.set(units.subarray(s, e), poolUsed);
  poolUsed += len;
  wordStart[n + 1] = poolUsed;
  wordId = generation * WORD_NUMBERS + n;
  return w;
}

function ownCopy(text: string, s: number, e: number): string {
  return Buffer.from(text.slice(s, e), 'utf16le').toString('utf16le');
}

/**
 * One string per punctuation mark below U+0700 (Latin and Arabic), made on first sight: a slice of one Arabic mark
 * ("،", "؟") is a new string each time, where Latin ones come from the engine's own table.
 */
const MARKS_END = 0x700;
const MARKS: string[] = new Array<string>(MARKS_END).fill('');

function markAt(text: string, units: Uint16Array, s: number, e: number): string {
  const c = units[s];
  if (e - s !== 1 || c >= MARKS_END) return text.slice(s, e);
  let m = MARKS[c];
  if (m === '') MARKS[c] = m = text.slice(s, e);
  return m;
}

/** The text's code units, copied natively: the scan reads each twice or more, and charCodeAt cost more. */
let scratch = new Uint16Array(1 << 14);

/** FNV-1a over UTF-16 code units. */
const FNV_PRIME = 0x01000193;
const FNV_BASIS = 0x811c9dc5 | 0;

/**
 * The text of token k, or '' before the first token and past the last: rules look a few words either side. (Not
 * tokens[-1]: a negative index is a named-property lookup up the prototype chain, which turns a read site generic.)
 */
export function textAt(tokens: readonly { text: string }[], k: number): string {
  return k >= 0 ? (tokens[k]?.text ?? '') : '';
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const units = (scratch = codeUnits(text, scratch));
  let i = 0;
  let spaced = true;
  while (i < n) {
    const c = units[i];
    const k = CLASS[c];
    if (k === C.Space) {
      spaced = true;
      i++;
      continue;
    }
    if (k === C.Newline) {
      out.push({ kind: 'nl', text: '\n', tags: NO_TAGS, s: i, e: i + 1, value: 0, spaced, clitic: '', id: -1 });
      spaced = true;
      i++;
      continue;
    }
    const s = i;
    if (k === C.Letter || k === C.Latin) {
      // A change of script ends a word: "J" glued to "بحث" by a stripped control is two words.
      let h = FNV_BASIS;
      while (i < n) {
        const u = units[i];
        if (CLASS[u] !== k) break;
        h = Math.imul(h ^ u, FNV_PRIME);
        i++;
      }
      const w = wordOf(text, units, s, i, h);
      out.push({ kind: 'word', text: w, tags: NO_TAGS, s, e: i, value: 0, spaced, clitic: '', id: wordId });
    } else if (k === C.Digit) {
      // Cap the run so that a megabyte of digits does not become one huge number (12 digits stay exact).
      let h = FNV_BASIS;
      let value = 0;
      while (i < n && i - s < 12) {
        const u = units[i];
        if (CLASS[u] !== C.Digit) break;
        h = Math.imul(h ^ u, FNV_PRIME);
        value = value * 10 + (u - 0x30);
        i++;
      }
      const w = wordOf(text, units, s, i, h);
      out.push({ kind: 'num', text: w, tags: NO_TAGS, s, e: i, value, spaced, clitic: '', id: wordId });
    } else {
      // Surrogate pairs stay together so that a token never splits a character.
      const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
      i += hi ? 2 : 1;
      out.push({ kind: 'punct', text: markAt(text, units, s, i), tags: NO_TAGS, s, e: i, value: 0, spaced, clitic: '', id: -1 });
    }
    spaced = false;
  }
  return out;
}

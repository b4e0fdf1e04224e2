/**
 * Splits normalized text into tokens in one pass: words (Arabic and Latin letters), numbers (ASCII digits after
 * normalization), single punctuation marks and line breaks. Offsets are into the normalized text.
 */

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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === C.Space) {
      spaced = true;
      i++;
      continue;
    }
    if (k === C.Newline) {
      out.push({ kind: 'nl', text: '\n', tags: NO_TAGS, s: i, e: i + 1, value: 0, spaced, clitic: '' });
      spaced = true;
      i++;
      continue;
    }
    const s = i;
    if (k === C.Letter || k === C.Latin) {
      // A change of script ends a word: "J" glued to "بحث" by a stripped control is two words.
      while (i < n && CLASS[text.charCodeAt(i)] === k) i++;
      out.push({ kind: 'word', text: text.slice(s, i), tags: NO_TAGS, s, e: i, value: 0, spaced, clitic: '' });
    } else if (k === C.Digit) {
      // Cap the run so that a megabyte of digits does not become one huge number.
      while (i < n && CLASS[text.charCodeAt(i)] === C.Digit && i - s < 12) i++;
      const t = text.slice(s, i);
      out.push({ kind: 'num', text: t, tags: NO_TAGS, s, e: i, value: Number(t), spaced, clitic: '' });
    } else {
      // Surrogate pairs stay together so that a token never splits a character.
      const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
      i += hi ? 2 : 1;
      out.push({ kind: 'punct', text: text.slice(s, i), tags: NO_TAGS, s, e: i, value: 0, spaced, clitic: '' });
    }
    spaced = false;
  }
  return out;
}

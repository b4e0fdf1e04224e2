// Word ids (Token.id, the interned word's slot) and the per-word caches keyed by them.
import { describe, expect, it } from 'vitest';
import { PhraseLexicon } from '../../src/normalize/lexicon.js';
import { tokenize, WORD_NUMBERS, wordNumberOf, type Token } from '../../src/normalize/tokens.js';

/** Distinct Latin words (a, b, ..., aa, ab, ...): enough of them empty the word table, which holds half its slots. */
function distinctWords(n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let w = '';
    for (let x = k + 1; x > 0; x = Math.floor((x - 1) / 26)) w = String.fromCharCode(97 + ((x - 1) % 26)) + w;
    out.push(w);
  }
  return out;
}

describe('word ids', () => {
  it('are one per distinct word while the table keeps it, -1 for punctuation and line breaks', () => {
    const tokens = tokenize('بحث في بحث، 2017\n2017');
    const [a, , b, comma, n1, nl, n2] = tokens;
    expect(a.id).toBe(b.id);
    expect(a.id).toBeGreaterThanOrEqual(0);
    expect(wordNumberOf(a.id)).toBeLessThan(WORD_NUMBERS);
    expect(tokens[1].id).not.toBe(a.id);
    expect(n1.id).toBe(n2.id);
    expect([comma.id, nl.id]).toEqual([-1, -1]);
  });

  it('are not reused once the table is emptied, though word numbers are', () => {
    const tokens = tokenize(distinctWords(2 * WORD_NUMBERS).join(' '));
    expect(new Set(tokens.map((t) => t.id)).size).toBe(tokens.length);
    expect(new Set(tokens.map((t) => wordNumberOf(t.id))).size).toBeLessThan(tokens.length);
  });

  it('key phrase starts that stay right when the emptied table gives a number to another word', () => {
    // Twice as many distinct words as the table holds: it is emptied on the way, and numbers then stand for other
    // words of this text.
    const tokens = tokenize(distinctWords(2 * WORD_NUMBERS).join(' '));
    const first = new Map<number, Token>();
    let pair: [Token, Token] | null = null;
    for (const t of tokens) {
      const p = first.get(wordNumberOf(t.id));
      if (p === undefined) first.set(wordNumberOf(t.id), t);
      else if (p.text !== t.text) {
        pair = [p, t];
        break;
      }
    }
    expect(pair).not.toBeNull();
    const [p, q] = pair!;
    const L = new PhraseLexicon<string>();
    L.add(p.text, 'entry');
    // The earlier word's answer is cached under the shared number; the later word must not get it.
    expect(L.startsAt(p).map((s) => s.entries)).toEqual([['entry']]);
    expect(L.startsAt(q)).toEqual([]);
    expect(L.startsAt(p).map((s) => s.entries)).toEqual([['entry']]);
    expect(L.longestAt([q], 0)).toBeNull();
  });

  it('key phrase starts that a later add() refreshes', () => {
    const [t] = tokenize('بحث');
    const L = new PhraseLexicon<string>();
    expect(L.startsAt(t)).toEqual([]);
    L.add('بحث', 'search');
    expect(L.startsAt(t).map((s) => s.entries)).toEqual([['search']]);
  });
});

describe('punctuation marks', () => {
  it('are their own text, whether a shared string (below U+0700), a slice, or a surrogate pair', () => {
    const text = '،؟.«»—😀،';
    expect(tokenize(text).map((t) => [t.kind, t.text])).toEqual([...'،؟.«»—'].map((c) => ['punct', c]).concat([['punct', '😀'], ['punct', '،']]));
    expect(tokenize('؟')[0].text).toBe('؟');
  });
});

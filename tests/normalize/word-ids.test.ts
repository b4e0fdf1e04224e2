// Word ids (Token.id, the interned word's slot) and the per-word caches keyed by them.
import { describe, expect, it } from 'vitest';
import { PhraseLexicon } from '../../src/normalize/lexicon.js';
import { tokenize, WORD_SLOTS, wordSlotOf, type Token } from '../../src/normalize/tokens.js';

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
    expect(wordSlotOf(a.id)).toBeLessThan(WORD_SLOTS);
    expect(tokens[1].id).not.toBe(a.id);
    expect(n1.id).toBe(n2.id);
    expect([comma.id, nl.id]).toEqual([-1, -1]);
  });

  it('are not reused once the table is emptied, even for the same word', () => {
    const [before] = tokenize('بحث');
    tokenize(distinctWords(WORD_SLOTS).join(' '));
    const [after] = tokenize('بحث');
    expect(after.text).toBe(before.text);
    expect(after.id).not.toBe(before.id);
  });

  it('key phrase starts that stay right when the emptied table gives a slot to another word', () => {
    // More distinct words than the table holds: it is emptied on the way, and some slot then holds a second word.
    const tokens = tokenize(distinctWords(WORD_SLOTS).join(' '));
    const first = new Map<number, Token>();
    let pair: [Token, Token] | null = null;
    for (const t of tokens) {
      const p = first.get(wordSlotOf(t.id));
      if (p === undefined) first.set(wordSlotOf(t.id), t);
      else if (p.text !== t.text) {
        pair = [p, t];
        break;
      }
    }
    expect(pair).not.toBeNull();
    const [p, q] = pair!;
    const L = new PhraseLexicon<string>();
    L.add(p.text, 'entry');
    // The earlier word's answer is cached under the shared slot; the later word must not get it.
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

// The phrase matcher against a brute-force reading of its contract: longest phrase, proclitics only on the first word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWord } from '../../src/normalize/arabic.js';
import { cliticReadings, PhraseLexicon } from '../../src/normalize/lexicon.js';
import { tokenize, type Token } from '../../src/normalize/tokens.js';

// Words that are phrases, clitic forms of them, and the short words the clitic rules must leave alone.
const VOCAB = ['في', 'وفي', 'بحث', 'وبحث', 'الشهر', 'للشهر', 'وللشهر', 'بالشهر', 'الماضي', 'وزير', 'الخارجية', 'فيصل', 'يصل', 'لل', 'بل', 'كما'];

/** Every phrase that could match at token i, tried one by one: the longest wins, the earlier reading on a tie. */
function bruteLongest(phrases: ReadonlyMap<string, number[]>, tokens: readonly Token[], i: number) {
  if (tokens[i]?.kind !== 'word') return null;
  let best: { entries: number[]; last: number; clitic: string } | null = null;
  for (const [stem, clitic] of cliticReadings(tokens[i].text)) {
    const words = [stem];
    for (let j = i; j < tokens.length; j++) {
      if (j > i) {
        if (tokens[j].kind !== 'word') break;
        words.push(tokens[j].text);
      }
      const entries = phrases.get(words.join(' '));
      if (entries && (!best || j + 1 > best.last)) best = { entries, last: j + 1, clitic };
    }
  }
  return best && { ...best, first: i, s: tokens[i].s + best.clitic.length, e: tokens[best.last - 1].e };
}

describe('phrase lexicon', () => {
  it('finds at every token the longest phrase a brute-force search finds', () => {
    // A number in a phrase never matches: a phrase is made of word tokens.
    const phrase = fc.array(fc.constantFrom(...VOCAB, '2019'), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.constantFrom('،', '.', '2019') });
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.nat(3)), { maxLength: 12 }), fc.array(piece, { maxLength: 14 }), (entries, pieces) => {
        const L = new PhraseLexicon<number>();
        const byPhrase = new Map<string, number[]>();
        for (const [p, entry] of entries) {
          L.add(p, entry);
          const es = byPhrase.get(normalizeWord(p)) ?? [];
          if (!es.includes(entry)) es.push(entry);
          byPhrase.set(normalizeWord(p), es);
        }
        const tokens = tokenize(normalize(pieces.join(' ')).text);
        for (let i = 0; i < tokens.length; i++) {
          // Twice: the second answer comes from the per-word cache of phrase starts.
          for (let pass = 0; pass < 2; pass++) expect(L.longestAt(tokens, i)).toEqual(bruteLongest(byPhrase, tokens, i));
          if (tokens[i].kind !== 'word') continue;
          const starts = L.startsOf(tokens[i].text);
          expect(L.longestWith(tokens, i, starts)).toEqual(bruteLongest(byPhrase, tokens, i));
          // A lone reading that nothing extends is the whole answer: callers build its match from the word alone.
          if (starts.length === 1 && starts[0].next === null) {
            expect(bruteLongest(byPhrase, tokens, i)).toMatchObject({ entries: starts[0].entries, last: i + 1, clitic: starts[0].clitic });
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a phrase over word tokens only', () => {
    const L = new PhraseLexicon<string>();
    L.add('في', 'fw');
    L.add('في 2019', 'year');
    L.add('في ، الشهر', 'comma');
    expect(L.longestAt(tokenize(normalize('في 2019').text), 0)).toMatchObject({ entries: ['fw'], last: 1 });
    expect(L.longestAt(tokenize(normalize('في، الشهر').text), 0)).toMatchObject({ entries: ['fw'], last: 1 });
  });

  it('finds a phrase added after lookups', () => {
    const L = new PhraseLexicon<string>();
    L.add('في', 'fw');
    const tokens = tokenize(normalize('وفي الشهر الماضي').text);
    expect(L.longestAt(tokens, 0)).toMatchObject({ entries: ['fw'], last: 1 });
    L.add('في الشهر الماضي', 'last-month');
    expect(L.longestAt(tokens, 0)).toMatchObject({ entries: ['last-month'], last: 3, clitic: 'و' });
  });

  it('strips no clitic when told not to', () => {
    const L = new PhraseLexicon<string>();
    L.add('في', 'fw');
    L.add('في الشهر', 'month');
    const tokens = tokenize(normalize('وفي الشهر في الشهر').text);
    expect(L.longestAt(tokens, 0, false)).toBeNull();
    expect(L.longestAt(tokens, 0)).toMatchObject({ entries: ['month'], last: 2, clitic: 'و' });
    expect(L.longestAt(tokens, 2, false)).toMatchObject({ entries: ['month'], first: 2, last: 4, clitic: '' });
  });
});

describe('phrase lexicon entries', () => {
  it('are replaced in place, an entry shared by phrases mapped once', () => {
    const L = new PhraseLexicon<{ id: string }>();
    const shared = { id: 'month' };
    L.add('مايو', shared);
    L.add('أيار', shared);
    L.add('في الشهر', { id: 'fw' });
    const tokens = tokenize(normalize('مايو أيار في الشهر').text);
    expect(L.longestAt(tokens, 0)?.entries[0]).toBe(shared);
    let calls = 0;
    L.mapEntries((e) => ({ id: e.id.toUpperCase(), calls: ++calls }) as { id: string });
    expect(calls).toBe(2);
    const a = L.longestAt(tokens, 0)!.entries[0], b = L.longestAt(tokens, 1)!.entries[0];
    expect(a).toBe(b);
    expect(a.id).toBe('MONTH');
    expect(L.longestAt(tokens, 2)).toMatchObject({ entries: [{ id: 'FW' }], last: 4 });
  });
});

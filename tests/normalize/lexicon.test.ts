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

describe('words kept whole', () => {
  it('are read only as written: no proclitic is stripped from them, and other words keep theirs', () => {
    const L = new PhraseLexicon<string>();
    L.add('يصل', 'arrives');
    L.add('فيصل', 'name');
    L.add('بحث', 'discussed');
    const tokens = tokenize(normalize('فيصل وبحث').text);
    expect(L.startsOf('فيصل').map((s) => s.clitic)).toEqual(['', 'ف']);
    L.keepWhole(new Set(['فيصل']));
    // The answer cached before is dropped with the change.
    expect(L.startsOf('فيصل').map((s) => s.clitic)).toEqual(['']);
    expect(L.longestAt(tokens, 0)).toMatchObject({ entries: ['name'], clitic: '' });
    expect(L.longestAt(tokens, 1)).toMatchObject({ entries: ['discussed'], clitic: 'و' });
    const only = new PhraseLexicon<string>();
    only.add('يصل', 'arrives');
    only.keepWhole(new Set(['فيصل']));
    expect(only.longestAt(tokens, 0)).toBeNull();
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

describe('phrase lexicon from a snapshot', () => {
  /** A lexicon through its snapshot as the build writes it and a run reads it: JSON text. */
  const throughSnapshot = <T>(L: PhraseLexicon<T>, revive?: (e: T) => T) => PhraseLexicon.fromSnapshot<T>(JSON.parse(JSON.stringify(L.snapshot())), revive);
  const phrase = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  const text = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...VOCAB) }, { weight: 1, arbitrary: fc.constantFrom('،', '2019') }), { maxLength: 14 });

  it('answers every lookup, in any order, as the lexicon it was made from', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.nat(5)), { maxLength: 14 }), text, fc.array(fc.nat(), { maxLength: 20 }), (entries, pieces, order) => {
        const L = new PhraseLexicon<{ n: number }>();
        const objs = [0, 1, 2, 3, 4, 5].map((n) => ({ n }));
        for (const [p, n] of entries) L.add(p, objs[n]);
        const U = throughSnapshot(L);
        const tokens = tokenize(normalize(pieces.join(' ')).text);
        // Lookups in a random order, so that nodes are unpacked in any order, some never.
        const at = tokens.length ? order.map((k) => k % tokens.length) : [];
        for (const i of [...at, ...tokens.keys()]) {
          expect(U.longestAt(tokens, i)).toEqual(L.longestAt(tokens, i));
          expect(U.longestAt(tokens, i, false)).toEqual(L.longestAt(tokens, i, false));
          if (tokens[i].kind !== 'word') continue;
          expect(U.startsOf(tokens[i].text)).toEqual(L.startsOf(tokens[i].text));
          expect(U.hasWord(tokens[i].text)).toBe(L.hasWord(tokens[i].text));
        }
        // Whatever was unpacked, the whole is the same trie, in the same order, shared entries still shared.
        expect(U.pack()).toEqual(L.pack());
        const found = tokens.flatMap((_, i) => U.longestAt(tokens, i)?.entries ?? []);
        for (const e of found) expect(found.filter((x) => x.n === e.n).every((x) => x === e)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes new phrases after lookups, as the lexicon it was made from does', () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 10 }), fc.array(phrase, { minLength: 1, maxLength: 4 }), text, (before, after, pieces) => {
        const L = new PhraseLexicon<string>();
        for (const p of before) L.add(p, `b:${p}`);
        const U = throughSnapshot(L);
        const tokens = tokenize(normalize(pieces.join(' ')).text);
        for (let i = 0; i < tokens.length; i++) U.longestAt(tokens, i);
        for (const p of after) {
          L.add(p, `a:${p}`);
          U.add(p, `a:${p}`);
        }
        expect(U.pack()).toEqual(L.pack());
        for (let i = 0; i < tokens.length; i++) expect(U.longestAt(tokens, i)).toEqual(L.longestAt(tokens, i));
      }),
      { numRuns: 200 },
    );
  });

  it('revives each entry once, as it is first reached', () => {
    const L = new PhraseLexicon<{ id: string; x?: number }>();
    const shared = { id: 'month', x: undefined };
    L.add('مايو', shared);
    L.add('أيار', shared);
    L.add('في الشهر', { id: 'fw' });
    const revived: string[] = [];
    const U = throughSnapshot(L, (e) => {
      revived.push(e.id);
      return { id: e.id, x: undefined };
    });
    expect(revived).toEqual([]);
    const tokens = tokenize(normalize('مايو أيار').text);
    const a = U.longestAt(tokens, 0)!.entries[0], b = U.longestAt(tokens, 1)!.entries[0];
    expect(a).toBe(b);
    // JSON dropped the undefined field; revive gave it back.
    expect(Object.keys(a)).toEqual(['id', 'x']);
    expect(revived).toEqual(['month']);
    expect(U.pack().entries.map((e) => e.id)).toEqual(['month', 'fw']);
    expect(revived).toEqual(['month', 'fw']);
  });

  it('is one line per first word and per entry', () => {
    const L = new PhraseLexicon<string>();
    L.add('وزير الخارجية', 'fm');
    L.add('وزير', 'minister');
    L.add('في', 'fw');
    const s = L.snapshot();
    expect(s.words.split('\n')).toEqual(['وزير', 'في']);
    expect(s.nodes.split('\n').map((n) => JSON.parse(n))).toEqual([[[0], [['الخارجيه', [1], 0]]], [[2], 0]]);
    expect(s.entries.split('\n').map((e) => JSON.parse(e))).toEqual(['minister', 'fm', 'fw']);
    expect(PhraseLexicon.fromSnapshot(JSON.parse(JSON.stringify(new PhraseLexicon<string>().snapshot()))).pack()).toEqual({ entries: [], trie: [] });
  });
});

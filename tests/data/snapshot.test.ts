// The build-time data snapshot: when a run may trust it, and that what it keeps compiles to the same lexicons.
import { describe, expect, it } from 'vitest';
import { compileParsed, packPhrases } from '../../src/data/compile.js';
import { parseSources } from '../../src/data/load.js';
import { decodeSnapshot, encodeSnapshot, hashSources, sameStamps, type Snapshot } from '../../src/data/snapshot.js';
import { PhraseLexicon } from '../../src/normalize/lexicon.js';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { builtinSources } from '../helpers/data.js';

describe('data snapshot key', () => {
  const sources = builtinSources();

  it('hashes the same texts the same, in any order, and tells one changed character', () => {
    const h = hashSources(sources);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(hashSources([...sources].reverse())).toBe(h);
    const edited = sources.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('ا', 'أ') } : s));
    expect(hashSources(edited)).not.toBe(h);
    const renamed = sources.map((s, i) => (i === 0 ? { ...s, name: s.name + 'x' } : s));
    expect(hashSources(renamed)).not.toBe(h);
    // The same characters split differently between two files are other data.
    const moved = [
      { name: 'a', path: 'a', text: 'xy' },
      { name: 'b', path: 'b', text: 'z' },
    ];
    expect(hashSources(moved)).not.toBe(hashSources([{ ...moved[0], text: 'x' }, { ...moved[1], text: 'yz' }]));
  });

  it('trusts stamps only when every file has its size and time', () => {
    const a = [
      { name: 'actors.yaml', size: 10, mtimeMs: 5 },
      { name: 'calendar.yaml', size: 7, mtimeMs: 6 },
    ];
    expect(sameStamps(a, a.map((x) => ({ ...x })))).toBe(true);
    expect(sameStamps(a, [a[0], { ...a[1], mtimeMs: 6.5 }])).toBe(false);
    expect(sameStamps(a, [a[0], { ...a[1], size: 8 }])).toBe(false);
    expect(sameStamps(a, [a[0]])).toBe(false);
  });
});

describe('data snapshot file', () => {
  it('gives back what was written, Arabic included, from two bytes a character', () => {
    const snap: Snapshot = { hash: '0123456789abcdef', stamps: [{ name: 'actors.yaml', size: 3, mtimeMs: 1.5 }], parsed: { names: { first_names: ['محمد', 'عبد الله'] } }, phrases: { temporal: { entries: '', words: '', nodes: '' }, events: { entries: '{"t":"plain"}', words: 'في', nodes: '[[0],0]' }, firstNames: ['محمد'] } };
    const bytes = encodeSnapshot(snap);
    expect(bytes.length).toBe(2 * JSON.stringify(snap).length);
    expect(decodeSnapshot(bytes)).toStrictEqual(snap);
    // A file in another encoding is refused, not misread: the run then reads the YAML.
    expect(() => decodeSnapshot(Buffer.from(JSON.stringify(snap), 'utf8'))).toThrow();
  });
});

describe('packed phrase lexicons', () => {
  it('give back the same trie, with shared entries still shared', () => {
    const shared = { t: 'x' };
    const L = new PhraseLexicon<object>();
    L.add('وزير الخارجية', shared);
    L.add('وزير', shared);
    L.add('وزير الدولة', { t: 'y' });
    const packed = JSON.parse(JSON.stringify(L.snapshot()));
    expect(packed.entries.split('\n').map((e: string) => JSON.parse(e))).toEqual([{ t: 'x' }, { t: 'y' }]);
    const U = PhraseLexicon.fromSnapshot<object>(packed);
    const toks = tokenize(normalize('ووزير الخارجية ووزير الدولة').text);
    const a = U.longestAt(toks, 0)!, b = U.longestAt(toks, 2)!;
    expect([a.last, a.clitic, b.last]).toEqual([2, 'و', 4]);
    // "وزير" alone and "وزير الخارجية" share one entry object, as they did before packing.
    expect(U.longestAt(tokenize(normalize('وزير').text), 0)!.entries[0]).toBe(a.entries[0]);
    expect(U.pack()).toEqual(L.pack());
  });

  it('compile to the lexicons the data compiles to', () => {
    const parsed = parseSources(builtinSources());
    const fresh = compileParsed(parsed);
    const packed = JSON.parse(JSON.stringify(packPhrases(fresh)));
    const restored = compileParsed(parsed, undefined, packed);
    expect(packPhrases(restored)).toStrictEqual(packPhrases(fresh));
    expect(restored.temporal.barePlural).toEqual(fresh.temporal.barePlural);
    expect([...restored.events.firstNames]).toEqual([...fresh.events.firstNames]);
    expect(restored.events.firstNames.size).toBeGreaterThan(300);
    expect([...restored.events.holders]).toEqual([...fresh.events.holders]);
    // A sizeable lexicon, so that an empty pack cannot pass.
    expect(packed.events.words.split('\n').length).toBeGreaterThan(1000);
  });
});

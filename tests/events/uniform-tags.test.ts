// Event tags are given one shape (see uniformEventTag): the values a reader sees must be the kind's own, nothing more.
import { describe, expect, it } from 'vitest';
import { defined } from '../helpers/shape.js';
import { builtinSources } from '../helpers/data.js';
import { compileParsed, packPhrases } from '../../src/data/compile.js';
import { parseSources } from '../../src/data/load.js';
import { eventPhrasesAsWritten, uniformEventTag, type ETag, type EventData } from '../../src/events/lexicon.js';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';

const SHAPE = Object.keys(uniformEventTag({ t: 'light' } as ETag)).join();
const parsed = parseSources(builtinSources());

describe('uniform event tags', () => {
  it('keep every field of every tag of the data and add only undefined ones', () => {
    const raw = eventPhrasesAsWritten(parsed as unknown as EventData).pack().entries;
    const kinds = new Set(raw.map((t) => t.t));
    // Every kind the data writes, not a handful: a field a new kind brings must be in the shape.
    expect(kinds.size).toBeGreaterThan(25);
    for (const tag of raw) {
      const u = uniformEventTag(tag);
      expect(defined(u)).toEqual(defined(tag));
      expect(Object.keys(u).join()).toBe(SHAPE);
    }
  });

  it('are what the compiled lexicon tags mentions with', () => {
    const events = compileParsed(parsed).events;
    const tokens = tokenize(normalize('التقى وزير الخارجية القطري نظيره الأمريكي في واشنطن').text);
    let seen = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const tag of events.phrases.longestAt(tokens, i)?.entries ?? []) {
        expect(Object.keys(tag).join()).toBe(SHAPE);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(3);
  });
});

describe('uniform event tags from the build-time snapshot', () => {
  it('come back in one shape, though JSON drops their undefined fields', () => {
    const packed = JSON.parse(JSON.stringify(packPhrases(compileParsed(parsed))));
    const entries = compileParsed(parsed, undefined, packed).events.phrases.pack().entries;
    expect(entries.length).toBeGreaterThan(100);
    for (const tag of entries) expect(Object.keys(tag).join()).toBe(SHAPE);
  });
});

describe('countries and actors of the compiled lexicon', () => {
  const data = parsed as unknown as EventData;
  const events = compileParsed(parsed).events;

  it('have one field order each, whatever the YAML wrote', () => {
    expect(new Set([...events.countries.values()].map((c) => Object.keys(c).join())).size).toBe(1);
    expect(new Set([...events.actors.values()].map((a) => Object.keys(a).join())).size).toBe(1);
    // The data does write them in several shapes: the test would pass by chance otherwise.
    expect(new Set(data.countries.countries.map((c) => Object.keys(c).join())).size).toBeGreaterThan(1);
    expect(new Set(data.actors.actors.map((a) => Object.keys(a).join())).size).toBeGreaterThan(1);
  });

  it('keep every value the data gives', () => {
    for (const c of data.countries.countries) expect(defined(events.countries.get(c.code)!)).toEqual(c);
    for (const a of data.actors.actors) expect(defined(events.actors.get(a.id)!)).toEqual(a);
  });
});

// Date tags are given one shape (see uniformTag): the values a reader sees must be the kind's own, nothing more.
import { describe, expect, it } from 'vitest';
import { defined } from '../helpers/shape.js';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { temporalPhrasesAsWritten, uniformTag, type TTag } from '../../src/temporal/lexicon.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtinSources, ROOT } from '../helpers/data.js';
import { compileParsed, packPhrases } from '../../src/data/compile.js';
import { parseSources } from '../../src/data/load.js';
import { temporalLexicon } from './lexicon.js';


describe('uniform date tags', () => {
  it('keep every field of every tag of the data and add only undefined ones', () => {
    const file = (name: string) => parse(readFileSync(join(ROOT, 'data', `${name}.yaml`), 'utf8')) as never;
    const raw = temporalPhrasesAsWritten(file('calendar'), file('relative'), file('tense')).pack().entries;
    expect(raw.length).toBeGreaterThan(20);
    const keys = new Set<string>();
    for (const tag of raw) {
      const u = uniformTag(tag);
      expect(defined(u)).toEqual(defined(tag));
      keys.add(Object.keys(u).join());
    }
    // One field order for all: one hidden class.
    expect(keys.size).toBe(1);
  });

  it('are what the compiled lexicon tags items with', () => {
    const lex = temporalLexicon();
    const tokens = tokenize(normalize('الخميس الماضي في مايو').text);
    for (let i = 0; i < tokens.length; i++) {
      for (const tag of lex.phrases.longestAt(tokens, i)?.entries ?? []) expect(Object.keys(tag)).toEqual(Object.keys(uniformTag({ t: 'quarter' } as TTag)));
    }
  });
});

describe('uniform date tags from the build-time snapshot', () => {
  it('come back in one shape, though JSON drops their undefined fields', () => {
    const parsed = parseSources(builtinSources());
    const packed = JSON.parse(JSON.stringify(packPhrases(compileParsed(parsed))));
    const entries = compileParsed(parsed, undefined, packed).temporal.phrases.pack().entries;
    const shape = Object.keys(uniformTag({ t: 'quarter' } as TTag)).join();
    for (const tag of entries) expect(Object.keys(tag).join()).toBe(shape);
  });
});

// Random bytes through decode() and on into the pipeline, and sanitize() on any string: decode refuses only with
// BAD_INPUT, whatever it returns goes through processArticle, and nothing sanitize returns can steer a terminal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarikhError } from '../../src/errors.js';
import { decode, ENCODINGS } from '../../src/ingest/decode.js';
import { processArticle } from '../../src/pipeline.js';
import { sanitize } from '../../src/render/terminal.js';
import { data } from '../helpers/data.js';
import { arabicText, INVISIBLE, SEED, unicodeText } from './arbitraries.js';

const enc = new TextEncoder();
const windows1256 = (() => {
  const table = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const back = new Map<string, number>();
  [...table].forEach((ch, i) => back.set(ch, i));
  return (s: string) => Uint8Array.from([...s].flatMap((ch) => (back.has(ch) ? [back.get(ch)!] : [])));
})();

/** Bytes as files come: random, text in every encoding tarikh reads, with BOMs, truncated or with bytes flipped. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.uint8Array({ minLength: 1, maxLength: 400, min: 0x80, max: 0xff }),
  arabicText.map((s) => enc.encode(s)),
  arabicText.map((s) => new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(s)])),
  arabicText.map((s) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')])),
  arabicText.map((s) => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return new Uint8Array([0xfe, 0xff, ...b]);
  }),
  arabicText.map(windows1256),
  fc.tuple(fc.oneof(arabicText, unicodeText), fc.nat(), fc.uint8Array({ maxLength: 8 })).map(([s, at, junk]) => {
    const b = enc.encode(s);
    const k = b.length ? at % b.length : 0;
    return new Uint8Array([...b.subarray(0, k), ...junk, ...b.subarray(k)]);
  }),
);

const published = '2017-05-31';

describe('decode() on random bytes', () => {
  it('returns text or refuses with BAD_INPUT, and the text goes through processArticle', () => {
    fc.assert(
      fc.property(bytes, fc.option(fc.constantFrom(...ENCODINGS), { nil: undefined }), (b, forced) => {
        let text: string;
        try {
          text = decode(b, 'f.txt', forced).text;
        } catch (e) {
          expect(e).toBeInstanceOf(TarikhError);
          expect((e as TarikhError).code).toBe('BAD_INPUT');
          return;
        }
        expect(typeof text).toBe('string');
        if (text.trim() === '') return;
        try {
          const r = processArticle({ id: 'f', source: 'f.txt', text, published }, data(), { statements: true });
          for (const m of r.dates) expect(text.slice(m.start_offset, m.end_offset)).toBe(m.text);
          for (const c of r.contacts) for (const s of c.sources) expect(text.slice(s.start, s.end)).toBe(s.sentence);
        } catch (e) {
          // Front matter with nothing after it is the only refusal left with a date given.
          expect(e).toBeInstanceOf(TarikhError);
          expect((e as TarikhError).code).toBe('BAD_INPUT');
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('reads valid UTF-8 back exactly (no BOM kept, nothing replaced)', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        fc.pre(!s.startsWith('\ufeff'));
        const b = enc.encode(s);
        let r;
        try {
          r = decode(b, 'f.txt');
        } catch (e) {
          // Only text that looks binary (NULs, many controls) is refused.
          expect((e as TarikhError).code).toBe('BAD_INPUT');
          expect(/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.test(s)).toBe(true);
          return;
        }
        expect(r.text).toBe(s);
        expect(r.encoding).toBe('utf-8');
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

// C0 and C1 controls (tab, line breaks and ESC included), DEL, and the bidi controls: embeddings, overrides,
// isolates, marks (LRM, RLM, ALM), line and paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Terminal escape sequences and control characters mixed into text. */
const hostile = fc
  .array(
    fc.oneof(
      unicodeText,
      arabicText,
      fc.constantFrom(...INVISIBLE),
      fc.constantFrom('\u001b[31m', '\u001b[2J', '\u001b]8;;http://x\u0007', '\u001b]0;title\u001b\\', '\u001b]52;c;AAAA', '\u009b31m', '\u001bc', '\u001b(0', '\u001b[?1049h', '\u001b', '\u001b[', '\u001b]', '\r', '\t', '\b', '\u0007'),
      fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    ),
    { maxLength: 12 },
  )
  .map((xs) => xs.join(''));

describe('sanitize() on any string', () => {
  it('leaves no control character, escape or bidi control', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (s) => {
        const out = sanitize(s);
        const bad = UNSAFE.exec(out);
        expect(bad, bad ? `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index} in ${JSON.stringify(out)}` : '').toBeNull();
        expect(sanitize(out)).toBe(out);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('keeps text that has nothing to remove', () => {
    fc.assert(
      fc.property(fc.oneof(arabicText, fc.string({ unit: 'grapheme', maxLength: 200 })), (s) => {
        fc.pre(!UNSAFE.test(s));
        expect(sanitize(s)).toBe(s);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

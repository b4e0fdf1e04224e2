import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/utf8.js';

describe('decodeUtf8', () => {
  it('gives what toString gives, for any bytes (valid UTF-8 or not)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (a) => {
      const b = Buffer.from(a);
      expect(decodeUtf8(b)).toBe(b.toString('utf8'));
    }), { numRuns: 2000 });
  });

  it('gives what toString gives, for any text (astral characters, a BOM, Arabic)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const b = Buffer.from('\uFEFFمصر' + s);
      expect(decodeUtf8(b)).toBe(b.toString('utf8'));
    }));
  });

  it('keeps an empty line empty', () => expect(decodeUtf8(Buffer.alloc(0))).toBe(''));
});

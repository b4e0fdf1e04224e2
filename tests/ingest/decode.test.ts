import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { TarikhError } from '../../src/errors.js';

const ARABIC = 'بحث وزير الخارجية القطري ونظيره الأمريكي، الثلاثاء، تعزيز التعاون.';

function cp1256(s: string): Uint8Array {
  // windows-1256 encoder for the Arabic letters and ASCII used in these tests (the decoder is ICU's).
  const table = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const back = new Map<string, number>();
  [...table].forEach((ch, i) => back.set(ch, i));
  return Uint8Array.from([...s].map((ch) => {
    const b = back.get(ch);
    if (b === undefined) throw new Error(`not encodable: ${ch}`);
    return b;
  }));
}

describe('decode', () => {
  it('reads UTF-8 without and with a BOM', () => {
    const bytes = new TextEncoder().encode(ARABIC);
    expect(decode(bytes, 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decode(withBom, 'a.txt')).toEqual({ text: ARABIC, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.from('\ufeff' + ARABIC, 'utf16le');
    expect(decode(new Uint8Array(le), 'a.txt').text).toBe(ARABIC);
    expect(decode(new Uint8Array(le), 'a.txt').encoding).toBe('utf-16le');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decode(new Uint8Array(be), 'a.txt')).toMatchObject({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('falls back to windows-1256 for legacy Arabic', () => {
    const r = decode(cp1256(ARABIC), 'old.txt');
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(ARABIC);
  });

  it('refuses binary data with a reason naming the file', () => {
    const bin = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decode(bin, 'photo.png')).toThrowError(/photo\.png: not text \(binary data\)/);
  });

  it('refuses 8-bit text that is not Arabic', () => {
    const latin1 = Uint8Array.from([...'Grüße aus München, schöne Straße'].map((c) => c.charCodeAt(0)));
    try {
      decode(latin1, 'de.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TarikhError);
      expect((e as TarikhError).code).toBe('BAD_INPUT');
      expect((e as TarikhError).message).toMatch(/de\.txt: not text in a known encoding/);
    }
  });

  it('honours a forced encoding', () => {
    expect(decode(cp1256(ARABIC), 'x', 'windows-1256').text).toBe(ARABIC);
    expect(() => decode(cp1256(ARABIC), 'x', 'utf-8')).toThrowError(/not valid utf-8/);
  });
});

/**
 * Bytes to text. Strict UTF-8 first (with or without BOM), UTF-16 with a BOM, then windows-1256, the legacy Arabic
 * encoding of old sites and Word exports. Binary data and text in other encodings are refused rather than parsed
 * into garbage.
 */
import { TarikhError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** A byte-order mark was present (and removed). */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes never occur in text in a single-byte or UTF-8 encoding.
  const n = Math.min(bytes.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ctrl++;
  }
  return n > 0 && ctrl / n > 0.02;
}

/** Share of Arabic letters among letters: windows-1256 bytes decoded from another 8-bit encoding score low. */
function arabicShare(text: string): number {
  let ar = 0, letters = 0;
  for (let i = 0; i < text.length && i < 100000; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) {
      ar++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0 && c <= 0x24f) letters++;
  }
  return letters === 0 ? 0 : ar / letters;
}

export function decode(bytes: Uint8Array, source: string, forced?: Encoding): Decoded {
  if (forced) {
    try {
      const d = new TextDecoder(forced, { fatal: forced === 'utf-8', ignoreBOM: false });
      const text = d.decode(bytes);
      return { text, encoding: forced, bom: false };
    } catch {
      throw new TarikhError('BAD_INPUT', `${source}: not valid ${forced}`, { source, hint: 'drop --encoding to let tarikh detect it' });
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new TarikhError('BAD_INPUT', `${source}: not text (binary data)`, { source });
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    // not UTF-8: try the legacy Arabic code page
  }
  const text = new TextDecoder('windows-1256').decode(body);
  if (arabicShare(text) < 0.3) {
    throw new TarikhError('BAD_INPUT', `${source}: not text in a known encoding (not UTF-8, UTF-16 or windows-1256 Arabic)`, { source, hint: 'convert it to UTF-8, or force one with --encoding' });
  }
  return { text, encoding: 'windows-1256', bom: false };
}

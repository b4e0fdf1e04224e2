/**
 * Text that reaches a terminal: article text is data, so escape sequences, control characters and bidi controls
 * from the input are removed before anything is printed; only tarikh's own isolates and colors are interpreted.
 * Also: display width (Arabic marks take no column, wide CJK takes two) and bidi isolation of Arabic fields.
 */

// ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), and any other ESC + one char. All linear.
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const ESC_OTHER = /\u001b[@-Z\\-_]?/g;
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]/g;
// C0 except tab, C1, DEL, bidi embeddings/overrides/isolates/marks, line/paragraph separators.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Makes input text safe for a terminal: one line, no escapes, no controls. */
export function sanitize(s: string): string {
  return s.replace(CSI, '').replace(C1_CSI, '').replace(OSC, '').replace(ESC_OTHER, '').replace(/[\t\r\n]+/g, ' ').replace(CONTROLS, '');
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export function hasArabic(s: string): boolean {
  return ARABIC.test(s);
}

export const RLI = '\u2067';
export const PDI = '\u2069';

export type BidiMode = 'isolate' | 'visual' | 'none';

function isZeroWidth(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    // tarikh's own layout markers around Arabic fields (render/text.ts)
    c === 0xe000 ||
    c === 0xe001
  );
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal (colors ignored). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(SGR, '')) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || isZeroWidth(c)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

/** Cuts a plain string (no colors) to at most `max` columns, with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const cw = isZeroWidth(c) ? 0 : isWide(c) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Pads a plain string to `n` columns. */
export function padEnd(s: string, n: number): string {
  const w = displayWidth(s);
  return w >= n ? s : s + ' '.repeat(n - w);
}

/**
 * Arabic normalization for matching, with a map back to the original characters.
 *
 * Matching needs one spelling per word (أ/إ/آ/ا, ة/ه, ى/ي, no diacritics or tatweel, Western digits), but evidence
 * must quote the article exactly. So the normalized string carries, for every character, the span of original
 * characters it stands for; dropped marks (diacritics, tatweel, invisible controls) are absorbed into the span of
 * the character before them.
 */
import { Buffer } from 'node:buffer';

export interface NormText {
  readonly original: string;
  /** The matching form: same length or shorter than `original`, never longer except for expanded ligatures. */
  readonly text: string;
  /** For each character of `text`, the index in `original` where its source starts. */
  readonly starts: Int32Array;
  /** For each character of `text`, the index in `original` just after its source (and any marks it absorbed). */
  readonly ends: Int32Array;
}

const DROP = 0;
const EXPAND = 0xffff;

/**
 * code unit → replacement code unit, DROP, or EXPAND (NFKC, then normalize again), stored XOR the code unit
 * (read it as `TABLE[c] ^ c`): most units map to themselves, and a zeroed array is then already that identity,
 * where filling 65,536 entries one by one cost start-up a few milliseconds of interpreted loop. Built once.
 */
const TABLE: Uint16Array = buildTable();

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const put = (c: number, to: number) => {
    t[c] = to ^ c;
  };
  const drop = (a: number, b = a) => {
    for (let c = a; c <= b; c++) put(c, DROP);
  };
  const map = (to: string, ...from: number[]) => {
    for (const c of from) put(c, to.charCodeAt(0));
  };
  // Harakat, Quranic marks, superscript alef, tatweel: invisible to meaning in news text.
  drop(0x064b, 0x065f);
  drop(0x0670);
  drop(0x06d6, 0x06dc);
  drop(0x06df, 0x06e8);
  drop(0x06ea, 0x06ed);
  drop(0x0640);
  // Invisible format characters. Joiners and the soft hyphen sit inside words and vanish; bidi controls and the
  // zero-width space sit between words (scraped text puts them around names and numbers), so they become a space
  // rather than gluing their neighbours into one word.
  drop(0x200c, 0x200d);
  drop(0x2060, 0x2064);
  drop(0xfeff);
  drop(0x00ad);
  for (const c of [0x200b, 0x200e, 0x200f, 0x061c]) put(c, 0x20);
  for (let c = 0x202a; c <= 0x202e; c++) put(c, 0x20);
  for (let c = 0x2066; c <= 0x2069; c++) put(c, 0x20);
  // Alef and hamza seats: writers and keyboards vary.
  map('ا', 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673);
  map('و', 0x0624);
  map('ي', 0x0626, 0x0649, 0x06cc, 0x06d2);
  map('ه', 0x0629, 0x06d5);
  map('ك', 0x06a9);
  // Arabic-Indic and Persian digits.
  for (let d = 0; d < 10; d++) {
    put(0x0660 + d, 0x30 + d);
    put(0x06f0 + d, 0x30 + d);
  }
  map(',', 0x060c);
  map(';', 0x061b);
  map('?', 0x061f);
  map('%', 0x066a);
  map('.', 0x06d4);
  // Whitespace of every kind is one space; line breaks stay line breaks (they end sentences and datelines).
  for (const c of [0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) put(c, 0x20);
  for (let c = 0x2000; c <= 0x200a; c++) put(c, 0x20);
  put(0x2028, 0x0a);
  put(0x2029, 0x0a);
  for (let c = 0x41; c <= 0x5a; c++) put(c, c + 32);
  // Presentation forms (legacy PDFs and old sites): decompose through NFKC.
  for (let c = 0xfb50; c <= 0xfdff; c++) put(c, EXPAND);
  for (let c = 0xfe70; c <= 0xfefc; c++) put(c, EXPAND);
  // Full-width digits and Latin letters.
  for (let c = 0xff10; c <= 0xff19; c++) put(c, 0x30 + (c - 0xff10));
  // Surrogates pass through unchanged (emoji, rare scripts): they are not letters we match.
  return t;
}

/**
 * The NFKC decomposition of a presentation form, already through the table (marks in it dropped), by code unit.
 * Computed on first sight: few texts have any.
 */
const EXPANSIONS = new Map<number, string>();

function expansion(c: number): string {
  let x = EXPANSIONS.get(c);
  if (x === undefined) {
    x = '';
    const decomposed = String.fromCharCode(c).normalize('NFKC');
    for (let k = 0; k < decomposed.length; k++) {
      const u = decomposed.charCodeAt(k);
      const d = TABLE[u] ^ u;
      if (d !== DROP && d !== EXPAND) x += String.fromCharCode(d);
    }
    EXPANSIONS.set(c, x);
  }
  return x;
}

/**
 * The normalized code units, for one native decode into a string: building the string a unit at a time, or
 * spreading the units into String.fromCharCode, cost more than the rest of normalizing. Reused across calls (it
 * keeps the size of the longest text seen).
 */
let scratch = new Uint16Array(1 << 14);

/**
 * The original's code units, copied natively: charCodeAt in the loop cost more than the table lookup and the three
 * stores per character together.
 */
let source = new Uint16Array(1 << 14);

/** The code units of `s` in `room`, or in a larger array when it is too small (the caller keeps what it gets). */
export function codeUnits(s: string, room: Uint16Array<ArrayBuffer>): Uint16Array<ArrayBuffer> {
  const units = room.length < s.length ? new Uint16Array(2 * s.length) : room;
  const bytes = Buffer.from(units.buffer, units.byteOffset, 2 * s.length);
  bytes.write(s, 0, 'utf16le');
  if (BIG_ENDIAN) bytes.swap16();
  return units;
}

// Buffer decodes UTF-16 little-endian; a big-endian machine's code units must be swapped first.
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

/**
 * The offset maps of successive texts are carved out of shared slabs: an ArrayBuffer per text cost a third of
 * normalizing in a full run (allocation, zeroing, the collector's accounting of external memory). A slab is freed
 * once no map in it is alive, so a NormText kept for long keeps its slab (1 MB) alive with it.
 */
const SLAB_INTS = 1 << 18;
let slab = new Int32Array(SLAB_INTS);
let slabUsed = 0;

/** Room for `ints` map entries, never handed out before: in the current slab, or its own buffer for a long text. */
function mapRoom(ints: number): Int32Array {
  if (ints > SLAB_INTS >> 3) return new Int32Array(ints);
  if (slabUsed + ints > SLAB_INTS) {
    slab = new Int32Array(SLAB_INTS);
    slabUsed = 0;
  }
  const room = slab.subarray(slabUsed, slabUsed + ints);
  slabUsed += ints;
  return room;
}

/**
 * i ↦ i. Between two dropped or expanded characters every character stands for one original character at a fixed
 * shift, so that stretch of the maps is a slice of this array: copied natively, not written a character at a time,
 * and not copied at all for a text with no such character (most news), whose maps are views of it. Kept for texts up
 * to IDENTITY_KEEP characters; a longer one gets its own.
 */
let identity = new Int32Array(0);
const IDENTITY_KEEP = 1 << 18;

function identityFor(n: number): Int32Array {
  if (identity.length > n) return identity;
  let len = 1 << 14;
  while (len <= n) len *= 2;
  const id = new Int32Array(len);
  for (let i = 0; i < len; i++) id[i] = i;
  if (n <= IDENTITY_KEEP) identity = id;
  return id;
}

/** Normalizes a whole text and keeps the offset map. Linear in the input. */
export function normalize(original: string): NormText {
  const n = original.length;
  const id = identityFor(n);
  // Both maps in one room, made at the first dropped or expanded character: starts at 0, ends at `cap`. Only
  // expanded ligatures make the text longer than the original; they move the maps to a larger room.
  let cap = n + 16;
  let maps: Int32Array | null = null;
  if (scratch.length < cap) scratch = new Uint16Array(cap);
  let units = scratch;
  const src = (source = codeUnits(original, source));
  let k = 0;
  /** Where the stretch of one-to-one characters not yet in the maps starts. */
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    const m = TABLE[c] ^ c;
    if (m !== DROP && m !== EXPAND) {
      units[k++] = m;
      continue;
    }
    maps ??= mapRoom(2 * cap);
    copyRun(maps, cap, id, run, k, i - k);
    if (m === DROP) {
      if (k > 0 && maps[cap + k - 1] === i) maps[cap + k - 1] = i + 1;
    } else {
      const x = expansion(c);
      if (k + x.length + (n - i) > cap) {
        const grown = 2 * (k + x.length + (n - i));
        maps = grownMaps(maps, cap, k, grown);
        cap = grown;
        if (scratch.length < cap) scratch = grownUnits(scratch, k, cap);
        units = scratch;
      }
      for (let j = 0; j < x.length; j++, k++) {
        units[k] = x.charCodeAt(j);
        maps[k] = i;
        maps[cap + k] = i + 1;
      }
    }
    run = k;
  }
  const text = decodeUnits(units, k);
  if (maps === null) return { original, text, starts: id.subarray(0, k), ends: id.subarray(1, k + 1) };
  copyRun(maps, cap, id, run, k, n - k);
  return { original, text, starts: maps.subarray(0, k), ends: maps.subarray(cap, cap + k) };
}

/** The maps of normalized characters [from, to), each the original character `shift` further on. */
function copyRun(maps: Int32Array, cap: number, id: Int32Array, from: number, to: number, shift: number): void {
  // A short stretch is cheaper to write than to copy (a copy makes two views and two native calls).
  if (to - from < 64) {
    for (let k = from; k < to; k++) {
      maps[k] = k + shift;
      maps[cap + k] = k + shift + 1;
    }
    return;
  }
  maps.set(id.subarray(from + shift, to + shift), from);
  maps.set(id.subarray(from + shift + 1, to + shift + 1), cap + from);
}

/** The first `used` starts and ends of maps laid out for `cap`, in a new room laid out for `grown`. */
function grownMaps(maps: Int32Array, cap: number, used: number, grown: number): Int32Array {
  const room = new Int32Array(2 * grown);
  room.set(maps.subarray(0, used));
  room.set(maps.subarray(cap, cap + used), grown);
  return room;
}

function grownUnits(units: Uint16Array, used: number, cap: number): Uint16Array<ArrayBuffer> {
  const u = new Uint16Array(cap);
  u.set(units.subarray(0, used));
  return u;
}

function decodeUnits(units: Uint16Array, len: number): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, 2 * len);
  if (BIG_ENDIAN) bytes.swap16();
  return bytes.toString('utf16le');
}

/**
 * Normalizes a lexicon entry or a query the same way, without the map; spaces collapsed. Lexicons call this for
 * every form at load time, so it avoids the typed arrays of `normalize`.
 */
export function normalizeWord(s: string): string {
  // Most forms are normal already (lexicons derive forms from normalized stems): return them as they are.
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (TABLE[c] !== 0 || c === 0x0a || (c === 0x20 && (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20))) break;
  }
  if (i === n) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = TABLE[c] ^ c;
    if (m === DROP) continue;
    if (m === EXPAND) out += expansion(s.charCodeAt(i));
    else out += String.fromCharCode(m);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Maps a half-open span of the normalized text back to the original text. */
export function toOriginal(nt: NormText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < nt.starts.length ? nt.starts[start] : nt.original.length;
    return [at, at];
  }
  return [nt.starts[start], nt.ends[end - 1]];
}

/** The original characters behind a normalized span. */
export function originalSlice(nt: NormText, start: number, end: number): string {
  const [s, e] = toOriginal(nt, start, end);
  return nt.original.slice(s, e);
}

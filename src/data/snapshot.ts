/**
 * A build-time snapshot of the validated built-in data. YAML parsing of the gazetteers costs a few hundred
 * milliseconds, which every run would pay; the snapshot is their parsed, validated form as JSON. A run uses it only
 * while data/ is what was validated: the files' sizes and modification times are those recorded at build (a stat,
 * no reading), or else their texts still hash to the recorded hash (a checkout that touched them). Otherwise the
 * run parses the YAML. It also keeps the compiled phrase lexicons (every derived form, packed as a few long strings
 * that a run unpacks only as lookups reach them) and the first names.
 *
 * The file is JSON in UTF-16LE, not UTF-8: most of its text is Arabic, and decoding UTF-8 into the two-byte string
 * JSON.parse then reads cost some 30M instructions at every start-up, where UTF-16 is copied as it is.
 */
import { Buffer } from 'node:buffer';
import type { DataSource, PackedPhrases } from './compile.js';

export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

export interface Snapshot {
  hash: string;
  /** The data files as they were at build: a run that finds them so trusts the snapshot without reading them. */
  stamps: FileStamp[];
  parsed: Record<string, unknown>;
  /** The phrase lexicons compiled from `parsed`: deriving every form of every phrase is most of compiling. */
  phrases: PackedPhrases;
}

export function sameStamps(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i].name && x.size === b[i].size && x.mtimeMs === b[i].mtimeMs);
}

/**
 * A 64-bit hash of the data files (names and texts), as 16 hex digits: two independent 32-bit multiplicative lanes
 * over every UTF-16 unit. It detects an edited file, not a forged one, which is all a cache key must do; and it
 * spares the run loading node:crypto, which cost more than the hashing.
 */
export function hashSources(sources: readonly DataSource[]): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator no UTF-16 unit can fake: the same texts split differently hash differently.
    h1 = Math.imul(h1 ^ 0x10000, 2654435761);
    h2 = Math.imul(h2 ^ 0x10000, 1597334677);
  };
  for (const s of [...sources].sort((a, b) => a.name.localeCompare(b.name))) {
    feed(s.name);
    feed(s.text);
  }
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
}

/** The snapshot file's bytes (see above for the encoding). */
export function encodeSnapshot(snap: Snapshot): Buffer {
  return Buffer.from(JSON.stringify(snap), 'utf16le');
}

/** The snapshot from its file's bytes; throws on anything that is not one (another encoding, a truncated file). */
export function decodeSnapshot(bytes: Buffer): Snapshot {
  return JSON.parse(bytes.toString('utf16le')) as Snapshot;
}

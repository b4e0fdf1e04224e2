/**
 * JSON Lines split into lines straight from the bytes. node:readline decodes every chunk through a string decoder,
 * splits the text with a regular expression and glues partial lines as strings; an archive of 5 KB articles pays
 * for that on every line. Here each line is found by searching its newline in the bytes and decoded once, whole,
 * when it is taken: decoding a megabyte chunk's two hundred lines at once kept them all as strings while the first
 * were processed, long enough for the garbage collector to copy and promote them.
 *
 * The lines are readline's (`crlfDelay: Infinity`), so line numbers in messages do not change: LF, CRLF and a lone
 * CR each end a line, and a last line without a newline still counts. A newline byte is never part of a multi-byte
 * UTF-8 character, so cutting the bytes at one never splits a character.
 */

import { decodeUtf8 } from './utf8.js';

const LF = 0x0a;
const CR = '\r';

/** The bytes of a line, not yet decoded, and whether an LF ended it (else it is the input's last). */
export interface RawLine {
  bytes: Buffer;
  lf: boolean;
}

export class LineSplitter {
  /** The start of a line that has not ended yet, in the chunks it came in. */
  private pending: Buffer[] = [];

  /** The lines this chunk ends. */
  push(chunk: Buffer): RawLine[] {
    const lines: RawLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(LF); nl >= 0; nl = chunk.indexOf(LF, start)) {
      lines.push({ bytes: this.take(chunk, start, nl), lf: true });
      start = nl + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
    return lines;
  }

  /** The last line, when the input does not end with a newline. */
  end(): RawLine[] {
    return this.pending.length > 0 ? [{ bytes: this.take(Buffer.alloc(0), 0, 0), lf: false }] : [];
  }

  private take(chunk: Buffer, start: number, end: number): Buffer {
    if (this.pending.length === 0) return chunk.subarray(start, end);
    this.pending.push(chunk.subarray(start, end));
    const whole = Buffer.concat(this.pending);
    this.pending = [];
    return whole;
  }
}

/** The text lines of raw lines, each decoded as it is iterated. */
export function* textLines(raw: readonly RawLine[]): Generator<string> {
  for (const r of raw) yield* splitCr(decodeUtf8(r.bytes), r.lf);
}

/** A line ended by LF, or the last one: a CR before the LF is part of CRLF, any other CR ends a line of its own. */
function splitCr(text: string, beforeLf: boolean): string[] {
  const body = beforeLf && text.endsWith(CR) ? text.slice(0, -1) : text;
  return body.includes(CR) ? body.split(CR) : [body];
}

/** The lines of a byte stream, a chunk's at a time (strings from a stream with an encoding set are taken as UTF-8 text). */
export async function* splitLines(chunks: AsyncIterable<Buffer | Uint8Array | string>): AsyncGenerator<Iterable<string>> {
  const splitter = new LineSplitter();
  for await (const c of chunks) {
    const lines = splitter.push(typeof c === 'string' ? Buffer.from(c) : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    if (lines.length > 0) yield textLines(lines);
  }
  const last = splitter.end();
  if (last.length > 0) yield textLines(last);
}

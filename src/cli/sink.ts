/**
 * JSON Lines out, article by article: to stdout, or to a temporary file renamed into place at the end.
 *
 * Each article's records are encoded to UTF-8 as soon as they are written. Held as strings until the next flush (as
 * they were, 256 records at a time), some 13 KB of text an article outlived a young-generation collection or two,
 * was copied by each and then promoted; a profile of a corpus run put the collector's share at three times the
 * in-process pipeline's. Bytes sit outside the JavaScript heap, so holding them costs the collector nothing.
 */
import { appendFileSync, closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { atomicTemp, type InputFile, type Io } from './io.js';

/** Bytes gathered before a write: few system calls, and a pipe's reader still gets a steady stream. */
const FLUSH_BYTES = 256 << 10;

export interface LineSink {
  /** One article's records (or a skipped input's), a line each. */
  write(records: readonly object[]): void;
  /** Resolves when the output can take more (null at once unless the reader is behind). */
  drained(): Promise<void> | null;
  close(): void;
  abort(): void;
}

/** The lines of some records, as one string. */
export function recordLines(records: readonly object[]): string {
  let s = '';
  for (const r of records) s += JSON.stringify(r) + '\n';
  return s;
}

export function lineSink(io: Io, output: string | undefined, inputs: readonly InputFile[]): LineSink {
  const tmp = output ? atomicTemp(resolve(io.cwd, output), inputs) : null;
  let fd = tmp ? openSync(tmp.path, 'a') : null;
  let chunks: Buffer[] = [];
  let size = 0;
  // A pipe to a slower reader (gzip, a network) fills up: wait for it rather than queue the archive in memory.
  let full = false;
  const flush = () => {
    if (size === 0) return;
    const chunk = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
    chunks = [];
    size = 0;
    if (fd !== null) appendFileSync(fd, chunk);
    else if (io.stdout.write(chunk) === false && io.stdout.once) full = true;
  };
  const closeFd = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(records) {
      const bytes = Buffer.from(recordLines(records));
      chunks.push(bytes);
      size += bytes.length;
      if (size >= FLUSH_BYTES) flush();
    },
    drained() {
      if (!full) return null;
      full = false;
      return new Promise((res) => io.stdout.once!('drain', res));
    },
    close() {
      flush();
      closeFd();
      tmp?.commit();
    },
    abort() {
      chunks = [];
      size = 0;
      closeFd();
      tmp?.discard();
    },
  };
}

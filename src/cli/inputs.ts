/**
 * Inputs as a stream of units, one article each, read lazily: files (directories expanded recursively), "-" for
 * stdin, and JSON Lines corpora (`.jsonl`/`.ndjson`, or stdin with --input-format jsonl), one article per line
 * `{"id", "text", "published", "url"?, "title"?}`. Nothing is held longer than it takes to process it.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { articleIds, expandInputs, readBytes, type InputFile, type Io } from './io.js';
import { splitLines } from './lines.js';

export interface Unit {
  /** Position in the input order: results are put back in this order whatever the parallelism. */
  seq: number;
  id: string;
  source: string;
  /** Raw bytes of a file (decoded by the worker), or the text of a JSON Lines record. */
  bytes?: Uint8Array;
  text?: string;
  published?: string;
  url?: string;
  title?: string;
  /** Set when the input could not even be read; the unit is reported as skipped. */
  error?: string;
}

export const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const ARTICLE_AND_JSONL = new Set(['.txt', '.md', '.jsonl', '.ndjson']);

function isJsonl(f: InputFile): boolean {
  return f.path !== null && JSONL_EXTENSIONS.has(f.path.slice(f.path.lastIndexOf('.')).toLowerCase());
}

/** One JSON Lines record to a unit (or an error unit naming file and line). */
function recordUnit(line: string, lineNo: number, source: string, seq: number): Unit {
  const where = `${source}:${lineNo}`;
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return { seq, id: where, source: where, error: 'not valid JSON' };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { seq, id: where, source: where, error: 'a JSON Lines article must be an object {"id", "text", "published"}' };
  const r = o as Record<string, unknown>;
  if (typeof r.text !== 'string') return { seq, id: where, source: where, error: 'no "text" (a string)' };
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : where;
  return {
    seq,
    id,
    source: where,
    text: r.text,
    published: typeof r.published === 'string' ? r.published : undefined,
    url: typeof r.url === 'string' ? r.url : undefined,
    title: typeof r.title === 'string' ? r.title : undefined,
  };
}

async function* jsonlLines(stream: AsyncIterable<Buffer | string>, source: string, next: () => number): AsyncGenerator<Unit> {
  let lineNo = 0;
  for await (const lines of splitLines(stream)) {
    for (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      yield recordUnit(line, lineNo, source, next());
    }
  }
}

export interface InputOptions {
  /** Read stdin as JSON Lines. */
  stdinJsonl: boolean;
}

/** The inputs as units, in order. Problems listing inputs (missing files, empty directories) come out as error units. */
export async function* readUnits(inputs: readonly string[], io: Io, opts: InputOptions): AsyncGenerator<Unit> {
  const { files, problems } = expandInputs(inputs, io.cwd, ARTICLE_AND_JSONL);
  let seq = 0;
  const next = () => seq++;
  for (const p of problems) yield { seq: next(), id: p.source, source: p.source, error: p.reason };
  const plain = files.filter((f) => !isJsonl(f) && !(f.path === null && opts.stdinJsonl));
  const ids = articleIds(plain);
  const idOf = new Map(plain.map((f, i) => [f, ids[i]]));
  for (const f of files) {
    if (f.path === null && opts.stdinJsonl) {
      const stdin = io.stdinStream ? io.stdinStream() : Readable.from([Buffer.from(await io.readStdin())]);
      yield* jsonlLines(stdin as AsyncIterable<Buffer | string>, 'stdin', next);
      continue;
    }
    if (isJsonl(f)) {
      // Big reads: fewer chunks to go through the stream machinery, and fewer lines cut across two of them.
      yield* jsonlLines(createReadStream(f.path!, { highWaterMark: 1 << 20 }), f.source, next);
      continue;
    }
    const id = idOf.get(f)!;
    try {
      const bytes = f.path === null ? await io.readStdin() : readBytes(f, null);
      yield { seq: next(), id, source: f.source, bytes };
    } catch (e) {
      yield { seq: next(), id, source: f.source, error: (e as Error).message.replace(`${f.source}: `, '') };
    }
  }
}

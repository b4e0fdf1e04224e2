/**
 * Shared by the commands: loading data, reading inputs into articles, choosing the output, reporting skips,
 * and the exit statuses (0 success, 1 usage error, 2 no usable input, 3 partial run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileParsed, type Data } from '../data/compile.js';
import { hashSources, type Snapshot } from '../data/snapshot.js';
import { decode, ENCODINGS, type Encoding } from '../ingest/decode.js';
import { TarikhError, isTarikhError } from '../errors.js';
import { processArticle, type ArticleResult } from '../pipeline.js';
import type { Skipped } from '../timeline/types.js';
import { articleIds, expandInputs, PACKAGE_ROOT, readBytes, readDataSources, type InputFile, type Io } from './io.js';

export const EXIT = { ok: 0, usage: 1, noInput: 2, partial: 3 } as const;

export class UsageError extends Error {}

export interface CommonOptions {
  published?: string;
  data?: string;
  encoding?: string;
  debug?: boolean;
}

/** The data: from the build-time snapshot while data/ is unchanged and no --data is given, else from the YAML. */
export async function loadData(opts: CommonOptions): Promise<Data> {
  const sources = readDataSources(opts.data);
  if (!opts.data) {
    const file = join(PACKAGE_ROOT, 'dist', 'data-snapshot.json');
    if (existsSync(file)) {
      try {
        const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
        if (snap.hash === hashSources(sources)) return compileParsed(snap.parsed);
      } catch {
        // an unreadable snapshot is only a lost shortcut
      }
    }
  }
  // The YAML parser is only loaded on this slow path.
  const { compileData } = await import('../data/load.js');
  return compileData(sources);
}

export function checkEncoding(e: string | undefined): Encoding | undefined {
  if (e === undefined) return undefined;
  const v = e.toLowerCase().replace(/^cp/, 'windows-').replace(/^utf8$/, 'utf-8').replace(/^utf16le$/, 'utf-16le').replace(/^utf16be$/, 'utf-16be');
  if (!(ENCODINGS as readonly string[]).includes(v)) throw new TarikhError('BAD_OPTION', `--encoding: unknown encoding "${e}"`, { hint: `use one of ${ENCODINGS.join(', ')}` });
  return v as Encoding;
}

export interface Processed {
  results: ArticleResult[];
  skipped: Skipped[];
  files: InputFile[];
}

/** Reads and processes every input; a bad input is skipped with its reason, never fatal to the run. */
export async function processInputs(inputs: readonly string[], io: Io, data: Data, opts: CommonOptions & { statements: boolean }): Promise<Processed> {
  const { files, problems } = expandInputs(inputs, io.cwd);
  const skipped: Skipped[] = problems.map((p) => ({ source: p.source, reason: p.reason }));
  const needStdin = files.some((f) => f.path === null);
  const stdin = needStdin ? await io.readStdin() : null;
  const ids = articleIds(files);
  const encoding = checkEncoding(opts.encoding);
  const results: ArticleResult[] = [];
  files.forEach((f, i) => {
    try {
      const bytes = readBytes(f, stdin);
      if (bytes.length === 0) throw new TarikhError('BAD_INPUT', `${f.source}: empty article`, { source: f.source });
      const { text } = decode(bytes, f.source, encoding);
      results.push(processArticle({ id: ids[i], source: f.source, text, published: opts.published }, data, { statements: opts.statements }));
    } catch (e) {
      if (isTarikhError(e)) skipped.push({ source: f.source, reason: e.message.startsWith(f.source) ? e.message.slice(f.source.length).replace(/^:\s*/, '') + (e.hint ? ` (${e.hint})` : '') : e.message });
      else {
        // A bug must not cost the user the rest of the run; --debug shows the stack.
        skipped.push({ source: f.source, reason: `internal error: ${(e as Error).message}` + (opts.debug ? `\n${(e as Error).stack}` : ' (run with --debug for details)') });
      }
    }
  });
  return { results, skipped, files };
}

export function exitFor(p: Processed): number {
  if (p.results.length === 0) return EXIT.noInput;
  if (p.skipped.length > 0) return EXIT.partial;
  return EXIT.ok;
}

/** One line per skipped input on stderr, so a partial run is never silent. */
export function reportSkipped(io: Io, skipped: readonly Skipped[]): void {
  for (const s of skipped) io.stderr.write(`tarikh: skipped ${s.source}: ${s.reason}\n`);
}

export function terminalWidth(io: Io): number {
  const env = Number(io.env.COLUMNS);
  if (Number.isFinite(env) && env >= 20) return Math.min(env, 400);
  if (io.stdout.isTTY && io.stdout.columns && io.stdout.columns >= 20) return io.stdout.columns;
  return 100;
}

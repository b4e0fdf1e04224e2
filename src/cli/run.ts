/**
 * Shared by the commands: loading data, reading inputs into articles, choosing the output, reporting skips,
 * and the exit statuses (0 success, 1 usage error, 2 no usable input, 3 partial run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileParsed, type Data } from '../data/compile.js';
import { decodeSnapshot, hashSources, sameStamps } from '../data/snapshot.js';
import { ENCODINGS, type Encoding } from '../ingest/decode.js';
import { TarikhError } from '../errors.js';
import { sanitize } from '../render/terminal.js';
import { PACKAGE_ROOT, readDataSources, stampDataFiles, type Io } from './io.js';

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
  if (!opts.data) {
    const file = join(PACKAGE_ROOT, 'dist', 'data-snapshot.json');
    if (existsSync(file)) {
      try {
        const snap = decodeSnapshot(readFileSync(file));
        if (sameStamps(snap.stamps, stampDataFiles()) || snap.hash === hashSources(readDataSources())) return compileParsed(snap.parsed, undefined, snap.phrases);
      } catch {
        // an unreadable snapshot is only a lost shortcut
      }
    }
  }
  const sources = readDataSources(opts.data);
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

export function terminalWidth(io: Io): number {
  const env = Number(io.env.COLUMNS);
  // Below 40 columns nothing readable fits a date label and a name: narrower terminals get 40.
  if (Number.isFinite(env) && env > 0) return Math.min(Math.max(env, 40), 400);
  if (io.stdout.isTTY && io.stdout.columns) return Math.min(Math.max(io.stdout.columns, 40), 400);
  return 100;
}

/**
 * A message on stderr. File names and reasons can carry text from the input (a file named with an escape sequence,
 * a JSON Lines id), so every line is made safe for the terminal first.
 */
export function say(io: Io, msg: string): void {
  io.stderr.write(msg.split('\n').map(sanitize).join('\n') + '\n');
}

/**
 * Everything that touches the outside world: the process streams, files, the package's own folders. Commands get
 * an `Io` so tests can run them in-process with fake streams, and the real CLI passes the process.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TarikhError } from '../errors.js';

export interface Io {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readStdin(): Promise<Uint8Array>;
  /** Standard input as a stream, for JSON Lines read line by line. */
  stdinStream?: () => NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdinStream: () => process.stdin,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** The installed package's root (where data/ and seeds/ live), whatever the current directory is. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = join(PACKAGE_ROOT, 'seeds');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export interface InputFile {
  /** As the user wrote it (or "-"). */
  source: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
}

/** Files under a directory (recursive), sorted, that look like articles. */
export function listArticles(dir: string, exts: ReadonlySet<string> = ARTICLE_EXTENSIONS): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (exts.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface Expanded {
  files: InputFile[];
  problems: Array<{ source: string; reason: string }>;
}

/** Inputs (files, directories, "-") to article files. Missing or unreadable inputs are reported, not fatal. */
export function expandInputs(inputs: readonly string[], cwd: string, exts: ReadonlySet<string> = ARTICLE_EXTENSIONS): Expanded {
  const files: InputFile[] = [];
  const problems: Expanded['problems'] = [];
  for (const inp of inputs) {
    if (inp === '-') {
      files.push({ source: '-', path: null });
      continue;
    }
    const p = resolve(cwd, inp);
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ source: inp, reason: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})` });
      continue;
    }
    if (st.isDirectory()) {
      let found: string[];
      try {
        found = listArticles(p, exts);
      } catch (e) {
        problems.push({ source: inp, reason: `cannot list the directory (${(e as NodeJS.ErrnoException).code})` });
        continue;
      }
      if (found.length === 0) problems.push({ source: inp, reason: `no articles in this directory (looked for ${[...exts].join(', ')} files)` });
      for (const f of found) files.push({ source: relative(cwd, f) || f, path: f });
    } else files.push({ source: inp, path: p });
  }
  return { files, problems };
}

export function readBytes(f: InputFile, stdin: Uint8Array | null): Uint8Array {
  if (f.path === null) return stdin ?? new Uint8Array();
  try {
    return new Uint8Array(readFileSync(f.path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TarikhError('BAD_INPUT', `${f.source}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`, { source: f.source });
  }
}

/** Article ids: the file name without extension, or the relative path when names repeat. */
export function articleIds(files: readonly InputFile[]): string[] {
  const base = files.map((f) => (f.path === null ? 'stdin' : basename(f.path, extname(f.path))));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const seen = new Map<string, number>();
  return files.map((f, i) => {
    let id = base[i];
    if ((count.get(id) ?? 0) > 1) id = f.path === null ? 'stdin' : f.source.replace(/\.[^./]+$/, '');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n > 1 ? `${id}~${n}` : id;
  });
}

/** Refuses an output path that is one of the run's own inputs. */
function refuseInput(path: string, target: string, inputs: readonly InputFile[]): void {
  let real = target;
  try {
    real = realpathSync(target);
  } catch {
    // does not exist yet
  }
  for (const f of inputs) {
    if (!f.path) continue;
    let ip = f.path;
    try {
      ip = realpathSync(f.path);
    } catch {
      // ignore
    }
    if (ip === real) throw new TarikhError('BAD_OPTION', `-o ${path}: that is one of the inputs; refusing to overwrite it`, { hint: 'write the export to another file' });
  }
}

/**
 * A temporary file beside the target, renamed over it only when the run completes, so a failed or interrupted run
 * never leaves a truncated export.
 */
export function atomicTemp(target: string, inputs: readonly InputFile[]): { path: string; commit(): void; discard(): void } {
  const full = resolve(target);
  refuseInput(target, full, inputs);
  // A device or a pipe (-o /dev/stdout, a FIFO) is written in place: renaming over it would replace it.
  let special = false;
  try {
    special = !statSync(full).isFile();
  } catch {
    // does not exist yet: a regular file will be created
  }
  if (special) return { path: full, commit() {}, discard() {} };
  const dir = dirname(full);
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    // reported by the write below
  }
  const path = join(dir, `.tarikh-tmp-${process.pid}-${Date.now()}-${basename(full)}`);
  try {
    writeFileSync(path, '');
  } catch (e) {
    throw new TarikhError('BAD_OPTION', `-o ${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { hint: 'check the folder exists and is writable' });
  }
  const discard = () => {
    try {
      rmSync(path, { force: true });
    } catch {
      // nothing to clean
    }
  };
  // An interrupted run removes its temporary file.
  const onSignal = () => {
    discard();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    path,
    commit() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      try {
        renameSync(path, full);
      } catch (e) {
        discard();
        throw new TarikhError('BAD_OPTION', `-o ${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    },
    discard() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      discard();
    },
  };
}

/** Writes a whole file atomically (see atomicTemp). */
export function writeAtomic(path: string, text: string, inputs: readonly InputFile[]): void {
  const tmp = atomicTemp(path, inputs);
  try {
    writeFileSync(tmp.path, text);
  } catch (e) {
    tmp.discard();
    throw new TarikhError('BAD_OPTION', `-o ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { hint: 'check the folder exists and is writable' });
  }
  tmp.commit();
}

const isDataFile = (f: string) => f.endsWith('.yaml') || f.endsWith('.yml');

/** Size and modification time of each built-in data file, sorted by name: what the data snapshot is keyed on. */
export function stampDataFiles(): Array<{ name: string; size: number; mtimeMs: number }> {
  return readdirSync(DATA_DIR)
    .filter(isDataFile)
    .sort()
    .map((f) => {
      const st = statSync(join(DATA_DIR, f));
      return { name: f, size: st.size, mtimeMs: st.mtimeMs };
    });
}

/** Reads the built-in data files and those of --data DIR (which extend and override them). */
export function readDataSources(extraDir?: string): Array<{ name: string; path: string; text: string }> {
  const out: Array<{ name: string; path: string; text: string }> = [];
  const add = (dir: string, label: (f: string) => string) => {
    for (const f of readdirSync(dir).filter(isDataFile).sort()) {
      out.push({ name: f.replace(/\.ya?ml$/, ''), path: label(f), text: readFileSync(join(dir, f), 'utf8') });
    }
  };
  add(DATA_DIR, (f) => `data/${f}`);
  if (extraDir) {
    let st;
    try {
      st = statSync(extraDir);
    } catch {
      throw new TarikhError('BAD_OPTION', `--data ${extraDir}: no such directory`, { hint: 'give a folder with YAML files shaped like tarikh\'s data/' });
    }
    if (!st.isDirectory()) throw new TarikhError('BAD_OPTION', `--data ${extraDir}: not a directory`);
    add(extraDir, (f) => join(extraDir, f));
  }
  return out;
}

/**
 * The four commands. Each parses its options into library calls, renders, writes, and returns the exit status.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { TarikhError } from '../errors.js';
import { decode } from '../ingest/decode.js';
import { checkIsoDate } from '../ingest/published.js';
import { dayWithWeekday, rangeLabel, type Lang } from '../render/labels.js';
import { field, fieldMixed, finishLine, renderTimeline, wrap, type TextOptions } from '../render/text.js';
import { sanitize, type BidiMode } from '../render/terminal.js';
import { resolvePhrase } from '../temporal/resolve.js';
import type { DateMention } from '../temporal/types.js';
import { parseBetween } from '../timeline/between.js';
import { assignIds, compareEvents, keep, type TimelineOptions } from '../timeline/build.js';
import { mergeAll } from '../timeline/merge.js';
import { SCHEMA, type ArticleInfo, type Skipped, type Timeline } from '../timeline/types.js';
import type { Contact } from '../events/types.js';
import { readUnits } from './inputs.js';
import { processInline, processParallel } from './pool.js';
import type { UnitResult } from './work.js';
import { Progress } from './progress.js';
import { colorLevel, makeChalk } from './color.js';
import { lineSink } from './sink.js';
import { expandInputs, PACKAGE_ROOT, writeAtomic, type InputFile, type Io } from './io.js';
import { checkEncoding, EXIT, loadData, say, terminalWidth, UsageError, type CommonOptions } from './run.js';

type Format = 'text' | 'json' | 'yaml' | 'jsonl';

/** How a timeline is shown (the options main.ts's `display` adds to timeline, merge and show). */
interface DisplayOpts {
  between?: string;
  explain?: boolean;
  color?: boolean;
  lang: Lang;
  bidi: BidiMode;
  hijri?: boolean;
  legend?: boolean;
}

interface TimelineOpts extends CommonOptions, DisplayOpts {
  jobs?: string;
  inputFormat?: 'text' | 'jsonl';
  progress?: boolean;
  format?: Format;
  output?: string;
  include?: string;
  merge?: boolean;
}

const INCLUDE_KINDS = ['statements', 'planned'];

function parseInclude(v: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!v) return out;
  for (const k of v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const norm = k === 'statement' ? 'statements' : k;
    if (!INCLUDE_KINDS.includes(norm)) throw new UsageError(`--include: unknown kind "${k}" (use ${INCLUDE_KINDS.join(', ')})`);
    out.add(norm);
  }
  return out;
}

function formatFor(opts: { format?: Format; output?: string }): Format {
  if (opts.format) return opts.format;
  const ext = opts.output ? extname(opts.output).toLowerCase() : '';
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'text';
}

function textOptions(io: Io, opts: { color?: boolean; lang?: Lang; bidi?: BidiMode; explain?: boolean; hijri?: boolean; legend?: boolean }, toFile: boolean): TextOptions {
  const tty = !toFile && io.stdout.isTTY === true;
  const level = toFile ? 0 : colorLevel(opts.color, io.env, tty);
  // Bidi isolates help a terminal; in a pipe or a file they are noise, so they are only used on a TTY.
  const bidi: BidiMode = opts.bidi === 'isolate' && !tty ? 'none' : opts.bidi ?? 'isolate';
  return { chalk: makeChalk(level), lang: opts.lang ?? 'en', explain: !!opts.explain, width: toFile ? 100 : terminalWidth(io), bidi, hijri: !!opts.hijri, legend: !!opts.legend };
}

function emit(io: Io, text: string, output: string | undefined, inputs: readonly InputFile[]): void {
  if (output) writeAtomic(resolve(io.cwd, output), text, inputs);
  else io.stdout.write(text);
}

// The YAML library takes a noticeable share of start-up, so exports load it only when asked for.
const exportModule = () => import('../render/export.js');

async function render(t: Timeline, format: Format, io: Io, opts: TimelineOpts | ShowOpts | MergeOpts, toFile: boolean): Promise<string> {
  if (format === 'jsonl') return [JSON.stringify({ kind: 'timeline', schema: t.schema }), ...t.articles.map((a) => JSON.stringify({ kind: 'article', ...a })), ...t.events.map((e) => JSON.stringify({ kind: 'event', ...e }))].join('\n') + '\n';
  if (format === 'json') return JSON.stringify(t, null, 2) + '\n';
  if (format === 'yaml') return (await exportModule()).toYAML(t);
  return renderTimeline(t, textOptions(io, opts, toFile));
}

export async function timelineCommand(inputs: string[], opts: TimelineOpts, io: Io): Promise<number> {
  if (opts.published) checkIsoDate(opts.published, '--published');
  const encoding = checkEncoding(opts.encoding);
  const include = parseInclude(opts.include);
  const jobs = parseJobs(opts.jobs);
  const format = formatFor(opts);
  const data = await loadData(opts);
  const between = opts.between ? parseBetween(opts.between, data.events) : null;
  const filters = { between, statements: include.has('statements'), planned: include.has('planned') };
  // No inputs: the embedded seeds, found next to the installed package.
  const useSeeds = inputs.length === 0;
  const runIo = useSeeds ? { ...io, cwd: PACKAGE_ROOT } : io;
  const ins = useSeeds ? ['seeds'] : inputs;
  const { files } = expandInputs(ins, runIo.cwd, new Set(['.txt', '.md', '.jsonl', '.ndjson']));
  const streamed = opts.inputFormat === 'jsonl' || files.some((f) => f.path !== null && /\.(jsonl|ndjson)$/i.test(f.path));
  // Worker threads pay off on corpora, not on a handful of articles: each worker loads the data and warms up its own
  // compiler, so on the project's 2-core machine `--jobs 2` is slower than one thread below a few thousand articles.
  // An explicit --jobs is obeyed for any JSON Lines input or 64 files; the default waits for a corpus of 16 MB.
  const parallel = jobs > 1 && (opts.jobs !== undefined ? streamed || files.length >= 64 : atLeastBytes(files, PARALLEL_MIN_BYTES, streamed));
  const work = { published: opts.published, encoding, statements: filters.statements, debug: opts.debug };
  const units = readUnits(ins, runIo, { stdinJsonl: opts.inputFormat === 'jsonl' });
  const results = parallel ? processParallel(units, jobs, opts.data, work) : processInline(units, data, work);
  const progress = new Progress(io.stderr, { force: !!opts.progress, total: streamed ? null : files.length, threads: parallel ? jobs : 1 });
  const articles: ArticleInfo[] = [];
  const contacts: Contact[] = [];
  const skipped: Skipped[] = [];
  let usable = 0;
  // JSON Lines go out as each article is done; everything else needs the whole corpus to merge and sort.
  const lines = format === 'jsonl' ? lineSink(io, opts.output, files) : null;
  try {
    for await (const r of results) {
      progress.tick(r.ok ? { ok: true, contacts: r.contacts.length, warnings: r.warnings, bytes: r.bytes } : r);
      if (!r.ok) {
        const sk = { source: r.source, reason: r.reason };
        skipped.push(sk);
        if (progress.tty) io.stderr.write('\r\u001b[K');
        say(io, `tarikh: skipped ${sk.source}: ${sk.reason}`);
        lines?.write([{ kind: 'skipped', ...sk }]);
        continue;
      }
      usable++;
      if (lines) {
        const records: object[] = [{ kind: 'article', ...r.article }];
        for (const c of r.contacts) if (keep(c, filters)) records.push({ kind: 'event', ...c });
        lines.write(records);
        const wait = lines.drained();
        if (wait) await wait;
      } else {
        // Only a merged timeline keeps what it has read: a JSON Lines run holds one article at a time.
        articles.push(r.article);
        contacts.push(...r.contacts);
      }
    }
  } catch (e) {
    lines?.abort();
    throw e;
  }
  progress.finish();
  const code = usable === 0 ? EXIT.noInput : skipped.length ? EXIT.partial : EXIT.ok;
  if (lines) {
    if (code === EXIT.noInput) lines.abort();
    else lines.close();
  }
  if (code === EXIT.noInput) {
    say(io, `tarikh: no usable input${skipped.length ? '' : ' (nothing given)'}`);
    return code;
  }
  if (lines) return code;
  const t = assemble(articles, contacts, skipped, { ...filters, merge: opts.merge !== false });
  emit(io, await render(t, format, io, opts, !!opts.output), opts.output, files);
  return code;
}

function assemble(articles: ArticleInfo[], contacts: Contact[], skipped: Skipped[], opts: TimelineOptions): Timeline {
  const merged = opts.merge === false ? contacts : mergeAll(contacts);
  const events = assignIds(merged.filter((e) => keep(e, opts)).sort(compareEvents));
  return { schema: SCHEMA, articles, events, ...(skipped.length ? { skipped } : {}) };
}

const PARALLEL_MIN_BYTES = 16 << 20;

/** Whether the inputs hold at least `min` bytes (a JSON Lines stdin counts as large: its size is unknown). */
function atLeastBytes(files: readonly InputFile[], min: number, streamed: boolean): boolean {
  let n = 0;
  for (const f of files) {
    if (f.path === null) {
      if (streamed) return true;
      continue;
    }
    try {
      n += statSync(f.path).size;
    } catch {
      // an unreadable input is reported when it is read
    }
    if (n >= min) return true;
  }
  return false;
}

function parseJobs(v: string | undefined): number {
  if (v === undefined) return Math.max(1, availableParallelism());
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs needs a whole number from 1 to 256, got "${v}"`);
  return n;
}

interface MergeOpts extends DisplayOpts {
  format?: Format;
  output?: string;
  include?: string;
  data?: string;
}

/**
 * The final pass over per-shard outputs (JSON Lines from `timeline --format jsonl`, or JSON/YAML exports): one
 * timeline, merged across all of them, as if one run had read every shard.
 */
export async function mergeCommand(files: string[], opts: MergeOpts, io: Io): Promise<number> {
  const include = parseInclude(opts.include);
  const data = await loadData(opts);
  const between = opts.between ? parseBetween(opts.between, data.events) : null;
  const articles: ArticleInfo[] = [];
  const contacts: Contact[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const path = resolve(io.cwd, f);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new TarikhError('BAD_INPUT', `${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read'}`, { source: f });
    }
    if (/\.(jsonl|ndjson)$/i.test(f)) {
      let n = 0;
      for (const line of text.split('\n')) {
        n++;
        if (!line.trim()) continue;
        let rec: { kind?: string } & Record<string, unknown>;
        try {
          rec = JSON.parse(line);
        } catch {
          throw new TarikhError('BAD_EXPORT', `${f}:${n}: not valid JSON`, { source: f, hint: 'give files written by tarikh timeline --format jsonl' });
        }
        const { kind, ...body } = rec;
        if (kind === 'article') {
          if (!seen.has(String(body.id))) articles.push(body as unknown as ArticleInfo);
          seen.add(String(body.id));
        } else if (kind === 'event') contacts.push(body as unknown as Contact);
        else if (kind === 'skipped') skipped.push(body as unknown as Skipped);
        else throw new TarikhError('BAD_EXPORT', `${f}:${n}: a record of unknown kind "${kind}"`, { source: f, hint: 'give files written by tarikh timeline --format jsonl' });
      }
    } else {
      const t = (await exportModule()).parseExport(text, f);
      for (const a of t.articles) if (!seen.has(a.id)) {
        articles.push(a);
        seen.add(a.id);
      }
      contacts.push(...t.events);
      skipped.push(...(t.skipped ?? []));
    }
  }
  const t = assemble(articles, contacts, skipped, { between, statements: include.has('statements'), planned: include.has('planned'), merge: true });
  const format = formatFor(opts);
  if (format === 'jsonl') throw new UsageError('merge writes a timeline: use --format text, json or yaml');
  emit(io, await render(t, format, io, opts, !!opts.output), opts.output, []);
  return EXIT.ok;
}

interface DatesOpts extends CommonOptions {
  format: Format;
  color?: boolean;
}

function datesText(source: string, published: string, from: string, dates: DateMention[], io: Io, opts: DatesOpts): string {
  const t = textOptions(io, { color: opts.color, bidi: 'isolate' }, false);
  const c = t.chalk;
  const out: string[] = [];
  const add = (text: string, indent: number, paint: (s: string) => string = (s) => s) => {
    const ls = wrap(text, t.width, indent);
    ls.forEach((l, k) => out.push((k === 0 ? ' '.repeat(indent) : ' '.repeat(indent + 2)) + paint(finishLine(l, t.bidi))));
  };
  add(`${field(source)} · published ${dayWithWeekday(published)} (${from})`, 0, c.bold);
  for (const m of dates) {
    const when = m.start && m.end ? rangeLabel(m.start, m.end) : m.start ? `from ${m.start}` : m.end ? `until ${m.end}` : 'unresolved';
    add(`${field(m.text)} → ${when}${m.mod ? ` (${m.mod})` : ''} [${m.rule}] @${m.start_offset}`, 2);
    add(fieldMixed(m.derivation), 6, c.dim);
    if (m.bound) add(fieldMixed(m.bound.derivation), 6, c.dim);
    for (const w of m.warnings ?? []) add(`warning: ${fieldMixed(w)}`, 6, c.yellow);
  }
  if (dates.length === 0) out.push(c.dim('  (no date expressions)'));
  return out.join('\n') + '\n';
}

export async function datesCommand(input: string, opts: DatesOpts, io: Io): Promise<number> {
  if (opts.published) checkIsoDate(opts.published, '--published');
  const encoding = checkEncoding(opts.encoding);
  const data = await loadData(opts);
  let r: UnitResult | null = null;
  for await (const res of processInline(readUnits([input], io, { stdinJsonl: false }), data, { published: opts.published, encoding, statements: false, dates: true, debug: opts.debug })) {
    if (!res.ok) say(io, `tarikh: skipped ${res.source}: ${res.reason}`);
    else r ??= res;
  }
  if (!r || !r.ok) {
    say(io, 'tarikh: no usable input');
    return EXIT.noInput;
  }
  const dates = r.dates ?? [];
  const out = { article: r.article, dates };
  if (opts.format === 'json') io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  else if (opts.format === 'yaml') io.stdout.write((await exportModule()).toYAML(out as unknown as Timeline));
  else io.stdout.write(datesText(r.article.source, r.article.published, r.article.published_from, dates, io, opts));
  return EXIT.ok;
}

interface ResolveOpts {
  published?: string;
  jsonl?: boolean;
  format: 'text' | 'json';
  data?: string;
}

export async function resolveCommand(phrase: string | undefined, opts: ResolveOpts, io: Io): Promise<number> {
  const data = await loadData(opts);
  if (opts.jsonl) {
    const text = new TextDecoder().decode(await io.readStdin());
    const fallback = opts.published ? checkIsoDate(opts.published, '--published') : undefined;
    const out: string[] = [];
    let n = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      n++;
      let result: DateMention | null = null;
      try {
        const o = JSON.parse(line) as { text?: unknown; published?: unknown };
        if (typeof o.text !== 'string') throw new Error('no "text"');
        const pub = typeof o.published === 'string' && o.published ? checkIsoDate(o.published.slice(0, 10), 'published') : fallback;
        if (!pub) throw new Error('no "published" (give it in the line or with --published)');
        result = resolvePhrase(o.text, pub, data.temporal);
      } catch (e) {
        say(io, `tarikh: line ${n}: ${(e as Error).message}`);
      }
      out.push(JSON.stringify(result));
      if (out.length >= 1024) {
        io.stdout.write(out.join('\n') + '\n');
        out.length = 0;
      }
    }
    if (out.length) io.stdout.write(out.join('\n') + '\n');
    return EXIT.ok;
  }
  if (phrase === undefined || phrase.trim() === '') throw new UsageError('resolve needs a phrase, or --jsonl to read phrases from stdin');
  if (!opts.published) throw new UsageError('resolve needs --published YYYY-MM-DD: relative phrases are resolved against a publication date');
  const pub = checkIsoDate(opts.published, '--published');
  const m = resolvePhrase(phrase, pub, data.temporal);
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(m, null, 2) + '\n');
    return EXIT.ok;
  }
  if (!m) {
    say(io, `tarikh: no date expression recognized in "${phrase}"`);
    return EXIT.noInput;
  }
  const when = m.start && m.end ? rangeLabel(m.start, m.end) : 'unresolved';
  io.stdout.write(`${sanitize(m.text)} → ${when}${m.mod ? ` (${m.mod})` : ''}  [${m.grain}, ${m.value ?? '—'}]\n  ${sanitize(m.derivation)}\n`);
  if (m.bound) io.stdout.write(`  ${m.bound.derivation}\n`);
  for (const w of m.warnings ?? []) io.stdout.write(`  warning: ${w}\n`);
  return EXIT.ok;
}

interface ShowOpts extends DisplayOpts {
  format: Format;
}

export async function showCommand(file: string, opts: ShowOpts, io: Io): Promise<number> {
  let bytes: Uint8Array;
  if (file === '-') bytes = await io.readStdin();
  else {
    try {
      bytes = new Uint8Array(readFileSync(resolve(io.cwd, file)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new TarikhError('BAD_INPUT', `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, { source: file });
    }
  }
  const t = (await exportModule()).parseExport(decode(bytes, file).text, file);
  let shown = t;
  if (opts.between) {
    const data = await loadData({});
    const between = parseBetween(opts.between, data.events);
    shown = { ...t, events: t.events.filter((e) => keep(e, { between, statements: true, planned: true })) };
  }
  io.stdout.write(await render(shown, opts.format, io, opts, false));
  return EXIT.ok;
}

/**
 * The four commands. Each parses its options into library calls, renders, writes, and returns the exit status.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { TarikhError } from '../errors.js';
import { decode } from '../ingest/decode.js';
import { checkIsoDate } from '../ingest/published.js';
import { processArticle } from '../pipeline.js';
import { dayWithWeekday, rangeLabel, type Lang } from '../render/labels.js';
import { field, renderTimeline, type TextOptions } from '../render/text.js';
import type { BidiMode } from '../render/terminal.js';
import { resolvePhrase } from '../temporal/resolve.js';
import type { DateMention } from '../temporal/types.js';
import { parseBetween } from '../timeline/between.js';
import { buildTimeline, keep } from '../timeline/build.js';
import type { Timeline } from '../timeline/types.js';
import { colorLevel, makeChalk } from './color.js';
import { PACKAGE_ROOT, writeAtomic, type InputFile, type Io } from './io.js';
import { checkEncoding, exitFor, EXIT, loadData, processInputs, reportSkipped, terminalWidth, UsageError, type CommonOptions } from './run.js';

type Format = 'text' | 'json' | 'yaml';

interface TimelineOpts extends CommonOptions {
  between?: string;
  format?: Format;
  output?: string;
  include?: string;
  explain?: boolean;
  merge?: boolean;
  color?: boolean;
  lang: Lang;
  bidi: BidiMode;
  hijri?: boolean;
  legend?: boolean;
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
  return ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : 'text';
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

async function render(t: Timeline, format: Format, io: Io, opts: TimelineOpts | ShowOpts, toFile: boolean): Promise<string> {
  if (format === 'json') return JSON.stringify(t, null, 2) + '\n';
  if (format === 'yaml') return (await exportModule()).toYAML(t);
  return renderTimeline(t, textOptions(io, opts, toFile));
}

export async function timelineCommand(inputs: string[], opts: TimelineOpts, io: Io): Promise<number> {
  if (opts.published) checkIsoDate(opts.published, '--published');
  checkEncoding(opts.encoding);
  const include = parseInclude(opts.include);
  const data = await loadData(opts);
  const between = opts.between ? parseBetween(opts.between, data.events) : null;
  // No inputs: the embedded seeds, found next to the installed package.
  const useSeeds = inputs.length === 0;
  const runIo = useSeeds ? { ...io, cwd: PACKAGE_ROOT } : io;
  const p = await processInputs(useSeeds ? ['seeds'] : inputs, runIo, data, { ...opts, statements: include.has('statements') });
  reportSkipped(io, p.skipped);
  const code = exitFor(p);
  if (code === EXIT.noInput) {
    io.stderr.write(`tarikh: no usable input${p.skipped.length ? '' : ' (nothing given)'}\n`);
    return code;
  }
  const t = buildTimeline(p.results, { between, statements: include.has('statements'), planned: include.has('planned'), merge: opts.merge !== false }, p.skipped);
  emit(io, await render(t, formatFor(opts), io, opts, !!opts.output), opts.output, p.files);
  return code;
}

interface DatesOpts extends CommonOptions {
  format: Format;
  color?: boolean;
}

function datesText(source: string, published: string, from: string, dates: DateMention[], io: Io, opts: DatesOpts): string {
  const t = textOptions(io, { color: opts.color, bidi: 'isolate' }, false);
  const c = t.chalk;
  const lines = [c.bold(`${field(source, t.bidi)} · published ${dayWithWeekday(published)} (${from})`)];
  for (const m of dates) {
    const when = m.start && m.end ? rangeLabel(m.start, m.end) : m.start ? `from ${m.start}` : m.end ? `until ${m.end}` : 'unresolved';
    lines.push(`  ${field(m.text, t.bidi)}  ${c.bold('→')} ${when}${m.mod ? ` (${m.mod})` : ''}  ${c.dim(`[${m.rule}] @${m.start_offset}`)}`);
    lines.push(c.dim(`      ${field(m.derivation, t.bidi)}`));
    if (m.bound) lines.push(c.dim(`      ${field(m.bound.derivation, t.bidi)}`));
    for (const w of m.warnings ?? []) lines.push(c.yellow(`      warning: ${field(w, t.bidi)}`));
  }
  if (dates.length === 0) lines.push(c.dim('  (no date expressions)'));
  return lines.join('\n') + '\n';
}

export async function datesCommand(input: string, opts: DatesOpts, io: Io): Promise<number> {
  if (opts.published) checkIsoDate(opts.published, '--published');
  const data = await loadData(opts);
  const p = await processInputs([input], io, data, { ...opts, statements: false });
  reportSkipped(io, p.skipped);
  const r = p.results[0];
  if (!r) {
    io.stderr.write(`tarikh: no usable input\n`);
    return EXIT.noInput;
  }
  const body = r.article.bodyStart;
  const dates = r.dates.filter((m) => m.start_offset >= body);
  const out = { article: { id: r.article.id, source: r.article.source, published: r.article.published, published_from: r.article.published_from }, dates };
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
        io.stderr.write(`tarikh: line ${n}: ${(e as Error).message}\n`);
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
    io.stderr.write(`tarikh: no date expression recognized in "${phrase}"\n`);
    return EXIT.noInput;
  }
  const when = m.start && m.end ? rangeLabel(m.start, m.end) : 'unresolved';
  io.stdout.write(`${m.text} → ${when}${m.mod ? ` (${m.mod})` : ''}  [${m.grain}, ${m.value ?? '—'}]\n  ${m.derivation}\n`);
  if (m.bound) io.stdout.write(`  ${m.bound.derivation}\n`);
  for (const w of m.warnings ?? []) io.stdout.write(`  warning: ${w}\n`);
  return EXIT.ok;
}

interface ShowOpts {
  format: Format;
  between?: string;
  explain?: boolean;
  color?: boolean;
  lang: Lang;
  bidi: BidiMode;
  hijri?: boolean;
  legend?: boolean;
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

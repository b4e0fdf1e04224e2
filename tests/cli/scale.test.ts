// Archive scale: JSON Lines in and out, the same output whatever --jobs is, shards merged as one run, flat memory.
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticJsonl } from '../../src/bench/corpus.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tarikh } from '../helpers/cli.js';
import { ROOT } from '../helpers/data.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'tarikh-scale-'));
const corpus = (n: number, seed = 20170531) => [...syntheticJsonl(seed, 0, n)].join('');
const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { kind: string } & Record<string, unknown>);

describe('JSON Lines in and out', () => {
  const dir = tmp();
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus(40));

  it('reads one article per line and writes one record per line: each article, then its events', () => {
    const r = tarikh(['timeline', file, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    const recs = records(r.stdout);
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(recs.filter((x) => x.kind === 'article').map((x) => x.id)).toEqual(ids);
    const events = recs.filter((x) => x.kind === 'event');
    expect(events.length).toBeGreaterThan(40);
    // Every event follows the record of the article it came from.
    let current = '';
    for (const x of recs) {
      if (x.kind === 'article') current = String(x.id);
      else expect((x.sources as Array<{ article: string }>)[0].article).toBe(current);
    }
    for (const e of events) expect(e).toMatchObject({ type: expect.any(String), date: expect.objectContaining({ rule: expect.any(String) }) });
  });

  it('reads the same corpus from stdin with --input-format jsonl', () => {
    const fromFile = tarikh(['timeline', file, '--format', 'jsonl', '--jobs', '1']);
    const fromStdin = tarikh(['timeline', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '1'], { input: readFileSync(file) });
    expect(fromStdin.code).toBe(0);
    // Only the source differs: the file's name or stdin's, before the line number.
    const lineOnly = (s: string) => s.replace(/"source":"[^"]*:(\d+)"/g, '"source":"line $1"');
    expect(fromStdin.stdout).not.toBe('');
    expect(lineOnly(fromStdin.stdout)).toBe(lineOnly(fromFile.stdout));
  });

  it('a broken line is skipped with its line number, reported, and the run exits 3', () => {
    const lines = readFileSync(file, 'utf8').trim().split('\n').slice(0, 3);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, [lines[0], '{"id": "x", "text": ', lines[1], '{"id":"nodate","text":"التقى الوزير نظيره."}', lines[2]].join('\n') + '\n');
    const r = tarikh(['timeline', bad, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(3);
    const recs = records(r.stdout);
    expect(recs.filter((x) => x.kind === 'article')).toHaveLength(3);
    const skipped = recs.filter((x) => x.kind === 'skipped');
    expect(skipped.map((x) => String(x.source))).toEqual([expect.stringMatching(/bad\.jsonl:2$/), expect.stringMatching(/bad\.jsonl:4$|nodate/)]);
    expect(r.stderr).toMatch(/skipped .*bad\.jsonl:2/);
  });
});

describe('--jobs does not change the output', () => {
  const dir = tmp();
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus(120, 7));

  it('JSON Lines, byte for byte, with 1, 2 and 3 workers', () => {
    const runs = [1, 2, 3].map((j) => tarikh(['timeline', file, '--format', 'jsonl', '--jobs', String(j)]));
    for (const r of runs) expect(r.code).toBe(0);
    expect(records(runs[0].stdout).filter((x) => x.kind === 'article')).toHaveLength(120);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[2].stdout).toBe(runs[0].stdout);
  });

  it('by default a small corpus runs in one thread (workers cost more than they give); an explicit --jobs is obeyed', () => {
    const summary = (args: string[]) => tarikh(['timeline', file, '--format', 'jsonl', '--progress', ...args]).stderr.trim().split('\n').at(-1);
    expect(summary([])).toMatch(/, one thread$/);
    expect(summary(['--jobs', '2'])).toMatch(/, 2 worker threads$/);
    expect(summary(['--jobs', '1'])).toMatch(/, one thread$/);
  });

  it('a merged JSON timeline, byte for byte, with 1 and 2 workers', () => {
    const one = tarikh(['timeline', file, '--format', 'json', '--jobs', '1']);
    const two = tarikh(['timeline', file, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).events.length).toBeGreaterThan(50);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('tarikh merge: shards processed apart, then merged, equal one run', () => {
  const dir = tmp();
  const lines = corpus(90, 11).trim().split('\n');
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(whole, lines.join('\n') + '\n');
  const shards = [0, 1, 2].map((k) => {
    const f = join(dir, `shard-${k}.jsonl`);
    writeFileSync(f, lines.slice(k * 30, (k + 1) * 30).join('\n') + '\n');
    const out = join(dir, `events-${k}.jsonl`);
    const r = tarikh(['timeline', f, '--include', 'planned,statements', '--format', 'jsonl', '--jobs', '1', '-o', out]);
    expect(r.code).toBe(0);
    return out;
  });

  it('the same JSON timeline as one run over the whole corpus', () => {
    const one = JSON.parse(tarikh(['timeline', whole, '--format', 'json', '--jobs', '1']).stdout);
    const merged = tarikh(['merge', ...shards, '--format', 'json']);
    expect(merged.code).toBe(0);
    const m = JSON.parse(merged.stdout);
    expect(m.events.length).toBeGreaterThan(30);
    // Sources name the files they came from: the shard's or the whole corpus's.
    const strip = (t: { articles: Array<Record<string, unknown>> }) => ({ ...t, articles: t.articles.map(({ source: _s, ...a }) => a) });
    expect(strip(m)).toEqual(strip(one));
  });

  it('with filters given at merge time, and with every kind included', () => {
    for (const extra of [['--between', 'QAT,USA'], ['--include', 'planned,statements'], ['--between', 'SAU,EGY', '--include', 'planned']]) {
      const one = JSON.parse(tarikh(['timeline', whole, '--format', 'json', '--jobs', '1', ...extra]).stdout);
      const m = JSON.parse(tarikh(['merge', ...shards, '--format', 'json', ...extra]).stdout);
      expect(m.events.map((e: { id: string }) => e.id)).toEqual(one.events.map((e: { id: string }) => e.id));
      expect(m.events).toEqual(one.events);
    }
  });

  it('the terminal timeline of the merge is the one of the whole run', () => {
    const one = tarikh(['timeline', whole, '--jobs', '1']);
    const m = tarikh(['merge', ...shards]);
    expect(m.stdout).toBe(one.stdout);
    expect(m.stdout).toMatch(/\d+ contacts · 90 articles/);
  });
});

/** The i-th small generated article, as a JSON Lines record: its own dateline, a contact and a date phrase. */
function streamLine(i: number): string {
  const sides = [
    ['وزير الخارجية القطري', 'نظيره الأمريكي'],
    ['وزير الخارجية السعودي', 'نظيره المصري'],
    ['الرئيس التركي', 'نظيره الروسي'],
    ['أمير الكويت', 'الرئيس الفرنسي'],
  ];
  const when = ['أمس', 'الثلاثاء', 'مطلع الشهر الجاري', 'الأسبوع الماضي', 'قبل ثلاثة أيام'];
  const verbs = ['بحث {a} مع {b}، {d}، تعزيز العلاقات الثنائية.', 'التقى {a} {d} {b} في العاصمة.', 'تلقى {a} {d} اتصالا هاتفيا من {b}.'];
  const [a, b] = sides[i % sides.length];
  const day = 1 + (i % 28), month = 1 + ((i >> 5) % 12), year = 2010 + (i % 13);
  const body = verbs[i % verbs.length].replace('{a}', a).replace('{b}', b).replace('{d}', when[i % when.length]);
  const text = `الدوحة في ${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}\n${body}\nوأكد الجانبان أهمية التنسيق المشترك إزاء قضايا المنطقة رقم ${i}.`;
  return JSON.stringify({ id: `a${i + 1}`, text }) + '\n';
}

/**
 * Streams `n` generated articles into `tarikh timeline - --input-format jsonl --format jsonl` with backpressure, so
 * neither side holds the corpus; returns the articles and events written out and the peak memory tarikh reports.
 */
function streamRun(n: number): Promise<{ articles: number; events: number; peakMB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tarikh.js'), 'timeline', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '1', '--progress'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let articles = 0, events = 0, rest = '', err = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      const parts = (rest + d).split('\n');
      rest = parts.pop()!;
      for (const p of parts) {
        if (p.startsWith('{"kind":"article"')) articles++;
        else if (p.startsWith('{"kind":"event"')) events++;
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /peak memory (\d+) MB/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`exit ${code}: ${err.slice(-300)}`));
      resolve({ articles, events, peakMB: Number(m[1]) });
    });
    let i = 0;
    const pump = () => {
      while (i < n) if (!child.stdin.write(streamLine(i++))) return void child.stdin.once('drain', pump);
      child.stdin.end();
    };
    pump();
  });
}

/**
 * Runs the timeline command in this process on `n` streamed articles, and measures the heap still in use after a
 * full garbage collection every `step` articles: what the run keeps, without the garbage V8 has not collected yet
 * (which is what makes peak RSS move by 20 MB between two runs of the same input).
 */
async function heapKept(n: number, step: number): Promise<{ code: number; articles: number; keptMB: Array<[number, number]> }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const keptMB: Array<[number, number]> = [];
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < n; i += 100) {
      // Asked for the chunk after article i: the command has read everything before it (a stream buffers a few
      // chunks ahead), so the heap holds what the run keeps after that many articles.
      if (i > 0 && i % step === 0) {
        await new Promise((r) => setImmediate(r));
        gc();
        keptMB.push([i, process.memoryUsage().heapUsed / 2 ** 20]);
      }
      let s = '';
      for (let k = i; k < Math.min(i + 100, n); k++) s += streamLine(k);
      yield Buffer.from(s);
    }
  }
  let articles = 0;
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => ((articles += countArticles(s)), true) },
    stderr: { write: () => true },
    env: { NO_COLOR: '1' },
    cwd: ROOT,
    readStdin: async () => new Uint8Array(),
    stdinStream: () => Readable.from(chunks()),
  };
  const code = await main(['timeline', '-', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '1'], io);
  return { code, articles, keptMB };
}

const ARTICLE_RECORD = Buffer.from('{"kind":"article"');

function countArticles(s: string | Uint8Array): number {
  const b = typeof s === 'string' ? Buffer.from(s) : Buffer.from(s.buffer, s.byteOffset, s.byteLength);
  let n = 0;
  for (let at = b.indexOf(ARTICLE_RECORD); at >= 0; at = b.indexOf(ARTICLE_RECORD, at + 1)) n++;
  return n;
}

describe('streaming', () => {
  // Peak RSS is a poor measure of growth: two runs of the same input peak 20 MB apart, as V8 sizes its heap and
  // collects at other moments. The heap in use after a full collection is steady to a few hundred KB (12.3-12.7 MB
  // from 10,000 to 50,000 articles), so 2 MB more over 40,000 articles is 50 bytes kept per article.
  it('memory does not grow with the corpus: the heap a run keeps is the same at 20,000 articles and at 60,000', async () => {
    const r = await heapKept(60000, 10000);
    expect(r.code).toBe(0);
    expect(r.articles).toBe(60000);
    expect(r.keptMB.map(([n]) => n)).toEqual([10000, 20000, 30000, 40000, 50000]);
    const base = r.keptMB[1][1];
    for (const [, mb] of r.keptMB.slice(2)) expect(mb).toBeLessThan(base + 2);
  }, 180_000);

  it('a streamed run of 60,000 articles stays under the 200 MB the issue sets for an archive', async () => {
    const r = await streamRun(60000);
    expect(r.articles).toBe(60000);
    expect(r.events).toBeGreaterThanOrEqual(60000);
    expect(r.peakMB).toBeLessThan(200);
  }, 180_000);
});

/**
 * `npm run bench`: the real CLI on a generated corpus of 1k, 10k and 100k articles (JSON Lines, streaming mode),
 * with --jobs 1 and --jobs = cores; prints and saves bench/results.json: articles/s, MB/s, events/s, peak RSS,
 * the ratio of the 100k time to the 10k time (10 is linear), and the start-up time of `tarikh` on the seed beside
 * that of a bare Node; then, in this process, the time each stage of the pipeline takes per article once warm.
 * Sizes can be narrowed for a quick run: BENCH_SIZES=1000,10000 npm run bench.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadData } from '../cli/run.js';
import { syntheticInput, syntheticJsonl } from './corpus.js';
import { STAGES, stageTimes } from './stages.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'tarikh.js');
const SEED = 20170531;

interface Run {
  articles: number;
  jobs: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  eventsPerSecond: number;
  events: number;
  peakRssMB: number;
}

async function writeCorpus(path: string, n: number): Promise<number> {
  const out = createWriteStream(path);
  for (const line of syntheticJsonl(SEED, 0, n)) {
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return statSync(path).size;
}

function runCli(corpus: string, bytes: number, n: number, jobs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, 'timeline', corpus, '--format', 'jsonl', '--jobs', String(jobs), '--progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /tarikh: (\d+) articles, (\d+) contacts, .* peak memory (\d+) MB/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`tarikh exited ${code}: ${err.slice(-400)}`));
      const events = Number(m[2]);
      resolve({
        articles: n,
        jobs,
        seconds: +seconds.toFixed(2),
        articlesPerSecond: Math.round(n / seconds),
        megabytesPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
        eventsPerSecond: Math.round(events / seconds),
        events,
        peakRssMB: Number(m[3]),
      });
    });
  });
}

/** Median wall time of a node command, in ms. */
function medianMs(args: string[], env: NodeJS.ProcessEnv, runs = 15): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[runs >> 1]);
}

/**
 * Start-up of `tarikh` on the seed, beside a bare `node -e 0`, which is the floor. NODE_EXTRA_CA_CERTS makes every
 * Node process load a certificate bundle first (about 80 ms on the project's machine, where it is set): when it
 * is set, both are measured without it too.
 */
function startup(): Record<string, number> {
  const out: Record<string, number> = { seedMs: medianMs([BIN], process.env), nodeAloneMs: medianMs(['-e', '0'], process.env) };
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    out.seedMsWithoutExtraCaCerts = medianMs([BIN], env);
    out.nodeAloneMsWithoutExtraCaCerts = medianMs(['-e', '0'], env);
  }
  return out;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const cores = availableParallelism();
  const jobsList = [...new Set([1, cores])];
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-bench-'));
  const runs: Run[] = [];
  try {
    for (const n of sizes) {
      const corpus = join(dir, `corpus-${n}.jsonl`);
      const bytes = await writeCorpus(corpus, n);
      process.stdout.write(`corpus ${n} articles, ${(bytes / 1e6).toFixed(1)} MB\n`);
      for (const jobs of jobsList) {
        const r = await runCli(corpus, bytes, n, jobs);
        runs.push(r);
        process.stdout.write(`  --jobs ${jobs}: ${r.seconds} s, ${r.articlesPerSecond} articles/s, ${r.megabytesPerSecond} MB/s, ${r.eventsPerSecond} events/s, peak RSS ${r.peakRssMB} MB\n`);
      }
      rmSync(corpus, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const start = startup();
  // 1,000 articles, six passes: the first warms the compiler up and the best of the others counts.
  const data = await loadData({});
  const inputs = Array.from({ length: 1000 }, (_, n) => syntheticInput(SEED, n, `corpus:${n + 1}`));
  const stages = stageTimes(inputs, data, 6);
  const linearity: Record<string, number> = {};
  for (const jobs of jobsList) {
    const a = runs.find((r) => r.articles === 10000 && r.jobs === jobs), b = runs.find((r) => r.articles === 100000 && r.jobs === jobs);
    if (a && b) linearity[`jobs${jobs}`] = +(b.seconds / a.seconds).toFixed(2);
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
    startup: start,
    runs,
    timeRatio100kTo10k: linearity,
    stageMicrosecondsPerArticle: stages,
  };
  process.stdout.write(`start-up on the seed: ${start.seedMs} ms (median of 15; node -e 0: ${start.nodeAloneMs} ms)\n`);
  if (start.seedMsWithoutExtraCaCerts !== undefined) {
    process.stdout.write(`  without NODE_EXTRA_CA_CERTS: ${start.seedMsWithoutExtraCaCerts} ms (node -e 0: ${start.nodeAloneMsWithoutExtraCaCerts} ms)\n`);
  }
  for (const [k, v] of Object.entries(linearity)) process.stdout.write(`100k/10k time ratio (${k}): ${v} (10 is linear)\n`);
  process.stdout.write(`per article once warm, in one process (best of 6 passes over 1,000 articles, the first a warm-up): ${STAGES.map((s) => `${s} ${stages[s]}`).join(', ')}; total ${stages.total} µs\n`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write('saved bench/results.json\n');
}

await main();

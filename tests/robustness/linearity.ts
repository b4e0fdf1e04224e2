// Linearity of the per-article work on adversarial text: processArticle (dates and contacts) on 100 KB and on 1 MB of
// the same pattern, in the same run; the CPU time per KB at 1 MB must stay within 2× of that at 100 KB.
import { expect } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { makeArticle } from '../../src/ingest/article.js';
import { analyseDates } from '../../src/temporal/extract.js';
import { data } from '../helpers/data.js';

export interface Pattern {
  name: string;
  /** A unit repeated up to the size, or a builder of about `bytes` UTF-8 bytes of text. */
  make: string | ((bytes: number) => string);
}

const SMALL = 100_000;
const BIG = 1_000_000;
/**
 * Allowed growth of the time per KB from 100 KB to 1 MB. Ten times the input makes a quadratic step cost ten times as
 * much per KB, and anything above n^1.3 cost more than twice as much. Flat patterns measure 0.7-1.2x on a quiet
 * machine, but up to 1.45x with other processes busy on both cores: a 1 MB article's working set leaves the cache and
 * its surviving objects reach the old generation. 1.5 sat on that edge.
 */
const FACTOR = 2;
/** Timer granularity and a stray minor GC: a few milliseconds either way say nothing about growth. */
const SLACK_MS = 5;

export function build(p: Pattern, bytes: number): string {
  if (typeof p.make === 'function') return p.make(bytes);
  return p.make.repeat(Math.ceil(bytes / Buffer.byteLength(p.make)));
}

/**
 * CPU milliseconds this process spent (all its threads, so the GC helpers count). Wall time is not used: on a shared
 * machine another process can take the core for a whole 1 MB run, which reads as growth (CI once failed a flat pattern
 * at 1.6x that way, while it measures 0.7-1.1x when the machine is quiet).
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(text: string): number {
  const t0 = cpuMs();
  processArticle({ id: 'x', source: 'x.txt', text, published: '2017-05-31' }, data(), { statements: true });
  return cpuMs() - t0;
}

/** Dates alone, for a failure message that says which stage grows. */
function datesOnly(text: string): number {
  const a = makeArticle({ id: 'x', source: 'x.txt', text, published: '2017-05-31' }, data().temporal);
  const t0 = cpuMs();
  analyseDates(a.text, a.published, data().temporal, a.bodyStart);
  return cpuMs() - t0;
}

/**
 * Times the pattern at 100 KB and at 1 MB and asserts linear growth: one 1 MB article must cost no more per KB than
 * ten articles of 100 KB, give or take the factor. The small side is timed as ten runs back to back, so that both
 * sides pay the garbage collection their allocations cause (a single 100 KB run often fits the young generation and
 * collects nothing, which would flatter it). After a warm-up run, the minimum of up to five measurements of each,
 * stopping as soon as one pair is within bounds; a 1 MB run far out of bounds is not retried (a quadratic pattern
 * could take minutes).
 */
export function expectLinear(p: Pattern): void {
  const small = build(p, SMALL), big = build(p, BIG);
  const runs = Math.round(Buffer.byteLength(big) / Buffer.byteLength(small));
  const scale = Buffer.byteLength(big) / Buffer.byteLength(small) / runs;
  const batch = () => {
    let t = 0;
    for (let k = 0; k < runs; k++) t += run(small);
    return t;
  };
  run(small);
  run(small);
  let tSmall = batch();
  const bound = () => FACTOR * scale * tSmall + SLACK_MS;
  let tBig = run(big);
  for (let k = 0; k < 4 && tBig > bound() && tBig < 4 * bound(); k++) {
    tSmall = Math.min(tSmall, batch());
    tBig = Math.min(tBig, run(big));
  }
  const ratio = tBig / scale / tSmall;
  if (tBig > bound()) {
    const dSmall = datesOnly(small), dBig = datesOnly(big);
    expect.fail(
      `${p.name}: ${(tSmall / runs).toFixed(1)} ms per 100 KB (${runs} runs), ${tBig.toFixed(1)} ms at 1 MB: ${ratio.toFixed(2)}× the time per KB ` +
        `(allowed ${FACTOR}×); dates alone ${dSmall.toFixed(1)} ms at 100 KB, ${dBig.toFixed(1)} ms at 1 MB`,
    );
  }
  if (process.env.TARIKH_TIMINGS) console.log(`${p.name.padEnd(48)} ${(tSmall / runs).toFixed(1).padStart(8)} ms/100 KB ${tBig.toFixed(1).padStart(9)} ms/1 MB  ${ratio.toFixed(2)}×`);
}

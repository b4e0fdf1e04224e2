/**
 * Parallel processing with deterministic output: units go out to worker threads in batches, and results come back
 * in input order whatever the number of workers, so `--jobs 4` prints exactly what `--jobs 1` prints.
 */
import { Worker } from 'node:worker_threads';
import type { Data } from '../data/compile.js';
import type { Unit } from './inputs.js';
import { processUnit, type UnitResult, type WorkOptions } from './work.js';

const BATCH = 16;
const IN_FLIGHT_PER_WORKER = 2;

/** In the calling thread, one by one (jobs = 1). */
export async function* processInline(units: AsyncIterable<Unit>, data: Data, opts: WorkOptions): AsyncGenerator<UnitResult> {
  for await (const u of units) yield processUnit(u, data, opts);
}

export async function* processParallel(units: AsyncIterable<Unit>, jobs: number, dataDir: string | undefined, opts: WorkOptions): AsyncGenerator<UnitResult> {
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { dataDir, opts } }));
  const ready = workers.map((w) => new Promise<void>((res, rej) => {
    w.once('message', () => res());
    w.once('error', rej);
  }));
  const done = new Map<number, UnitResult>();
  let nextOut = 0;
  let failure: Error | null = null;
  const inFlight = new Array<number>(jobs).fill(0);
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  workers.forEach((w, i) => {
    w.on('message', (m: UnitResult[] | string) => {
      if (typeof m === 'string') return;
      inFlight[i]--;
      for (const r of m) done.set(r.seq, r);
      poke();
    });
    w.on('error', (e) => {
      failure = e;
      poke();
    });
  });
  try {
    await Promise.all(ready);
    const it = units[Symbol.asyncIterator]();
    let exhausted = false;
    let sent = 0;
    const dispatch = async () => {
      while (!exhausted) {
        const free = inFlight.findIndex((n) => n < IN_FLIGHT_PER_WORKER);
        if (free < 0) return;
        // Keep the reorder buffer bounded: do not run too far ahead of the next result to print.
        if (sent - nextOut > jobs * IN_FLIGHT_PER_WORKER * BATCH * 4) return;
        const batch: Unit[] = [];
        while (batch.length < BATCH) {
          const n = await it.next();
          if (n.done) {
            exhausted = true;
            break;
          }
          batch.push(n.value);
        }
        if (batch.length === 0) return;
        inFlight[free]++;
        sent += batch.length;
        // Hand the bytes over instead of copying them, when a unit owns its whole buffer.
        const transfer = batch.flatMap((u) => (u.bytes && u.bytes.byteOffset === 0 && u.bytes.byteLength === u.bytes.buffer.byteLength ? [u.bytes.buffer as ArrayBuffer] : []));
        workers[free].postMessage(batch, transfer.filter((b, k) => transfer.indexOf(b) === k));
      }
    };
    for (;;) {
      if (failure) throw failure;
      await dispatch();
      while (done.has(nextOut)) {
        const r = done.get(nextOut)!;
        done.delete(nextOut);
        nextOut++;
        yield r;
      }
      if (exhausted && nextOut >= sent) break;
      await new Promise<void>((res) => {
        wake = res;
        if (done.has(nextOut) || failure) poke();
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

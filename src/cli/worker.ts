/**
 * A worker thread of `--jobs N`: loads the data once, then turns batches of units into results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Unit } from './inputs.js';
import { loadData } from './run.js';
import { processUnit, type WorkOptions } from './work.js';

const { dataDir, opts } = workerData as { dataDir?: string; opts: WorkOptions };
const data = await loadData({ data: dataDir });
parentPort!.on('message', (batch: Unit[]) => {
  parentPort!.postMessage(batch.map((u) => processUnit(u, data, opts)));
});
parentPort!.postMessage('ready');

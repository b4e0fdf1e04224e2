/**
 * Run by `npm run build`: validates data/*.yaml and writes dist/data-snapshot.json (see data/snapshot.ts). A broken
 * data file fails the build with the file, line and field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTarikhError } from '../errors.js';
import { compileParsed, packPhrases } from '../data/compile.js';
import { parseSources } from '../data/load.js';
import { encodeSnapshot, hashSources, type Snapshot } from '../data/snapshot.js';
import { PACKAGE_ROOT, readDataSources, stampDataFiles } from './io.js';

try {
  const sources = readDataSources();
  const parsed = parseSources(sources);
  const data = compileParsed(parsed); // cross-file checks too
  const snap: Snapshot = { hash: hashSources(sources), stamps: stampDataFiles(), parsed, phrases: packPhrases(data) };
  writeFileSync(join(PACKAGE_ROOT, 'dist', 'data-snapshot.json'), encodeSnapshot(snap));
} catch (e) {
  process.stderr.write(`tarikh build: ${isTarikhError(e) ? e.message : (e as Error).stack}\n`);
  process.exit(1);
}

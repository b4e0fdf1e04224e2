/**
 * A build-time snapshot of the validated built-in data. YAML parsing of the gazetteers costs a few hundred
 * milliseconds, which every run would pay; the snapshot is their parsed, validated form as JSON, keyed by a hash of
 * the YAML texts, so a run uses it only while data/ is exactly what was validated, and parses the YAML otherwise.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from './compile.js';

export interface Snapshot {
  hash: string;
  parsed: Record<string, unknown>;
}

export function hashSources(sources: readonly DataSource[]): string {
  const h = createHash('sha256');
  for (const s of [...sources].sort((a, b) => a.name.localeCompare(b.name))) {
    h.update(s.name);
    h.update('\0');
    h.update(s.text);
    h.update('\0');
  }
  return h.digest('hex');
}

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { lineSink, recordLines } from '../../src/cli/sink.js';

function fakeIo(cwd: string): { io: Io; out: () => string } {
  const chunks: Uint8Array[] = [];
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => chunks.push(typeof s === 'string' ? Buffer.from(s) : s) },
    stderr: { write: () => true },
    readStdin: async () => new Uint8Array(),
    env: {},
    cwd,
  };
  return { io, out: () => Buffer.concat(chunks).toString('utf8') };
}

/** Articles of records with Arabic text, big enough together to be flushed more than once. */
const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => [{ kind: 'article', id: `a${i}` }, ...Array.from({ length: i % 4 }, (_, k) => ({ kind: 'event', id: `a${i}#${k}`, text: 'بحث وزير الخارجية المصري ونظيره القطري '.repeat(200 + k) }))]);

const expected = (arts: object[][]) => arts.flatMap((a) => a.map((r) => JSON.stringify(r) + '\n')).join('');

describe('recordLines', () => {
  it('is a JSON text a line for each record', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), (recs) => {
        expect(recordLines(recs)).toBe(recs.map((r) => JSON.stringify(r) + '\n').join(''));
      }),
    );
  });
});

describe('lineSink', () => {
  it('writes every record, in order, to stdout', () => {
    const { io, out } = fakeIo(tmpdir());
    const sink = lineSink(io, undefined, []);
    const arts = articles(300);
    for (const a of arts) sink.write(a);
    sink.close();
    expect(out()).toBe(expected(arts));
  });

  it('keeps every byte, whatever the characters and sizes (records of any size, surrogate pairs, stray halves)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 }).map((t) => t.repeat(2000)));
    fc.assert(
      fc.property(fc.array(fc.array(fc.record({ kind: fc.constant('event'), text }), { maxLength: 3 }), { maxLength: 40 }), (arts) => {
        const { io, out } = fakeIo(tmpdir());
        const sink = lineSink(io, undefined, []);
        for (const a of arts) sink.write(a);
        sink.close();
        expect(out()).toBe(expected(arts));
      }),
      { numRuns: 60 },
    );
  });

  it('writes an article bigger than its buffer', () => {
    const { io, out } = fakeIo(tmpdir());
    const sink = lineSink(io, undefined, []);
    const arts = [[{ kind: 'article', id: 'small' }], [{ kind: 'event', text: 'مصر'.repeat(200_000) }], [{ kind: 'article', id: 'after' }]];
    for (const a of arts) sink.write(a);
    sink.close();
    expect(out()).toBe(expected(arts));
  });

  it('writes a file only when closed, and none when aborted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-sink-'));
    const { io } = fakeIo(dir);
    const arts = articles(300);
    const sink = lineSink(io, 'out.jsonl', []);
    for (const a of arts) sink.write(a);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
    sink.close();
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(expected(arts));
    const aborted = lineSink(io, 'other.jsonl', []);
    for (const a of arts) aborted.write(a);
    aborted.abort();
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });
});

import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, splitLines, textLines } from '../../src/cli/lines.js';

/** The lines of `bytes` cut into chunks at `cuts`, as the splitter gives them. */
function split(bytes: Buffer, cuts: number[]): string[] {
  const s = new LineSplitter();
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b).concat(bytes.length)) {
    out.push(...textLines(s.push(bytes.subarray(at, c))));
    at = c;
  }
  return out.concat([...textLines(s.end())]);
}

/** What node:readline made of the same chunks: the splitter must number lines exactly as it did. */
async function readline(bytes: Buffer, cuts: number[]): Promise<string[]> {
  const chunks: Buffer[] = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b).concat(bytes.length)) {
    chunks.push(bytes.subarray(at, c));
    at = c;
  }
  const out: string[] = [];
  for await (const l of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(l);
  return out;
}

/** Empty lines are skipped and a trailing one is never numbered, so only the non-empty lines and their numbers count. */
const numbered = (lines: string[]) => lines.flatMap((l, i) => (l === '' ? [] : [`${i + 1}:${l}`]));

describe('LineSplitter', () => {
  it('ends lines at LF, CRLF and a lone CR, and keeps a last line without newline', () => {
    expect(split(Buffer.from('a\nb\r\nc\rd\n\ne'), [])).toEqual(['a', 'b', 'c', 'd', '', 'e']);
  });

  it('joins a CRLF cut between two chunks', () => {
    expect(split(Buffer.from('a\r\nb\r\n'), [2, 3])).toEqual(['a', 'b']);
  });

  it('decodes a multi-byte character cut between chunks', () => {
    const bytes = Buffer.from('{"text":"مصر"}\nقطر');
    for (let c = 1; c < bytes.length; c++) expect(split(bytes, [c])).toEqual(['{"text":"مصر"}', 'قطر']);
  });

  it('keeps a byte order mark, as readline did (the line is then reported as broken)', () => {
    expect(split(Buffer.from('\uFEFF{}\n'), [1])).toEqual(['\uFEFF{}']);
  });

  it('numbers the lines as readline does, however the bytes are cut', async () => {
    const piece = fc.constantFrom('\n', '\r', '\r\n', '', ' ', '{"id":1}', 'not json', 'مصر', '🙂', '\u2028');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), async (pieces, rawCuts) => {
        const bytes = Buffer.from(pieces.join(''));
        // Distinct inner cuts: streams never deliver an empty chunk (readline forgets a CR before one).
        const cuts = [...new Set(rawCuts.map((c) => (bytes.length > 1 ? 1 + (c % (bytes.length - 1)) : 0)))].filter((c) => c > 0);
        expect(numbered(split(bytes, cuts))).toEqual(numbered(await readline(bytes, cuts)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitLines', () => {
  it('reads buffers and strings from a stream', async () => {
    const out: string[] = [];
    for await (const ls of splitLines(Readable.from([Buffer.from('a\nb'), 'c\nd', new Uint8Array([0x0a])]))) out.push(...ls);
    expect(out).toEqual(['a', 'bc', 'd']);
  });
});

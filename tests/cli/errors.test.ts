// Hostile and messy input through the CLI: clear one-line errors, documented exit statuses, nothing lost silently,
// and text that never takes over the terminal.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarikh } from '../helpers/cli.js';
import { ROOT } from '../helpers/data.js';

const SEED = join(ROOT, 'seeds', 'qatar-us-2017-05-31.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'tarikh-err-'));

function cp1256(s: string): Buffer {
  const table = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const back = new Map<string, number>();
  [...table].forEach((ch, i) => back.set(ch, i));
  return Buffer.from([...s].map((ch) => {
    const b = back.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: ${ch} U+${ch.codePointAt(0)!.toString(16)}`);
    return b;
  }));
}

describe('encodings', () => {
  it('a windows-1256 copy of the seed gives the same timeline as the UTF-8 original', () => {
    const dir = tmp();
    // «» and the other characters of the seed all exist in windows-1256.
    const f = join(dir, 'seed-1256.txt');
    writeFileSync(f, cp1256(readFileSync(SEED, 'utf8')));
    const a = tarikh(['timeline', SEED, '--format', 'json']);
    const b = tarikh(['timeline', f, '--format', 'json']);
    expect(b.code).toBe(0);
    const strip = (j: string) => JSON.parse(j).events.map((e: { sources: unknown[] }) => ({ ...e, sources: e.sources.length }));
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
  });

  it('reads UTF-16 with a BOM, and --encoding forces one', () => {
    const dir = tmp();
    const f = join(dir, 'u16.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED, 'utf8'), 'utf16le')]));
    expect(tarikh(['timeline', f]).stdout).toContain('Tue 30 May 2017');
    expect(tarikh(['timeline', SEED, '--encoding', 'latin9'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/--encoding: unknown encoding "latin9"/) });
  });

  it('skips binary data and text in another encoding, saying why', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    writeFileSync(join(dir, 'b.txt'), Buffer.from('Grüße aus München, schöne Straße', 'latin1'));
    const r = tarikh(['timeline', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped .*a\.txt: not text \(binary data\)/);
    expect(r.stderr).toMatch(/skipped .*b\.txt: not text in a known encoding/);
  });
});

describe('bad input, one line each', () => {
  it.each<[string, string | Buffer, RegExp]>([
    ['empty.txt', '', /empty\.txt: empty article/],
    ['spaces.txt', '   \n\n  ', /spaces\.txt: empty article/],
    ['nodate.txt', 'التقى الوزير نظيره.\n', /nodate\.txt: no publication date found.*--published YYYY-MM-DD/],
    ['feb30.txt', 'في 2017/02/30\nالتقى الوزير نظيره.\n', /feb30\.txt: the dateline "2017\/02\/30" is not a real date/],
    ['fm.txt', '---\npublished: 2017-13-01\n---\nالتقى الوزير نظيره.\n', /fm\.txt: front matter "published:" 2017-13-01 does not exist/],
  ])('%s', (name, content, message) => {
    const dir = tmp();
    writeFileSync(join(dir, name), content);
    const r = tarikh(['timeline', join(dir, name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a partial run lists what it skipped, in the output and on stderr, and exits 3', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = tarikh(['timeline', dir, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).skipped).toEqual([{ source: expect.stringContaining('empty.txt'), reason: 'empty article' }]);
  });

  it('JSON Lines: a bad line is skipped with its line number, the rest is read', () => {
    const dir = tmp();
    const f = join(dir, 'c.jsonl');
    const good = JSON.stringify({ id: 'a1', text: readFileSync(SEED, 'utf8'), published: '2017-05-31' });
    writeFileSync(f, `${good}\nnot json\n{"id": "x"}\n`);
    const r = tarikh(['timeline', f, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/c\.jsonl:2: not valid JSON/);
    expect(r.stderr).toMatch(/c\.jsonl:3: no "text"/);
    expect(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)).toEqual(['a1']);
  });

  it('never leaves a partial export: a failed write keeps the old file and no temporary files', () => {
    const dir = tmp();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous export');
    const r = tarikh(['timeline', join(dir, 'missing.txt'), '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir).filter((f) => f.startsWith('.tarikh-tmp'))).toEqual([]);
    const bad = tarikh(['timeline', SEED, '-o', '/proc/version/x.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/-o \/proc\/version\/x\.json: cannot write/);
    expect(existsSync('/proc/version/x.json')).toBe(false);
  });
});

describe('text never controls the terminal', () => {
  it('escape sequences and bidi overrides in an article reach neither stdout nor stderr', () => {
    const dir = tmp();
    const evil = readFileSync(SEED, 'utf8').replace('بحث وزير الخارجية القطري', '\u001b]0;pwned\u0007\u001b[2J\u202eبحث وزير الخارجية القطري\u202c');
    const name = join(dir, 'x\u001b[31mred.txt');
    writeFileSync(name, evil);
    writeFileSync(join(dir, 'y\u001b[5m.txt'), '');
    const r = tarikh(['timeline', dir, '--explain', '--color'], { env: { FORCE_COLOR: '1' } });
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toMatch(/\u001b\]|\u001b\[2J|\u001b\[31m|\u001b\[5m|\u0007|[\u202a-\u202e]/);
    }
    expect(r.stdout).toContain('Tue 30 May 2017');
    // JSON keeps the text faithfully, escaped as JSON requires.
    const j = JSON.parse(tarikh(['timeline', name, '--format', 'json']).stdout);
    expect(j.events.some((e: { sources: Array<{ sentence: string }> }) => e.sources.some((s) => s.sentence.includes('\u202e')))).toBe(true);
  });
});

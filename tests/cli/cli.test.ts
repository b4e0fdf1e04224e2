// The CLI as users meet it: spawned binary, stdout, stderr and exit status.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarikh } from '../helpers/cli.js';
import { ROOT } from '../helpers/data.js';

const SEED = join(ROOT, 'seeds', 'qatar-us-2017-05-31.txt');
const tmp = () => mkdtempSync(join(tmpdir(), 'tarikh-cli-'));
const ESC = '\u001b[';

describe('tarikh with no arguments', () => {
  it('prints the timeline of the seed, without colors or bidi controls when piped', () => {
    const r = tarikh([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Tue 30 May 2017');
    expect(r.stdout).toContain('early May 2017');
    expect(r.stdout).toContain('مطلع الشهر الجاري → 1–10 May 2017, from publication Wed 31 May 2017');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toMatch(/[\u2066-\u2069]/);
  });

  it('works from any directory', () => {
    const r = tarikh([], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tue 30 May 2017');
  });
});

describe('colors', () => {
  it('follow --color, then NO_COLOR, then FORCE_COLOR', () => {
    expect(tarikh(['--color']).stdout).toContain(ESC);
    expect(tarikh([], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(tarikh([], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(tarikh(['--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    expect(tarikh(['--no-color'], { env: { FORCE_COLOR: '3' } }).stdout).not.toContain(ESC);
    expect(tarikh([], { env: { NO_COLOR: '' , FORCE_COLOR: '1' } }).stdout).toContain(ESC);
  });
});

describe('formats and exports', () => {
  it('writes JSON and YAML that show reads back to the same timeline', () => {
    const dir = tmp();
    const j = tarikh(['timeline', SEED, '-o', join(dir, 't.json')]);
    const y = tarikh(['timeline', SEED, '-o', join(dir, 't.yaml')]);
    expect([j.code, y.code]).toEqual([0, 0]);
    const fromJson = tarikh(['show', join(dir, 't.json')]);
    const fromYaml = tarikh(['show', join(dir, 't.yaml')]);
    const direct = tarikh(['timeline', SEED]);
    expect(fromJson.stdout).toBe(direct.stdout);
    expect(fromYaml.stdout).toBe(direct.stdout);
    const reJson = tarikh(['show', join(dir, 't.yaml'), '--format', 'json']);
    expect(JSON.parse(reJson.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')));
  });

  it('never puts bidi controls or colors in JSON or YAML', () => {
    for (const f of ['json', 'yaml']) {
      const r = tarikh(['timeline', SEED, '--format', f, '--color']);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stdout).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it('documents the schema fields in every event', () => {
    const t = JSON.parse(tarikh(['timeline', SEED, '--format', 'json']).stdout);
    expect(t.schema).toBe('tarikh.timeline/1');
    for (const e of t.events) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'type', 'status', 'countries', 'cameo', 'plover', 'date', 'participants', 'place', 'topics', 'sources']));
      expect(Object.keys(e.date)).toEqual(['text', 'value', 'start', 'end', 'grain', 'mod', 'rule', 'derivation']);
    }
  });

  it('refuses to overwrite an input with -o', () => {
    const dir = tmp();
    const a = join(dir, 'a.txt');
    writeFileSync(a, readFileSync(SEED));
    const r = tarikh(['timeline', a, '-o', a]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/that is one of the inputs; refusing to overwrite it/);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});

describe('dates and resolve', () => {
  it('lists every date expression with its derivation', () => {
    const r = tarikh(['dates', SEED], { env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('الثلاثاء');
    expect(r.stdout).toContain('the Tuesday on or before publication Wed 2017-05-31, past tense (بحث) → Tue 2017-05-30');
    const j = JSON.parse(tarikh(['dates', SEED, '--format', 'json']).stdout);
    expect(j.dates.map((d: { text: string }) => d.text)).toEqual(['2017/05/31', 'الثلاثاء', 'مطلع الشهر الجاري', 'فبراير/شباط الماضي']);
    expect(Object.keys(j.dates[1])).toEqual(expect.arrayContaining(['text', 'start_offset', 'end_offset', 'value', 'start', 'end', 'grain', 'mod', 'rule', 'derivation']));
  });

  it('resolves one phrase', () => {
    const r = tarikh(['resolve', 'مطلع الشهر الجاري', '--published', '2017-05-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^مطلع الشهر الجاري → 1–10 May 2017 \(START\)/);
    const j = JSON.parse(tarikh(['resolve', 'أمس', '--published', '2017-05-31', '--format', 'json']).stdout);
    expect([j.start, j.end, j.grain]).toEqual(['2017-05-30', '2017-05-30', 'day']);
  });

  it('resolves JSON lines in one process, null when nothing is recognized', () => {
    const input = ['{"text":"أمس","published":"2017-05-31"}', '', '{"text":"لا شيء هنا","published":"2017-05-31"}', '{"text":"فبراير/شباط الماضي","published":"2017-05-31"}', 'not json'].join('\n');
    const r = tarikh(['resolve', '--jsonl'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].start).toBe('2017-05-30');
    expect(lines[1]).toBeNull();
    expect(lines[2].value).toBe('2017-02');
    expect(lines[3]).toBeNull();
    expect(r.stderr).toMatch(/line 4: /);
  });
});

describe('errors and exit status', () => {
  it('1 for a usage error, with a suggestion for a mistyped option', () => {
    const r = tarikh(['timeline', '--betwen', 'QAT,USA']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option '--betwen'/);
    expect(r.stderr).toMatch(/Did you mean --between\?/);
  });

  it('1 for bad option values', () => {
    expect(tarikh(['timeline', '--between', 'QAT,Narnia'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown country "Narnia"/) });
    expect(tarikh(['timeline', '--published', '2017-02-30'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/2017-02-30 does not exist/) });
    expect(tarikh(['timeline', '--format', 'xml'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Allowed choices are text, json, yaml/) });
    expect(tarikh(['timeline', '--include', 'gossip'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/unknown kind "gossip"/) });
  });

  it('2 when no input is usable, naming the file and the fix', () => {
    const r = tarikh(['timeline', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped missing\.txt: no such file or directory/);
    const dir = tmp();
    writeFileSync(join(dir, 'nodate.txt'), 'بحث وزير الخارجية القطري ونظيره الأمريكي تعزيز التعاون.\n');
    const n = tarikh(['timeline', join(dir, 'nodate.txt')]);
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/nodate\.txt: no publication date found.*give it with --published YYYY-MM-DD/s);
    mkdirSync(join(dir, 'empty'));
    expect(tarikh(['timeline', join(dir, 'empty')]).stderr).toMatch(/no articles in this directory/);
  });

  it('3 when some inputs are skipped, and the rest is still printed', () => {
    const r = tarikh(['timeline', SEED, 'missing.txt']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('Tue 30 May 2017');
    expect(r.stdout).toMatch(/skipped missing\.txt/);
    expect(r.stderr).toMatch(/skipped missing\.txt: no such file or directory/);
  });

  it('never shows a stack trace without --debug', () => {
    const r = tarikh(['show', join(ROOT, 'package.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a tarikh export/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends --help with examples and exits 0', () => {
    const r = tarikh(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ tarikh/);
    expect(tarikh(['timeline', '--help']).stdout).toMatch(/Examples:/);
    expect(existsSync(join(ROOT, 'dist', 'data-snapshot.json'))).toBe(true);
  });

  it('reads stdin with -', () => {
    const r = tarikh(['timeline', '-', '--published', '2017-05-31'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tue 30 May 2017');
  });
});

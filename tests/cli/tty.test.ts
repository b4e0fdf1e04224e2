// The CLI on a (simulated) terminal: colors, bidi isolation, width; and what changes when it is not one.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { colorLevel } from '../../src/cli/color.js';
import type { Io } from '../../src/cli/io.js';
import { displayWidth } from '../../src/render/terminal.js';
import { finishLine, wrap, field } from '../../src/render/text.js';

function fakeIo(tty: boolean, env: Record<string, string> = {}, columns = 80): { io: Io; out: () => string } {
  let buf = '';
  const io: Io = {
    stdout: { write: (s: string) => (buf += s), isTTY: tty, columns },
    stderr: { write: () => true, isTTY: tty },
    readStdin: async () => new Uint8Array(),
    env: { ...env },
    cwd: process.cwd(),
  };
  return { io, out: () => buf };
}

const ESC = '\u001b[';
const RLI = '\u2067', PDI = '\u2069';

describe('color precedence: flag > NO_COLOR > FORCE_COLOR > TTY', () => {
  it.each<[boolean | undefined, Record<string, string>, boolean, number]>([
    [undefined, {}, true, 1],
    [undefined, {}, false, 0],
    [undefined, { NO_COLOR: '1' }, true, 0],
    [undefined, { NO_COLOR: '' }, true, 1],
    [undefined, { FORCE_COLOR: '1' }, false, 1],
    [undefined, { FORCE_COLOR: '0' }, true, 0],
    [undefined, { FORCE_COLOR: '3', NO_COLOR: '1' }, false, 0],
    [true, { NO_COLOR: '1' }, false, 1],
    [false, { FORCE_COLOR: '3' }, true, 0],
    [undefined, { COLORTERM: 'truecolor' }, true, 3],
    [undefined, { TERM: 'dumb' }, true, 0],
  ])('flag %s env %j tty %s → level %i', (flag, env, tty, level) => {
    expect(colorLevel(flag, env, tty)).toBe(level);
  });
});

describe('on a terminal', () => {
  it('isolates every Arabic field, colors the output, and never starts a line with an isolate', async () => {
    const { io, out } = fakeIo(true, {}, 100);
    expect(await main([], io)).toBe(0);
    const text = out();
    expect(text).toContain(ESC);
    expect(text).toContain(`${RLI}فبراير/شباط الماضي${PDI}`);
    for (const line of text.split('\n')) {
      expect(line.replace(/\u001b\[[0-9;]*m/g, '').startsWith(RLI)).toBe(false);
      expect((line.match(/\u2067/g) ?? []).length).toBe((line.match(/\u2069/g) ?? []).length);
    }
  });

  it('fits every line in the terminal width, counting Arabic right', async () => {
    for (const cols of [60, 80, 120]) {
      const { io, out } = fakeIo(true, {}, cols);
      await main(['--explain', '--lang', 'ar'], io);
      for (const line of out().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(cols);
    }
  });

  it('COLUMNS overrides the terminal size', async () => {
    const { io, out } = fakeIo(true, { COLUMNS: '50' }, 200);
    await main(['--explain'], io);
    for (const line of out().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(50);
  });

  it('--bidi visual reorders and shapes Arabic for terminals without bidi; --bidi none prints it raw', async () => {
    const v = fakeIo(true);
    await main(['--bidi', 'visual'], v.io);
    expect(v.out()).not.toContain(RLI);
    expect(v.out()).toMatch(/[\uFE70-\uFEFC]/);
    expect(v.out()).not.toContain('فبراير/شباط الماضي');
    const n = fakeIo(true);
    await main(['--bidi', 'none'], n.io);
    expect(n.out()).toContain('فبراير/شباط الماضي');
    expect(n.out()).not.toMatch(/[\u2066-\u2069\uFE70-\uFEFC]/);
  });
});

describe('piped', () => {
  it('has no colors and no bidi controls', async () => {
    const { io, out } = fakeIo(false);
    await main(['--explain'], io);
    expect(out()).not.toContain(ESC);
    expect(out()).not.toMatch(/[\u2066-\u2069\uE000\uE001]/);
  });
});

describe('wrapping keeps isolates whole', () => {
  it('splits a long Arabic field into pieces isolated on their own', () => {
    const long = field('وأكد الجانبان متابعة نتائج اللقاء الثنائي بين أمير قطر والرئيس الأمريكي على هامش قمة الرياض في المملكة العربية السعودية');
    const lines = wrap(`note: ${long}`, 40, 0).map((l) => finishLine(l, 'isolate'));
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) {
      expect(displayWidth(l)).toBeLessThanOrEqual(40);
      expect((l.match(/\u2067/g) ?? []).length).toBe((l.match(/\u2069/g) ?? []).length);
    }
  });
});

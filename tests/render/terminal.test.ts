import { describe, expect, it } from 'vitest';
import { displayWidth, sanitize, truncate } from '../../src/render/terminal.js';
import { visualOrder } from '../../src/render/visual.js';

describe('sanitize: article text never controls the terminal', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['title\u001b]0;pwned\u0007 ok', 'title ok'],
    ['a\u202eevil\u202c b', 'aevil b'],
    ['x\u2066y\u2069z\u200f', 'xyz'],
    ['bell\u0007 and \u0000nul', 'bell and nul'],
    ['c1\u009b31m csi', 'c1 csi'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['وزير الخارجية', 'وزير الخارجية'],
  ])('%j → %j', (input, want) => {
    expect(sanitize(input)).toBe(want);
  });
});

describe('display width', () => {
  it('does not count Arabic marks, counts wide characters twice', () => {
    expect(displayWidth('غدًا')).toBe(3);
    expect(displayWidth('\u2067قطر\u2069')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
  });
  it('truncates by columns', () => {
    expect(truncate('abcdefgh', 5)).toBe('abcd…');
    expect(displayWidth(truncate('日本語テキスト', 6))).toBeLessThanOrEqual(6);
  });
});

describe('visual order for terminals without bidi', () => {
  it('reverses an Arabic run and keeps numbers left to right', () => {
    expect(visualOrder('قطر')).toBe('رطق');
    expect(visualOrder('في 2017/05/31')).toBe('2017/05/31 يف');
  });
  it('keeps Latin runs in order and mirrors brackets', () => {
    expect(visualOrder('قمة (G20)')).toBe('(G20) ةمق');
    expect(visualOrder('«قطر»')).toBe('«رطق»');
  });
});

import { describe, expect, it } from 'vitest';
import { textAt, tokenize } from '../../src/normalize/tokens.js';

describe('textAt', () => {
  it("gives a token's text, and '' before the first token and past the last", () => {
    const tokens = tokenize('التقى الوزير، أمس');
    expect([-1, 0, 1, 2, 3, 4].map((k) => textAt(tokens, k))).toEqual(['', 'التقى', 'الوزير', '،', 'أمس', '']);
  });
});

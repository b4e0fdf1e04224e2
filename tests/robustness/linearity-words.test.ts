// Adversarial input for the date engine, words: a preposition, tatweel, one month name, unclosed quotes, over and
// over. Linear in the input or it fails.
import { describe, it } from 'vitest';
import { expectLinear, type Pattern } from './linearity.js';

const PATTERNS: Pattern[] = [
  { name: '"في " repeated', make: 'في ' },
  { name: 'a run of tatweel', make: 'ـ' },
  { name: 'one word stretched by tatweel', make: (n) => 'التقى م' + 'ـ'.repeat(n / 2) + 'ايو 2017' },
  { name: 'one month name repeated', make: 'مايو ' },
  { name: 'unclosed «', make: '« ' },
  { name: 'story time after a date, repeated', make: 'يوم 3 مايو وفي اليوم التالي ' },
];

describe('dates stay linear on runs of words (100 KB vs 1 MB)', () => {
  for (const p of PATTERNS) it(p.name, () => expectLinear(p));
});

// Adversarial input for the date engine, numbers: long digit runs, dates glued by slashes, open ranges. Linear in the
// input or it fails. (Split from linearity-words so that the two run side by side.)
import { describe, it } from 'vitest';
import { expectLinear, type Pattern } from './linearity.js';

const PATTERNS: Pattern[] = [
  { name: 'one run of digits', make: '1234567890' },
  { name: 'Arabic-Indic and Persian digits', make: '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹' },
  { name: '"2017/05/31/" glued', make: '2017/05/31/' },
  { name: '"من 3 إلى " repeated', make: 'من 3 إلى ' },
];

describe('dates stay linear on runs of numbers (100 KB vs 1 MB)', () => {
  for (const p of PATTERNS) it(p.name, () => expectLinear(p));
});

// Adversarial input for contact extraction: one huge sentence, runs of name and title words, a real article many
// times over. Linear in the input or it fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../helpers/data.js';
import { expectLinear, type Pattern } from './linearity.js';

const SEED_ARTICLE = readFileSync(join(ROOT, 'seeds', 'qatar-us-2017-05-31.txt'), 'utf8');

const PATTERNS: Pattern[] = [
  { name: 'a single 1 MB line (no newline, no full stop)', make: 'بحث وزير الخارجية القطري ونظيره الأمريكي، الثلاثاء، العلاقات الثنائية، ' },
  { name: '"بن " repeated', make: 'بن ' },
  { name: '"وزير الخارجية القطري " repeated', make: 'وزير الخارجية القطري ' },
  { name: 'title and name repeated', make: 'وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني ' },
  { name: 'one contact per line', make: 'التقى أمير قطر الرئيس الأمريكي أمس في الدوحة.\n' },
  { name: 'the seed article repeated', make: SEED_ARTICLE + '\n' },
  // sentences dated from the announcement before them, one after the other
  { name: 'announcements and what they count from, line after line', make: 'أعلنت الخارجية أمس أن الوزير سيزور واشنطن.\nويأتي الإعلان بعد أيام من زيارة قام بها وزير الخارجية القطري إلى باريس.\n' },
];

describe('contacts stay linear on adversarial input (100 KB vs 1 MB)', () => {
  for (const p of PATTERNS) it(p.name, () => expectLinear(p));
});

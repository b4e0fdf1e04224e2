// Including statements adds the statements and changes nothing else: the contacts of an article are those of a run
// without them. (Shards processed with --include statements are merged into what a run without it gives.)
import { describe, expect, it } from 'vitest';
import { syntheticInput } from '../../src/bench/corpus.js';
import { processArticle } from '../../src/pipeline.js';
import { data } from '../helpers/data.js';

const withoutIds = (cs: ReadonlyArray<{ id: string }>) => cs.map(({ id: _id, ...c }) => c);

describe('statements', () => {
  // A meeting, then a report sentence, then an earlier event with a vague date: read as a contact sentence for a
  // statement, the last one used to lend its date ("قبل أعوام") to the meeting.
  const text = [
    'وزير الخارجية المصري يلتقي نظيره الإيراني',
    'القاهرة، 24 مايو 2018',
    '',
    'جاء ذلك خلال اجتماع عقده وزير الخارجية المصري مع نظيره الإيراني في طهران، وفقا لبيان صادر عن وزارة الخارجية المصرية.',
    'وأضاف وزير الخارجية المصري أن «الحوار هو السبيل الوحيد لتسوية الخلافات في المنطقة».',
    'وكانت الكويت قد استضافت جولة من المفاوضات غير المباشرة بين الأطراف المتنازعة قبل أعوام.',
    '',
  ].join('\n');

  for (const [label, input] of [
    ['a hand-written article', { id: 'a', source: 'a.txt', text, published: '2018-05-24' }],
    ...[74, 25, 55].map((n) => [`bench article ${n} of seed 11`, syntheticInput(11, n, 'b')] as const),
  ] as const) {
    it(`add statements and keep every other contact as it is (${label})`, () => {
      const plain = processArticle(input, data(), { statements: false, allDates: false }).contacts;
      const all = processArticle(input, data(), { statements: true, allDates: false }).contacts;
      expect(plain.length).toBeGreaterThan(0);
      expect(all.some((c) => c.type === 'statement')).toBe(true);
      expect(all.slice(0, plain.length)).toEqual(plain);
      expect(all.slice(plain.length).every((c) => c.type === 'statement')).toBe(true);
      expect(all.map((c) => c.id)).toEqual(all.map((_, k) => `${input.id}#${k + 1}`));
      // The same holds when every date of the article is read (the dates command's path).
      const plainAll = processArticle(input, data(), { statements: false, allDates: true }).contacts;
      expect(withoutIds(processArticle(input, data(), { statements: true, allDates: true }).contacts.filter((c) => c.type !== 'statement'))).toEqual(withoutIds(plainAll));
    });
  }
});

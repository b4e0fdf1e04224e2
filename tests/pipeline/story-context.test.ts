// withStoryContext against the plain version it replaced (a Set of sentence starts, every word asked of the set).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withStoryContext } from '../../src/pipeline.js';
import { SEED } from '../robustness/arbitraries.js';

function reference(...[ranges, sentences, tokens, text, storyWords]: Parameters<typeof withStoryContext>): Array<[number, number]> {
  const wanted = new Set(ranges.map(([a]) => a));
  let grew = false;
  for (let si = 0; si < sentences.length; si++) {
    const S = sentences[si];
    if (!wanted.has(S.first)) continue;
    let story = false;
    for (let k = S.first; k < S.last && !story; k++) story = storyWords.has(tokens[k].text) || (tokens[k].text === 'ذلك' && k > 0 && tokens[k - 1].text.endsWith('بعد'));
    if (!story) continue;
    for (let j = si - 1; j >= 0; j--) {
      const P = sentences[j];
      if (text.slice(tokens[P.last - 1]?.s ?? 0, tokens[sentences[j + 1].first].s).includes('\n')) break;
      if (!wanted.has(P.first)) {
        wanted.add(P.first);
        grew = true;
      }
    }
  }
  if (!grew) return ranges;
  return sentences.filter((S) => wanted.has(S.first)).map((S) => [S.first, S.last]);
}

const STORY = new Set(['التالي', 'نفسه', 'ذاته']);
// Words that share a length and a last letter with a story word, and some that do not.
const WORDS = ['التالي', 'الثاني', 'نفسه', 'كتبه', 'ذاته', 'ذلك', 'بعد', 'وبعد', 'التقى', 'الوزير', 'امس', 'x'];

describe('withStoryContext', () => {
  it('brings in the same sentences as the plain version', () => {
    const sentence = fc.record({ words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), nl: fc.boolean(), wanted: fc.boolean() });
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), (ss) => {
        let text = '';
        const tokens: Array<{ text: string; s: number }> = [];
        const sentences: Array<{ first: number; last: number }> = [];
        const ranges: Array<[number, number]> = [];
        for (const S of ss) {
          const first = tokens.length;
          for (const w of S.words) {
            tokens.push({ text: w, s: text.length });
            text += w + ' ';
          }
          sentences.push({ first, last: tokens.length });
          if (S.wanted) ranges.push([first, tokens.length]);
          text += S.nl ? '.\n' : '. ';
        }
        expect(withStoryContext(ranges, sentences, tokens, text, STORY)).toEqual(reference(ranges, sentences, tokens, text, STORY));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

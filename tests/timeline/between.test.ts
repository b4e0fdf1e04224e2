import { describe, expect, it } from 'vitest';
import { parseBetween } from '../../src/timeline/between.js';
import { data } from '../helpers/data.js';

describe('--between', () => {
  const lex = () => data().events;
  it.each([
    ['QAT,USA', ['QAT', 'USA']],
    ['qat,usa', ['QAT', 'USA']],
    ['qatar,"united states"'.replace(/"/g, ''), ['QAT', 'USA']],
    ['Qatar, United States', ['QAT', 'USA']],
    ['قطر,أمريكا', ['QAT', 'USA']],
    ['قطر،الولايات المتحدة', ['QAT', 'USA']],
    ['السعودية,GCC', ['SAU', 'GCC']],
    ['Saudi Arabia,Arab League', ['SAU', 'ARL']],
    ['uk,france', ['GBR', 'FRA']],
  ])('%s', (v, want) => {
    expect(parseBetween(v, lex())).toEqual(want);
  });

  it('explains what is wrong', () => {
    expect(() => parseBetween('QAT', lex())).toThrowError(/needs two countries/);
    expect(() => parseBetween('QAT,QAT', lex())).toThrowError(/names QAT twice/);
    expect(() => parseBetween('QAT,Atlantis', lex())).toThrowError(/unknown country "Atlantis"/);
  });
});

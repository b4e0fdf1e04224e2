import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWord, originalSlice, toOriginal } from '../../src/normalize/arabic.js';
import { cliticReadings } from '../../src/normalize/lexicon.js';
import { tokenize } from '../../src/normalize/tokens.js';

describe('normalize', () => {
  it('folds the spellings that differ in letters only', () => {
    expect(normalizeWord('أإآٱ')).toBe('اااا');
    expect(normalizeWord('الجمعة')).toBe('الجمعه');
    expect(normalizeWord('الماضى')).toBe('الماضي');
    expect(normalizeWord('مؤتمر')).toBe('موتمر');
    expect(normalizeWord('الثلاثـــاء')).toBe('الثلاثاء');
    expect(normalizeWord('الثُّلاثاءِ')).toBe('الثلاثاء');
    expect(normalizeWord('٢٠١٧/٠٥/٣١')).toBe('2017/05/31');
    expect(normalizeWord('۲۰۱۷')).toBe('2017');
    expect(normalizeWord('یولیو')).toBe('يوليو');
  });

  it('maps every normalized span back to the original characters, marks included', () => {
    const text = 'وصل الوزيرُ أمسِ (الثلاثـــاء) في ٣١/٥/٢٠١٧.';
    const nt = normalize(text);
    const at = nt.text.indexOf('الثلاثاء');
    expect(originalSlice(nt, at, at + 'الثلاثاء'.length)).toBe('الثلاثـــاء');
    const d = nt.text.indexOf('31/5/2017');
    expect(originalSlice(nt, d, d + 9)).toBe('٣١/٥/٢٠١٧');
    const a = nt.text.indexOf('امس');
    expect(originalSlice(nt, a, a + 3)).toBe('أمسِ');
  });

  it('keeps the offset map monotone and inside the original', () => {
    const alphabet = fc.constantFrom('ا', 'أ', 'ة', 'ى', 'ـ', 'ُ', 'ّ', '٣', '۵', ' ', '\n', 'x', '\u200f', 'ﻻ', '😀', '/', 'م');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        const nt = normalize(s);
        expect(nt.starts.length).toBe(nt.text.length);
        for (let k = 0; k < nt.text.length; k++) {
          expect(nt.starts[k]).toBeLessThan(nt.ends[k]);
          expect(nt.ends[k]).toBeLessThanOrEqual(s.length);
          if (k > 0) expect(nt.starts[k]).toBeGreaterThanOrEqual(nt.starts[k - 1]);
        }
        const [a, b] = toOriginal(nt, 0, nt.text.length);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('gives what the plain character-by-character normalizer gives, ligatures and long texts included', () => {
    // The fast normalizer writes into reused and preallocated buffers and grows them for ligatures (ﷺ is 18
    // letters): this reference builds the same output one character at a time.
    // ﹱ is a ligature of two marks: it expands to nothing, and so absorbs no mark after it.
    const DROPPED = new Set(['ـ', 'ُ', 'ِ', '\u200d']);
    const MAPPED: Record<string, string> = { أ: 'ا', ة: 'ه', '٣': '3', '\t': ' ', X: 'x', '\u200f': ' ', ﻻ: 'لا', ﷺ: 'صلي الله عليه وسلم', ﹱ: '' };
    const reference = (s: string) => {
      let text = '';
      const starts: number[] = [], ends: number[] = [];
      for (let i = 0; i < s.length; i++) {
        if (DROPPED.has(s[i])) {
          if (ends.length && ends[ends.length - 1] === i) ends[ends.length - 1] = i + 1;
          continue;
        }
        for (const u of MAPPED[s[i]] ?? s[i]) {
          text += u;
          starts.push(i);
          ends.push(i + 1);
        }
      }
      return { text, starts, ends };
    };
    // Stretches of characters that stand for one character each are copied from a shared array, not written one by
    // one, when long (hence the runs of 70 and 100): the maps of a text without a dropped or expanded one are views.
    const alphabet = fc.constantFrom('ا', 'أ', 'ة', 'ـ', 'ُ', '\u200d', '٣', ' ', '\n', '\t', 'X', '\u200f', 'ﻻ', 'ﷺ', 'ﹱ', '😀', '\ud800', 'م', 'م'.repeat(70), 'قطر '.repeat(25));
    const check = (s: string) => {
      const nt = normalize(s), ref = reference(s);
      expect(nt.text).toBe(ref.text);
      expect([...nt.starts]).toEqual(ref.starts);
      expect([...nt.ends]).toEqual(ref.ends);
    };
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => check(chars.join(''))), { numRuns: 2000 });
    // Longer than the reused buffer, then short again: nothing of the long text is left in the short one.
    const long = 'أمسِ ﷺ '.repeat(4000);
    check(long);
    check('ﻻ');
    // No dropped character, longer than the shared array is, and longer than it is kept for.
    check('أمس '.repeat(20_000));
    check('أمس '.repeat(70_000));
    check('أمس');
    expect(normalize('قطر').text).toBe('قطر');
    // Maps of texts normalized one after another, over several shared slabs, stay each text's own.
    const texts = Array.from({ length: 150 }, (_, k) => 'ةـأ'.repeat(k * 7) + 'ﻻ'.repeat(k % 3));
    const kept = texts.map((t) => normalize(t));
    kept.forEach((nt, k) => {
      const ref = reference(texts[k]);
      expect([nt.text, [...nt.starts], [...nt.ends]]).toEqual([ref.text, ref.starts, ref.ends]);
    });
  });

  it('normalizes a word as the text normalizer does, with spaces collapsed, normal or not', () => {
    // normalizeWord returns an already normal word untouched: that shortcut must agree with the full path.
    const alphabet = fc.constantFrom('ا', 'أ', 'ة', 'ى', 'ـ', 'ُ', '٣', ' ', ' ', '\n', '\t', '\u00a0', 'x', 'X', '\u200f', 'ﻻ', 'م', 'ي', 'ه');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(normalizeWord(s)).toBe(normalize(s).text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
    const normal = 'وزير الخارجية';
    expect(normalizeWord(normalizeWord(normal))).toBe(normalizeWord(normal));
    expect(normalizeWord('قطر')).toBe('قطر');
    expect(normalizeWord(' قطر  عمان ')).toBe('قطر عمان');
  });
});

describe('tokens and clitics', () => {
  it('splits letters, digits and punctuation, and notes spacing', () => {
    const toks = tokenize(normalize('في 2017/05/31، وغدا').text);
    expect(toks.map((t) => [t.kind, t.text, t.spaced])).toEqual([
      ['word', 'في', true],
      ['num', '2017', true],
      ['punct', '/', false],
      ['num', '05', false],
      ['punct', '/', false],
      ['num', '31', false],
      ['punct', ',', false],
      ['word', 'وغدا', true],
    ]);
  });

  it('cuts a text as a regular expression of its token classes does', () => {
    // A reference in regular expressions: Arabic words, Latin words (a change of script ends a word), numbers of 12
    // digits at most, line breaks, and any other character (a surrogate pair whole) as punctuation.
    const TOKEN = /([\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff]+)|([a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)|(\d{1,12})|(\n)|( )|([\ud800-\udbff][\s\S]|[\s\S])/gy;
    const reference = (text: string) => {
      const out: Array<[string, string, number, boolean]> = [];
      let spaced = true;
      for (const m of text.matchAll(TOKEN)) {
        if (m[5]) {
          spaced = true;
          continue;
        }
        const kind = m[1] || m[2] ? 'word' : m[3] ? 'num' : m[4] ? 'nl' : 'punct';
        out.push([kind, m[0], m.index, spaced]);
        spaced = kind === 'nl';
      }
      return out;
    };
    const alphabet = fc.constantFrom('ب', 'حث', 'ا', 'ٱ', 'ۓ', 'J', 'é', 'ß', '×', '3', '1234567', ' ', '\n', '.', '،', '😀', '\ud800', '\u064b');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const toks = tokenize(text);
        expect(toks.map((t) => [t.kind, t.text, t.s, t.spaced])).toEqual(reference(text));
        for (const t of toks) {
          expect(t.e).toBe(t.s + t.text.length);
          expect(t.value).toBe(t.kind === 'num' ? Number(t.text) : 0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('shares one string per word across texts, and stays exact past the capacity of its word table', () => {
    const a = tokenize('التقى الوزير نظيره 2017');
    const b = tokenize('الوزير 2017 التقى');
    expect(b[0].text).toBe('الوزير');
    expect(Object.is(b[0].text, a[1].text)).toBe(true);
    // 40,000 distinct words (the table holds 16,384), some longer than a slice that stays a view, one of 300,000
    // letters (longer than the pool of code units).
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = (k: number) => {
      let w = '';
      for (let x = k + 1; x > 0; x = Math.floor(x / letters.length)) w += letters[x % letters.length];
      return k % 7 === 0 ? w.repeat(5) : w;
    };
    const list = Array.from({ length: 40_000 }, (_, k) => word(k)).concat(['ب'.repeat(300_000), word(3), word(7)]);
    const toks = tokenize(list.join(' '));
    expect(toks.map((t) => t.text)).toEqual(list);
    expect(toks.map((t) => t.kind === 'word' && t.e - t.s === t.text.length)).not.toContain(false);
  });

  it('stays exact when words are made to collide in its word table', () => {
    // FNV-1a over code units, as the tokenizer hashes: 3,000 distinct words that all want the same slot.
    const slotOf = (w: string) => {
      let h = 0x811c9dc5 | 0;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      return h & 0x7fff;
    };
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const same: string[] = [];
    for (let k = 0; same.length < 3000; k++) {
      let w = 'س';
      for (let x = k; x > 0; x = Math.floor(x / letters.length)) w += letters[x % letters.length];
      if (slotOf(w) === slotOf('سلام')) same.push(w);
    }
    // Twice over: the second time, the words past the probe bound are sliced anew, and must read the same.
    const list = same.concat(same);
    expect(tokenize(list.join(' ')).map((t) => t.text)).toEqual(list);
  });

  it('reads proclitics off a word, the literal reading first', () => {
    expect(cliticReadings('وفي')).toEqual([['وفي', ''], ['في', 'و']]);
    expect(cliticReadings(normalizeWord('بالأمس'))).toContainEqual(['الامس', 'ب']);
    expect(cliticReadings('للشهر')).toContainEqual(['الشهر', 'ل']);
    expect(cliticReadings('وبالشهر')).toContainEqual(['بالشهر', 'و']);
  });
});

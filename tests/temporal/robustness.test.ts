// Properties every extraction keeps, whatever the text: mentions quote the original exactly, intervals are ordered,
// and the work stays linear in the length of the text (the engine is token-based, with no backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/temporal/extract.js';
import { temporalLexicon } from './lexicon.js';

const WORDS = ['في', 'من', 'إلى', 'بين', 'و', 'قبل', 'بعد', 'منذ', 'حتى', 'اليوم', 'أمس', 'غدا', 'الأحد', 'الثلاثاء', 'الماضي', 'المقبل', 'الجاري',
  'هذا', 'الشهر', 'العام', 'الأسبوع', 'مطلع', 'أواخر', 'نهاية', 'مايو', 'آب', 'مارس', 'رمضان', 'شوال', 'كانون', 'الثاني', 'الرابع', 'عشر', 'يوم',
  'يومي', 'أيام', 'بضعة', 'ثلاثة', 'يومين', 'عام', 'هـ', 'م', 'الصيف', 'مؤخرا', 'في وقت سابق', 'الفترة', 'قبل الماضي', 'زار', 'يزور', 'سيلتقي',
  '2017', '1438', '31', '5', '٣', '/', '-', '(', ')', '،', '.', '\n', 'ـ', 'ً'];

describe('extraction on any text', () => {
  it('quotes the original text and returns ordered intervals', () => {
    const lex = temporalLexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), fc.constantFrom(' ', ''), (ws, sep) => {
        const text = ws.join(sep === '' ? ' ' : sep + ' ');
        const ms = extractDates(text, '2017-05-31', lex);
        let last = -1;
        for (const m of ms) {
          expect(text.slice(m.start_offset, m.end_offset)).toBe(m.text);
          expect(m.start_offset).toBeGreaterThanOrEqual(last);
          last = m.end_offset;
          if (m.start !== null && m.end !== null) expect(m.start <= m.end).toBe(true);
          if (m.bound) expect(text.slice(m.bound.start_offset, m.end_offset)).toBe(m.bound.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on long and adversarial input', () => {
    const lex = temporalLexicon();
    const unit = 'من 3 إلى 5 مايو وبين الأحد والثلاثاء المقبلين قبل بضعة أيام 2017/05/31 ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      const ms = extractDates(text, '2017-05-31', lex);
      expect(ms.length).toBeGreaterThan(0);
      return performance.now() - t0;
    };
    time(250); // warm up
    const small = time(250), big = time(2000);
    // Eight times the text should take about eight times as long; allow generous noise, never quadratic (64x).
    expect(big).toBeLessThan(Math.max(small, 5) * 24);
    const digits = '1'.repeat(100000) + ' مايو ' + '/'.repeat(50000) + 'الأحد '.repeat(10000);
    const t0 = performance.now();
    extractDates(digits, '2017-05-31', lex);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeAll, sameContact } from '../../src/timeline/merge.js';
import { assignIds, buildTimeline, compareEvents, keep } from '../../src/timeline/build.js';
import { contact, day, person, span } from '../helpers/contacts.js';

describe('one contact, one event across articles', () => {
  it('merges the same meeting from two articles and keeps the more precise date', () => {
    const a = contact({ date: span('2017-05-01', '2017-05-10', 'month-part', 'START', 'مطلع الشهر الجاري'), article: 'a1' });
    const b = contact({ date: day('2017-05-03', 'الأربعاء'), article: 'a2' });
    const [m, ...rest] = mergeAll([a, b]);
    expect(rest).toEqual([]);
    expect(m.date.start).toBe('2017-05-03');
    expect(m.date.end).toBe('2017-05-03');
    expect(m.sources.map((s) => s.article)).toEqual(['a1', 'a2']);
    expect(m.notes?.some((n) => n.includes('merged a2 into a1'))).toBe(true);
  });

  it('keeps contacts with different dates apart', () => {
    const out = mergeAll([contact({ date: span('2017-02-01', '2017-02-28', 'month') }), contact({ date: day('2017-05-30') })]);
    expect(out).toHaveLength(2);
  });

  it('keeps a call apart from a meeting, and planned apart from occurred', () => {
    expect(sameContact(contact({ type: 'call' }), contact({ type: 'meeting' })).same).toBe(false);
    expect(sameContact(contact({ status: 'planned' }), contact({})).same).toBe(false);
    expect(sameContact(contact({ type: 'talks' }), contact({ type: 'call' })).same).toBe(true);
  });

  it('merges two reports a day apart about the same people, and says they disagree', () => {
    const out = mergeAll([contact({ date: day('2017-05-30', 'أمس'), article: 'a1' }), contact({ date: day('2017-05-31', 'اليوم'), article: 'a2' })]);
    expect(out).toHaveLength(1);
    expect(out[0].notes?.join(' ')).toMatch(/sources disagree on the day: 2017-05-30 \(أمس\) and 2017-05-31 \(اليوم\)/);
  });

  it('does not merge different people on the same day', () => {
    const other = contact({ participants: [person('tamim', 'QAT', 'head_of_state'), person('trump', 'USA', 'head_of_state')] });
    expect(mergeAll([contact({}), other])).toHaveLength(2);
  });
});

describe('timeline order, filters and ids', () => {
  it('sorts by start, then end; undated contacts by their honest bound', () => {
    const xs = [contact({ date: day('2017-05-30') }), contact({ date: span(null, '2017-05-31', 'unknown', 'BEFORE') }), contact({ date: span('2017-02-01', '2017-02-28', 'month') })];
    const sorted = [...xs].sort(compareEvents).map((e) => e.date.start ?? `≤${e.date.end}`);
    expect(sorted).toEqual(['2017-02-01', '2017-05-30', '≤2017-05-31']);
  });

  it('filters by --between and --include', () => {
    const sau = contact({ countries: ['SAU', 'USA'] });
    expect(keep(sau, { between: ['QAT', 'USA'] })).toBe(false);
    expect(keep(contact({}), { between: ['USA', 'QAT'] })).toBe(true);
    expect(keep(contact({ status: 'planned' }), {})).toBe(false);
    expect(keep(contact({ status: 'planned' }), { planned: true })).toBe(true);
    expect(keep(contact({ type: 'statement' }), { planned: true })).toBe(false);
  });

  it('gives readable, unique ids', () => {
    const ids = assignIds([contact({}), contact({}), contact({ type: 'call', date: span(null, '2017-05-31', 'unknown') })]).map((e) => e.id);
    expect(ids).toEqual(['2017-05-30-meeting-qat-usa', '2017-05-30-meeting-qat-usa-2', 'by-2017-05-31-call-qat-usa']);
  });

  it('builds the schema with articles and skipped inputs', () => {
    const t = buildTimeline([], { planned: true }, [{ source: 'x.bin', reason: 'not text' }]);
    expect(t).toEqual({ schema: 'tarikh.timeline/1', articles: [], events: [], skipped: [{ source: 'x.bin', reason: 'not text' }] });
  });
});

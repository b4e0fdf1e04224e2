// The seed article end to end: exactly the contacts the user expects, in order, with honest dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarikh } from '../helpers/cli.js';
import { ROOT } from '../helpers/data.js';

interface Ev {
  type: string;
  status: string;
  countries: string[];
  date: { start: string | null; end: string | null; grain: string; mod: string | null; value: string | null; text: string | null; rule: string; derivation: string };
  participants: Array<{ name: string; name_en: string | null; role: string | null; country: string | null }>;
  place: { text: string; name_en: string | null } | null;
  sources: Array<{ article: string; sentence: string; start: number; end: number }>;
}

describe('the seed, QAT–USA', () => {
  const run = tarikh(['timeline', '--between', 'QAT,USA', '--format', 'json']);
  const t = JSON.parse(run.stdout) as { articles: Array<{ published: string; published_from: string }>; events: Ev[] };
  const people = (e: Ev) => e.participants.map((p) => p.name_en).sort();

  it('runs cleanly on the embedded seed', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(t.articles).toEqual([{ id: 'qatar-us-2017-05-31', source: 'seeds/qatar-us-2017-05-31.txt', published: '2017-05-31', published_from: 'dateline' }]);
  });

  it('finds the four contacts in date order', () => {
    expect(t.events.map((e) => [e.type, e.date.start, e.date.end])).toEqual([
      ['meeting', '2017-02-01', '2017-02-28'],
      ['meeting', '2017-05-01', '2017-05-10'],
      ['meeting', '2017-05-21', '2017-05-21'],
      ['call', '2017-05-30', '2017-05-30'],
    ]);
  });

  it('dates February 2017 from "فبراير/شباط الماضي", one event over three paragraphs', () => {
    const e = t.events[0];
    expect(e.date).toMatchObject({ text: 'فبراير/شباط الماضي', value: '2017-02', grain: 'month', mod: null });
    expect(people(e)).toEqual(['Mohammed bin Abdulrahman Al Thani', 'Rex Tillerson']);
    expect(e.sources.length).toBe(3);
  });

  it('dates early May from "مطلع الشهر الجاري", at the State Department', () => {
    const e = t.events[1];
    expect(e.date).toMatchObject({ text: 'مطلع الشهر الجاري', value: '2017-05', grain: 'month-part', mod: 'START' });
    expect(e.date.derivation).toMatch(/publication Wed 2017-05-31/);
    expect(people(e)).toEqual(['Mohammed bin Abdulrahman Al Thani', 'Rex Tillerson']);
    expect(e.place?.text).toMatch(/وزارة الخارجية الأمريكية/);
  });

  it('dates the Riyadh summit meeting from the named event', () => {
    const e = t.events[2];
    expect(e.date).toMatchObject({ text: 'قمة الرياض', rule: 'named-event' });
    expect(people(e)).toEqual(['Donald Trump', 'Tamim bin Hamad Al Thani']);
    expect(e.place?.name_en).toBe('Riyadh');
  });

  it('dates the phone call Tuesday 30 May from "الثلاثاء" and the past tense', () => {
    const e = t.events[3];
    expect(e.date).toMatchObject({ text: 'الثلاثاء', value: '2017-05-30', grain: 'day', rule: 'weekday/tense-past' });
    expect(people(e)).toEqual(['Mohammed bin Abdulrahman Al Thani', 'Rex Tillerson']);
    expect(e.participants.map((p) => p.role)).toEqual(['foreign_minister', 'foreign_minister']);
    expect(e.sources.some((s) => s.sentence.startsWith('بحث وزير الخارجية القطري'))).toBe(true);
    expect(e.sources.some((s) => s.sentence.startsWith('جاء ذلك خلال اتصال هاتفي'))).toBe(true);
  });

  it('quotes the article exactly at every source offset', () => {
    const text = readFileSync(join(ROOT, 'seeds', 'qatar-us-2017-05-31.txt'), 'utf8');
    for (const e of t.events) for (const s of e.sources) expect(text.slice(s.start, s.end)).toBe(s.sentence);
  });

  it("keeps Stuart Jones's remarks as a statement, shown only when asked", () => {
    const all = JSON.parse(tarikh(['timeline', '--include', 'statements', '--format', 'json']).stdout) as { events: Ev[] };
    const st = all.events.filter((e) => e.type === 'statement');
    expect(st.map((e) => e.participants[0]?.name)).toContain('ستيوارت جونز');
    expect(t.events.some((e) => e.type === 'statement')).toBe(false);
  });
});

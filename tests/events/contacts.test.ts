// Contacts in single articles written for these tests (news style, several regional styles).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { scanMentions } from '../../src/events/scan.js';
import { processArticle } from '../../src/pipeline.js';
import { data } from '../helpers/data.js';

function contacts(text: string, published: string, statements = false) {
  return processArticle({ id: 't', source: 't.txt', text, published }, data(), { statements }).contacts;
}
const summary = (text: string, published: string) =>
  contacts(text, published).map((c) => ({ type: c.type, status: c.status, countries: [...c.countries].sort(), start: c.date.start, end: c.date.end, people: c.participants.map((p) => p.name_en ?? p.name).sort() }));

describe('contact forms', () => {
  it('a phone call received from a head of state', () => {
    const s = summary('تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، أمس، اتصالا هاتفيا من الرئيس المصري عبدالفتاح السيسي.', '2016-03-10');
    expect(s).toEqual([{ type: 'call', status: 'occurred', countries: ['EGY', 'SAU'], start: '2016-03-09', end: '2016-03-09', people: ['Abdel Fattah el-Sisi', 'Salman bin Abdulaziz'] }]);
  });

  it('a role phrase resolves to the holder on the date', () => {
    const s = summary('التقى وزير الخارجية الأمريكي اليوم نظيره القطري في الدوحة.', '2015-08-03');
    expect(s[0].people).toEqual(['John Kerry', 'Khalid bin Mohammad Al-Attiyah']);
    expect(contacts('التقى وزير الخارجية الأمريكي اليوم نظيره القطري في الدوحة.', '2015-08-03')[0].place).toMatchObject({ name_en: 'Doha', country: 'QAT' });
    const later = summary('التقى وزير الخارجية الأمريكي اليوم نظيره القطري في الدوحة.', '2021-05-03');
    expect(later[0].people).toEqual(['Antony Blinken', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('a planned visit with a future verb and the destination as place, and the talks it is for', () => {
    const [c, m] = contacts('يزور وزير الخارجية السعودي عادل الجبير موسكو يوم الثلاثاء المقبل لإجراء محادثات مع نظيره الروسي.', '2015-08-08');
    expect(m).toMatchObject({ type: 'meeting', status: 'planned' });
    expect(m.participants.map((p) => p.name_en)).toEqual(['Adel al-Jubeir', 'Sergey Lavrov']);
    expect(c.type).toBe('visit');
    expect(c.status).toBe('planned');
    expect(c.date.start).toBe('2015-08-11');
    expect(c.place).toMatchObject({ name_en: 'Moscow', country: 'RUS' });
    expect([...c.countries].sort()).toEqual(['RUS', 'SAU']);
  });

  it('a negated contact is not an event', () => {
    expect(contacts('وقال المتحدث إن الوزير لم يلتق نظيره الإيراني خلال زيارته أمس.', '2016-01-05').filter((c) => c.type === 'meeting')).toEqual([]);
  });

  it('"لم يلتق", "لم يزر": the shortened verb after لم is a contact word, so that the negation finds it', () => {
    const nt = normalize('ولم يلتق الوزير نظيره، ولم يزر الرياض، ولم تلتق الوزيرة أحدا.');
    const tokens = tokenize(nt.text);
    const found = scanMentions(tokens, data().events, 0).map((m) => [tokens.slice(m.first, m.last).map((t) => t.text).join(' '), m.tags.map((t) => (t.t === 'trigger' ? t.type : t.t)).join('+')]);
    expect(found).toEqual(expect.arrayContaining([['يلتق', 'meeting'], ['يزر', 'visit'], ['تلتق', 'meeting']]));
    expect(found.filter(([, k]) => k === 'neg')).toHaveLength(3);
  });

  it('a sentence that denies a contact does not go on about the contact before it', () => {
    const text = 'الكويت - وكالات\n\nالتقى وزير الخارجية الكويتي أمس نظيره الأمريكي، وبحث معه الأوضاع في المنطقة.\nولم يلتق وزير الخارجية الكويتي نظيره الإماراتي خلال الجولة الأخيرة، بحسب مصادر دبلوماسية.';
    const cs = contacts(text, '2016-03-04');
    expect(cs.map((c) => [c.type, [...c.countries].sort()])).toEqual([['meeting', ['KWT', 'USA']]]);
    expect(cs[0].sources.map((x) => x.sentence.slice(0, 15))).toEqual(['التقى وزير الخا']);
  });

  it('what a negated contact is called again later in its sentence is not a contact either; a finite verb is', () => {
    const head = 'الكويت - وكالات\n\n';
    const denied = 'ولم يلتق وزير الخارجية الكويتي نظيره الإماراتي خلال الجولة الأخيرة، رغم تقارير تحدثت عن ترتيبات لعقد لقاء بينهما.';
    expect(contacts(head + denied, '2016-03-04')).toEqual([]);
    const other = 'ولم يلتق وزير الخارجية الكويتي نظيره الإماراتي، لكنه التقى أمس الرئيس الفرنسي.';
    const cs = contacts(head + other, '2016-03-04');
    expect(cs.map((c) => c.type)).toEqual(['meeting']);
    // The clause after لكن is its own: the UAE minister he did not meet is not in it, and "لكنه" is the Kuwaiti.
    expect([...cs[0].countries].sort()).toEqual(['FRA', 'KWT']);
    expect(cs[0].participants.map((p) => p.name_en)).toEqual(['Sabah Al-Khalid Al-Hamad Al-Sabah', 'François Hollande']);
    const [named] = contacts(head + 'ولم يلتق وزير الخارجية الكويتي نظيره الإماراتي، لكن أمير الكويت التقى أمس الرئيس الفرنسي.', '2016-03-04');
    expect(named.participants.map((p) => p.name_en)).toEqual(['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'François Hollande']);
  });

  it('sentences that continue a contact join it', () => {
    const text = 'بحث وزير الخارجية القطري ونظيره الأمريكي، الثلاثاء، تعزيز التعاون.\nجاء ذلك خلال اتصال هاتفي أجراه الشيخ محمد بن عبدالرحمن آل ثاني مع ريكس تيلرسون.\nوأكد الجانبان أهمية التنسيق.';
    const cs = contacts(text, '2017-05-31');
    expect(cs).toHaveLength(1);
    expect(cs[0].type).toBe('call');
    expect(cs[0].sources).toHaveLength(3);
    expect(cs[0].date.start).toBe('2017-05-30');
  });

  it('the spokesman who reports a contact ("صرح ... بأن") is not one of its participants', () => {
    const text = 'وصل وزير الخارجية سامح شكري اليوم إلى أنقرة حيث التقى نظيره التركي مولود جاويش أوغلو.\nوصرح السفير أحمد أبو زيد المتحدث الرسمي باسم وزارة الخارجية بأن الوزيرين تناولا خلال اللقاء تطبيع العلاقات.';
    const people = contacts(text, '2023-04-13').flatMap((c) => c.participants.map((p) => p.name_en ?? p.name));
    expect(people.filter((p) => p.includes('أبو زيد'))).toEqual([]);
    expect(people).toContain('Sameh Shoukry');
  });

  it('"their visit" to the place of a visit just told retells it, whoever the clause names', () => {
    const text = 'وأذكر زيارة وفد الجامعة العربية برئاسة نبيل العربي إلى الدوحة عام 2013، وبعدها قرر وزير الخارجية الكويتي صباح الخالد العودة إلى الكويت، رغم أن زيارتهم إلى قطر كانت مقررة ليومين.';
    const visits = contacts(text, '2016-05-10').filter((c) => c.type === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0].place).toMatchObject({ country: 'QAT' });
    expect(visits[0].sources).toHaveLength(1);
    expect(visits[0].participants.map((p) => p.country)).not.toContain('KWT');
  });

  it('visitors each followed by their own day are as many visits (gapping)', () => {
    const s = summary('ومن المقرر أن يصل وزير الخارجية الأمريكي إلى الدوحة الأحد، ووزير الخارجية الروسي الاثنين.', '2015-07-25');
    expect(s).toEqual([
      { type: 'visit', status: 'planned', countries: ['QAT', 'USA'], start: '2015-07-26', end: '2015-07-26', people: ['John Kerry'] },
      { type: 'visit', status: 'planned', countries: ['QAT', 'RUS'], start: '2015-07-27', end: '2015-07-27', people: ['Sergey Lavrov'] },
    ]);
  });

  it('"حيث" puts the contact after it at the place just named, with its own parties', () => {
    const text = 'ويغادر وزير الخارجية التركي العاصمة الأردنية مساء اليوم متوجها إلى القاهرة، حيث من المقرر غدا وصول وزير الخارجية الفرنسي لوران فابيوس.';
    const visits = contacts(text, '2015-07-20').filter((c) => c.type === 'visit' && c.participants.some((p) => p.name_en === 'Laurent Fabius'));
    expect(visits).toHaveLength(1);
    expect(visits[0].place).toMatchObject({ name_en: 'Cairo', country: 'EGY' });
    expect([...visits[0].countries].sort()).toEqual(['EGY', 'FRA']);
    expect(visits[0].participants.map((p) => p.country)).not.toContain('TUR');
    expect(visits[0].date.start).toBe('2015-07-21');
  });

  it('story time counts from the date told before, even in a sentence with no contact (timeline mode dates only contact sentences)', () => {
    const text = 'اندلعت الاشتباكات في المدينة يوم 3 مايو. وفي اليوم التالي اتصل الرئيس الأمريكي دونالد ترامب بخادم الحرمين الشريفين الملك سلمان.\n\nوفي اليوم التالي التقى وزير الخارجية القطري نظيره الأمريكي.';
    for (const allDates of [true, false]) {
      const cs = processArticle({ id: 't', source: 't.txt', text, published: '2017-05-31' }, data(), { statements: false, allDates }).contacts;
      const call = cs.find((c) => c.type === 'call')!;
      expect(call.date).toMatchObject({ text: 'اليوم التالي', start: '2017-05-04', end: '2017-05-04', rule: 'anaphoric/following-day' });
      // A new paragraph has nothing to count from: undated, with its honest bound.
      const meeting = cs.find((c) => c.type === 'meeting')!;
      expect(meeting.date).toMatchObject({ text: null, start: null, end: '2017-05-31', mod: 'BEFORE' });
    }
  });

  it('statements only when asked', () => {
    const text = 'وقال وزير الخارجية الأمريكي جون كيري إن بلاده تعمل مع قطر.';
    expect(contacts(text, '2015-08-03')).toEqual([]);
    const [s] = contacts(text, '2015-08-03', true);
    expect(s.type).toBe('statement');
    expect(s.participants[0].name_en).toBe('John Kerry');
  });
});

describe('one article does not leak into the next', () => {
  // The contact stage reuses its token marks from article to article (src/scratch.ts): a long article full of
  // names and dates first must not change what a short one yields.
  it('a short article gives the same contacts before and after a long one', () => {
    const short = 'وقال المصدر إن ريكس تيلرسون التقى اليوم أمير قطر في الدوحة.';
    // Dates at every token a name of the short article takes: were the marks left over, its names would be dropped.
    const long = `التقى الوزيران ${Array.from({ length: 30 }, (_, i) => `${i + 1} مايو 2017`).join(' و')} في الدوحة.\n` + Array.from({ length: 20 }, (_, i) => `استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في ${i + 1} مايو 2017 وزير الخارجية الأمريكي ريكس تيلرسون.`).join('\n');
    const before = contacts(short, '2017-08-03');
    expect(contacts(long, '2017-06-01').length).toBeGreaterThan(0);
    expect(contacts(short, '2017-08-03')).toEqual(before);
    expect(before.map((c) => c.participants.map((p) => p.name_en))).toEqual([['Rex Tillerson', 'Tamim bin Hamad Al Thani']]);
  });
});

// Where a contact took place, and when two reports are one contact or two. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { data } from '../helpers/data.js';

const contacts = (text: string, published: string) => processArticle({ id: 't', source: 't.txt', text, published }, data(), { statements: false }).contacts;
const brief = (text: string, published: string) =>
  contacts(text, published).map((c) => ({ type: c.type, countries: [...c.countries].sort(), start: c.date.start, end: c.date.end, place: c.place?.name_en ?? null }));

describe('a place in what was discussed is not where the contact was', () => {
  it('"وناقشا الأوضاع في قطاع غزة" after the meeting', () => {
    const cs = contacts('التقى الرئيس المصري أمس وزير الخارجية الأردني، وناقشا الأوضاع الإنسانية في قطاع غزة.', '2016-02-14');
    expect(cs).toHaveLength(1);
    expect(cs[0].place).toBeNull();
    expect(cs[0].topics).toContain('humanitarian');
  });

  it('"حول الأوضاع في ..." after planned talks', () => {
    const cs = contacts('ومن المقرر أن يزور وزير الخارجية الأردني أنقرة الأسبوع المقبل لإجراء محادثات مع نظيره التركي حول الأوضاع الإنسانية في قطاع غزة.', '2016-02-14');
    expect(cs.map((c) => [c.type, c.place?.name_en ?? null])).toEqual([
      ['visit', 'Ankara'],
      ['meeting', null],
    ]);
  });

  it('after a talks word of the contact\'s own, a place after what was discussed is part of it', () => {
    expect(brief('بحث وزير الخارجية القطري ونظيره الأمريكي أمس الأوضاع الإنسانية في قطاع غزة.', '2017-05-31')[0].place).toBeNull();
    // ... but not one right after the talks word, a party or a date
    expect(brief('بحث وزير الخارجية القطري مع نظيره الأمريكي في واشنطن أمس تطورات الأوضاع.', '2017-05-31')[0].place).toBe('Washington');
    expect(brief('بحث وزير الخارجية القطري أمس في الدوحة مع نظيره الأمريكي تطورات الأوضاع.', '2017-05-31')[0].place).toBe('Doha');
    expect(brief('بحث وزير الخارجية القطري مع نظيره الأمريكي ريكس تيلرسون، في الدوحة أمس، تطورات الأوضاع.', '2017-05-31')[0].place).toBe('Doha');
  });

  it('an undated contact is not a later dated one in another country, even in the first sentence', () => {
    const cs = contacts('وتأتي الزيارة في إطار التحضيرات لزيارة ولي العهد السعودي الأمير محمد بن سلمان إلى الصين بدعوة من الرئيس الصيني شي جين بينغ، الذي زار الرياض العام الماضي.', '2018-11-20');
    expect(cs.map((c) => [c.place?.name_en, c.status, c.date.text])).toEqual([
      ['China', 'planned', null],
      ['Riyadh', 'occurred', 'العام الماضي'],
    ]);
  });

  it('a place before the discussion, or right after its word, is where', () => {
    expect(brief('التقى وزير الخارجية القطري أمس نظيره الأمريكي في الدوحة وبحثا الأوضاع في سوريا.', '2016-02-14')[0].place).toBe('Doha');
    expect(brief('التقى وزير الخارجية القطري أمس نظيره الأمريكي وبحث معه في الدوحة التعاون الاقتصادي.', '2016-02-14')[0].place).toBe('Doha');
  });

  it('"بشأن" in the name of a forum opens no topic: the forum was held where the text says', () => {
    expect(brief('التقى وزير الخارجية القطري أمس نظيره الأمريكي على هامش مؤتمر الأطراف بشأن المناخ في باريس، وبحثا الأوضاع في سوريا.', '2016-01-24')[0].place).toBe('Paris');
  });
});

describe('one contact or two', () => {
  const head = 'الرياض - واس\n\n';

  it('"كما التقى": the same two meeting again is another meeting, not the one told before', () => {
    const s = brief(head + 'التقى وزير الخارجية السعودي أمس في الرياض نظيره العماني.\nكما التقى وزير الخارجية السعودي نظيره العماني على هامش منتدى دافوس الاقتصادي.', '2019-01-24');
    expect(s).toEqual([
      { type: 'meeting', countries: ['OMN', 'SAU'], start: '2019-01-23', end: '2019-01-23', place: 'Riyadh' },
      { type: 'meeting', countries: ['OMN', 'SAU'], start: null, end: '2019-01-24', place: null },
    ]);
  });

  it('a headline is still the contact that "كما" reports', () => {
    const cs = contacts('وزير الخارجية السعودي يستقبل نظيره العماني\n' + head + 'كما استقبل وزير الخارجية السعودي أمس نظيره العماني في الرياض.', '2019-01-24');
    expect(cs).toHaveLength(1);
    expect(cs[0].sources).toHaveLength(2);
  });

  it('meetings of the same people in two cities are two meetings, even when their dates overlap', () => {
    const s = brief(head + 'التقى وزير الخارجية السعودي في وقت سابق من هذا الشهر نظيره العماني في الرياض.\nوكان وزير الخارجية السعودي قد التقى نظيره العماني في مسقط قبل أيام.', '2019-01-24');
    expect(s.map((c) => c.place)).toEqual(['Riyadh', 'Muscat']);
    expect(s[1]).toMatchObject({ start: '2019-01-14', end: '2019-01-21' });
  });

  it('an undated contact past the headline is not a later dated one when each names someone the other does not', () => {
    const text = 'عمان - بترا\n\nأعلن الديوان الملكي الأردني أن العاهل الأردني سيزور الرياض الشهر المقبل.\nويأتي الإعلان بعد أيام من زيارة قام بها ولي العهد السعودي إلى عمان، التقى خلالها العاهل الأردني.\nوتلقى العاهل الأردني منتصف الشهر الماضي رسالة خطية من خادم الحرمين الشريفين، سلمها وزير الخارجية السعودي خلال لقائه وزير الخارجية الأردني في عمان.';
    const meetings = contacts(text, '2021-11-20').filter((c) => c.type === 'meeting');
    expect(meetings.map((c) => [c.date.text, c.participants.map((p) => p.name_en).sort()])).toEqual([
      [null, ['Abdullah II', 'Mohammed bin Salman']],
      ['منتصف الشهر الماضي', ['Abdullah II', 'Ayman Safadi', 'Faisal bin Farhan']],
    ]);
  });

  it('a contact counted from an announcement is not a later one when each names someone the other does not', () => {
    const text = 'عمان - بترا\n\nأعلن الديوان الملكي الأردني اليوم أن العاهل الأردني سيزور الرياض الشهر المقبل.\nويأتي الإعلان بعد أيام من زيارة قام بها ولي العهد السعودي إلى عمان، التقى خلالها العاهل الأردني.\nوتلقى العاهل الأردني منتصف الشهر الماضي رسالة خطية من خادم الحرمين الشريفين، سلمها وزير الخارجية السعودي خلال لقائه وزير الخارجية الأردني في عمان.';
    const meetings = contacts(text, '2021-11-20').filter((c) => c.type === 'meeting');
    expect(meetings.map((c) => [c.date.text, c.participants.map((p) => p.name_en).sort()])).toEqual([
      ['بعد أيام من', ['Abdullah II', 'Mohammed bin Salman']],
      ['منتصف الشهر الماضي', ['Abdullah II', 'Ayman Safadi', 'Faisal bin Farhan']],
    ]);
  });

  it('a city and its country named as a whole may be one place', () => {
    const s = brief(head + 'وصل وزير الخارجية العماني اليوم إلى السعودية.\nواستقبل وزير الخارجية السعودي نظيره العماني في الرياض.', '2019-01-24');
    expect(s.filter((c) => c.type === 'meeting')).toHaveLength(1);
  });

  it('"وكانت الكويت قد استضافت ...": the subject between كان and the verb is its own, so it lends nothing to the contact before', () => {
    const cs = contacts('الدوحة - قنا\n\nزار أمير قطر أنقرة والتقى الرئيس التركي.\nوكانت الكويت قد استضافت جولة من المفاوضات بين الأطراف اليمنية عام 2016.', '2019-01-24');
    const meeting = cs.find((c) => c.type === 'meeting')!;
    expect(meeting.date).toMatchObject({ text: null, start: null, end: '2019-01-24' });
    expect(meeting.sources).toHaveLength(1);
  });
});

describe('the date of a contact on the sidelines of a forum', () => {
  it('a date right after a long forum name and its city is the contact\'s', () => {
    const [c] = contacts('التقى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني وزير الخارجية الأمريكي أنتوني بلينكن على هامش مؤتمر الأطراف بشأن المناخ في شرم الشيخ، صباح اليوم، وبحثا الأوضاع في السودان.', '2022-11-08');
    expect(c.date).toMatchObject({ text: 'صباح اليوم', start: '2022-11-08', end: '2022-11-08' });
    expect(c.place?.name_en).toBe('Sharm El-Sheikh');
  });

  it('but not a date past a relative pronoun, which is the date of what the clause tells', () => {
    const [c] = contacts('التقى وزير الخارجية القطري نظيره الأمريكي على هامش منتدى الدوحة لبحث الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران في 14 يوليو.', '2015-08-01');
    expect(c.date).toMatchObject({ text: null, start: null });
  });
});

describe('the meetings a contact was on the sidelines of', () => {
  it('are its occasion, not a contact with the organisation', () => {
    const cs = contacts('عمان - بترا\n\nكما التقى العاهل الأردني خلال الأيام الماضية وزير الخارجية المغربي على هامش اجتماعات الجمعية العامة للأمم المتحدة، وناقشا الأوضاع الإنسانية في قطاع غزة.', '2021-11-20');
    expect(cs.map((c) => [...c.countries].sort())).toEqual([['JOR', 'MAR']]);
  });

  it('the people who name the forum are not the contact\'s, and the date after the forum is', () => {
    const [c, ...rest] = contacts('التقى العاهل المغربي وزير الخارجية الأردني على هامش اجتماعات وزراء خارجية دول مجلس التعاون الخليجي في الرياض، قبل يومين، حيث بحث الجانبان الوضع في ليبيا.', '2021-12-05');
    expect(rest).toEqual([]);
    expect([...c.countries].sort()).toEqual(['JOR', 'MAR']);
    expect(c.participants.map((p) => p.name_en)).toEqual(['Mohammed VI', 'Ayman Safadi']);
    expect(c.date).toMatchObject({ text: 'قبل يومين', start: '2021-12-03', end: '2021-12-03' });
  });
});

describe('a summit the text does not date', () => {
  const text = 'الدوحة - قنا\n\nالتقى أمير قطر الرئيس الأمريكي على هامش قمة الرياض.\nوأضاف المسؤول أن قطر شاركت في البيان الختامي لقمة الرئيس الأميركي ودول مجلس التعاون الخليجي.';
  it('is the named summit of its parties that the same article recalls', () => {
    const summit = contacts(text, '2017-05-31').find((c) => c.type === 'summit')!;
    expect(summit.date).toMatchObject({ start: '2017-05-21', end: '2017-05-21', rule: 'named-event/same-parties' });
    expect(summit.place?.name_en).toBe('Riyadh');
  });

  it('and stays undated when the article names no such summit', () => {
    const summit = contacts(text.replace('على هامش قمة الرياض', 'في الدوحة'), '2017-05-31').find((c) => c.type === 'summit')!;
    expect(summit.date).toMatchObject({ text: null, start: null, end: '2017-05-31' });
  });
});

describe('titles', () => {
  it('"المستشار الألماني" is Germany\'s head of government, not an adviser', () => {
    const [c] = contacts('برلين - د ب أ\n\nاستقبلت المستشارة الألمانية أمس في برلين أمير قطر.', '2018-09-08');
    expect([...c.countries].sort()).toEqual(['DEU', 'QAT']);
    expect(c.participants.find((p) => p.country === 'DEU')).toMatchObject({ name: 'المستشارة الألمانية', role: 'head_of_government' });
  });
});

describe('"جاء ذلك خلال اتصال" after an announced contact', () => {
  const people = (c: { participants: Array<{ name: string; name_en: string | null }> }) => c.participants.map((p) => p.name_en ?? p.name).sort();

  it('the call was held when the announcement was made; the visit it announced is still to come', () => {
    const text = 'القاهرة - وكالات\n\nأعلنت وزارة الخارجية المصرية الأسبوع الماضي أن وزير الخارجية المصري سيتوجه الشهر المقبل إلى باريس، يبحث خلالها جهود مكافحة الإرهاب.\nجاء ذلك خلال اتصال هاتفي أجراه وزير الخارجية المصري سامح شكري مع نظيره الفرنسي، وفقا لبيان صادر عن وزارة الخارجية المصرية.';
    const cs = contacts(text, '2017-12-12');
    const call = cs.find((c) => c.type === 'call')!;
    expect(call.status).toBe('occurred');
    expect(call.date).toMatchObject({ text: 'الأسبوع الماضي', start: '2017-12-04', end: '2017-12-10' });
    expect(call.date.rule).toMatch(/^reported-during:/);
    expect(people(call)).toEqual(['Jean-Yves Le Drian', 'Sameh Shoukry']);
    const visit = cs.find((c) => c.type === 'visit')!;
    expect(visit).toMatchObject({ status: 'planned', place: { name_en: 'Paris' }, date: { start: '2018-01-01', end: '2018-01-31' } });
  });

  it('with a headline before it, and with "قال ... إنه سيلتقي"', () => {
    const text = 'وزير الخارجية الأمريكي يبحث مع نظيره الألماني التعاون الاقتصادي\n\nقال وزير الخارجية الأمريكي جون كيري مساء الخميس إنه سيلتقي نظيره الألماني نهاية الأسبوع الجاري في برلين، لبحث الملف النووي الإيراني.\nجاء ذلك خلال اتصال هاتفي أجراه وزير الخارجية الأمريكي مع نظيره الألماني، وفقا لبيان صادر عن وزارة الخارجية الأمريكية.';
    const cs = contacts(text, '2014-02-28');
    expect(cs.map((c) => [c.type, c.status])).toEqual(expect.arrayContaining([['call', 'occurred'], ['meeting', 'planned']]));
    expect(cs.find((c) => c.type === 'call')!.date).toMatchObject({ text: 'مساء الخميس', start: '2014-02-27', end: '2014-02-27' });
  });

  it('after a contact that took place, it is still that contact, told again', () => {
    const cs = contacts('بحث وزير الخارجية المصري سامح شكري أمس مع نظيره الفرنسي جهود مكافحة الإرهاب.\nجاء ذلك خلال اتصال هاتفي أجراه وزير الخارجية المصري مع نظيره الفرنسي.', '2017-12-12');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ type: 'call', status: 'occurred', date: { start: '2017-12-11', end: '2017-12-11' } });
  });
});

describe('on the sidelines of a named summit', () => {
  const meeting = (text: string, published: string) => contacts(text, published).find((c) => c.type === 'meeting')!;
  it('with no date of its own: the most recent instance before publication, its day and its city', () => {
    expect(meeting('التقى أمير قطر وزير الخارجية الأمريكي على هامش القمة الخليجية الأمريكية.', '2017-06-10')).toMatchObject({ place: { name_en: 'Riyadh' }, date: { start: '2017-05-21', end: '2017-05-21' } });
  });

  it('dated by the text in the days of an instance: that instance\'s city', () => {
    expect(meeting('التقى أمير قطر وزير الخارجية الأمريكي يوم 14 مايو 2015 على هامش القمة الخليجية الأمريكية.', '2017-06-10').place?.name_en).toBe('Camp David');
  });

  it('a named summit the text dates in a year the data does not hold takes neither that instance\'s city nor its host', () => {
    const cs = contacts('ومن المقرر أن يرأس خادم الحرمين الشريفين أعمال القمة العربية التي تستضيفها المملكة في مدينة الظهران منتصف الشهر الجاري.', '2018-04-05');
    const summit = cs.find((c) => c.type === 'summit')!;
    expect([...summit.countries].sort()).toEqual(['ARL', 'SAU']);
    expect(summit.place?.name_en).toBe('Dhahran');
  });

  it('dated by the text when no instance the data knows was held: no city is made up', () => {
    const m = meeting('التقى أمير قطر مساء الخميس وزير الخارجية الأمريكي على هامش القمة الخليجية الأمريكية.', '2019-05-10');
    expect(m.date).toMatchObject({ start: '2019-05-09', end: '2019-05-09' });
    expect(m.place).toBeNull();
  });
});

// Who took part in a contact and when, in sentence shapes the lead of a wire story often takes. Articles written for
// these tests.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { data } from '../helpers/data.js';

const contacts = (text: string, published: string) => processArticle({ id: 't', source: 't.txt', text, published }, data(), { statements: false }).contacts;
const people = (c: { participants: Array<{ name: string; name_en: string | null }> }) => c.participants.map((p) => p.name_en ?? p.name).sort();

describe('rounds of talks between delegations', () => {
  it('"جولة جديدة من المحادثات" is a round of talks, not a tour, and the heads of the delegations are its people', () => {
    const cs = contacts('انطلقت قبل أيام في القاهرة جولة جديدة من المحادثات بين وفدين رفيعي المستوى من مصر والأردن، يرأسهما وزير الخارجية المصري ووزير الخارجية الأردني، لبحث تطورات القضية الفلسطينية.', '2020-06-01');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ type: 'meeting', status: 'occurred', place: { name_en: 'Cairo' } });
    expect(people(cs[0])).toEqual(['Ayman Safadi', 'Sameh Shoukry']);
    expect(cs[0].date).toMatchObject({ text: 'قبل أيام', start: '2020-05-22', end: '2020-05-29' });
  });

  it('"برئاسة" names the heads as "يرأسهما" does', () => {
    const cs = contacts('انطلقت قبل أيام في القاهرة جولة جديدة من المحادثات بين وفدين رفيعي المستوى من مصر والأردن، برئاسة وزير الخارجية المصري ووزير الخارجية الأردني، لبحث تطورات القضية الفلسطينية.', '2020-06-01');
    expect(cs).toHaveLength(1);
    expect(people(cs[0])).toEqual(['Ayman Safadi', 'Sameh Shoukry']);
  });

  it('however long the delegations\' description', () => {
    const [c] = contacts('انطلقت أواخر الشهر الماضي في مسقط جولة جديدة من المحادثات بين وفدين رفيعي المستوى من سلطنة عمان والولايات المتحدة، يرأسهما وزير الخارجية العماني ووزير الخارجية الأمريكي جون كيري، لبحث جهود مكافحة الإرهاب.', '2014-08-12');
    expect([...c.countries].sort()).toEqual(['OMN', 'USA']);
    expect(people(c)).toEqual(['John Kerry', 'Yusuf bin Alawi bin Abdullah']);
  });
});

describe('the speaker of "إنه" is the subject', () => {
  it('"قال الوزير ... إنه سيلتقي نظيره": the speaker meets, on the date he names, not the day he spoke', () => {
    const [c] = contacts('قال وزير الخارجية التركي مولود جاويش أوغلو قبل ثلاثة أسابيع إنه سيلتقي نظيره البحريني الشهر المقبل في المنامة، لبحث الوضع في ليبيا.', '2019-04-13');
    expect(c).toMatchObject({ type: 'meeting', status: 'planned', place: { name_en: 'Manama' } });
    expect(people(c)).toEqual(['Khalid bin Ahmed Al Khalifa', 'Mevlüt Çavuşoğlu']);
    expect(c.date).toMatchObject({ start: '2019-05-01', end: '2019-05-31' });
  });

  it('"أكد الوزير أن ...، مشيرا إلى أنه سيلتقي نظيره": the participle goes on with the speaker before it', () => {
    const [c] = contacts('المنامة - بنا\n\nأكد وزير الخارجية البحريني أن الاتصالات مستمرة مع الجانب الأمريكي، مشيرا إلى أنه سيلتقي نظيره الأمريكي مطلع الشهر المقبل.', '2019-03-23');
    expect(c).toMatchObject({ type: 'meeting', status: 'planned', date: { start: '2019-04-01', end: '2019-04-10' } });
    expect(people(c)).toEqual(['Khalid bin Ahmed Al Khalifa', 'Mike Pompeo']);
  });

  it('but a speaker who says "إن" + someone else reports a contact he is not in', () => {
    const [c] = contacts('وقال وزير الخارجية القطري أمس إن وزير الخارجية الأمريكي سيزور الدوحة الأسبوع المقبل.', '2019-04-13');
    expect(people(c)).toEqual(['Mike Pompeo']);
  });
});

describe('dates', () => {
  it('"بحث الوزير ونظيره، أول أمس، ... خلال اتصال هاتفي": the talks\' date is the call\'s', () => {
    const [c] = contacts('بحث وزير الخارجية البريطاني ونظيره الكويتي، أول أمس، تعزيز التعاون الاستراتيجي بين البلدين، إضافة إلى التبادل التجاري ورفع القيود الجمركية، خلال اتصال هاتفي تناول أيضا التعاون الدفاعي والعسكري.', '2018-01-11');
    expect(c.type).toBe('call');
    expect(c.date).toMatchObject({ text: 'أول أمس', start: '2018-01-09', end: '2018-01-09' });
  });

  it('"قبل نحو شهرين" dates a contact, as a rounded distance', () => {
    const [c] = contacts('أجرى وزير الخارجية المصري سامح شكري قبل نحو شهرين اتصالا هاتفيا مع نظيره العماني.', '2019-07-09');
    expect(c.date).toMatchObject({ text: 'قبل نحو شهرين', start: '2019-05-09', end: '2019-05-09', mod: 'APPROX' });
  });
});

describe('a verb after the ل of purpose', () => {
  it('"لاستضافة البطولات" is hosting a tournament, not a meeting that takes the people of the talks', () => {
    const cs = contacts('انطلقت الشهر الماضي في الرياض جولة جديدة من المحادثات بين وفدين رفيعي المستوى من السعودية والمغرب، يرأسهما وزير الخارجية السعودي ووزير الخارجية المغربي، لبحث الاستعدادات لاستضافة البطولات الرياضية الكبرى.', '2021-08-20');
    expect(cs).toHaveLength(1);
    expect([...cs[0].countries].sort()).toEqual(['MAR', 'SAU']);
    expect(cs[0].participants).toHaveLength(2);
  });
});

describe('"اتصل" needs someone to call', () => {
  it('"رسالة ... تتصل بالعلاقات الثنائية" relates to them: no call', () => {
    expect(contacts('الدوحة - قنا\n\nتلقى أمير قطر رسالة خطية من الرئيس الأمريكي، تتصل بالعلاقات الثنائية.', '2019-02-10').filter((c) => c.type === 'call')).toEqual([]);
  });

  it('"اتصل أمير قطر أمس بالرئيس الأمريكي" is a call', () => {
    expect(contacts('اتصل أمير قطر أمس بالرئيس الأمريكي.', '2019-02-10').map((c) => c.type)).toEqual(['call']);
  });
});

describe('hosting', () => {
  it('a city that hosts conferences hosts no one; one that hosts a minister does', () => {
    expect(contacts('ومن المقرر أن يزور وزير الخارجية الروسي الرباط الأسبوع المقبل.\nوتحتضن المدينة مقر عدد من المنظمات الإقليمية، كما تستضيف بانتظام مؤتمرات ومنتديات تجمع صناع القرار.', '2015-07-06').map((c) => c.type)).toEqual(['visit']);
    const [c] = contacts('استضاف أمير قطر أمس الرئيس التركي في الدوحة.', '2016-03-04');
    expect([...c.countries].sort()).toEqual(['QAT', 'TUR']);
  });

  it('the rule is the hosting verbs\' (needs_party in triggers.yaml), not every meeting verb\'s', () => {
    const tags = (w: string) => data().events.phrases.startsOf(w).flatMap((s) => s.entries ?? []).filter((t) => t.t === 'trigger');
    for (const w of ['استضافت', 'تستضيف', 'ستستضيف', 'يستضيفان']) expect(tags(w).map((t) => t.t === 'trigger' && t.needsParty)).toEqual([true]);
    expect(tags('استقبل').map((t) => t.t === 'trigger' && t.needsParty)).toEqual([false]);
  });
});

describe('titles', () => {
  it('"سلطان عمان" is Oman\'s sultan, whatever else the article names', () => {
    const [c] = contacts('تلقى خادم الحرمين الشريفين صباح السبت اتصالا هاتفيا من سلطان عمان، جرى خلاله استعراض العلاقات الثنائية.', '2018-01-17');
    expect([...c.countries].sort()).toEqual(['OMN', 'SAU']);
    expect(people(c)).toEqual(['Qaboos bin Said', 'Salman bin Abdulaziz']);
  });

  it('China\'s premier and a speaker of parliament are participants of their countries', () => {
    const [v] = contacts('اختتم رئيس مجلس الدولة الصيني قبل أيام زيارة إلى البحرين استمرت خمسة أيام.', '2017-04-06');
    expect(v.participants[0]).toMatchObject({ name: 'رئيس مجلس الدولة الصيني', role: 'head_of_government', country: 'CHN' });
    const [w] = contacts('اختتم رئيس البرلمان الإيراني الثلاثاء زيارة إلى المغرب استمرت ثلاثة أيام.', '2017-04-06');
    expect(w.participants[0]).toMatchObject({ name: 'رئيس البرلمان الإيراني', role: null, country: 'IRN' });
    expect([...w.countries].sort()).toEqual(['IRN', 'MAR']);
  });
});

describe('a contact dated from another one', () => {
  const lead = 'أبوظبي - وام\n\nتلقى ولي عهد أبوظبي مطلع الشهر الجاري اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.\n';

  it('"ويأتي الاتصال بعد نحو شهر من زيارة ...": the visit, and the meeting during it, are about a month before the call', () => {
    const cs = contacts(lead + 'ويأتي الاتصال بعد نحو شهر من زيارة قام بها ولي عهد أبوظبي إلى واشنطن، التقى خلالها الرئيس الأمريكي.', '2016-03-04');
    const visit = cs.find((c) => c.type === 'visit')!;
    expect(visit.date).toMatchObject({ text: 'بعد نحو شهر من', start: '2016-02-01', end: '2016-02-10', rule: 'anchored/after:part-of-period/start-relative-current' });
    expect(visit.date.derivation).toContain('about 1 month before the call dated مطلع الشهر الجاري');
    expect(cs.find((c) => c.type === 'meeting')!.date).toMatchObject({ start: '2016-02-01', end: '2016-02-10' });
  });

  it('a count of days from a day is a day; a few days is an interval', () => {
    const dayLead = 'أبوظبي - وام\n\nتلقى ولي عهد أبوظبي أمس اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.\n';
    const [, v] = contacts(dayLead + 'ويأتي الاتصال بعد يومين من زيارة قام بها ولي عهد أبوظبي إلى واشنطن.', '2016-03-04');
    expect(v.date).toMatchObject({ start: '2016-03-01', end: '2016-03-01', grain: 'day', mod: null });
    const [, w] = contacts(dayLead + 'ويأتي الاتصال بعد أيام من زيارة قام بها ولي عهد أبوظبي إلى واشنطن.', '2016-03-04');
    // (A bare plural is 3–10 days; 2016 is a leap year.)
    expect(w.date).toMatchObject({ start: '2016-02-22', end: '2016-02-29', grain: 'vague' });
  });

  it('so dated, it is not the later meeting of the same people at the same place', () => {
    const text = 'المنامة - بنا\n\nتلقى ملك البحرين أمس اتصالا هاتفيا من الرئيس الصيني.\nويأتي الاتصال بعد نحو شهر من زيارة قام بها وزير الخارجية البحريني إلى بكين، التقى خلالها الرئيس الصيني.\nوتلقى الرئيس الصيني قبل يومين رسالة خطية من ملك البحرين، سلمها وزير الخارجية البحريني خلال لقائه الرئيس الصيني في بكين.';
    const meetings = contacts(text, '2016-05-11').filter((c) => c.type === 'meeting');
    expect(meetings.map((c) => [c.date.start, c.date.end])).toEqual([
      ['2016-04-10', '2016-04-10'],
      ['2016-05-09', '2016-05-09'],
    ]);
  });

  it('"ويأتي الإعلان بعد أسبوعين من زيارة": an announcement is no contact, but it counts from the day it was made', () => {
    const cs = contacts('أبوظبي - وام\n\nأعلنت وزارة الخارجية الإماراتية أمس أن ولي عهد أبوظبي سيتوجه الأسبوع المقبل إلى واشنطن.\nويأتي الإعلان بعد أسبوعين من زيارة قام بها ولي عهد أبوظبي إلى باريس.', '2016-03-04');
    const paris = cs.find((c) => c.place?.name_en === 'Paris')!;
    expect(paris).toMatchObject({ type: 'visit', status: 'occurred' });
    expect(paris.date).toMatchObject({ text: 'بعد أسبوعين من', start: '2016-02-18', end: '2016-02-18', mod: 'APPROX', rule: 'anchored/after:relative-day/past' });
    expect(paris.date.derivation).toContain('2 weeks before the announcement dated أمس');
  });

  it('an announcement the text gives no day for counts from nothing', () => {
    const cs = contacts('أبوظبي - وام\n\nأعلنت وزارة الخارجية الإماراتية أن ولي عهد أبوظبي سيتوجه الأسبوع المقبل إلى واشنطن.\nويأتي الإعلان بعد أسبوعين من زيارة قام بها ولي عهد أبوظبي إلى باريس.', '2016-03-04');
    expect(cs.filter((c) => c.place?.name_en === 'Paris').map((c) => c.date.text)).toEqual([null]);
  });
});

describe('a visit of so many days', () => {
  it('spans them from the day of arrival, and a meeting during it is some day of them, not the arrival day', () => {
    const cs = contacts('وصل وزير الخارجية الإماراتي الشيخ عبدالله بن زايد إلى الرياض صباح اليوم في زيارة رسمية تستغرق 5 أيام، يلتقي خلالها خادم الحرمين الشريفين.', '2015-11-22');
    expect(cs.map((c) => [c.type, c.status, c.date.start, c.date.end, c.date.grain])).toEqual([
      ['visit', 'occurred', '2015-11-22', '2015-11-26', 'range'],
      ['meeting', 'planned', '2015-11-22', '2015-11-26', 'range'],
    ]);
    expect(cs[0].date).toMatchObject({ rule: 'visit-span:relative-day/today' });
    expect(cs[0].date.derivation).toContain('a visit of 5 days from then');
  });

  it('ends on the day told when it was concluded then', () => {
    const cs = contacts('اختتم ولي العهد السعودي قبل يومين زيارة إلى العراق استمرت خمسة أيام، أجرى خلالها مباحثات مع الرئيس العراقي.', '2022-04-06');
    expect(cs.map((c) => [c.type, c.date.start, c.date.end])).toEqual([
      ['visit', '2022-03-31', '2022-04-04'],
      ['meeting', '2022-03-31', '2022-04-04'],
    ]);
  });

  it('a visit of one day, or of an unsaid length, keeps its day', () => {
    const [v] = contacts('وصل وزير الخارجية الأمريكي إلى الدوحة أمس في زيارة تستغرق يوما واحدا.', '2015-08-03');
    expect([v.date.start, v.date.end]).toEqual(['2015-08-02', '2015-08-02']);
    const [w] = contacts('وصل وزير الخارجية الأمريكي إلى الدوحة أمس في زيارة تستغرق أياما.', '2015-08-03');
    expect([w.date.start, w.date.end]).toEqual(['2015-08-02', '2015-08-02']);
  });
});

describe('letters handed over at a meeting', () => {
  it('the day the letter was received is the meeting\'s, and its sender was not there', () => {
    const [c] = contacts('وتلقى الرئيس المصري مساء الخميس رسالة خطية من الرئيس الروسي تتعلق بالعلاقات الثنائية، سلمها وزير الخارجية الروسي سيرغي لافروف خلال لقائه وزير الخارجية المصري في القاهرة.', '2017-04-08');
    expect(c.date).toMatchObject({ text: 'مساء الخميس', start: '2017-04-06', end: '2017-04-06' });
    expect(people(c)).toEqual(['Abdel Fattah el-Sisi', 'Sameh Shoukry', 'Sergey Lavrov']);
  });
});

describe('letters handed over at a meeting, from two senders', () => {
  it('"رسائل ... من الرئيس الروسي ورئيس الوزراء الروسي": neither sender was there', () => {
    const [c] = contacts('وتلقى الرئيس المصري مساء الخميس رسائل خطية من الرئيس الروسي ورئيس الوزراء الروسي، سلمها وزير الخارجية الروسي سيرغي لافروف خلال لقائه وزير الخارجية المصري في القاهرة.', '2017-04-08');
    expect(people(c)).toEqual(['Abdel Fattah el-Sisi', 'Sameh Shoukry', 'Sergey Lavrov']);
  });

  it('a second person of the meeting joined by و is no sender', () => {
    const [c] = contacts('وتلقى الرئيس المصري مساء الخميس رسالة خطية من الرئيس الروسي، سلمها وزير الخارجية الروسي سيرغي لافروف خلال لقائه وزير الخارجية المصري ورئيس الوزراء المصري في القاهرة.', '2017-04-08');
    expect(people(c)).toEqual(['Abdel Fattah el-Sisi', 'Sameh Shoukry', 'Sergey Lavrov', 'Sherif Ismail']);
  });
});

describe('"بين البلدين" in what was discussed', () => {
  it('names no parties: the talks a visit is for are the visitor\'s with his counterpart, not the contact told before', () => {
    const text = 'أنقرة - الأناضول\n\nوتلقى رئيس الوزراء البريطاني قبل أيام رسالة خطية من خادم الحرمين الشريفين، سلمها وزير الخارجية السعودي الأمير فيصل بن فرحان خلال لقائه وزير الخارجية البريطاني في لندن.\nومن المقرر أن يزور وزير الخارجية السعودي الأمير فيصل بن فرحان أنقرة خلال الأيام المقبلة لإجراء محادثات مع نظيره التركي حول تعزيز التعاون الاستراتيجي بين البلدين.';
    const talks = contacts(text, '2023-11-28').find((c) => c.type === 'meeting' && c.status === 'planned')!;
    expect([...talks.countries].sort()).toEqual(['SAU', 'TUR']);
    expect(people(talks)).toEqual(['Faisal bin Farhan', 'Hakan Fidan']);
  });
});

describe('"في أول زيارة لمسؤول بحريني رفيع"', () => {
  it('is the visit of the guest just received, not of an unnamed official', () => {
    const cs = contacts('وكان الرئيس التركي رجب طيب أردوغان قد استقبل وزير الخارجية البحريني في 11 يناير/كانون الثاني الماضي، في أول زيارة لمسؤول بحريني رفيع إلى أنقرة منذ بداية العقد الماضي.', '2016-03-04');
    const visit = cs.find((c) => c.type === 'visit')!;
    expect(people(visit)).toEqual(['Khalid bin Ahmed Al Khalifa']);
    expect(visit).toMatchObject({ place: { name_en: 'Ankara' }, date: { start: '2016-01-11', end: '2016-01-11' } });
  });
});

describe('"في جولة تشمل قطر والبحرين"', () => {
  it('the stop told keeps its day; the stops the tour includes are some later day each', () => {
    const cs = contacts('وصل وزير الخارجية الإيراني أمس إلى الكويت في جولة خليجية تشمل قطر والبحرين.', '2020-10-09');
    expect(cs.map((c) => [c.place?.name_en, c.date.start, c.date.end, c.date.mod])).toEqual([
      ['Kuwait', '2020-10-08', '2020-10-08', null],
      ['Qatar', '2020-10-08', null, 'AFTER'],
      ['Bahrain', '2020-10-08', null, 'AFTER'],
    ]);
    expect(cs[1].date.rule).toBe('tour/later-stop:relative-day/past');
    expect(cs[1].date.derivation).toContain('a later stop of a tour that reaches Kuwait');
  });

  it('of a planned tour too, from the first day the first stop may be', () => {
    const cs = contacts('أعلنت وزارة الخارجية الألمانية أمس أن وزير الخارجية الألماني سيتوجه الأسبوع المقبل إلى واشنطن في جولة تشمل أنقرة.', '2020-10-09');
    expect(cs.map((c) => [c.type, c.status, c.place?.name_en, c.date.start, c.date.end])).toEqual([
      ['visit', 'planned', 'Washington', '2020-10-12', '2020-10-18'],
      ['visit', 'planned', 'Ankara', '2020-10-12', null],
    ]);
  });

  it('"في إطار جولة خليجية": the tour is the visit told, and "خليجية" its region, not a visit to the GCC', () => {
    const cs = contacts('يزور وزير الخارجية الأمريكي مايك بومبيو الدوحة الأسبوع المقبل في إطار جولة خليجية تشمل الرياض وأبوظبي.', '2019-07-03');
    expect(cs.map((c) => [c.place?.name_en, [...c.countries].sort().join(','), c.date.mod])).toEqual([
      ['Doha', 'QAT,USA', null],
      ['Riyadh', 'SAU,USA', 'AFTER'],
      ['Abu Dhabi', 'ARE,USA', 'AFTER'],
    ]);
  });

  it('a list of stops with no word of inclusion is visited as told', () => {
    const cs = contacts('زار وزير الخارجية الإيراني أمس الكويت وقطر.', '2020-10-09');
    expect(cs.map((c) => [c.place?.name_en, c.date.start, c.date.end])).toEqual([
      ['Kuwait', '2020-10-08', '2020-10-08'],
      ['Qatar', '2020-10-08', '2020-10-08'],
    ]);
  });
});

describe('talks "during their meeting"', () => {
  it('"تحدث مع الرئيس ... خلال لقائهما": spoke with someone during their meeting is that meeting, with its day and place', () => {
    const [c] = contacts('وقال مصدر دبلوماسي إن وزير الخارجية الكويتي كان قد تحدث مع الرئيس الأميركي باراك أوباما خلال لقائهما أواخر الشهر الماضي في نيويورك عن ضرورة وقف الحرب.', '2015-08-06');
    expect(c).toMatchObject({ type: 'meeting', status: 'occurred', place: { name_en: 'New York' }, date: { start: '2015-07-21', end: '2015-07-31' } });
    expect(people(c)).toEqual(['Barack Obama', 'Sabah Al-Khalid Al-Hamad Al-Sabah']);
  });

  it('"بحث مع ... خلال اجتماعهما" is a meeting, not talks', () => {
    const [c] = contacts('وكان وزير الخارجية القطري قد بحث مع نظيره الأمريكي خلال اجتماعهما أمس تطورات الأوضاع في المنطقة.', '2017-05-31');
    expect(c).toMatchObject({ type: 'meeting', date: { start: '2017-05-30', end: '2017-05-30' } });
    expect(people(c)).toEqual(['Mohammed bin Abdulrahman Al Thani', 'Rex Tillerson']);
  });

  it('"تحدث" alone speaks to the press: no contact', () => {
    expect(contacts('وتحدث وزير الخارجية القطري أمس للصحفيين في الدوحة عن تطورات الأوضاع.', '2017-05-31')).toEqual([]);
  });
});

describe('a date right after the last party', () => {
  it('"لزيارة ... إلى الصين بدعوة من الرئيس الصيني شي جين بينغ في الربيع المقبل": far from the contact word, still its date', () => {
    const cs = contacts('وتأتي الزيارة في إطار التحضيرات لزيارة ولي العهد السعودي الأمير محمد بن سلمان إلى الصين بدعوة من الرئيس الصيني شي جين بينغ في الربيع المقبل.', '2018-11-20');
    const v = cs.find((c) => c.place?.name_en === 'China')!;
    expect(v).toMatchObject({ type: 'visit', status: 'planned', date: { text: 'الربيع المقبل', start: '2019-03-01', end: '2019-05-31' } });
    expect(people(v)).toEqual(['Mohammed bin Salman', 'Xi Jinping']);
  });

  it('but not a date further on, in a clause about the party', () => {
    const cs = contacts('وتأتي الزيارة في إطار التحضيرات لزيارة ولي العهد السعودي الأمير محمد بن سلمان إلى الصين بدعوة من الرئيس الصيني شي جين بينغ، الذي زار الرياض قبل ثلاثة أعوام للمشاركة في منتدى اقتصادي كبير.', '2018-11-20');
    expect(cs.find((c) => c.place?.name_en === 'China')!.date.text).toBeNull();
    expect(cs.find((c) => c.place?.name_en === 'Riyadh')!.date.text).toBe('قبل ثلاثة أعوام');
  });
});

describe('ministers meeting as a body', () => {
  it('"وزراء الخارجية العرب" are the Arab League\'s council, and "يعقد ... اجتماعا" is their meeting', () => {
    const [c] = contacts('ويعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة الأحد المقبل لبحث الأوضاع في ليبيا.', '2015-08-10');
    expect(c).toMatchObject({ type: 'meeting', status: 'planned', countries: ['ARL'], place: { name_en: 'Cairo' }, date: { start: '2015-08-16', end: '2015-08-16' } });
  });

  it('"الاجتماع المقبل لوزراء الخارجية العرب": a meeting of a body of its own, not one told before', () => {
    const cs = contacts('التقى وزير الخارجية المصري أمس نظيره السعودي في القاهرة.\nوقال المتحدث إن الاجتماع المقبل لوزراء الدفاع والخارجية العرب في 27 أغسطس الجاري سيبحث تشكيل القوة العربية المشتركة.', '2015-08-10');
    expect(cs.map((c) => [c.type, c.status, [...c.countries].sort().join(','), c.date.start])).toEqual([
      ['meeting', 'occurred', 'EGY,SAU', '2015-08-09'],
      ['meeting', 'planned', 'ARL', '2015-08-27'],
    ]);
  });

  it('"عرب" alone is Arab at large, not the League', () => {
    expect(contacts('والتقى الرئيس المصري أمس وفدا من رجال الأعمال العرب في القاهرة.', '2015-08-10')).toEqual([]);
  });
});

describe('talks by phone', () => {
  it('"مباحثات هاتفية" is a call, not a meeting', () => {
    const [c] = contacts('أنقرة - الأناضول\n\nأجرى الرئيس رجب طيب أردوغان، مساء الأحد، مباحثات هاتفية مع أمير قطر الشيخ تميم بن حمد آل ثاني.', '2019-03-25');
    expect(c).toMatchObject({ type: 'call', date: { start: '2019-03-24', end: '2019-03-24' } });
    expect(people(c)).toEqual(['Recep Tayyip Erdoğan', 'Tamim bin Hamad Al Thani']);
  });
});

describe('seats of power', () => {
  it('"في البيت الأبيض" is the place, with its English name', () => {
    const [c] = contacts('التقى أمير قطر الرئيس الأمريكي في البيت الأبيض أمس.', '2019-03-25');
    expect(c.place).toEqual({ text: 'البيت الأبيض', name_en: 'White House', country: 'USA' });
  });
});

describe('a title in apposition to a known person', () => {
  it('is his, even on a day the gazetteer gives the office to someone else', () => {
    // (Pompeo took office in April 2018: the text names him, and that wins.)
    const [c] = contacts('الدوحة - قنا\n\nاستقبل أمير قطر صباح اليوم معالي السيد مايك بومبيو وزير خارجية الولايات المتحدة الأمريكية والوفد المرافق.', '2018-01-14');
    expect(people(c)).toEqual(['Mike Pompeo', 'Tamim bin Hamad Al Thani']);
  });

  it('a bare title joined by و to a counterpart is of the counterpart\'s country', () => {
    const cs = contacts('واشنطن - أ ف ب\n\nاختتم وزير الخارجية القطري اليوم زيارة إلى واشنطن استمرت ثلاثة أيام التقى خلالها نظيره الأمريكي ومستشار الأمن القومي.', '2019-03-25');
    expect(people(cs.find((c) => c.type === 'meeting')!)).toEqual(['John Bolton', 'Mike Pompeo', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('but a title joined by و is another person', () => {
    const [c] = contacts('أجرى رئيس الحكومة المغربية أمس مباحثات مع الرئيس الروسي فلاديمير بوتين ووزير الخارجية الروسي في موسكو.', '2023-02-02');
    expect(people(c)).toEqual(['Aziz Akhannouch', 'Sergey Lavrov', 'Vladimir Putin']);
  });
});

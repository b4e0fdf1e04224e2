// One focused case per extraction rule, on short news-style texts written for these tests.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { data } from '../helpers/data.js';

function contacts(text: string, published: string) {
  return processArticle({ id: 't', source: 't.txt', text, published }, data(), { statements: false }).contacts;
}
const summary = (text: string, published: string) =>
  contacts(text, published).map((c) => ({ type: c.type, status: c.status, countries: [...c.countries].sort(), start: c.date.start, end: c.date.end, people: c.participants.map((p) => p.name_en ?? p.name).sort() }));

describe('headlines and status', () => {
  it('a present-tense headline is the contact the body reports as done', () => {
    const s = summary('الرئيس الفرنسي يتلقى اتصالا هاتفيا من نظيره المصري\nتلقى الرئيس الفرنسي إيمانويل ماكرون، أمس، اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي.', '2019-03-12');
    expect(s).toEqual([{ type: 'call', status: 'occurred', countries: ['EGY', 'FRA'], start: '2019-03-11', end: '2019-03-11', people: ['Abdel Fattah el-Sisi', 'Emmanuel Macron'] }]);
  });

  it('a present verb in a relative clause of a reported contact is under way on its date', () => {
    const s = summary('التقى الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون، الذي يقوم بزيارة رسمية لمصر.', '2019-01-28');
    expect(s.find((c) => c.type === 'visit')).toMatchObject({ status: 'occurred', countries: ['EGY', 'FRA'], start: '2019-01-28', end: '2019-01-28' });
  });

  it('"قبل أن" + present takes its time from the sentence', () => {
    const s = summary('التقى وزير الخارجية المصري سامح شكري أمس نظيره التركي مولود تشاووش أوغلو.\nوكان شكري قد زار تركيا في فبراير الماضي.\nوشهدت العلاقات فتورا طويلا، قبل أن تبدأ محادثات بين مسؤولين من الجانبين في القاهرة.', '2023-04-14');
    expect(s.at(-1)).toMatchObject({ type: 'meeting', status: 'occurred', countries: ['EGY', 'TUR'], start: null, end: '2023-04-14' });
  });

  it('a sentence about the contact does not change its status; a date on the wrong side of publication is not its', () => {
    const s = summary('التقى وزير الخارجية القطري نظيره الأمريكي أمس.\nجاء ذلك خلال لقاء سيعقده الوزيران في يوليو المقبل.', '2016-02-29');
    expect(s[0]).toMatchObject({ status: 'occurred', start: '2016-02-28', end: '2016-02-28' });
  });
});

describe('who: pronouns, bare titles, the two sides', () => {
  it('"سموه" is the person the article first styles "سمو"', () => {
    const s = summary('استقبل سمو الشيخ محمد بن زايد آل نهيان اليوم وزير الخارجية الأمريكي.\nوكان سموه قد تلقى اتصالا من الرئيس الفرنسي الأسبوع الماضي.', '2021-05-05');
    expect(s[1]).toMatchObject({ type: 'call', countries: ['ARE', 'FRA'], people: ['Emmanuel Macron', 'Mohamed bin Zayed Al Nahyan'] });
  });

  it('a bare honorific ("سمو الأمير") is that person too', () => {
    const s = summary('استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني اليوم وزير الخارجية التركي.\nوكان سمو الأمير قد هاتف الرئيس الإيراني الأسبوع الماضي.', '2019-06-10');
    expect(s[1]).toMatchObject({ type: 'call', countries: ['IRN', 'QAT'] });
    expect(s[1].people).toContain('Tamim bin Hamad Al Thani');
  });

  it('a definite title with no country is the official of the article named before, of its own country first', () => {
    const s = summary('الدوحة في 3 مارس /قنا/ بحث الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية هاتفيا اليوم مع وزير الخارجية الكويتي.\nومن المقرر أن يقوم وزير الخارجية بزيارة إلى دولة الكويت الأسبوع المقبل.', '2019-03-03');
    expect(s[1]).toMatchObject({ type: 'visit', status: 'planned', countries: ['KWT', 'QAT'], people: ['Mohammed bin Abdulrahman Al Thani'] });
  });

  it('a title right after a name is his, not another participant', () => {
    const s = summary('التقى الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية اليوم وزير الخارجية الأمريكي.', '2024-02-07');
    expect(s[0].people).toEqual(['Antony Blinken', 'Mohammed bin Abdulrahman Al Thani']);
  });

  it('a family name that ends a longer name is part of it, and the title right after it is his', () => {
    const c = contacts('استقبل وزير الخارجية العماني في مسقط أمس الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين.', '2018-03-10');
    expect(c).toHaveLength(1);
    expect(c[0].countries.sort()).toEqual(['BHR', 'OMN']);
    expect(c[0].participants.map((p) => [p.name, p.role, p.country])).toEqual([
      ['وزير الخارجية العماني', 'foreign_minister', 'OMN'],
      ['راشد بن عبدالله آل خليفة', 'interior_minister', 'BHR'],
    ]);
  });

  it('a family name that ends a name with no بن is part of it too, and of several titles the one with a country wins', () => {
    const c = contacts('استقبل أمير دولة قطر في الدوحة أمس الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت.', '2016-04-12');
    expect(c.map((x) => x.participants.map((p) => [p.name, p.role, p.country]))).toEqual([
      [
        ['أمير دولة قطر', 'head_of_state', 'QAT'],
        ['محمد الخالد الحمد الصباح', 'interior_minister', 'KWT'],
      ],
    ]);
  });

  it('an unknown name made of known short names ("صقر بن سلمان آل خليفة") is one person; "بن سلمان" alone is still his', () => {
    const c = contacts('التقى وزير الخارجية العماني أمس اللواء الركن الشيخ صقر بن سلمان آل خليفة وزير الخارجية بمملكة البحرين في مسقط.', '2018-03-10');
    expect(c[0].participants.map((p) => [p.name, p.role, p.country])).toEqual([
      ['وزير الخارجية العماني', 'foreign_minister', 'OMN'],
      ['صقر بن سلمان آل خليفة', 'foreign_minister', 'BHR'],
    ]);
    expect(summary('التقى بن سلمان أمس وزير الخارجية الأمريكي في الرياض.', '2018-03-10')[0].people).toContain('Mohammed bin Salman');
  });

  it('"الوزير التركي" is the Turkish minister the article named', () => {
    const s = summary('بحث وزير الخارجية التركي مولود تشاووش أوغلو أمس مع نظيره الإيراني العلاقات.\nكما قابل الوزير التركي نظيره الإيراني في أنقرة أواخر العام الماضي.', '2022-06-29');
    expect(s.find((c) => c.start === '2021-09-01')?.people).toContain('Mevlüt Çavuşoğlu');
  });

  it('"الوزيران" with a contact of their own take the two of the contact before', () => {
    const s = summary('التقى وزير الخارجية الروسي سيرغي لافروف نظيره السعودي عادل الجبير في موسكو الاثنين.\nوكان الوزيران قد بحثا الملف السوري في اتصال هاتفي قبل ثلاثة أسابيع.', '2017-08-22');
    expect(s[1]).toEqual({ type: 'call', status: 'occurred', countries: ['RUS', 'SAU'], start: '2017-08-01', end: '2017-08-01', people: ['Adel al-Jubeir', 'Sergey Lavrov'] });
  });

  it('a dual verb in a later clause is the two of the clause before', () => {
    const s = summary('تتواصل القمة المرتقبة بين الرئيسين عبد الفتاح السيسي ورجب طيب أردوغان، بعد أن التقيا في الدوحة في نوفمبر الماضي.', '2023-04-20');
    expect(s.find((c) => c.type === 'meeting')).toMatchObject({ status: 'occurred', start: '2022-11-01', people: ['Abdel Fattah el-Sisi', 'Recep Tayyip Erdoğan'] });
  });

  it('"خلالها" after a verb: the visitor met the one named after it, during the visit', () => {
    const s = summary('وكان الملك عبدالله الثاني قد زار بغداد في كانون الثاني الماضي، والتقى خلالها الرئيس العراقي برهم صالح.', '2019-04-16');
    expect(s.find((c) => c.type === 'meeting')).toMatchObject({ countries: ['IRQ', 'JOR'], start: '2019-01-01', end: '2019-01-31', people: ['Abdullah II', 'Barham Salih'] });
  });

  it('one person right after the verb of a later clause is its object', () => {
    const s = summary('وكان جاويش أوغلو قد زار القاهرة في 18 مارس الماضي، حيث التقى الوزير شكري.', '2023-04-13');
    expect(s.find((c) => c.type === 'meeting')?.people).toEqual(['Mevlüt Çavuşoğlu', 'Sameh Shoukry']);
  });
});

describe('where: home words, shared forms, destinations', () => {
  it('"الحدود ... مع لبنان" is a border, not a visit to Lebanon nor a party', () => {
    expect(summary('وقام وزير الدفاع الأمريكي أمس بزيارة إلى لبنان.', '2015-07-22')).toMatchObject([{ type: 'visit', countries: ['LBN', 'USA'] }]);
    expect(summary('وقام وزير الدفاع الأمريكي أمس بزيارة إلى الحدود الشمالية مع لبنان.', '2015-07-22')).toEqual([]);
    expect(summary('وبحث وزير الخارجية الأردني مع نظيره اللبناني أمس الأوضاع على الحدود مع سوريا.', '2015-07-22')[0].countries).toEqual(['JOR', 'LBN']);
  });

  it('"البلاد" in an agency article is its home country (its dateline)', () => {
    const s = summary('مسقط في 4 مارس (العمانية) - استقبل معالي يوسف بن علوي بن عبدالله اليوم وزير الخارجية البريطاني جيريمي هانت، الذي وصل إلى البلاد مساء أمس في زيارة رسمية.', '2019-03-04');
    expect(s.find((c) => c.type === 'visit')).toMatchObject({ countries: ['GBR', 'OMN'], start: '2019-03-03', end: '2019-03-03', people: ['Jeremy Hunt'] });
    expect(s.filter((c) => c.type === 'visit')).toHaveLength(1);
  });

  it('"المملكة" is the home country only if it is a kingdom, else the first person\'s', () => {
    const s = summary('أوساكا 30 يونيو 2019 م واس\nالتقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الروسي فلاديمير بوتين.\nووجه الأمير محمد بن سلمان إلى الرئيس بوتين دعوة لزيارة المملكة.', '2019-06-30');
    expect(s.find((c) => c.type === 'visit')).toMatchObject({ status: 'planned', countries: ['RUS', 'SAU'] });
  });

  it('"عمان" is Amman in an article that names Jordan', () => {
    const s = summary('أكد الأردن دعمه للعراق. ومن المنتظر أن يتوجه وزير الخارجية المصري سامح شكري إلى عمان منتصف أغسطس المقبل.', '2016-07-11');
    expect(s).toEqual([{ type: 'visit', status: 'planned', countries: ['EGY', 'JOR'], start: '2016-08-11', end: '2016-08-20', people: ['Sameh Shoukry'] }]);
  });

  it('"عمان" in a list is of the kind of its neighbour: Oman among countries, Amman among capitals', () => {
    const places = (text: string) => summary(text, '2020-10-09').map((c) => c.countries.filter((k) => k !== 'IRN')[0]);
    expect(places('سيزور وزير الخارجية الإيراني الكويت وعمان الأسبوع المقبل.')).toEqual(['KWT', 'OMN']);
    expect(places('سيزور وزير الخارجية الإيراني عمان والكويت الأسبوع المقبل.')).toEqual(['OMN', 'KWT']);
    expect(places('سيزور وزير الخارجية الإيراني الرياض وعمان الأسبوع المقبل.')).toEqual(['SAU', 'JOR']);
  });

  it('"بالمغرب في زيارة": a place in بـ before "في زيارة" is where the visit goes', () => {
    const s = summary('ومن المرتقب أن يحل الرئيس الفرنسي بالمغرب في زيارة دولة خلال شتنبر المقبل.', '2019-05-23');
    expect(s).toEqual([{ type: 'visit', status: 'planned', countries: ['FRA', 'MAR'], start: '2019-09-01', end: '2019-09-30', people: ['Emmanuel Macron'] }]);
  });

  it('"في زيارة" after a visit verb is that visit, and "منذ" after "الأولى" dates nothing', () => {
    const s = summary('وصل وزير الخارجية سامح شكري اليوم إلى أنقرة، في زيارة رسمية هي الأولى منذ عشر سنوات.', '2023-04-13');
    expect(s).toEqual([{ type: 'visit', status: 'occurred', countries: ['EGY', 'TUR'], start: '2023-04-13', end: '2023-04-13', people: ['Sameh Shoukry'] }]);
  });

  it('a visit to take part in a contact the article dates there is dated by it', () => {
    const s = summary('وتستضيف طهران الشهر المقبل قمة ثلاثية تجمع الرئيس رجب طيب أردوغان ونظيريه الروسي والإيراني في طهران.\nومن المنتظر أن يزور أردوغان طهران للمشاركة في القمة، في أول زيارة له إلى إيران منذ عام 2018.', '2022-06-28');
    expect(s.find((c) => c.type === 'visit')).toMatchObject({ status: 'planned', countries: ['IRN', 'TUR'], start: '2022-07-01', end: '2022-07-31' });
  });
});

describe('when: datelines, reach, "during"', () => {
  it('the dateline dates the article, not the contact it opens', () => {
    const s = summary('الدوحة في 07 فبراير /قنا/ اجتمع معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، أمس، مع وزير الخارجية الأمريكي.', '2024-02-07');
    expect(s[0]).toMatchObject({ start: '2024-02-06', end: '2024-02-06' });
  });

  it('a date between a verb and its object is its date however long the subject\'s titles', () => {
    const s = summary('استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في الديوان الأميري صباح أمس، وزير الخارجية الأمريكي.', '2024-02-07');
    expect(s[0]).toMatchObject({ start: '2024-02-06', end: '2024-02-06' });
  });

  it('"فور وصوله": a contact upon the arrival just told is on its day', () => {
    const s = summary('وصل وزير الخارجية سامح شكري اليوم إلى أنقرة.\nوعقد شكري فور وصوله جلسة مباحثات مع وزير الخارجية التركي.', '2023-04-13');
    expect(s.find((c) => c.type === 'meeting')).toMatchObject({ start: '2023-04-13', end: '2023-04-13' });
  });
});

describe('what: calls, the same contact, words that are names', () => {
  it('"جاء ذلك خلال اتصال هاتفي بين الوزيرين" makes the talks before a call', () => {
    const s = summary('تباحث وزير الخارجية التركي مولود تشاووش أوغلو، الثلاثاء، مع نظيره الإيراني حسين أمير عبد اللهيان.\nجاء ذلك خلال اتصال هاتفي بين الوزيرين.', '2022-06-29');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ type: 'call', start: '2022-06-28' });
  });

  it('"تباحثا هاتفيا" is a call, and "قبل أن يلتقيا" the meeting after it', () => {
    const s = summary('التقى وزير الخارجية المغربي ناصر بوريطة اليوم بالرباط وزير الخارجية الفرنسي جان إيف لودريان.\nوكان الوزيران قد تباحثا هاتفيا في غشت الماضي، قبل أن يلتقيا بباريس في شتنبر الماضي.', '2019-05-23');
    expect(s.map((c) => [c.type, c.start])).toEqual([
      ['meeting', '2019-05-23'],
      ['call', '2018-08-01'],
      ['meeting', '2018-09-01'],
    ]);
    expect(s[2].people).toEqual(['Jean-Yves Le Drian', 'Nasser Bourita']);
  });

  it('a short name glued to a preposition, a month and a clitic reading of a first name are not people', () => {
    const s = summary('ومن المنتظر أن يتوجه شكري إلى باريس منتصف أغسطس المقبل لترؤس وفد مصر.', '2016-07-11');
    expect(s[0].people).toEqual(['Sameh Shoukry']);
    expect(summary('الرباط - 23 ماي 2019 (ومع) - بحث الملك فيصل بن عبدالعزيز الوضع.', '2019-05-23')).toEqual([]);
  });

  it('"الحوار الاستراتيجي" is a meeting; "التوجه إلى" a trip', () => {
    expect(summary('ويعتزم البلدان عقد الجولة المقبلة من الحوار الاستراتيجي العماني البريطاني في لندن خلال الخريف المقبل.', '2019-03-04')).toEqual([
      { type: 'meeting', status: 'planned', countries: ['GBR', 'OMN'], start: '2019-09-01', end: '2019-11-30', people: [] },
    ]);
    expect(summary('ويستعد وزير الخارجية سامح شكري للتوجه إلى باريس الأسبوع المقبل.', '2019-10-09')[0]).toMatchObject({ type: 'visit', status: 'planned', countries: ['EGY', 'FRA'] });
  });
});

describe('a visit with its own visitor', () => {
  it('"الزيارة المرتقبة لأمير ..." after another visit is another visit, with its own date; the name drops the ل', () => {
    const c = contacts('وصل وزير الخارجية الأردني إلى الرياض أمس لبحث الزيارة المرتقبة لأمير دولة الكويت إلى المملكة العربية السعودية مطلع الشهر المقبل.', '2017-03-12');
    expect(c.map((x) => [x.type, x.status, [...x.countries].sort().join(','), x.date.start, x.date.end, x.participants.map((p) => p.name)])).toEqual([
      ['visit', 'occurred', 'JOR,SAU', '2017-03-11', '2017-03-11', ['وزير الخارجية الأردني']],
      ['visit', 'planned', 'KWT,SAU', '2017-04-01', '2017-04-10', ['أمير دولة الكويت']],
    ]);
  });

  it('"سيصل ... ليبحث الزيارة المرتقبة لأمير ..." are two visits, each on its own date', () => {
    const c = contacts('أكدت مصادر دبلوماسية أن وزير الخارجية الكويتي سيصل إلى طهران منتصف الشهر الحالي ليبحث الزيارة المرتقبة لأمير دولة الكويت إلى إيران، أواخر العام الحالي.', '2015-08-03');
    expect(c.map((x) => [x.type, x.status, x.date.start, x.date.end, x.participants.map((p) => p.role)])).toEqual([
      ['visit', 'planned', '2015-08-11', '2015-08-20', ['foreign_minister']],
      ['visit', 'planned', '2015-09-01', '2015-12-31', ['head_of_state']],
    ]);
  });
});

describe('a relative clause keeps its date', () => {
  it('"التي وصلها أمس" dates the visit it follows, not the clauses after it', () => {
    const c = contacts('يسعى وزير الخارجية التركي، أثناء زيارته إلى الأردن التي وصلها أمس، إلى تعزيز العلاقات بين البلدين، في محطته الأولى من جولة تقوده إلى الكويت للقاء وزراء خارجية دول مجلس التعاون.', '2019-04-10');
    expect(c.find((x) => x.countries.includes('JOR'))?.date).toMatchObject({ start: '2019-04-09', end: '2019-04-09' });
    expect(c.find((x) => x.type === 'meeting')).toMatchObject({ status: 'planned', countries: ['GCC'], date: { start: '2019-04-10', end: null } });
    // nor is the visit the tour goes on to on the sidelines of the first one: it is undated
    expect(c.find((x) => x.countries.includes('KWT'))?.date).toMatchObject({ text: null, start: null, end: '2019-04-10' });
    // while a meeting during the visit is on its day
    expect(contacts('وخلال زيارته إلى الدوحة أمس، التقى وزير الخارجية التركي أمير قطر.', '2019-04-10')[0].date).toMatchObject({ start: '2019-04-09', end: '2019-04-09' });
  });
});

describe('leaving for a visit', () => {
  it('a day told between "غادر" and the visit word is the day of leaving: the visit is on or after it', () => {
    const left = contacts('غادر الرئيس المصري القاهرة مساء الخميس متوجها إلى نيويورك في زيارة للولايات المتحدة.', '2017-09-16')[0].date;
    expect([left.start, left.end, left.mod, left.rule]).toEqual(['2017-09-14', null, 'AFTER', 'departure:weekday/tense-past']);
    expect(left.derivation).toMatch(/^the day of leaving, مساء الخميس: .*; the visit is on or after it → on or after Thu 2017-09-14$/);
    const arrived = contacts('وصل الرئيس المصري إلى نيويورك مساء الخميس في زيارة للولايات المتحدة.', '2017-09-16')[0].date;
    expect([arrived.start, arrived.end]).toEqual(['2017-09-14', '2017-09-14']);
  });

  it('"متوجها إلى الولايات المتحدة في زيارة رسمية يلتقي خلالها ...": the country before "في زيارة" is where it goes, and the meeting during it is on or after the day of leaving too', () => {
    const cs = contacts('الكويت - كونا\n\nغادر أمير الكويت أرض الوطن صباح اليوم متوجها إلى الولايات المتحدة في زيارة رسمية يلتقي خلالها الرئيس الأمريكي.', '2019-03-23');
    expect(cs.map((c) => [c.type, c.place?.name_en ?? null, [...c.countries].sort().join(','), c.date.start, c.date.end, c.date.mod])).toEqual([
      ['visit', 'United States', 'KWT,USA', '2019-03-23', null, 'AFTER'],
      ['meeting', null, 'KWT,USA', '2019-03-23', null, 'AFTER'],
    ]);
  });
});

describe('tours: a first day is not the day of every stop', () => {
  const stops = (text: string, published: string) =>
    contacts(text, published)
      .filter((c) => c.type === 'visit')
      .map((c) => ({ countries: [...c.countries].sort().join(','), start: c.date.start, end: c.date.end, grain: c.date.grain, mod: c.date.mod }));

  it('"اعتبارا من اليوم" and a return home: each stop is some day up to the return', () => {
    const text = 'أعلنت وزارة الخارجية التركية أمس أن الوزير مولود تشاووش أوغلو سيزور اعتبارا من اليوم كلا من الكويت وقطر والبحرين.\nومن المتوقع أن يعود الوزير إلى أنقرة مساء الخميس.';
    expect(stops(text, '2021-06-06')).toEqual([
      { countries: 'KWT,TUR', start: '2021-06-06', end: '2021-06-10', grain: 'range', mod: null },
      { countries: 'QAT,TUR', start: '2021-06-06', end: '2021-06-10', grain: 'range', mod: null },
      { countries: 'BHR,TUR', start: '2021-06-06', end: '2021-06-10', grain: 'range', mod: null },
    ]);
    const d = contacts(text, '2021-06-06')[0].date;
    expect(d.value).toBe('2021-06-06/2021-06-10');
    expect(d.text).toBe('اعتبارا من اليوم … مساء الخميس');
    expect(d.rule).toBe('tour/to-return:bound/starting:relative-day/today');
    expect(d.derivation).toMatch(/^one stop of a tour of 3 countries that starts Sun 2021-06-06 \(اعتبارا من اليوم: .*publication Sun 2021-06-06.*\), and ends with the return home Thu 2021-06-10 \(مساء الخميس: .*\) → 2021-06-06–2021-06-10$/);
  });

  it('a verb of beginning makes the day the first one; with no return told, each stop is on or after it', () => {
    expect(stops('يبدأ وزير الخارجية الإيراني غدا زيارة إلى الكويت وقطر.', '2021-06-06')).toEqual([
      { countries: 'IRN,KWT', start: '2021-06-07', end: null, grain: 'unknown', mod: 'AFTER' },
      { countries: 'IRN,QAT', start: '2021-06-07', end: null, grain: 'unknown', mod: 'AFTER' },
    ]);
  });

  it('the headline that opens a tour and the body that ends it date the same stops', () => {
    const text = 'وزير الخارجية المصري يبدأ جولة تشمل الأردن والعراق اليوم\nيستهل وزير الخارجية المصري سامح شكري اليوم جولة تشمل الأردن والعراق، يبحث خلالها تطورات الأوضاع في المنطقة.\nويعود شكري إلى القاهرة يوم الأربعاء المقبل.';
    expect(stops(text, '2019-03-03')).toEqual([
      { countries: 'EGY,JOR', start: '2019-03-03', end: '2019-03-06', grain: 'range', mod: null },
      { countries: 'EGY,IRQ', start: '2019-03-03', end: '2019-03-06', grain: 'range', mod: null },
    ]);
  });

  it('a return to another country, or a return before the tour, does not end it', () => {
    expect(stops('سيزور وزير الخارجية التركي اعتبارا من اليوم الكويت وقطر.\nويعود وزير الخارجية الكويتي إلى الكويت مساء الخميس.', '2021-06-06').map((s) => s.end)).toEqual([null, null]);
    expect(stops('عاد وزير الخارجية التركي إلى أنقرة أمس.\nوسيزور وزير الخارجية التركي اعتبارا من اليوم الكويت وقطر.', '2021-06-06').map((s) => [s.start, s.end])).toEqual([
      ['2021-06-06', null],
      ['2021-06-06', null],
    ]);
  });

  it('stops told on one day with no word of beginning keep that day', () => {
    expect(stops('زار وزير الخارجية الإيراني أمس الكويت وقطر.', '2021-06-06')).toEqual([
      { countries: 'IRN,KWT', start: '2021-06-05', end: '2021-06-05', grain: 'day', mod: null },
      { countries: 'IRN,QAT', start: '2021-06-05', end: '2021-06-05', grain: 'day', mod: null },
    ]);
  });
});

// Generators of hostile and messy article text for the property tests: random Unicode, Arabic-heavy news-like text
// (letters, diacritics, tatweel, every digit set, Arabic punctuation, real news words), and publication dates.
import fc from 'fast-check';

/** Every property runs with this seed, so a failure is reproducible from the test output alone. */
export const SEED = 20170531;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k));

export const LETTERS = range(0x0621, 0x063a).concat(range(0x0641, 0x064a), ['پ', 'چ', 'ڤ', 'گ', 'ی', 'ک', 'ە']);
export const DIACRITICS = range(0x064b, 0x0652).concat(['\u0670']);
export const TATWEEL = 'ـ';
export const DIGITS = range(0x30, 0x39).concat(range(0x0660, 0x0669), range(0x06f0, 0x06f9));
export const PUNCT = ['«', '»', '،', '؛', '؟', '.', ':', '!', '(', ')', '[', ']', '/', '-', '–', '—', '"', '“', '”', "'", '…', '٫', '٬', '%', '٪'];
export const SPACES = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2009', '\u202f', '\u3000'];
/** Invisible or control characters scraped text carries. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\ufeff', '\u00ad', '\u2028', '\u2029', '\u001b', '\u0000', '\u0085', '\u009b', '\u007f'];

/** Words of diplomatic news: dates, relative phrases, markers, contact verbs and nouns, titles, people, places. */
export const NEWS = [
  // months in every spelling, with and without pairing
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  'جانفي', 'فيفري', 'ماي', 'جوان', 'جويلية', 'أوت', 'فبراير/شباط', 'مايو (أيار)', 'محرم', 'صفر', 'رمضان', 'شوال', 'ذو الحجة', 'ربيع الأول',
  // weekdays and relative days
  'الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'يومي', 'أمس', 'امس', 'أول أمس', 'اليوم', 'غدا', 'غدًا', 'بعد غد',
  'الليلة', 'صباح', 'مساء', 'فجر',
  // markers, periods, parts, offsets, ranges, counts
  'الماضي', 'المنصرم', 'المقبل', 'القادم', 'الجاري', 'الحالي', 'الشهر', 'الأسبوع', 'العام', 'السنة', 'هذا', 'هذه', 'مطلع', 'أوائل', 'منتصف',
  'أواسط', 'أواخر', 'نهاية', 'بداية', 'قبل', 'بعد', 'منذ', 'حتى', 'لغاية', 'خلال', 'من', 'إلى', 'الى', 'بين', 'و', 'في', 'على', 'اعتبارا من',
  'يومين', 'أيام', 'بضعة', 'بضعة أيام', 'أسابيع', 'أشهر', 'شهرين', 'سنوات', 'ثلاثة', 'عشر', 'الرابع', 'الثاني', 'الأول', 'العشرين', 'عام',
  'هـ', 'م', 'ميلادي', 'هجري', 'الصيف', 'الشتاء', 'مؤخرا', 'في وقت سابق', 'قريبا', 'الفترة', 'قبل الماضي',
  // contacts, tense, reporting, continuation
  'التقى', 'يلتقي', 'سيلتقي', 'بحث', 'يبحث', 'ناقش', 'اتصال هاتفي', 'اتصالا هاتفيا', 'تلقى', 'أجرى', 'زار', 'يزور', 'سيزور', 'زيارة',
  'اجتماع', 'الاجتماع', 'لقاء', 'اللقاء', 'قمة', 'القمة', 'محادثات', 'مباحثات', 'استقبل', 'يستقبل', 'من المقرر', 'يعتزم', 'لن', 'لم', 'لا',
  'قال', 'أعلنت', 'أكد', 'أن', 'جاء ذلك خلال', 'وبحث الجانبان', 'خلال الاجتماع', 'على هامش', 'قمة الرياض', 'الجانبان', 'نظيره',
  // titles, people, countries, places
  'وزير الخارجية القطري', 'وزير الخارجية الأمريكي', 'نظيره الأمريكي', 'نظيره القطري', 'أمير قطر', 'الرئيس الأمريكي', 'وزير الخارجية',
  'الشيخ', 'محمد بن عبدالرحمن آل ثاني', 'تميم بن حمد', 'بن', 'آل ثاني', 'ريكس تيلرسون', 'تيلرسون', 'دونالد ترامب', 'ترامب', 'جون كيري',
  'قطر', 'القطري', 'القطرية', 'الأمريكي', 'الأميركي', 'الأمريكية', 'الولايات المتحدة', 'السعودية', 'الكويت', 'روسيا', 'مصر', 'إيران',
  'مجلس التعاون', 'دول مجلس التعاون الخليجي', 'الدوحة', 'واشنطن', 'الرياض', 'موسكو', 'البيت الأبيض', 'وزارة الخارجية',
  'العلاقات الثنائية', 'الإرهاب', 'الأزمة الخليجية',
  // numbers and written dates
  '2017', '1438', '2016', '31', '30', '5', '٣١', '۳۱', '٢٠١٧', '2017/05/31', '31/05/2017', '2017-05-31', '٣١/٥/٢٠١٧', '1438 هـ', '١٤٣٨هـ',
  '2017/02/30', '99999', '0', '00', '3.5', '12:30',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** A made-up Arabic word: letters with diacritics and tatweel sprinkled in. */
const madeUpWord = fc
  .array(fc.oneof({ weight: 8, arbitrary: pick(LETTERS) }, { weight: 2, arbitrary: pick(DIACRITICS) }, { weight: 1, arbitrary: fc.constant(TATWEEL) }), { minLength: 1, maxLength: 7 })
  .map((cs) => cs.join(''));

/** A real news word, sometimes with a proclitic, diacritics or tatweel worked into it. */
const newsWord = fc
  .tuple(pick(NEWS), fc.constantFrom('', '', '', 'و', 'ف', 'ب', 'ل', 'وب'), fc.nat({ max: 3 }), fc.nat(40))
  .map(([w, clitic, mode, at]) => {
    const k = at % (w.length + 1);
    if (mode === 1) return clitic + w.slice(0, k) + TATWEEL + w.slice(k);
    if (mode === 2) return clitic + w.slice(0, k) + DIACRITICS[at % DIACRITICS.length] + w.slice(k);
    return clitic + w;
  });

const number = fc.array(pick(DIGITS), { minLength: 1, maxLength: 14 }).map((ds) => ds.join(''));

const piece = fc.oneof(
  { weight: 10, arbitrary: newsWord },
  { weight: 3, arbitrary: madeUpWord },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: pick(INVISIBLE) },
  { weight: 1, arbitrary: fc.constant(TATWEEL.repeat(3)) },
);

/** Separator after a piece: mostly a space, sometimes nothing (words glue), a line break or a comma. */
const sep = fc.oneof({ weight: 12, arbitrary: fc.constant(' ') }, { weight: 4, arbitrary: pick(SPACES) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 2, arbitrary: pick(['، ', '. ', '.\n', ' - ', '/']) });

/** A run of loose pieces: words, numbers, punctuation, invisible characters. */
const noise = fc.array(fc.tuple(piece, sep), { maxLength: 12 }).map((ps) => ps.map(([p, s]) => p + s).join(''));

const opt = (a: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), a);

/** A date phrase of one of the families, built from its parts (so that most of them are read as dates). */
const datePhrase = fc.oneof(
  pick(['الثلاثاء', 'يوم الأحد', 'أمس', 'أمس الأول', 'اليوم', 'غدا', 'بعد غد', 'الأسبوع الماضي', 'الشهر المقبل', 'العام الجاري', 'مطلع الشهر الجاري', 'أواخر العام الماضي', 'منتصف الأسبوع المقبل', 'قبل أيام', 'منذ بضعة أشهر', 'مؤخرا', 'الصيف الماضي', 'فبراير/شباط الماضي', 'على هامش قمة الرياض']),
  fc.tuple(fc.integer({ min: 0, max: 35 }), pick(['مايو', 'أيار', 'فبراير', 'شباط', 'ديسمبر', 'رمضان', 'شوال', 'ذو الحجة']), opt(pick(['2017', '2016', '٢٠١٧', '1438 هـ', '1438', '2099', '1999']))).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(pick(['قبل', 'بعد', 'منذ', 'خلال']), fc.integer({ min: 1, max: 3000 }), pick(['يوم', 'أيام', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'عام', 'سنة', 'سنوات'])).map(([a, n, u]) => `${a} ${n} ${u}`),
  fc.tuple(pick(['من', 'بين']), fc.integer({ min: 1, max: 31 }), pick(['إلى', 'و', 'حتى', '-']), fc.integer({ min: 1, max: 31 }), pick(['يونيو', 'يوليو المقبل', 'مارس الماضي'])).map(([a, x, c, y, m]) => `${a} ${x} ${c} ${y} ${m}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), pick(['/', '-', '.'])).map(([y, m, d, s]) => `${y}${s}${m}${s}${d}`),
  fc.tuple(pick(['قبل', 'حتى', 'بعد', 'منذ', 'اعتبارا من']), pick(['نهاية سبتمبر', 'نهاية العام', 'الثامن من أغسطس', 'عام 2014', 'الأحد المقبل', 'اليوم'])).map(([a, b]) => `${a} ${b}`),
);
const party = pick(['وزير الخارجية القطري', 'وزير الخارجية الأمريكي', 'أمير قطر', 'الرئيس الأمريكي', 'ريكس تيلرسون', 'الشيخ محمد بن عبدالرحمن آل ثاني', 'تميم بن حمد', 'دونالد ترامب', 'جون كيري', 'قطر', 'الولايات المتحدة', 'السعودية', 'وزراء خارجية دول مجلس التعاون', 'الجانبان', 'الرئيس الروسي', 'وزير الخارجية السعودي عادل الجبير']);
const object = pick(['نظيره الأمريكي', 'نظيره القطري', 'مع وزير الخارجية الأمريكي', 'الرئيس الأمريكي', 'أمير قطر', 'مع الرئيس الروسي', 'بين قطر والولايات المتحدة', 'الكويت وقطر والعراق', 'الدوحة', 'واشنطن', 'موسكو']);
const verb = pick(['التقى', 'بحث', 'ناقش', 'أجرى اتصالا هاتفيا مع', 'تلقى اتصالا هاتفيا من', 'زار', 'سيزور', 'يزور', 'سيلتقي', 'يلتقي', 'استقبل', 'يستقبل', 'عقد اجتماعا مع', 'من المقرر أن يلتقي', 'يعتزم زيارة', 'لم يلتق', 'أجرى محادثات مع', 'شارك في قمة']);
const tail = opt(pick(['في الدوحة', 'في واشنطن', 'في مقر وزارة الخارجية الأمريكية', 'العلاقات الثنائية', 'سبل مكافحة الإرهاب', 'الأزمة الخليجية', 'على هامش الاجتماع']));
const lead = opt(pick(['وقال المسؤول الأمريكي أمس إن', 'جاء ذلك خلال', 'وبحث الجانبان', 'وأعلنت الخارجية أن', 'كما', 'و', 'خلال الاجتماع']));
const end = pick(['.', '.', '،', '.\n', '\n', '!', '؟', '']);

/** A news sentence from its slots (lead, verb, subject, object, date, place or topic), in a varied order. */
const sentence = fc
  .tuple(lead, verb, party, object, opt(datePhrase), tail, fc.nat(3), end)
  .map(([l, v, s, o, d, t, order, e]) => {
    const parts = order === 0 ? [l, v, s, d, o, t] : order === 1 ? [l, s, v, o, d, t] : order === 2 ? [l, d, v, s, o, t] : [l, v, s, o, t, d];
    return parts.filter(Boolean).join(' ') + e;
  });

/** Arabic-heavy news-like text: sentences of news with noise between and inside them. */
export const arabicText = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: noise }, { weight: 1, arbitrary: fc.tuple(sentence, noise, fc.nat(200)).map(([s, n, at]) => s.slice(0, at % (s.length + 1)) + n + s.slice(at % (s.length + 1))) }), { maxLength: 12 })
  .chain((segs) => fc.constant(segs.join(' ')));

/** Any UTF-16 code unit, lone surrogates included (JSON Lines input can carry them). */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Random Unicode of several kinds, and random Unicode mixed into news text. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: anyCodeUnit, maxLength: 200 }),
  fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 }), anyCodeUnit, pick(SPACES)), { maxLength: 80 }).map((xs) => xs.join('')),
);

/** Front matter, a dateline or nothing before the body, as articles come. */
export const header = fc.oneof(
  fc.constant(''),
  fc.constant('---\npublished: 2017-05-31\ntitle: "قطر"\n---\n'),
  fc.constant('---\ntitle: x\n---\n'),
  fc.constant('---\n---\n'),
  fc.constant('\ufeff'),
  fc.constant('الدوحة - نشر بتاريخ: 2017/05/31\n'),
  fc.constant('٣١ أيار ٢٠١٧\n'),
);

const DAY0 = new Date(0).setUTCFullYear(1000, 0, 1), DAY1 = Date.UTC(8999, 11, 31);
const isoDay = (d: number) => {
  const t = new Date(d * 864e5);
  return String(t.getUTCFullYear()).padStart(4, '0') + t.toISOString().slice(-20, -14);
};
/** A publication date: mostly around today's news, sometimes any day tarikh accepts (years 1000–8999), and the awkward days. */
export const published = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 }).map(isoDay) },
  { weight: 1, arbitrary: fc.integer({ min: DAY0 / 864e5, max: DAY1 / 864e5 }).map(isoDay) },
  { weight: 1, arbitrary: fc.constantFrom('2016-02-29', '2017-12-31', '2018-01-01', '2017-05-31', '2000-02-29', '2017-03-01', '1000-01-01', '1000-03-01', '1099-12-31', '8999-12-31', '8999-01-01') },
);

/** A well-formed ISO day outside the publication years tarikh accepts. */
export const publishedOutOfRange = fc.oneof(
  fc.integer({ min: new Date(0).setUTCFullYear(0, 0, 1) / 864e5, max: new Date(0).setUTCFullYear(999, 11, 31) / 864e5 }).map(isoDay),
  fc.integer({ min: Date.UTC(9000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }).map(isoDay),
);

/**
 * A deterministic synthetic corpus for benchmarks and scale tests: news-style Arabic articles built from the
 * project's own templates (never third-party text), 4–6 KB each. The same seed gives the same corpus byte for byte,
 * and each article is made from its own number, so shards can be generated apart.
 *
 * An article is one of several story shapes (a phone call, a visit, a meeting on the sidelines of a forum, talks and
 * agreements, a tour announced), told with the lead, details, quotes, earlier and planned contacts, a denial and
 * background of a wire story. The slots are filled from lists of countries, officials, places, forums, topics, date
 * phrases of every family, invented names, figures and years, and background sentences are assembled from clauses,
 * so that sentence lengths and the vocabulary move towards real text's (the first version of this corpus was one
 * template, with some 300 distinct words in all and sentences of 21 tokens on average: it flattered the pipeline's
 * caches and its branch history; see the README's performance section).
 */
import type { ArticleInput } from '../ingest/article.js';

/** Mulberry32: small, fast, and the same on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Side {
  /** ISO 3166 alpha-3, as the gazetteer has it (tests check the corpus's names against it). */
  code: string;
  country: string;
  fm: string;
  head: string;
  /** A second office of the country ("رئيس الوزراء القطري", "وزير الدفاع الأمريكي"). */
  other: string;
  capital: string;
  cities: readonly string[];
  nisba: string;
  /** The feminine nisba ("القطرية"), for the ministry, the agency, the delegation. */
  nisbaF: string;
  /** Who held the foreign ministry and the head's office, by whole years ([from, to] inclusive), as the press names them. */
  fmNames?: ReadonlyArray<readonly [number, number, string]>;
  headNames?: ReadonlyArray<readonly [number, number, string]>;
}

export const SIDES: readonly Side[] = [
  { code: 'QAT', country: 'قطر', fm: 'وزير الخارجية القطري', head: 'أمير قطر', other: 'رئيس مجلس الوزراء القطري', capital: 'الدوحة', cities: ['الدوحة', 'لوسيل', 'الخور'], nisba: 'القطري', nisbaF: 'القطرية', fmNames: [[2014, 2015, 'خالد بن محمد العطية'], [2017, 2023, 'محمد بن عبدالرحمن آل ثاني']], headNames: [[2014, 2023, 'الشيخ تميم بن حمد آل ثاني']] },
  { code: 'USA', country: 'الولايات المتحدة', fm: 'وزير الخارجية الأمريكي', head: 'الرئيس الأمريكي', other: 'وزير الدفاع الأمريكي', capital: 'واشنطن', cities: ['واشنطن', 'نيويورك', 'كامب ديفيد'], nisba: 'الأمريكي', nisbaF: 'الأمريكية', fmNames: [[2014, 2016, 'جون كيري'], [2019, 2020, 'مايك بومبيو'], [2022, 2023, 'أنتوني بلينكن']], headNames: [[2014, 2016, 'باراك أوباما'], [2018, 2020, 'دونالد ترامب'], [2022, 2023, 'جو بايدن']] },
  { code: 'SAU', country: 'المملكة العربية السعودية', fm: 'وزير الخارجية السعودي', head: 'خادم الحرمين الشريفين', other: 'ولي العهد السعودي', capital: 'الرياض', cities: ['الرياض', 'جدة', 'نيوم'], nisba: 'السعودي', nisbaF: 'السعودية', fmNames: [[2016, 2017, 'عادل الجبير'], [2020, 2023, 'الأمير فيصل بن فرحان']], headNames: [[2016, 2023, 'الملك سلمان بن عبدالعزيز']] },
  { code: 'EGY', country: 'مصر', fm: 'وزير الخارجية المصري', head: 'الرئيس المصري', other: 'رئيس الوزراء المصري', capital: 'القاهرة', cities: ['القاهرة', 'شرم الشيخ', 'الإسكندرية'], nisba: 'المصري', nisbaF: 'المصرية', fmNames: [[2015, 2023, 'سامح شكري']], headNames: [[2015, 2023, 'عبدالفتاح السيسي']] },
  { code: 'JOR', country: 'الأردن', fm: 'وزير الخارجية الأردني', head: 'العاهل الأردني', other: 'رئيس الوزراء الأردني', capital: 'عمّان', cities: ['عمّان', 'العقبة'], nisba: 'الأردني', nisbaF: 'الأردنية', fmNames: [[2018, 2023, 'أيمن الصفدي']], headNames: [[2014, 2023, 'الملك عبدالله الثاني']] },
  { code: 'KWT', country: 'الكويت', fm: 'وزير الخارجية الكويتي', head: 'أمير الكويت', other: 'رئيس الوزراء الكويتي', capital: 'الكويت', cities: ['الكويت'], nisba: 'الكويتي', nisbaF: 'الكويتية', fmNames: [[2020, 2021, 'الشيخ أحمد ناصر المحمد الصباح']] },
  { code: 'TUR', country: 'تركيا', fm: 'وزير الخارجية التركي', head: 'الرئيس التركي', other: 'وزير الدفاع التركي', capital: 'أنقرة', cities: ['أنقرة', 'إسطنبول', 'أنطاليا'], nisba: 'التركي', nisbaF: 'التركية', fmNames: [[2016, 2022, 'مولود جاويش أوغلو']], headNames: [[2015, 2023, 'رجب طيب أردوغان']] },
  { code: 'RUS', country: 'روسيا', fm: 'وزير الخارجية الروسي', head: 'الرئيس الروسي', other: 'وزير الدفاع الروسي', capital: 'موسكو', cities: ['موسكو', 'سوتشي', 'سان بطرسبورغ'], nisba: 'الروسي', nisbaF: 'الروسية', fmNames: [[2014, 2023, 'سيرغي لافروف']], headNames: [[2014, 2023, 'فلاديمير بوتين']] },
  { code: 'FRA', country: 'فرنسا', fm: 'وزير الخارجية الفرنسي', head: 'الرئيس الفرنسي', other: 'رئيس الوزراء الفرنسي', capital: 'باريس', cities: ['باريس', 'مرسيليا'], nisba: 'الفرنسي', nisbaF: 'الفرنسية', headNames: [[2018, 2023, 'إيمانويل ماكرون']] },
  { code: 'OMN', country: 'سلطنة عمان', fm: 'وزير الخارجية العماني', head: 'سلطان عمان', other: 'وزير الدفاع العماني', capital: 'مسقط', cities: ['مسقط', 'صلالة'], nisba: 'العماني', nisbaF: 'العمانية', fmNames: [[2014, 2019, 'يوسف بن علوي']] },
  { code: 'ARE', country: 'الإمارات', fm: 'وزير الخارجية الإماراتي', head: 'رئيس دولة الإمارات', other: 'ولي عهد أبوظبي', capital: 'أبوظبي', cities: ['أبوظبي', 'دبي'], nisba: 'الإماراتي', nisbaF: 'الإماراتية', fmNames: [[2014, 2023, 'الشيخ عبدالله بن زايد']] },
  { code: 'BHR', country: 'البحرين', fm: 'وزير الخارجية البحريني', head: 'ملك البحرين', other: 'ولي العهد البحريني', capital: 'المنامة', cities: ['المنامة'], nisba: 'البحريني', nisbaF: 'البحرينية' },
  { code: 'IRQ', country: 'العراق', fm: 'وزير الخارجية العراقي', head: 'الرئيس العراقي', other: 'رئيس الوزراء العراقي', capital: 'بغداد', cities: ['بغداد', 'البصرة', 'أربيل'], nisba: 'العراقي', nisbaF: 'العراقية' },
  { code: 'DEU', country: 'ألمانيا', fm: 'وزير الخارجية الألماني', head: 'المستشار الألماني', other: 'وزير الدفاع الألماني', capital: 'برلين', cities: ['برلين', 'ميونخ'], nisba: 'الألماني', nisbaF: 'الألمانية' },
  { code: 'GBR', country: 'بريطانيا', fm: 'وزير الخارجية البريطاني', head: 'رئيس الوزراء البريطاني', other: 'وزير الدفاع البريطاني', capital: 'لندن', cities: ['لندن'], nisba: 'البريطاني', nisbaF: 'البريطانية' },
  { code: 'CHN', country: 'الصين', fm: 'وزير الخارجية الصيني', head: 'الرئيس الصيني', other: 'رئيس مجلس الدولة الصيني', capital: 'بكين', cities: ['بكين', 'شنغهاي'], nisba: 'الصيني', nisbaF: 'الصينية' },
  { code: 'MAR', country: 'المغرب', fm: 'وزير الخارجية المغربي', head: 'العاهل المغربي', other: 'رئيس الحكومة المغربية', capital: 'الرباط', cities: ['الرباط', 'مراكش'], nisba: 'المغربي', nisbaF: 'المغربية' },
  { code: 'IRN', country: 'إيران', fm: 'وزير الخارجية الإيراني', head: 'الرئيس الإيراني', other: 'رئيس البرلمان الإيراني', capital: 'طهران', cities: ['طهران'], nisba: 'الإيراني', nisbaF: 'الإيرانية' },
];

const MONTHS = ['', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['', 'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Past date phrases of every family: days, weekdays, parts of periods, offsets, vague and anaphoric ones. */
const PAST_DATES = [
  'أمس', 'الثلاثاء', 'يوم الأحد الماضي', 'مطلع الشهر الجاري', 'الأسبوع الماضي', 'قبل يومين', 'منتصف الشهر الماضي',
  'أول أمس', 'مساء الخميس', 'في وقت سابق من هذا الشهر', 'صباح اليوم', 'في وقت سابق اليوم', 'مساء أمس', 'ليلة الأربعاء',
  'قبل ثلاثة أسابيع', 'قبل نحو شهرين', 'أواخر الشهر الماضي', 'نهاية الأسبوع الماضي', 'الاثنين الماضي', 'قبل أيام',
  'الشهر الماضي', 'خلال الأيام الماضية', 'صباح السبت', 'في الأسبوع الأول من الشهر الجاري', 'قبل عشرة أيام',
];
const FUTURE_DATES = [
  'غدا', 'الأسبوع المقبل', 'يوم الاثنين المقبل', 'أواخر الشهر الجاري', 'في غضون أسبوعين', 'مطلع الشهر المقبل',
  'بعد غد', 'خلال الأيام المقبلة', 'الشهر المقبل', 'منتصف الشهر المقبل', 'مساء الأحد المقبل', 'نهاية الأسبوع الجاري',
  'في وقت لاحق من هذا العام', 'خلال الربع الأول من العام المقبل',
];
const YEARS_AGO = ['سنوات', 'أكثر من عقد', 'عام 2009', 'نحو خمس سنوات', 'الأزمة الأخيرة', 'بداية العقد الماضي'];

const TOPICS = [
  'تعزيز التعاون الاستراتيجي بين البلدين', 'سبل تطوير العلاقات الثنائية', 'مستجدات الأوضاع في المنطقة',
  'جهود مكافحة الإرهاب وتمويله', 'التعاون الاقتصادي والاستثماري', 'الأزمة في سوريا واليمن', 'أمن الملاحة في الخليج',
  'الملف النووي الإيراني', 'تطورات القضية الفلسطينية', 'الأوضاع الإنسانية في قطاع غزة', 'أمن الطاقة وإمداداتها',
  'التعاون الدفاعي والعسكري', 'مكافحة الهجرة غير النظامية', 'تنسيق المواقف في المحافل الدولية',
  'الاستعدادات لاستضافة البطولات الرياضية الكبرى', 'التغير المناخي والتحول إلى الطاقة النظيفة', 'الأمن الغذائي',
  'جهود الوساطة لإنهاء النزاع في السودان', 'الوضع في ليبيا', 'إعادة إعمار العراق', 'التبادل التجاري ورفع القيود الجمركية',
];
const FIELDS = ['الطاقة', 'التعليم', 'الصحة', 'النقل البحري', 'الأمن السيبراني', 'الزراعة', 'السياحة', 'الثقافة', 'الاستثمار', 'الطيران المدني', 'التقنيات المالية', 'البحث العلمي'];
const FORUMS = [
  'اجتماعات الجمعية العامة للأمم المتحدة', 'منتدى دافوس الاقتصادي', 'قمة مجموعة العشرين', 'مؤتمر ميونخ للأمن',
  'منتدى الدوحة', 'القمة العربية', 'اجتماعات وزراء خارجية دول مجلس التعاون الخليجي', 'مؤتمر المانحين',
  'القمة الخليجية الأمريكية', 'اجتماع التحالف الدولي ضد تنظيم الدولة', 'مؤتمر الأطراف بشأن المناخ', 'حوار المنامة',
];
const AGENCIES = ['وكالات', 'وكالة الأنباء الرسمية', 'المراسل', 'رويترز وفرانس برس', 'الأناضول', 'قنا'];

const MEN = ['محمد', 'أحمد', 'خالد', 'يوسف', 'عمر', 'هشام', 'رامي', 'طارق', 'سامر', 'جون', 'مارك', 'ديفيد', 'كريم', 'نبيل', 'ماجد', 'بيتر'];
const WOMEN = ['سارة', 'ليلى', 'نادية', 'منى', 'فاطمة', 'إيميلي', 'هالة', 'ريم', 'آن', 'جنيفر', 'لمى', 'دينا'];
const FAMILY_NAMES = ['العبدالله', 'الخطيب', 'الحسيني', 'المنصوري', 'الشمري', 'حداد', 'ميلر', 'جونسون', 'بارتون', 'القاسم', 'النعيمي', 'السويدي', 'عواد', 'الدوري', 'كلارك', 'فيشر', 'الزعبي', 'البنا', 'الكبيسي', 'الطائي'];
const UNIVERSITIES = ['جامعة قطر', 'جامعة جورجتاون', 'الجامعة الأمريكية في بيروت', 'جامعة السوربون', 'جامعة الملك سعود', 'جامعة القاهرة', 'جامعة أكسفورد', 'جامعة الكويت'];
const THINK_TANKS = ['مركز الخليج للأبحاث', 'معهد واشنطن لسياسة الشرق الأدنى', 'مركز الأهرام للدراسات السياسية', 'المعهد الملكي للشؤون الدولية', 'مركز كارنيغي للشرق الأوسط'];

/** A claim as a quote or reported speech. */
const CLAIMS = [
  'العلاقات بين البلدين تمر بأفضل مراحلها', 'الحوار هو السبيل الوحيد لتسوية الخلافات في المنطقة',
  'بلاده ملتزمة بدعم الاستقرار الإقليمي ومواجهة التحديات المشتركة', 'المحادثات كانت صريحة وبناءة وتناولت الملفات كافة',
  'هناك توافقا واسعا على ضرورة خفض التصعيد', 'الجانبين اتفقا على تشكيل فرق عمل فنية لمتابعة ما تم التوصل إليه',
  'الشراكة الاقتصادية ستشهد نقلة نوعية خلال المرحلة المقبلة', 'أي حل دائم يجب أن يحترم سيادة الدول وإرادة شعوبها',
  'بلاده لن تدخر جهدا في دعم مساعي الوساطة', 'الاتفاقات الموقعة تمثل خطوة أولى على طريق طويل',
  'التنسيق الأمني بين البلدين أسهم في إحباط عدد من المخططات', 'المجتمع الدولي مطالب بتحمل مسؤولياته تجاه الأزمة الإنسانية',
  'الاستثمارات المشتركة ستوفر آلاف فرص العمل للشباب', 'بلاده تنظر باهتمام إلى المبادرة المطروحة وتدرس تفاصيلها',
];

/** Clauses that background sentences are assembled from: two or three of them make one sentence. */
const ECONOMY_SUBJECTS = [
  'حجم التبادل التجاري بين البلدين', 'حجم الاستثمارات المتبادلة', 'حجم صادرات الغاز الطبيعي المسال', 'إنفاق السياح القادمين',
  'حجم الاستثمارات في قطاع الطاقة المتجددة', 'مجموع العقود الموقعة في مجال البنية التحتية', 'رأس مال الشركات المشتركة',
  'حجم واردات المعدات والأجهزة الطبية', 'حجم القروض الميسرة', 'مجموع المساعدات التنموية',
];
const ECONOMY_MOVES = [
  'ارتفع {s} بنسبة {p} في المئة خلال {y}', 'تراجع {s} إلى نحو {n} دولار في {y}', 'بلغ {s} قرابة {n} دولار في {y}',
  'تضاعف {s} تقريبا منذ {y}', 'سجل {s} نموا بلغ {p} في المئة مقارنة بما كان عليه في {y}', 'استقر {s} عند مستوى {n} دولار خلال {y}',
];
const ECONOMY_SOURCES = ['بحسب أرقام رسمية', 'وفق بيانات غرفة التجارة والصناعة', 'حسب تقديرات صندوق النقد الدولي', 'وفقا لإحصاءات البنك المركزي', 'بحسب تقرير نشرته صحيفة اقتصادية محلية'];
const CONTEXTS = [
  'وتأتي هذه التطورات في وقت تسعى فيه دول المنطقة إلى تنويع شراكاتها الاقتصادية، والانفتاح على أسواق جديدة في آسيا وأفريقيا وأوروبا',
  'ويرى مراقبون أن هذه الاتصالات تأتي في إطار مساع إقليمية أوسع لتخفيف حدة التوتر، وتنسيق المواقف إزاء الملفات المطروحة على جدول أعمال المنظمات الدولية',
  'وكانت اللجنة المشتركة بين البلدين قد عقدت دورتها الأخيرة بحضور عدد من كبار المسؤولين، وبحثت خلالها فرص الاستثمار في مجالات الطاقة والبنية التحتية والتعليم',
  'ومن المنتظر أن تشهد المرحلة المقبلة توقيع عدد من مذكرات التفاهم في مجالات الثقافة والرياضة والتعليم العالي والبحث العلمي',
  'وتعاني المنطقة منذ سنوات من اضطرابات متلاحقة ألقت بظلالها على حركة التجارة والاستثمار وأسواق الطاقة العالمية',
  'ويعيش في البلد الآخر عشرات الآلاف من المواطنين، يعمل معظمهم في قطاعات الخدمات والبناء والتجارة',
  'وشهدت الأشهر الأخيرة حراكا دبلوماسيا مكثفا شمل عواصم عربية وغربية عدة، في محاولة لاحتواء الأزمة ومنع اتساع رقعتها',
  'ولم تصدر حتى الآن أي تعليقات رسمية من الجانب الآخر على ما ورد في البيان، فيما اكتفت مصادر مطلعة بالإشارة إلى أن الاتصالات مستمرة',
  'وتحتضن المدينة مقر عدد من المنظمات الإقليمية، كما تستضيف بانتظام مؤتمرات ومنتديات تجمع صناع القرار ورجال الأعمال والأكاديميين',
  'وتقول منظمات إنسانية إن ملايين الأشخاص في حاجة ماسة إلى المساعدات، وإن التمويل المتاح لا يغطي سوى جزء يسير من الاحتياجات',
  'ويتوقع خبراء أن تنعكس أسعار النفط المرتفعة إيجابا على موازنات الدول المصدرة، وأن تتيح لها مساحة أوسع للإنفاق على المشاريع التنموية',
  'وتعود العلاقات الدبلوماسية بين البلدين إلى مطلع سبعينيات القرن الماضي، وقد مرت بمحطات صعود وهبوط تبعا لتقلبات المشهد الإقليمي',
  'وتضم الاتفاقية الإطارية بنودا تتعلق بتبادل الخبرات وتسهيل إجراءات التأشيرات وحماية الاستثمارات وتجنب الازدواج الضريبي',
  'وأثارت التصريحات ردود فعل متباينة في وسائل الإعلام ومواقع التواصل الاجتماعي، بين من رأى فيها تحولا لافتا ومن اعتبرها تكرارا لمواقف سابقة',
  'وتشارك قوات من البلدين في مناورات عسكرية مشتركة تجري بصورة دورية، تهدف إلى رفع الجاهزية وتبادل الخبرات في مجال الأمن البحري',
  'وكان البرلمان قد صادق في جلسة سابقة على اتفاقية التعاون القضائي وتسليم المطلوبين، بعد نقاش مطول حول بعض بنودها',
  'ويعقد مجلس الأعمال المشترك اجتماعاته مرتين في السنة، ويضم ممثلين عن كبرى الشركات في قطاعات المصارف والعقارات والصناعات التحويلية',
  'وتسعى الحكومة إلى جذب مزيد من الاستثمارات الأجنبية المباشرة عبر حزمة من الحوافز الضريبية والتشريعات الجديدة',
  'وتواجه الموانئ الإقليمية ضغوطا متزايدة بسبب ارتفاع تكاليف الشحن والتأمين، ما دفع شركات الملاحة إلى تغيير مساراتها المعتادة',
  'وحذرت وكالات أممية من أن موجات الجفاف المتكررة تهدد المحاصيل الزراعية في أجزاء واسعة من الإقليم، وتضاعف أعداد النازحين',
  'ويرتبط البلدان بخط ملاحي منتظم لنقل البضائع، إلى جانب مشروع قيد الدراسة لربط شبكتي الكهرباء عبر كابل بحري',
  'وانتقدت منظمات حقوقية دولية غياب الشفافية في بعض الصفقات، وطالبت بنشر تفاصيلها كاملة أمام الرأي العام',
  'ويعمل الجانبان منذ مدة على صياغة خريطة طريق تحدد أولويات التعاون وآليات المتابعة والتقييم الدوري',
  'وتستضيف العاصمة خلال الخريف معرضا دوليا للكتاب يشارك فيه مئات الناشرين من أكثر من ثلاثين دولة',
  'وأطلقت الجامعات في البلدين برامج مشتركة للدراسات العليا في الهندسة والطب وعلوم الحاسوب، يستفيد منها مئات الطلاب سنويا',
  'ويقدر اقتصاديون أن تطوير الممرات التجارية البرية والبحرية قد يختصر زمن نقل البضائع بين آسيا وأوروبا بأيام عدة',
  'وشهدت أسواق المال المحلية تقلبات حادة خلال الفترة الأخيرة، متأثرة بتذبذب أسعار الخام وتشديد السياسات النقدية عالميا',
  'ويشكو مستثمرون من بطء الإجراءات البيروقراطية وتعدد الجهات المشرفة على منح التراخيص، رغم الإصلاحات المعلنة',
  'وأفادت مصادر مطلعة بأن المشاورات تناولت كذلك ترتيبات أمنية تتعلق بحماية المنشآت الحيوية وخطوط الإمداد',
  'ويعد قطاع الخدمات اللوجستية من أسرع القطاعات نموا، مدفوعا بالتوسع في التجارة الإلكترونية والمناطق الحرة',
];
/** Earlier moves of a country, with a date: the background of a real story names countries and dates too. */
const HISTORY = [
  'استضافت جولة من المفاوضات غير المباشرة بين الأطراف المتنازعة', 'أعلنت عن حزمة مساعدات إنسانية عاجلة',
  'وقعت مع {x} اتفاقية للتعاون الأمني وتبادل المعلومات', 'استدعت سفيرها لدى {x} للتشاور', 'رفعت مستوى تمثيلها الدبلوماسي في {x}',
  'أعادت فتح سفارتها في {x} بعد سنوات من القطيعة', 'انضمت إلى التحالف الدولي لحماية الملاحة', 'رحبت بالمبادرة التي طرحتها {x}',
];
const AFTERTHOUGHTS = [
  'في حين لا تزال ملفات خلافية عالقة بانتظار جولات أخرى من المشاورات', 'وهو ما تعده الأوساط الاقتصادية مؤشرا على متانة العلاقات',
  'رغم التباطؤ الذي شهده الاقتصاد العالمي', 'وسط توقعات بمزيد من النمو في السنوات المقبلة', 'بعد سنوات من الركود النسبي',
  'على الرغم من الظروف الإقليمية الصعبة', 'بينما تعمل لجان فنية على إزالة العقبات الإجرائية', 'مع دخول عدد من الاتفاقيات حيز التنفيذ',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An article's text stays within 6 KB (its last line, the source, is a few bytes more). */
const MAX_BYTES = 6144 - 40;

/** "7 مليارات", "25 مليار": the counted noun is plural from 3 to 10 and singular above. */
const billions = (n: number) => `${n} ${n <= 10 ? 'مليارات' : 'مليار'}`;

/** Everything a story's sentences refer to: its publication date, the two sides, a third country, people. */
interface Story {
  r: () => number;
  y: number;
  m: number;
  /** The story shape of the lead (see lead): what the details that refer back to it call it. */
  shape: number;
  a: Side;
  b: Side;
  c: Side;
}

function someone(r: () => number, first: readonly string[] = MEN): string {
  return `${pick(r, first)} ${pick(r, FAMILY_NAMES)}`;
}

/** The name of whoever held the office in the story's year, when the corpus knows it. */
function holder(names: Side['fmNames'], y: number): string | null {
  for (const [from, to, name] of names ?? []) if (y >= from && y <= to) return name;
  return null;
}

/** The foreign minister, named in apposition about half the time when the year's holder is known. */
function fmOf(s: Story, side: Side): string {
  const name = holder(side.fmNames, s.y);
  return name && s.r() < 0.5 ? `${side.fm} ${name}` : side.fm;
}

/** The head of state or government, likewise. */
function headOf(s: Story, side: Side): string {
  const name = holder(side.headNames, s.y);
  return name && s.r() < 0.5 ? `${side.head} ${name}` : side.head;
}

/** A day of a month before the publication date, as the press writes it ("في 12 مارس/آذار الماضي"). */
function explicitPast(s: Story): string {
  const { r } = s;
  const back = 1 + Math.floor(r() * 5);
  const m = ((s.m - 1 - back + 12) % 12) + 1;
  const d = 1 + Math.floor(r() * 28);
  const year = m < s.m ? '' : ` ${s.y - 1}`;
  switch (Math.floor(r() * 4)) {
    case 0:
      return `في ${d} ${MONTHS[m]}/${LEVANT[m]}${year || ' الماضي'}`;
    case 1:
      return `في ${MONTHS[m]}${year || ' الماضي'}`;
    case 2:
      return `يوم ${WEEKDAYS[new Date(Date.UTC(year ? s.y - 1 : s.y, m - 1, d)).getUTCDay()]} ${d} ${LEVANT[m]}${year}`;
    default:
      return `خلال ${MONTHS[m]}/${LEVANT[m]}${year || ' الماضي'}`;
  }
}

function topicList(r: () => number): string {
  const t1 = pick(r, TOPICS);
  let t2 = pick(r, TOPICS);
  if (t2 === t1) t2 = TOPICS[(TOPICS.indexOf(t1) + 1) % TOPICS.length];
  return r() < 0.5 ? t1 : `${t1}، إضافة إلى ${t2}`;
}

/** The lead: the contact the story is about, told in one of several ways. */
function lead(s: Story): string {
  const { r, a, b } = s;
  const when = pick(r, PAST_DATES);
  switch (s.shape) {
    case 0:
      return pick(r, [
        `بحث ${fmOf(s, a)} ونظيره ${b.nisba}، ${when}، ${topicList(r)}، خلال اتصال هاتفي تناول أيضا ${pick(r, TOPICS)}.`,
        `تلقى ${headOf(s, a)} ${when} اتصالا هاتفيا من ${headOf(s, b)}، جرى خلاله استعراض العلاقات الثنائية وبحث ${topicList(r)}، بحسب ما أفادت وكالة الأنباء ${a.nisbaF}.`,
        `أجرى ${fmOf(s, a)} ${when} اتصالا هاتفيا مع نظيره ${b.nisba}، تبادل الجانبان خلاله وجهات النظر حول ${topicList(r)}، واتفقا على مواصلة التشاور في المرحلة المقبلة.`,
      ]);
    case 1:
      return pick(r, [
        `وصل ${fmOf(s, a)} إلى ${b.capital} ${when} في زيارة رسمية تستغرق ${3 + Math.floor(r() * 4)} أيام، يلتقي خلالها ${headOf(s, b)} وعددا من كبار المسؤولين لبحث ${topicList(r)}.`,
        `استقبل ${headOf(s, b)} في ${b.capital} ${when} ${fmOf(s, a)} والوفد المرافق له، وجرى خلال اللقاء بحث ${topicList(r)}، بحضور ${fmOf(s, b)}.`,
        `اختتم ${a.other} ${when} زيارة إلى ${b.country} استمرت ${3 + Math.floor(r() * 3)} أيام، أجرى خلالها مباحثات مع ${headOf(s, b)} و${fmOf(s, b)} تناولت ${topicList(r)}.`,
      ]);
    case 2:
      return pick(r, [
        `التقى ${headOf(s, a)} ${fmOf(s, b)} على هامش ${pick(r, FORUMS)} في ${pick(r, s.c.cities)}، ${when}، حيث بحث الجانبان ${topicList(r)}.`,
        `عقد ${fmOf(s, a)} ونظيره ${b.nisba} اجتماعا ${when} على هامش ${pick(r, FORUMS)}، ناقشا فيه ${topicList(r)}، وفق بيان مقتضب صدر عقب الاجتماع.`,
      ]);
    case 3:
      return pick(r, [
        `عقد ${headOf(s, a)} و${headOf(s, b)} جلسة مباحثات رسمية ${when} في ${pick(r, a.cities)}، تركزت على ${topicList(r)}، قبل أن يشهدا توقيع ${3 + Math.floor(r() * 8)} اتفاقيات ومذكرات تفاهم في مجالات ${pick(r, FIELDS)} و${pick(r, FIELDS)} و${pick(r, FIELDS)}.`,
        `انطلقت ${when} في ${a.capital} جولة جديدة من المحادثات بين وفدين رفيعي المستوى من ${a.country} و${b.country}، يرأسهما ${fmOf(s, a)} و${fmOf(s, b)}، لبحث ${topicList(r)}.`,
      ]);
    default:
      return pick(r, [
        `أعلنت وزارة الخارجية ${a.nisbaF} ${when} أن ${fmOf(s, a)} سيتوجه ${pick(r, FUTURE_DATES)} إلى ${b.capital} في جولة تشمل ${s.c.capital}، يبحث خلالها ${topicList(r)}.`,
        `قال ${fmOf(s, a)} ${when} إنه سيلتقي نظيره ${b.nisba} ${pick(r, FUTURE_DATES)} في ${b.capital}، لبحث ${topicList(r)}، مؤكدا أن «${pick(r, CLAIMS)}».`,
      ]);
  }
}

/** The lead's contact, by story shape, as "جاء ذلك خلال ..." names it, and as "ويأتي ... بعد" refers to it (its verb agreeing). */
const LEAD_CONTACT = [['اتصال هاتفي أجراه'], ['لقاء جمع', 'محادثات أجراها'], ['لقاء جمع', 'اجتماع عقده'], ['جلسة مباحثات عقدها', 'اجتماع عقده'], ['اتصال هاتفي أجراه']];
const LEAD_NOUN = ['ويأتي الاتصال', 'وتأتي الزيارة', 'ويأتي اللقاء', 'وتأتي المباحثات', 'ويأتي الإعلان'];

/**
 * Details that refer back to the lead ("جاء ذلك خلال ...", "ويأتي الاتصال بعد ..."): they come right after it, as
 * in a wire story, and not after some other contact that the reference would then name.
 */
const FOLLOW_UPS = [0, 10];

/** A sentence that tells more of the story: the same contact again, a quote, an earlier or a planned contact. */
function detail(s: Story, k: number): string {
  const { r, a, b, c } = s;
  switch (k) {
    case 0:
      return `جاء ذلك خلال ${pick(r, LEAD_CONTACT[s.shape])} ${fmOf(s, a)} مع نظيره ${b.nisba}، وفقا لبيان صادر عن وزارة الخارجية ${a.nisbaF}.`;
    case 1:
      return `وقال ${fmOf(s, a)} في مؤتمر صحفي مشترك مع نظيره ${b.nisba} إن «${pick(r, CLAIMS)}»، مضيفا أن ${pick(r, CLAIMS)}.`;
    case 2:
      return `وقالت المتحدثة باسم وزارة الخارجية ${b.nisbaF}، ${someone(r, WOMEN)}، إن ${pick(r, CLAIMS)}، وإن «${pick(r, CLAIMS)}».`;
    case 3: {
      const month = 1 + Math.floor(r() * 12);
      return `وفي ${MONTHS[month]}/${LEVANT[month]} الماضي، اجتمع ${headOf(s, a)} مع ${fmOf(s, b)} في ${a.capital}، وبحث الجانبان ${pick(r, TOPICS)}.`;
    }
    case 4:
      return `وكان ${headOf(s, a)} قد استقبل ${fmOf(s, b)} ${explicitPast(s)}، في أول زيارة لمسؤول ${b.nisba.replace(/^ال/, '')} رفيع إلى ${a.capital} منذ ${pick(r, YEARS_AGO)}.`;
    case 5:
      return `ومن المقرر أن يزور ${fmOf(s, c)} ${a.capital} ${pick(r, FUTURE_DATES)} لإجراء محادثات مع نظيره ${a.nisba} حول ${pick(r, TOPICS)}.`;
    case 6:
      return `كما التقى ${headOf(s, b)} ${pick(r, PAST_DATES)} ${fmOf(s, c)} على هامش ${pick(r, FORUMS)}، وناقشا ${pick(r, TOPICS)}.`;
    case 7:
      return `ولم يلتق ${fmOf(s, a)} نظيره ${c.nisba} خلال الجولة الأخيرة، بحسب مصادر دبلوماسية، رغم تقارير تحدثت عن ترتيبات لعقد لقاء بينهما.`;
    case 8:
      return `وأضاف ${fmOf(s, a)} أن «${pick(r, CLAIMS)}»، مشيرا إلى أن ${a.country} و${b.country} تعملان معا على ${pick(r, TOPICS)}.`;
    case 9:
      return `وأكد ${fmOf(s, b)}، من جهته، أن ${pick(r, CLAIMS)}، وأعرب عن تقديره للدور الذي تقوم به ${a.country} في ${pick(r, TOPICS)}.`;
    case 10:
      return `${LEAD_NOUN[s.shape]} بعد ${pick(r, ['أيام', 'أسبوعين', 'نحو شهر'])} من زيارة قام بها ${c.other} إلى ${b.capital}، التقى خلالها ${headOf(s, b)} وبحث معه ${pick(r, TOPICS)}.`;
    default:
      return `وتلقى ${headOf(s, b)} ${pick(r, PAST_DATES)} رسالة خطية من ${headOf(s, c)} تتعلق بالعلاقات الثنائية، سلمها ${fmOf(s, c)} خلال لقائه ${fmOf(s, b)} في ${b.capital}.`;
  }
}

/** A background sentence: two or three clauses of context, economy or analysis. */
function background(s: Story): string {
  const { r, y } = s;
  const kind = Math.floor(r() * 5);
  if (kind === 4) {
    const who = pick(r, SIDES), other = pick(r, SIDES.filter((x) => x !== who));
    const when = r() < 0.5 ? explicitPast(s) : pick(r, [`عام ${y - 1 - Math.floor(r() * 8)}`, 'العام الماضي', 'مطلع العام الجاري', 'قبل أعوام', 'في صيف العام الماضي']);
    return `وكانت ${who.country} قد ${pick(r, HISTORY).replace('{x}', other.country)} ${when}، ${pick(r, AFTERTHOUGHTS)}.`;
  }
  if (kind === 0) {
    const year = y - 1 - Math.floor(r() * 6);
    const move = pick(r, ECONOMY_MOVES)
      .replace('{s}', pick(r, ECONOMY_SUBJECTS))
      .replace('{p}', String(2 + Math.floor(r() * 60)))
      .replace('{n}', billions(3 + Math.floor(r() * 40)))
      .replace('{y}', r() < 0.5 ? `عام ${year}` : String(year));
    return `و${move}، ${pick(r, ECONOMY_SOURCES)}، ${pick(r, AFTERTHOUGHTS)}.`;
  }
  if (kind === 1) {
    const where = r() < 0.5 ? `أستاذ العلوم السياسية في ${pick(r, UNIVERSITIES)}` : `الباحث في ${pick(r, THINK_TANKS)}`;
    const female = r() < 0.4;
    return `${female ? 'وتقول' : 'ويقول'} ${someone(r, female ? WOMEN : MEN)}، ${female ? where.replace(/^(أستاذ|الباحث)/, (w) => (w === 'أستاذ' ? 'أستاذة' : 'الباحثة')) : where}، إن ${pick(r, CLAIMS)}، ${pick(r, AFTERTHOUGHTS)}.`;
  }
  const first = pick(r, CONTEXTS);
  return r() < 0.5 ? `${first}.` : `${first}، ${pick(r, AFTERTHOUGHTS)}.`;
}

export interface SyntheticArticle {
  id: string;
  published: string;
  text: string;
}

/** The n-th article of the corpus for a seed (independent of the others, so shards can be generated apart). */
export function syntheticArticle(seed: number, n: number): SyntheticArticle {
  const r = rng(seed * 1_000_003 + n);
  const y = 2014 + Math.floor(r() * 10), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
  const published = `${y}-${pad(m)}-${pad(d)}`;
  const a = pick(r, SIDES);
  let b = pick(r, SIDES);
  while (b === a) b = pick(r, SIDES);
  let c = pick(r, SIDES);
  while (c === a || c === b) c = pick(r, SIDES);
  const shape = Math.floor(r() * 5);
  const s: Story = { r, y, m, shape, a, b, c };
  const parts: string[] = [];
  parts.push(
    pick(r, [
      `${a.country} و${b.country} تبحثان ${pick(r, TOPICS)}`,
      `${a.fm} يبحث مع نظيره ${b.nisba} ${pick(r, TOPICS)}`,
      `مباحثات ${a.nisba.replace(/^ال/, '')}ة ${b.nisba.replace(/^ال/, '')}ة حول ${pick(r, TOPICS)}`,
      `${b.head} يستقبل ${a.fm}`,
    ]),
  );
  parts.push(
    pick(r, [
      `${a.capital} في ${y}/${pad(m)}/${pad(d)}`,
      `${pick(r, a.cities)} - ${pick(r, AGENCIES)}`,
      `${a.capital}، ${d} ${MONTHS[m]} ${y}`,
    ]),
  );
  parts.push('');
  parts.push(lead(s));
  // Details in an order of the article's own: each at most once, some articles with many, some with few.
  const order = Array.from({ length: 12 }, (_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const chosen = order.slice(0, 4 + Math.floor(r() * 6));
  const details = [...FOLLOW_UPS.filter((k) => chosen.includes(k)), ...chosen.filter((k) => !FOLLOW_UPS.includes(k))];
  // Background to the 4–6 KB of a full wire story, between and after the details; nothing that would pass 6 KB.
  const target = 4096 + Math.floor(r() * 1536);
  let size = Buffer.byteLength(parts.join('\n'));
  const add = (p: string): boolean => {
    const bytes = Buffer.byteLength(p) + 1;
    if (size + bytes > MAX_BYTES) return false;
    parts.push(p);
    size += bytes;
    return true;
  };
  for (const k of details) {
    if (size >= target - 600) break;
    add(detail(s, k));
    // (No background between the lead and what refers back to it.)
    if (!FOLLOW_UPS.includes(k) && r() < 0.6) add(background(s));
  }
  while (size < target && add(background(s)));
  parts.push(pick(r, AGENCIES));
  return { id: `syn-${seed}-${n}`, published, text: parts.join('\n') + '\n' };
}

/** The n-th article as the pipeline takes it, as a JSON Lines run would read it (its publication date as metadata). */
export function syntheticInput(seed: number, n: number, source: string): ArticleInput {
  const a = syntheticArticle(seed, n);
  return { id: a.id, source, text: a.text, metaPublished: a.published };
}

/** JSON Lines for articles [from, to) of the corpus. */
export function* syntheticJsonl(seed: number, from: number, to: number): Generator<string> {
  for (let n = from; n < to; n++) {
    const a = syntheticArticle(seed, n);
    yield JSON.stringify({ id: a.id, text: a.text, published: a.published }) + '\n';
  }
}

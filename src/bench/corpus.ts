/**
 * A deterministic synthetic corpus for benchmarks and scale tests: news-style Arabic articles built from the
 * project's own templates (never third-party text), each with a dateline, contacts between countries, date phrases
 * of every family and background paragraphs, 4–6 KB each. The same seed gives the same corpus byte for byte.
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

interface Side {
  country: string;
  fm: string;
  head: string;
  capital: string;
  nisba: string;
}

const SIDES: Side[] = [
  { country: 'قطر', fm: 'وزير الخارجية القطري', head: 'أمير قطر', capital: 'الدوحة', nisba: 'القطري' },
  { country: 'الولايات المتحدة', fm: 'وزير الخارجية الأمريكي', head: 'الرئيس الأمريكي', capital: 'واشنطن', nisba: 'الأمريكي' },
  { country: 'المملكة العربية السعودية', fm: 'وزير الخارجية السعودي', head: 'خادم الحرمين الشريفين', capital: 'الرياض', nisba: 'السعودي' },
  { country: 'مصر', fm: 'وزير الخارجية المصري', head: 'الرئيس المصري', capital: 'القاهرة', nisba: 'المصري' },
  { country: 'الأردن', fm: 'وزير الخارجية الأردني', head: 'العاهل الأردني', capital: 'عمّان', nisba: 'الأردني' },
  { country: 'الكويت', fm: 'وزير الخارجية الكويتي', head: 'أمير الكويت', capital: 'الكويت', nisba: 'الكويتي' },
  { country: 'تركيا', fm: 'وزير الخارجية التركي', head: 'الرئيس التركي', capital: 'أنقرة', nisba: 'التركي' },
  { country: 'روسيا', fm: 'وزير الخارجية الروسي', head: 'الرئيس الروسي', capital: 'موسكو', nisba: 'الروسي' },
  { country: 'فرنسا', fm: 'وزير الخارجية الفرنسي', head: 'الرئيس الفرنسي', capital: 'باريس', nisba: 'الفرنسي' },
  { country: 'سلطنة عمان', fm: 'وزير الخارجية العماني', head: 'سلطان عمان', capital: 'مسقط', nisba: 'العماني' },
];

const MONTHS = ['', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['', 'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const PAST_DATES = ['أمس', 'الثلاثاء', 'يوم الأحد الماضي', 'مطلع الشهر الجاري', 'الأسبوع الماضي', 'قبل يومين', 'منتصف الشهر الماضي', 'أول أمس', 'مساء الخميس', 'في وقت سابق من هذا الشهر'];
const FUTURE_DATES = ['غدا', 'الأسبوع المقبل', 'يوم الاثنين المقبل', 'أواخر الشهر الجاري', 'في غضون أسبوعين', 'مطلع الشهر المقبل'];
const TOPICS = ['تعزيز التعاون الاستراتيجي بين البلدين', 'سبل تطوير العلاقات الثنائية', 'مستجدات الأوضاع في المنطقة', 'جهود مكافحة الإرهاب وتمويله', 'التعاون الاقتصادي والاستثماري', 'الأزمة في سوريا واليمن', 'أمن الملاحة في الخليج'];
const BACKGROUND = [
  'وتشهد العلاقات بين البلدين تطورا ملحوظا في السنوات الأخيرة، إذ ارتفع حجم التبادل التجاري بينهما وتعددت الزيارات المتبادلة بين المسؤولين في مختلف القطاعات.',
  'ويرى مراقبون أن هذه الاتصالات تأتي في إطار مساع إقليمية أوسع لتخفيف حدة التوتر، وتنسيق المواقف إزاء الملفات المطروحة على جدول أعمال المنظمات الدولية.',
  'وأكد الجانبان حرصهما على مواصلة التشاور والتنسيق في القضايا ذات الاهتمام المشترك، بما يخدم مصالح الشعبين ويعزز الأمن والاستقرار في المنطقة والعالم.',
  'وكانت اللجنة المشتركة بين البلدين قد عقدت دورتها الأخيرة بحضور عدد من كبار المسؤولين، وبحثت خلالها فرص الاستثمار في مجالات الطاقة والبنية التحتية والتعليم.',
  'وتأتي هذه التطورات في وقت تسعى فيه دول المنطقة إلى تنويع شراكاتها الاقتصادية، والانفتاح على أسواق جديدة في آسيا وأفريقيا وأوروبا.',
  'وأشار بيان صادر عن الوزارة إلى أن المباحثات جرت في أجواء ودية، وعكست عمق الروابط التاريخية التي تجمع البلدين الصديقين وشعبيهما.',
  'ومن المنتظر أن تشهد المرحلة المقبلة توقيع عدد من مذكرات التفاهم في مجالات الثقافة والرياضة والتعليم العالي والبحث العلمي.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

const pad = (n: number) => String(n).padStart(2, '0');

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
  let a = pick(r, SIDES), b = pick(r, SIDES);
  while (b === a) b = pick(r, SIDES);
  const c = pick(r, SIDES.filter((s) => s !== a && s !== b));
  const parts: string[] = [];
  parts.push(`${a.country} و${b.country} تبحثان ${pick(r, TOPICS)}`);
  parts.push(`${a.capital} في ${y}/${pad(m)}/${pad(d)}`);
  parts.push('');
  parts.push(`بحث ${a.fm} ونظيره ${b.nisba}، ${pick(r, PAST_DATES)}، ${pick(r, TOPICS)}، خلال اتصال هاتفي تناول ${pick(r, TOPICS)}.`);
  parts.push(`جاء ذلك خلال اتصال هاتفي أجراه ${a.fm} مع نظيره ${b.nisba}، وفقا لبيان صادر عن وزارة الخارجية.`);
  parts.push(pick(r, BACKGROUND));
  parts.push(`وفي ${MONTHS[1 + Math.floor(r() * 12)]}/${LEVANT[1 + Math.floor(r() * 12)]} الماضي، اجتمع ${a.head} مع ${b.fm} في ${a.capital}، وبحث الجانبان ${pick(r, TOPICS)}.`);
  parts.push(pick(r, BACKGROUND));
  parts.push(`ومن المقرر أن يزور ${c.fm} ${a.capital} ${pick(r, FUTURE_DATES)} لإجراء محادثات مع نظيره ${a.nisba} حول ${pick(r, TOPICS)}.`);
  parts.push(pick(r, BACKGROUND));
  parts.push(`كما التقى ${b.head} ${pick(r, PAST_DATES)} ${c.fm} على هامش اجتماعات إقليمية، وناقشا ${pick(r, TOPICS)}.`);
  parts.push(`ولم يلتق ${a.fm} نظيره ${c.nisba} خلال الجولة الأخيرة، بحسب مصادر دبلوماسية.`);
  // Background to the 4–6 KB of a full wire story.
  const target = 4096 + Math.floor(r() * 2048);
  let size = Buffer.byteLength(parts.join('\n'));
  while (size < target) {
    const p = pick(r, BACKGROUND);
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  parts.push('وكالات');
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

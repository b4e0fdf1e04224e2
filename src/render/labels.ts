/**
 * How dates and contact types read in the timeline: a day only when the date is a day, parts and months as such,
 * open bounds as "before"/"after".
 */
import { addDays, MONTH_LONG, MONTH_SHORT, weekday, ymd } from '../temporal/calendar.js';
import type { EventDate, EventType } from '../events/types.js';
import { DECADE_VALUE } from '../temporal/intervals.js';

export type Lang = 'en' | 'ar';

const AR_MONTHS = ['', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const AR_WEEKDAYS = ['', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
const EN_WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const QUARTERS_AR = ['', 'الربع الأول', 'الربع الثاني', 'الربع الثالث', 'الربع الرابع'];

export const TYPE_NAMES: Record<Lang, Record<EventType, string>> = {
  en: { call: 'call', meeting: 'meeting', visit: 'visit', summit: 'summit', talks: 'talks', statement: 'statement' },
  ar: { call: 'اتصال', meeting: 'لقاء', visit: 'زيارة', summit: 'قمة', talks: 'مباحثات', statement: 'تصريح' },
};

export const TYPE_SYMBOLS: Record<EventType, string> = { call: '☎', meeting: '●', visit: '✈', summit: '◆', talks: '◇', statement: '❝' };

const WORDS = {
  en: { early: 'early', mid: 'mid', late: 'late', about: 'about', around: 'around', before: 'before', after: 'after', weekOf: 'week of', undated: 'undated', seasons: { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' } as Record<string, string> },
  ar: { early: 'مطلع', mid: 'منتصف', late: 'أواخر', about: 'نحو', around: 'حوالي', before: 'قبل', after: 'بعد', weekOf: 'أسبوع', undated: 'دون تاريخ', seasons: { SP: 'ربيع', SU: 'صيف', FA: 'خريف', WI: 'شتاء' } as Record<string, string> },
};

export function monthName(m: number, lang: Lang, short = true): string {
  return lang === 'ar' ? AR_MONTHS[m] : short ? MONTH_SHORT[m] : MONTH_LONG[m];
}

/** "30 May 2017" */
export function dayLabel(d: string, lang: Lang = 'en'): string {
  const { y, m, d: dd } = ymd(d);
  return `${dd} ${monthName(m, lang)} ${y}`;
}

/** "Tue 30 May 2017" */
export function dayWithWeekday(d: string, lang: Lang = 'en'): string {
  const w = weekday(d);
  return `${lang === 'ar' ? AR_WEEKDAYS[w] : EN_WEEKDAYS[w]} ${dayLabel(d, lang)}`;
}

/** "4–6 Aug 2015", "30 Jun – 2 Jul 2015", "Dec 2015 – Feb 2016" */
export function rangeLabel(s: string, e: string, lang: Lang = 'en'): string {
  if (s === e) return dayLabel(s, lang);
  const A = ymd(s), B = ymd(e);
  const wholeMonths = A.d === 1 && addDays(e, 1).slice(8, 10) === '01';
  if (wholeMonths) {
    if (A.y === B.y && A.m === B.m) return `${monthName(A.m, lang)} ${A.y}`;
    return A.y === B.y ? `${monthName(A.m, lang)}–${monthName(B.m, lang)} ${A.y}` : `${monthName(A.m, lang)} ${A.y} – ${monthName(B.m, lang)} ${B.y}`;
  }
  if (A.y === B.y && A.m === B.m) return `${A.d}–${B.d} ${monthName(A.m, lang)} ${A.y}`;
  if (A.y === B.y) return `${A.d} ${monthName(A.m, lang)} – ${B.d} ${monthName(B.m, lang)} ${A.y}`;
  return `${dayLabel(s, lang)} – ${dayLabel(e, lang)}`;
}

/** The label of an event's date: never a day unless the date is one. */
export function dateLabel(d: EventDate, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  if (!d.start && !d.end) return w.undated;
  if (!d.start) return `${w.before} ${dayLabel(addDays(d.end!, 1), lang)}`;
  if (!d.end) return `${w.after} ${dayLabel(addDays(d.start, -1), lang)}`;
  const part = d.mod === 'START' ? w.early : d.mod === 'MID' ? w.mid : d.mod === 'END' ? w.late : null;
  const { y, m } = ymd(d.start);
  // A decade (value 197X) is named as one.
  const decade = d.value ? DECADE_VALUE.exec(d.value) : null;
  if (decade) {
    const whole = lang === 'ar' ? `${decade[1]}0–${decade[1]}9` : `${decade[1]}0s`;
    return part ? `${part} ${whole}` : whole;
  }
  switch (d.grain) {
    case 'day':
      return d.mod === 'APPROX' ? `${w.about} ${dayLabel(d.start, lang)}` : dayWithWeekday(d.start, lang);
    case 'month':
      return d.start.slice(0, 7) === d.end.slice(0, 7) && d.start.endsWith('-01') ? `${monthName(m, lang)} ${y}` : rangeLabel(d.start, d.end, lang);
    case 'month-part':
      return part && d.start.slice(0, 7) === d.end.slice(0, 7) ? `${part} ${monthName(m, lang)} ${y}` : rangeLabel(d.start, d.end, lang);
    case 'year':
      return d.start.endsWith('-01-01') && d.end.endsWith('-12-31') && d.start.slice(0, 4) === d.end.slice(0, 4) ? String(y) : rangeLabel(d.start, d.end, lang);
    case 'year-part': {
      const season = d.value && /-(SP|SU|FA|WI)$/.exec(d.value);
      if (season) return `${w.seasons[season[1]]} ${d.value!.slice(0, 4)}`;
      const q = d.value && /-Q([1-4])$/.exec(d.value);
      if (q) return lang === 'ar' ? `${QUARTERS_AR[+q[1]]} ${d.value!.slice(0, 4)}` : `Q${q[1]} ${d.value!.slice(0, 4)}`;
      return part ? `${part} ${y}` : rangeLabel(d.start, d.end, lang);
    }
    case 'week':
      return part ? `${part} ${w.weekOf} ${dayLabel(d.start, lang)}` : `${w.weekOf} ${dayLabel(d.start, lang)}`;
    case 'vague':
      return `${w.around} ${rangeLabel(d.start, d.end, lang)}`;
    default:
      return rangeLabel(d.start, d.end, lang);
  }
}

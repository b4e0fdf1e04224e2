/**
 * Counting inside a period: the n-th or last weekday of a month ("أول ثلاثاء من أكتوبر", "آخر جمعة من رمضان",
 * "الاثنين الأخير من الشهر المقبل", "ثالث يوم ثلاثاء بأيلول 2014"), the n-th or last day of a month or a year
 * ("اليوم الأول من شهر رمضان", "ثالث يوم من شهر 10", "آخر يوم من العام الماضي"), and the n-th or last week of a
 * month or a year ("الأسبوع الأول من أكتوبر 2014", "آخر أسبوع في سبتمبر", "الأسبوع الثالث من عام 2027").
 *
 * The period comes after "من"/"في" or a ب clitic, and is a named or numbered month (its year resolved as for any named
 * month), a month or year relative to publication ("الشهر المقبل", "هذا العام"), or a written year. Weeks are ISO
 * weeks (Monday to Sunday), and a week belongs to the period that holds its Thursday, as ISO 8601 assigns weeks to
 * years: the first week of a year is ISO week 1, the first week of October 2014 is 29 September–5 October.
 *
 * "الثلاثاء الثالث من أيلول 2014" is read here only when 3 September 2014 is not a Tuesday; otherwise it is the date
 * (named-month and explicit step aside through yieldsToNthWeekday).
 */
import { addDays, fmtDay, weekday, weekdayLong } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf } from '../items.js';
import { daySpan, toResolution, weekSpan, yearSpan, type Span } from '../intervals.js';
import { IMPLIED_YEAR_RULES, phrase, readYearPhrase, type Candidate, type Parser } from './common.js';
import { monthPeriodSpan, readMonthPeriod } from './named-month.js';
import { readRelativePeriod } from './relative-period.js';

type Target = { kind: 'weekday'; dow: number } | { kind: 'day' } | { kind: 'week' };

interface Head {
  /** 1-based count, or -1 for the last. */
  n: number;
  target: Target;
  next: number;
}

const okClitic = (c: string) => c === '' || /^[وفب]+$/.test(c);

/** The count after the counted word: a day ordinal ("الأول", "الثالث") or "الأخير". */
function readCountAfter(ctx: ParseCtx, k: number): number | null {
  const it = ctx.items[k];
  if (!it || it.clitic) return null;
  const nth = tagOf(it, 'nth');
  if (nth && nth.pos === 'after') return nth.n;
  const o = tagOf(it, 'ordinal');
  return o ? o.value : null;
}

/** "ثالث ثلاثاء", "أول يوم جمعة", "آخر يوم", "أول أسبوع", "اليوم الأول", "الأسبوع الأخير", "الاثنين الأخير". */
function readHead(ctx: ParseCtx, i: number): Head | null {
  const items = ctx.items;
  const it = items[i];
  if (!okClitic(it.clitic)) return null;
  const before = tagOf(it, 'nth');
  if (before && before.pos === 'before') {
    const t = items[i + 1];
    if (!t || t.clitic) return null;
    if (isFw(t, 'يوم')) {
      const w = tagOf(items[i + 2], 'wdname');
      if (w && !items[i + 2].clitic) return { n: before.n, target: { kind: 'weekday', dow: w.dow }, next: i + 3 };
      return { n: before.n, target: { kind: 'day' }, next: i + 2 };
    }
    const w = tagOf(t, 'wdname');
    if (w) return { n: before.n, target: { kind: 'weekday', dow: w.dow }, next: i + 2 };
    const u = tagOf(t, 'unit');
    if (u && u.unit === 'week' && u.count === 1 && !u.definite) return { n: before.n, target: { kind: 'week' }, next: i + 2 };
    return null;
  }
  const n = readCountAfter(ctx, i + 1);
  if (n === null) return null;
  const u = tagOf(it, 'unit');
  if (u && u.definite && u.count === 1 && (u.unit === 'day' || u.unit === 'week')) return { n, target: { kind: u.unit }, next: i + 2 };
  const w = tagOf(it, 'weekday');
  if (w && n <= 5) return { n, target: { kind: 'weekday', dow: w.dow }, next: i + 2 };
  return null;
}

interface PeriodAt {
  span: Span;
  next: number;
  how: string;
  implied?: 'year';
}

/** "من أكتوبر 2014", "في سبتمبر", "بشهر 10", "من الشهر المقبل", "من هذا العام", "من عام 2015". */
function readPeriod(ctx: ParseCtx, k: number, i0: number): PeriodAt | null {
  const items = ctx.items;
  if (isFw(items[k], 'من', 'في') && !items[k].clitic) k++;
  else if (items[k]?.clitic !== 'ب') return null;
  const yr = readYearPhrase(ctx, k);
  if (yr) {
    if (yr.cal === 'hijri' || yr.year < 1800 || yr.year > 2200) return null;
    return { span: yearSpan(yr.year), next: yr.next, how: `the year ${yr.year} as written` };
  }
  const rp = readRelativePeriod(ctx, k);
  if (rp) return rp.span.grain === 'month' || rp.span.grain === 'year' ? { span: rp.span, next: rp.next, how: rp.how } : null;
  const mp = readMonthPeriod(ctx, k, { i0, day: null, vouched: true });
  if (!mp) return null;
  const span = monthPeriodSpan(mp);
  if (!span) return null;
  return { span, next: mp.next, how: mp.how, implied: mp.cal === 'gregorian' && IMPLIED_YEAR_RULES.has(mp.rule) ? 'year' : undefined };
}

const ORD_EN = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
const ordEn = (n: number) => (n === -1 ? 'last' : (ORD_EN[n] ?? `${n}th`));

/** The first day on or after `from` that is weekday `dow`. */
const onOrAfter = (from: string, dow: number) => addDays(from, (dow - weekday(from) + 7) % 7);
/** The last day on or before `to` that is weekday `dow`. */
const onOrBefore = (to: string, dow: number) => addDays(to, -((weekday(to) - dow + 7) % 7));

function pick(head: Head, p: PeriodAt): { span: Span; what: string } | null {
  const { start, end, grain } = p.span;
  const n = head.n;
  const t = head.target;
  if (t.kind === 'weekday') {
    if (grain !== 'month' || n === 0 || n > 5) return null;
    const d = n === -1 ? onOrBefore(end, t.dow) : addDays(onOrAfter(start, t.dow), 7 * (n - 1));
    return d <= end ? { span: daySpan(d), what: `${ordEn(n)} ${weekdayLong(t.dow)}` } : null;
  }
  if (t.kind === 'day') {
    if (n === 0) return null;
    const d = n === -1 ? end : addDays(start, n - 1);
    return d <= end ? { span: daySpan(d), what: `${ordEn(n)} day` } : null;
  }
  // A week belongs to the period holding its Thursday.
  if (n === 0 || n > 53) return null;
  const thu = n === -1 ? onOrBefore(end, 4) : addDays(onOrAfter(start, 4), 7 * (n - 1));
  if (thu > end || thu < start) return null;
  return { span: weekSpan(addDays(thu, -3)), what: `${ordEn(n)} week (the ISO week whose Thursday is in it)` };
}

export const ordinalParser: Parser = {
  family: 'ordinal',
  starts: { tags: [{ t: 'nth', pos: 'before' }, { t: 'unit', unit: 'day', count: 1, definite: true }, { t: 'unit', unit: 'week', count: 1, definite: true }, 'weekday'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const head = readHead(ctx, i);
    if (!head) return null;
    // "الأسبوع الأخير" may be followed by "من" + a period; "اليوم الأول من" needs a period too.
    const p = readPeriod(ctx, head.next, i);
    if (!p) return null;
    const r = pick(head, p);
    if (!r) return null;
    const text = phrase(ctx, i, p.next);
    const kind = head.target.kind;
    const rule = `ordinal/${head.n === -1 ? 'last' : 'nth'}-${kind}`;
    const derivation = `${text}: the ${r.what} of ${p.span.label}, ${p.how} (publication ${fmtDay(ctx.pub)}) → ${r.span.grain === 'day' ? fmtDay(r.span.start) : `${r.span.start}–${r.span.end}`}`;
    const warnings: string[] = [];
    // "الثلاثاء الثالث من أيلول" is the date when 3 September is a Tuesday (the date families read it); the third
    // Tuesday only when it is not, and then the disagreement is shown.
    if (head.target.kind === 'weekday' && head.n > 0 && tagOf(ctx.items[i], 'weekday')) {
      const asDate = addDays(p.span.start, head.n - 1);
      if (weekday(asDate) === head.target.dow) return null;
      warnings.push(`read as the ${r.what} of ${p.span.label}: ${fmtDay(asDate)}, day ${head.n} of that month, is not a ${weekdayLong(head.target.dow)}`);
    }
    return { i0: i, i1: p.next, rule, res: toResolution(r.span, derivation), warnings: warnings.length ? warnings : undefined, implied: p.implied };
  },
};

/**
 * Day ranges inside one month: "من 3 إلى 5 مايو", "بين 3 و5 مايو", "يومي الثاني والثالث من أغسطس (آب)",
 * "من 4 الى 6 اغسطس الحالي". Ranges between two complete dates ("من 30 يونيو إلى 2 يوليو", "بين الأحد
 * والثلاثاء", "خلال الفترة من ... حتى ...") are joined after extraction (see ../refine.ts).
 */
import { fmtDay, isValidDate, iso } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { fromHijri } from '../hijri.js';
import { isFw, isPunct } from '../items.js';
import { rangeResolution } from '../intervals.js';
import { phrase, readDay, type Candidate, type Parser } from './common.js';
import { readMonthPeriod } from './named-month.js';

export const dayRange: Parser = {
  family: 'range',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    let opener = '';
    if (isFw(items[k], 'من', 'بين', 'يومي')) {
      opener = items[k].text;
      k++;
    } else if (isFw(items[k], 'ما') && isFw(items[k + 1], 'بين')) {
      opener = 'بين';
      k += 2;
    }
    const a = readDay(ctx, k);
    if (!a) return null;
    k = a.next;
    // The second day: "إلى 5", "حتى 5", "- 5", "و5" (the و may be a clitic of the number's word form).
    let b: ReturnType<typeof readDay> = null;
    if (isFw(items[k], 'الى', 'إلى', 'حتى', 'لغاية') || isPunct(items[k], '-')) {
      b = readDay(ctx, k + 1);
    } else if (isFw(items[k], 'و') || (items[k]?.clitic === 'و' && (opener === 'بين' || opener === 'يومي'))) {
      b = readDay(ctx, isFw(items[k], 'و') ? k + 1 : k);
    }
    if (!b || b.day <= a.day) return null;
    // Without an opener, "3-5 مايو" needs the dash; "3 و5 مايو" is two days, not a range.
    if (!opener && !isPunct(items[k], '-') && !isFw(items[k], 'الى', 'إلى', 'حتى')) return null;
    k = b.next;
    if (isFw(items[k], 'من')) k++;
    const p = readMonthPeriod(ctx, k, { i0: i, day: a.day, vouched: true });
    if (!p) return null;
    const toIso = (d: number) => (p.cal === 'hijri' ? fromHijri(p.year, p.month, d) : isValidDate(p.year, p.month, d) ? iso(p.year, p.month, d) : null);
    const s = toIso(a.day), e = toIso(b.day);
    if (!s || !e) return null;
    const i0 = opener ? i + (opener === 'بين' && isFw(items[i], 'ما') ? 0 : 0) : i;
    const text = phrase(ctx, i0, p.next);
    return { i0, i1: p.next, rule: `range/days-${p.rule}`, res: rangeResolution(s, e, 'range', `${text}: days ${a.day} to ${b.day} of ${p.how} (publication ${fmtDay(ctx.pub)}) → ${s}–${e}`) };
  },
};

/**
 * Decades: "السبعينيات", "في الثمانينات", "تسعينيات القرن الماضي", "الستينيات من القرن العشرين". A century named
 * with it decides ("القرن الماضي" is the one before publication's, "القرن العشرين" the 1900s); otherwise it is the
 * last decade of that name that ended before publication's decade began ("العشرينيات" in 2026 is the 1920s: the
 * current one is "العشرينيات الحالية"/"من القرن الحالي"). Grain range, value like 197X. Its parts ("مطلع
 * التسعينيات") are read by part-of-period.
 */
import { fmtDay, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf } from '../items.js';
import { toResolution, type Span } from '../intervals.js';
import { phrase, readMarker, type Candidate, type Parser } from './common.js';

/** "القرن الماضي", "القرن العشرين", "من القرن التاسع عشر": the first year of the century (1900), or null. */
function readCentury(ctx: ParseCtx, i: number): { base: number; next: number; how: string } | null {
  let k = i;
  if (isFw(ctx.items[k], 'من')) k++;
  if (!tagOf(ctx.items[k], 'century') || ctx.items[k].clitic) return null;
  const pubCentury = Math.floor((ymd(ctx.pub).y - 1) / 100); // 2017 → 20 (the 21st century starts in 2001)
  const m = readMarker(ctx, k + 1);
  if (m) {
    const n = m.dir === 'past' ? pubCentury - 1 : m.dir === 'future' ? pubCentury + 1 : pubCentury;
    return { base: n * 100, next: m.next, how: m.dir === 'past' ? 'of the century before publication' : m.dir === 'future' ? 'of the next century' : "of publication's century" };
  }
  const o = tagOf(ctx.items[k + 1], 'ordinal');
  if (o && o.value >= 10 && o.value <= 30 && !ctx.items[k + 1].clitic) return { base: (o.value - 1) * 100, next: k + 2, how: `of the ${o.value}th century` };
  return null;
}

/** A decade at i ("السبعينيات", "تسعينيات القرن الماضي"): its first year, where the phrase ends, and why. */
export function readDecade(ctx: ParseCtx, i: number): { start: number; next: number; how: string; rule: string } | null {
  const items = ctx.items;
  const d = tagOf(items[i], 'decade');
  if (!d || (items[i].clitic && !/^[وفبل]+$/.test(items[i].clitic))) return null;
  let next = i + 1;
  // "في السبعينيات من عمره" is an age, not a time.
  const after = items[next + 1]?.text ?? '';
  if (isFw(items[next], 'من') && /^(عمر|العمر)/.test(after)) return null;
  const c = readCentury(ctx, next);
  let start: number;
  let how: string;
  if (c) {
    start = c.base + d.tens * 10;
    next = c.next;
    how = c.how;
  } else {
    // A construct form ("سبعينيات") needs its century; the definite one stands alone.
    if (!d.definite) return null;
    const m = readMarker(ctx, next);
    const pubY = ymd(ctx.pub).y;
    const pubDecade = pubY - (pubY % 10);
    if (m && (m.dir === 'present' || m.dir === 'this')) {
      start = Math.floor(pubY / 100) * 100 + d.tens * 10;
      next = m.next;
      how = "of publication's century";
    } else {
      start = Math.floor(pubY / 100) * 100 + d.tens * 10;
      if (start >= pubDecade) start -= 100;
      how = 'the last one before the decade of publication';
    }
  }
  if (start < 1000 || start > 8990) return null;
  return { start, next, how, rule: c ? 'century' : 'nearest-past' };
}

/** A decade as a span: grain range, value like 197X. */
export function decadeSpan(start: number): Span {
  return { start: `${start}-01-01`, end: `${start + 9}-12-31`, value: `${String(start).slice(0, 3)}X`, grain: 'range', mod: null, label: `${start}s` };
}

export const decade: Parser = {
  family: 'decade',
  starts: { tags: ['decade'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const r = readDecade(ctx, i);
    if (!r) return null;
    const text = phrase(ctx, i, r.next);
    const span = decadeSpan(r.start);
    return { i0: i, i1: r.next, rule: `decade/${r.rule}`, res: toResolution(span, `${text}: the ${r.start}s, ${r.how} (publication ${fmtDay(ctx.pub)}) → ${span.start}–${span.end}`) };
  },
};

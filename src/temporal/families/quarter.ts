/**
 * Quarters of a year: "الربع الثالث من العام الجاري", "الربع الأول 2016", "الربع الأخير من العام الماضي", "في الربع
 * الثاني من العام" (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec). A year named by a marker or written wins; a bare "من العام"
 * is the publication year's quarter, unless the tense puts it on the other side of publication (a past sentence about
 * a quarter not yet begun means last year's).
 */
import { fmtDay, iso, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf, textIs } from '../items.js';
import { toResolution, type Span } from '../intervals.js';
import { direction, phrase, readRelativeYear, readYearPhrase, type Candidate, type Parser } from './common.js';

const LAST_DAY = ['', '03-31', '06-30', '09-30', '12-31'];
const ORDINAL_EN = ['', 'first', 'second', 'third', 'fourth'];

function quarterSpan(y: number, q: number): Span {
  return { start: iso(y, 3 * q - 2, 1), end: `${y}-${LAST_DAY[q]}`, value: `${y}-Q${q}`, grain: 'year-part', mod: null, label: `Q${q} ${y}` };
}

export const quarter: Parser = {
  family: 'quarter',
  starts: { tags: ['quarter'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    if (!tagOf(items[i], 'quarter') || (items[i].clitic && !/^[وفبل]+$/.test(items[i].clitic))) return null;
    const o = tagOf(items[i + 1], 'ordinal');
    const q = o && o.value >= 1 && o.value <= 4 ? o.value : textIs(items[i + 1], 'الأخير', 'الاخير') ? 4 : null;
    if (q === null || items[i + 1].clitic) return null;
    let next = i + 2;
    const pub = ymd(ctx.pub);
    let y: number;
    let how: string;
    let rule: string;
    const at = isFw(items[next], 'من') ? next + 1 : next;
    const yr = readYearPhrase(ctx, at);
    const ry = yr ? null : readRelativeYear(ctx, next);
    if (yr && yr.cal !== 'hijri' && yr.year >= 1800 && yr.year <= 2200) {
      y = yr.year;
      next = yr.next;
      how = `of ${y} as written`;
      rule = 'explicit-year';
    } else if (ry) {
      y = pub.y + ry.offset;
      next = ry.next;
      how = ry.offset === 0 ? 'of the publication year' : `of ${y}, ${Math.abs(ry.offset)} year${Math.abs(ry.offset) > 1 ? 's' : ''} ${ry.offset < 0 ? 'before' : 'after'} the publication year`;
      rule = 'relative-year';
    } else {
      // "الربع الثالث من العام" (no marker): the year around publication, on the side the tense says.
      const u = tagOf(items[at], 'unit');
      if (at === next || !u || u.unit !== 'year' || !u.definite || u.count !== 1) return null;
      next = at + 1;
      const d = direction(ctx, null, i, next);
      const span = quarterSpan(pub.y, q);
      y = pub.y;
      if (d.dir === 'past' && d.rule !== 'default-past' && span.start > ctx.pub) y--;
      else if (d.dir === 'future' && span.end < ctx.pub) y++;
      how = y === pub.y ? `of the publication year, ${d.why}` : `of ${y}, ${d.why}`;
      rule = d.rule;
    }
    const span = quarterSpan(y, q);
    const text = phrase(ctx, i, next);
    return { i0: i, i1: next, rule: `quarter/${rule}`, res: toResolution(span, `${text}: the ${ORDINAL_EN[q]} quarter ${how} (publication ${fmtDay(ctx.pub)}) → ${span.start}–${span.end}`) };
  },
};

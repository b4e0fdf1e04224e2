/**
 * Weekdays: bare ("الثلاثاء", "يوم الثلاثاء"), marked ("الاثنين الماضي", "الخميس المقبل") and with a part of the day
 * ("مساء الجمعة", "فجر الاثنين"). A marked weekday is strictly before or after publication; a bare one follows the
 * sentence's tense and may be the publication day itself (a Tuesday paper reporting "الثلاثاء" means that day).
 */
import { addDays, fmtDay, weekday, weekdayLong } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { hasTag, isFw, tagOf, textIs } from '../items.js';
import { daySpan, toResolution } from '../intervals.js';
import { direction, phrase, readMarker, readTwiceRemoved, type Candidate, type Parser } from './common.js';

export const weekdayParser: Parser = {
  family: 'weekday',
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    if (hasTag(items[k], 'daypart')) k++;
    if (isFw(items[k], 'يوم')) k++;
    const wd = tagOf(items[k], 'weekday');
    if (!wd) return null;
    if (k === i && items[k].clitic && !/^[وفب]+$/.test(items[k].clitic)) return null;
    const prev = items[i - 1];
    if (k === i && tagOf(prev, 'block')?.what === 'weekday-before') return null;
    // "الأحد عشر" is "the eleven".
    const nx = items[k + 1];
    if (nx && textIs(nx, 'عشر', 'عشرة')) return null;
    // "بين الاثنين" without a second weekday is "between the two".
    if (wd.dow === 1 && k === i && isFw(prev, 'بين') && !tagOf(items[k + 1], 'weekday')) return null;
    let end = k + 1;
    let marker = null as ReturnType<typeof readMarker>;
    // "الثلاثاء قبل الماضي", "الخميس بعد المقبل": a week further than the marked one.
    const twice = readTwiceRemoved(ctx, end);
    if (twice) {
      marker = { dir: twice.n < 0 ? 'past' : 'future', next: twice.next };
      end = twice.next;
    } else {
      marker = readMarker(ctx, end);
      if (marker && marker.dir !== 'this') end = marker.next;
      else marker = null;
    }
    const extra = twice ? 7 : 0;
    // "هذا الأحد"
    let thisMarker = false;
    if (tagOf(items[i - 1], 'marker')?.dir === 'this' && k === i) thisMarker = true;
    const pubDow = weekday(ctx.pub);
    let delta: number;
    let how: string;
    let rule: string;
    if (marker?.dir === 'past') {
      delta = -(((pubDow - wd.dow + 7) % 7) || 7) - extra;
      how = `the ${weekdayLong(wd.dow)} ${twice ? 'before the one ' : ''}before publication ${fmtDay(ctx.pub)}`;
      rule = twice ? 'weekday/before-previous' : 'weekday/past-marker';
    } else if (marker?.dir === 'future') {
      delta = (((wd.dow - pubDow + 7) % 7) || 7) + extra;
      how = `the ${weekdayLong(wd.dow)} ${twice ? 'after the one ' : ''}after publication ${fmtDay(ctx.pub)}`;
      rule = twice ? 'weekday/after-next' : 'weekday/future-marker';
    } else if (marker?.dir === 'present') {
      delta = wd.dow - pubDow;
      how = `the ${weekdayLong(wd.dow)} of the publication week (${fmtDay(ctx.pub)})`;
      rule = 'weekday/current-week';
    } else {
      const d = direction(ctx, null, i, end);
      if (d.dir === 'future') {
        delta = (wd.dow - pubDow + 7) % 7;
        how = `the ${weekdayLong(wd.dow)} on or after publication ${fmtDay(ctx.pub)}, ${d.why}`;
      } else {
        delta = -((pubDow - wd.dow + 7) % 7);
        how = `the ${weekdayLong(wd.dow)} on or before publication ${fmtDay(ctx.pub)}, ${d.why}`;
      }
      rule = `weekday/${d.rule}`;
      if (thisMarker) rule += '+this';
    }
    const day = addDays(ctx.pub, delta);
    const text = phrase(ctx, i, end);
    return { i0: i, i1: end, rule, res: toResolution(daySpan(day), `${text}: ${how} → ${fmtDay(day)}`), implied: marker ? undefined : 'week' };
  },
};

/**
 * Weekdays: bare ("الثلاثاء", "يوم الثلاثاء"), marked ("الاثنين الماضي", "الخميس المقبل") and with a part of the day
 * ("مساء الجمعة", "فجر الاثنين"). A marked weekday is strictly before or after publication; a bare one follows the
 * sentence's tense and may be the publication day itself (a Tuesday paper reporting "الثلاثاء" means that day).
 *
 * A weekday of a week named relative to publication is that day of that ISO week, whatever the tense: "الأحد من
 * الأسبوع الماضي", "الأربعاء الأسبوع الماضي", "الاثنين من هذا الأسبوع", "الأسبوع المقبل يوم الجمعة", and in construct
 * "أحد الأسبوع الماضي", "ثلاثاء الأسبوع الفائت" (only at the start of a phrase: "قتل اثنين الأسبوع الماضي" counts).
 */
import { addDays, fmtDay, weekday, weekdayLong } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { hasTag, isFw, tagOf, textIs } from '../items.js';
import { daySpan, toResolution } from '../intervals.js';
import { direction, phrase, readMarker, readTwiceRemoved, type Candidate, type Parser } from './common.js';
import { readRelativePeriod, type PeriodRead } from './relative-period.js';

/** A week named relative to publication at k ("الأسبوع الماضي", "هذا الأسبوع", "الأسبوع قبل الماضي"), or null. */
function readWeek(ctx: ParseCtx, k: number): PeriodRead | null {
  return readRelativePeriod(ctx, k, false, 'week');
}

function dayOfWeek(ctx: ParseCtx, i0: number, i1: number, dow: number, week: PeriodRead): Candidate {
  const day = addDays(week.span.start, dow - 1);
  const text = phrase(ctx, i0, i1);
  return {
    i0,
    i1,
    rule: 'weekday/of-relative-week',
    res: toResolution(daySpan(day), `${text}: the ${weekdayLong(dow)} of ${week.how}, ${week.span.label} (publication ${fmtDay(ctx.pub)}) → ${fmtDay(day)}`),
  };
}

/** "أحد الأسبوع الماضي", "الأسبوع المقبل يوم الجمعة": the forms that start with a construct weekday or with the week. */
function weekFirstOrConstruct(ctx: ParseCtx, i: number): Candidate | null {
  const items = ctx.items;
  const it = items[i];
  const wn = tagOf(it, 'wdname');
  if (wn) {
    if (it.clitic && !/^[وفب]+$/.test(it.clitic)) return null;
    const p = items[i - 1];
    const opens = !p || p.kind === 'punct' || p.kind === 'nl' || isFw(p, 'في', 'يوم');
    const week = opens ? readWeek(ctx, i + 1) : null;
    return week ? dayOfWeek(ctx, i, week.next, wn.dow, week) : null;
  }
  const week = readWeek(ctx, i);
  if (!week) return null;
  let k = week.next;
  if (isFw(items[k], 'يوم')) k++;
  const wd = tagOf(items[k], 'weekday');
  if (!wd || items[k].clitic || textIs(items[k + 1], 'عشر', 'عشرة')) return null;
  return dayOfWeek(ctx, i, k + 1, wd.dow, week);
}

export const weekdayParser: Parser = {
  family: 'weekday',
  starts: { tags: ['wdname', { t: 'marker', dir: 'this' }, { t: 'unit', unit: 'week', count: 1, definite: true }, 'daypart', 'weekday'], words: ['يوم'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const wf = weekFirstOrConstruct(ctx, i);
    if (wf) return wf;
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
    // "الأحد من الأسبوع الماضي", "الأربعاء الأسبوع الماضي"
    const week = readWeek(ctx, isFw(nx, 'من') ? k + 2 : k + 1);
    if (week) return dayOfWeek(ctx, i, week.next, wd.dow, week);
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

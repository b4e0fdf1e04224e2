/**
 * Seasons and vaguer periods. Seasons are meteorological ("الصيف الماضي", "خريف 2015", "الخريف المقبل"); the vague
 * phrases ("مؤخرا", "في الأيام الماضية", "في الأسابيع المقبلة") become honest intervals marked `vague`; "earlier"
 * and "later" clip a period at publication ("في وقت سابق من هذا الشهر" → from the 1st to publication).
 */
import { addDays, fmtDay, ymd } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { isFw, tagOf } from '../items.js';
import { rangeResolution, seasonSpan, toResolution } from '../intervals.js';
import { direction, phrase, readMarker, readRelativeYear, readYearPhrase, type Candidate, type Parser } from './common.js';
import { readRelativePeriod } from './relative-period.js';

export const season: Parser = {
  family: 'season',
  starts: { tags: [{ t: 'marker', dir: 'this' }, 'season'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    // "هذا الربيع", "هذا الشتاء": the demonstrative belongs to the phrase and marks the current season.
    const thisWord = tagOf(items[i], 'marker')?.dir === 'this' && !items[i].clitic;
    const at = thisWord ? i + 1 : i;
    const s = tagOf(items[at], 'season');
    if (!s || (thisWord && items[at].clitic)) return null;
    if (items[at].clitic && !/^[وفب]+$/.test(items[at].clitic)) return null;
    if (tagOf(items[at + 1], 'block')?.what === 'season-after') return null;
    const definite = items[at].text.startsWith('ال');
    if (thisWord && !definite) return null;
    let next = at + 1;
    const pub = ymd(ctx.pub);
    // The season "containing" a date: January and February belong to the winter of the previous December.
    const seasonYearOf = (y: number, m: number) => (s.from > s.to && m <= s.to ? y - 1 : y);
    let y: number;
    let how: string;
    let rule: string;
    const yr = readYearPhrase(ctx, next);
    const ry = yr ? null : readRelativeYear(ctx, next);
    const mk = yr || ry || thisWord ? null : readMarker(ctx, next);
    if (yr && yr.cal !== 'hijri') {
      y = yr.year;
      next = yr.next;
      how = `as written`;
      rule = 'explicit-year';
    } else if (ry) {
      y = pub.y + ry.offset;
      next = ry.next;
      how = ry.offset === 0 ? 'of the publication year' : `of ${pub.y + ry.offset}, ${Math.abs(ry.offset)} year${Math.abs(ry.offset) > 1 ? 's' : ''} ${ry.offset < 0 ? 'before' : 'after'} the publication year`;
      rule = 'relative-year';
    } else {
      if (!definite) return null;
      if (mk) next = mk.next;
      const d = direction(ctx, thisWord || mk?.dir === 'this' ? 'present' : mk?.dir ?? null, i, next);
      const cur = seasonYearOf(pub.y, pub.m);
      const curSpan = seasonSpan(cur, s.season, s.from, s.to);
      const inCur = ctx.pub >= curSpan.start && ctx.pub <= curSpan.end;
      if (d.rule === 'past-marker') y = ctx.pub > curSpan.end ? cur : cur - 1;
      else if (d.rule === 'future-marker') y = ctx.pub < curSpan.start ? cur : cur + 1;
      else if (d.dir === 'present') y = cur;
      else if (d.dir === 'future') y = ctx.pub <= curSpan.end ? cur : cur + 1;
      else y = ctx.pub >= curSpan.start || inCur ? cur : cur - 1;
      how = d.rule === 'past-marker' ? 'the last one before publication' : d.rule === 'future-marker' ? 'the next one after publication' : d.dir === 'present' ? 'the current one' : `the nearest ${d.dir === 'future' ? 'on or after' : 'on or before'} publication, ${d.why}`;
      rule = d.rule;
    }
    const span = seasonSpan(y, s.season, s.from, s.to);
    const text = phrase(ctx, i, next);
    return { i0: i, i1: next, rule: `season/${rule}`, res: toResolution(span, `${text}: ${span.label}, ${how} (publication ${fmtDay(ctx.pub)}) → ${span.start}–${span.end}`) };
  },
};

export const vague: Parser = {
  family: 'vague',
  starts: { tags: ['vague', 'within'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    const v = tagOf(items[i], 'vague');
    if (v) {
      const s = addDays(ctx.pub, v.from), e = addDays(ctx.pub, v.to);
      const text = phrase(ctx, i, i + 1);
      return { i0: i, i1: i + 1, rule: `vague/${v.rule}`, res: rangeResolution(s, e, 'vague', `${text}: a vague period (${v.rule}), taken as ${v.from} to ${v.to} days from publication ${fmtDay(ctx.pub)} → ${s}–${e}`) };
    }
    const w = tagOf(items[i], 'within');
    if (!w) return null;
    let k = i + 1;
    if (isFw(items[k], 'من')) k++;
    const rp = readRelativePeriod(ctx, k, false);
    if (!rp) return null;
    const [s, e] = w.kind === 'earlier' ? [rp.span.start, ctx.pub < rp.span.end ? ctx.pub : rp.span.end] : [ctx.pub > rp.span.start ? ctx.pub : rp.span.start, rp.span.end];
    if (s > e) return null;
    const text = phrase(ctx, i, rp.next);
    // The event lies somewhere in the clipped period (it does not span it): grain vague, like "مؤخرا".
    return { i0: i, i1: rp.next, rule: `vague/${w.kind}-in-period`, res: rangeResolution(s, e, 'vague', `${text}: ${w.kind} in ${rp.span.label}, ${w.kind === "earlier" ? "up to" : "from"} publication ${fmtDay(ctx.pub)} → ${s}–${e}`) };
  },
};

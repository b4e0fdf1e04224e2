/**
 * Days counted from publication: اليوم، أمس، البارحة، أول أمس، غدا، بعد غد, with a part of the day before them
 * ("صباح أمس", "قبل ظهر اليوم"), "earlier/later" ("في وقت سابق من اليوم"), and a weekday in apposition
 * ("اليوم الاثنين", "أمس (الأحد)", "غدا الخميس"), which must agree with the computed day (a warning otherwise).
 */
import { addDays, fmtDay, weekday, weekdayLong } from '../calendar.js';
import type { ParseCtx } from '../context.js';
import { hasTag, isFw, tagOf } from '../items.js';
import { daySpan, toResolution } from '../intervals.js';
import { closeApposition, phrase, skipApposition, type Candidate, type Parser } from './common.js';

const OFFSET_WORDS: Record<string, string> = {
  '0': 'the publication day',
  '-1': 'the day before publication',
  '-2': 'two days before publication',
  '1': 'the day after publication',
  '2': 'two days after publication',
};


export const relativeDay: Parser = {
  family: 'relative-day',
  starts: { tags: ['within', 'daypart', 'relday'] },
  parse(ctx: ParseCtx, i: number): Candidate | null {
    const items = ctx.items;
    let k = i;
    let lead = '';
    // "في وقت سابق من اليوم", "في وقت لاحق أمس"
    if (hasTag(items[k], 'within')) {
      k++;
      if (isFw(items[k], 'من')) k++;
      lead = 'within';
    } else if (hasTag(items[k], 'daypart')) {
      k++;
      if (isFw(items[k], 'يوم') && tagOf(items[k + 1], 'relday')) k++;
      lead = 'daypart';
    }
    const rd = tagOf(items[k], 'relday');
    if (!rd) return null;
    if (lead === '' && items[k].clitic && !/^[وفب]+$/.test(items[k].clitic)) return null;
    let end = k + 1;
    const next = items[end];
    // "اليوم الوطني", "اليوم التالي": not the publication day.
    if (rd.offset === 0 && (tagOf(next, 'block')?.what === 'relday-after' || hasTag(next, 'ordinal')) && !hasTag(next, 'weekday')) return null;
    // "اليوم" right after a word for a newspaper or channel is a title ("صحيفة اليوم", "قناة اليوم").
    if (rd.offset === 0 && lead === '' && !items[k].clitic && ctx.lex.titleHeads.has(items[k - 1]?.text ?? '')) return null;
    const day = addDays(ctx.pub, rd.offset);
    const warnings: string[] = [];
    // Apposition: "اليوم الاثنين", "أمس (الأحد)", "غدا، الخميس"
    const ap = skipApposition(ctx, end);
    const wd = tagOf(items[ap.at], 'weekday');
    if (wd && !items[ap.at].clitic) {
      const after = closeApposition(ctx, ap.at + 1, ap.close);
      if (after > 0) {
        end = after;
        if (weekday(day) !== wd.dow) {
          warnings.push(`the text names ${weekdayLong(wd.dow)}, but ${OFFSET_WORDS[String(rd.offset)]} is ${fmtDay(day)}: check the publication date`);
        }
      }
    }
    const text = phrase(ctx, i, end);
    const how = OFFSET_WORDS[String(rd.offset)] ?? `${rd.offset} days from publication`;
    const derivation = `${text}: ${how}, counted from publication ${fmtDay(ctx.pub)} → ${fmtDay(day)}`;
    return { i0: i, i1: end, rule: `relative-day/${rd.offset === 0 ? 'today' : rd.offset < 0 ? 'past' : 'future'}`, res: toResolution(daySpan(day), derivation), warnings: warnings.length ? warnings : undefined };
  },
};

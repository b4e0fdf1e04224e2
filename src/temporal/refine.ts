/**
 * Passes over the chosen candidates that need two of them or their surroundings: ranges between two dates
 * ("من 30 يونيو إلى 2 يوليو", "بين الأحد والثلاثاء", "اليوم وغدا") and open bounds around a date
 * ("قبل نهاية سبتمبر المقبل", "منذ عام 2014", "حتى نهاية العام").
 */
import { addDays, daysInMonth, diffDays, fmtDay, iso, weekday } from './calendar.js';
import type { ParseCtx } from './context.js';
import { isFw, isPunct, tagOf, textIs, TO_WORDS } from './items.js';
import { phrase, type Candidate } from './families/common.js';
import type { Resolution } from './types.js';

function joinable(c: Candidate): boolean {
  return c.res.start !== null && c.res.end !== null && !c.rule.startsWith('vague/') && !c.rule.startsWith('offset/');
}

/** Shifts an ISO day by whole years; a month's last day stays the last day (28 February 2017 → 29 February 2016). */
function shiftYears(d: string, n: number): string {
  if (n === 0) return d;
  const y = +d.slice(0, 4) + n, m = +d.slice(5, 7), day = +d.slice(8, 10);
  const last = day === daysInMonth(+d.slice(0, 4), m);
  return iso(y, m, last ? daysInMonth(y, m) : Math.min(day, daysInMonth(y, m)));
}

/** A day a weekday or relative-day phrase named: the only kind of end a bare weekday may be placed against. */
const isNearDay = (c: Candidate) => c.res.grain === 'day' && (c.rule.startsWith('weekday/') || c.rule.startsWith('relative-day/'));

/**
 * The two ends of a range, with a guessed (implied) part moved next to the other end, as one reads "من 20 ديسمبر
 * إلى 5 يناير 2018" (December 2017), "من 20 مايو 2015 إلى 3 يونيو" (June 2015), "بين الخميس والسبت المقبلين"
 * (the Thursday before that Saturday). The start moves when it is implied (the end keeps the tense's reading when
 * both are); otherwise an implied end moves. Returns the interval and a note for the derivation, or the ends as read.
 */
function anchorEnds(a: Candidate, b: Candidate): { start: string; end: string; note: string } {
  let start = a.res.start!, end = b.res.end!;
  const moveStart = a.implied !== undefined;
  const c = moveStart ? a : b.implied ? b : null;
  if (!c) return { start, end, note: '' };
  const other = c === a ? b : a;
  if (c.implied === 'week') {
    if (!isNearDay(other) || c.res.grain !== 'day') return { start, end, note: '' };
    const dow = weekday(c.res.start!);
    if (moveStart) start = addDays(b.res.start!, -(((weekday(b.res.start!) - dow + 7) % 7) || 7));
    else end = addDays(a.res.end!, ((dow - weekday(a.res.end!) + 7) % 7) || 7);
  } else {
    if (moveStart) {
      let n = +b.res.start!.slice(0, 4) - +start.slice(0, 4);
      if (shiftYears(start, n) > b.res.start!) n--;
      start = shiftYears(start, n);
    } else {
      let n = +a.res.start!.slice(0, 4) - +b.res.start!.slice(0, 4);
      if (shiftYears(b.res.start!, n) < a.res.start!) n++;
      end = shiftYears(end, n);
    }
  }
  const moved = moveStart ? start !== a.res.start : end !== b.res.end;
  return { start, end, note: moved ? ` (the ${moveStart ? 'start' : 'end'}'s ${c.implied} was not written: moved to ${moveStart ? start : end}, next to the other end)` : '' };
}

/** Joins "من X إلى Y", "بين X و Y", "X - Y" and consecutive "اليوم وغدا" into one range. Input sorted by position. */
export function joinRanges(ctx: ParseCtx, cands: Candidate[]): Candidate[] {
  const items = ctx.items;
  const out: Candidate[] = [];
  for (let n = 0; n < cands.length; n++) {
    const a = cands[n], b = cands[n + 1];
    if (!b || !joinable(a) || !joinable(b)) {
      out.push(a);
      continue;
    }
    const gap = b.i0 - a.i1;
    let opener = a.i0;
    if (isFw(items[a.i0 - 1], 'من', 'بين')) opener = a.i0 - 1;
    if (isFw(items[opener - 1], 'ما') || isFw(items[opener - 1], 'الفترة')) opener--;
    const conn = gap === 1 && (isFw(items[a.i1], ...TO_WORDS) || isPunct(items[a.i1], '-'));
    const andJoin = (gap === 0 && items[b.i0].clitic.startsWith('و')) || (gap === 1 && isFw(items[a.i1], 'و'));
    let ok = false;
    if (conn && (opener < a.i0 || !isPunct(items[a.i1], '-'))) ok = true;
    else if (andJoin && isFw(items[a.i0 - 1], 'بين')) ok = true;
    else if (andJoin && isFw(items[a.i0 - 1], 'يومي') && a.res.grain === 'day' && b.res.grain === 'day') {
      // "يومي الأحد والاثنين": the two days.
      ok = true;
      opener = a.i0 - 1;
    }
    else if (andJoin && a.res.grain === 'day' && b.res.grain === 'day' && diffDays(a.res.end!, b.res.start!) === 1 && (a.rule.startsWith('relative-day') || a.rule.startsWith('weekday'))) {
      ok = true;
      opener = a.i0;
    }
    const { start, end, note } = ok ? anchorEnds(a, b) : { start: '', end: '', note: '' };
    if (!ok || start > end) {
      out.push(a);
      continue;
    }
    const text = phrase(ctx, opener, b.i1);
    const res: Resolution = {
      value: `${start}/${end}`,
      start,
      end,
      grain: 'range',
      mod: null,
      derivation: `${text}: from ${a.res.derivation.split(': ').slice(1).join(': ')} to ${b.res.derivation.split(': ').slice(1).join(': ')}${note} → ${start}–${end}`,
    };
    const warnings = [...(a.warnings ?? []), ...(b.warnings ?? [])];
    out.push({ i0: opener, i1: b.i1, rule: 'range/between-dates', res, warnings: warnings.length ? warnings : undefined });
    n++;
  }
  return out;
}

/**
 * "قبل X", "بعد X", "حتى X": open or clipped intervals around a date, attached as a bound (the mention keeps the
 * date it names). "اعتبارا من X" ("starting X") joins the phrase and keeps X's date.
 */
export function applyBounds(ctx: ParseCtx, cands: Candidate[]): Candidate[] {
  // (Filled by push into a literal: an empty array from map has another hidden class than a full one, and the first
  // text without dates would send analyseDates back to the interpreter.)
  const out: Candidate[] = [];
  for (const c of cands) out.push(boundOf(ctx, c));
  return out;
}

/** A candidate with the bounding word before it ("قبل", "منذ", "حتى", "اعتبارا من") read into its bound, if any. */
function boundOf(ctx: ParseCtx, c: Candidate): Candidate {
  const items = ctx.items;
  if (c.res.start === null || c.res.end === null) return c;
  if (c.rule.startsWith('offset/') || c.rule.startsWith('vague/') || c.rule.startsWith('range/')) return c;
  const p = items[c.i0 - 1];
  // Most dates have no bounding word before them: nothing to compute.
  if (!p || p.kind !== 'lex') return c;
  const off = tagOf(p, 'offset');
  if (!off && !isFw(p, 'حتى', 'لغاية', 'من')) return c;
  // Which bound, if any, before the derivation and the tense are worked out: "من" before a date is mostly no bound.
  const before = off !== undefined && off.dir === 'before' && p.text.endsWith('قبل');
  const after = !before && off !== undefined && off.dir === 'after';
  const until = !before && !after && isFw(p, 'حتى', 'لغاية') && !c.rule.startsWith('relative-day/today');
  // "اعتبارا من اليوم", "ابتداء من الأحد": the phrase starts on that date.
  const starting = !before && !after && !until && isFw(p, 'من') && textIs(items[c.i0 - 2], 'اعتبارا', 'ابتداء', 'بدءا', 'بداية', 'انطلاقا');
  if (!before && !after && !until && !starting) return c;
  const text = (i0: number) => phrase(ctx, i0, c.i1);
  const inner = c.res.derivation.split(': ').slice(1).join(': ');
  if (starting) return { ...c, i0: c.i0 - 2, rule: `bound/starting:${c.rule}`, res: { ...c.res, derivation: `${text(c.i0 - 2)}: starting ${inner}` } };
  const t = ctx.tense(c.i0 - 1, c.i1);
  const future = t.tense === 'future' || c.res.start > ctx.pub;
  if (before) {
    // "قبل نهاية سبتمبر" is "by the end of September"; "قبل سبتمبر" is "before September begins".
    const byEnd = c.rule.includes('/end-');
    const end = byEnd ? c.res.end : addDays(c.res.start, -1);
    const start = future && ctx.pub <= end ? ctx.pub : null;
    const why = byEnd ? `by the end of that period` : `before it begins`;
    return { ...c, bound: { i0: c.i0 - 1, mod: 'BEFORE', start, end, derivation: `${text(c.i0 - 1)}: ${why} (${inner})${start ? `, from publication ${fmtDay(ctx.pub)}` : ''} → ${start ?? '…'}–${end}` } };
  }
  // "منذ 2009" keeps its own date: "since" describes a state, and the year is what the phrase names.
  if (after) {
    const start = addDays(c.res.end, 1);
    const end = !future && start <= ctx.pub ? ctx.pub : null;
    return { ...c, bound: { i0: c.i0 - 1, mod: 'AFTER', start, end, derivation: `${text(c.i0 - 1)}: after ${inner}${end ? `, and before publication ${fmtDay(ctx.pub)}` : ''} → ${start}–${end ?? '…'}` } };
  }
  const start = future && ctx.pub <= c.res.end ? ctx.pub : null;
  return { ...c, bound: { i0: c.i0 - 1, mod: 'UNTIL', start, end: c.res.end, derivation: `${text(c.i0 - 1)}: until ${inner} → ${start ?? '…'}–${c.res.end}` } };
}

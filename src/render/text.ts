/**
 * The terminal timeline: grouped by year and month, one line per contact starting with its honest date label, then,
 * dimmed, the Arabic phrase that dated it and how; with --explain, the derivation, the evidence sentences and the
 * merge notes. Pure: colors come in as a Chalk instance, width and bidi mode as options.
 *
 * Arabic fields travel through layout between private-use markers, so that wrapping never splits an isolate: a field
 * that fits stays whole, a longer one is cut into pieces that are each isolated (or reordered) on their own line.
 */
import type { ChalkInstance } from 'chalk';
import type { Contact, EventType, Participant } from '../events/types.js';
import { fmtHijri } from '../temporal/hijri.js';
import type { Timeline } from '../timeline/types.js';
import { dateLabel, dayWithWeekday, monthName, rangeLabel, TYPE_NAMES, TYPE_SYMBOLS, type Lang } from './labels.js';
import { shapeArabic } from './shape.js';
import { displayWidth, hasArabic, PDI, RLI, sanitize, truncate, type BidiMode } from './terminal.js';
import { visualOrder } from './visual.js';

export interface TextOptions {
  chalk: ChalkInstance;
  lang: Lang;
  explain: boolean;
  width: number;
  bidi: BidiMode;
  hijri: boolean;
  legend: boolean;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';

type Paint = (s: string) => string;

function typeColor(c: ChalkInstance, t: EventType): Paint {
  switch (t) {
    case 'call':
      return c.cyan;
    case 'meeting':
      return c.green;
    case 'visit':
      return c.yellow;
    case 'summit':
      return c.magenta;
    case 'talks':
      // Plain blue is unreadable on the dark backgrounds most terminals use.
      return c.blueBright;
    default:
      return c.gray;
  }
}

/** Input text made safe and, when it holds Arabic, marked as a field for layout. */
export function field(s: string): string {
  const clean = sanitize(s).replace(/[\uE000\uE001]/g, '');
  return hasArabic(clean) ? OPEN + clean + CLOSE : clean;
}

const AR = '\\u0600-\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufeff';
// An Arabic run: from an Arabic letter to the last Arabic letter, with the spaces, digits and punctuation between.
const ARABIC_RUN = new RegExp(`[${AR}][${AR}\\s0-9«»"'()\\[\\]،؛:.,/\\-]*[${AR}]|[${AR}]`, 'g');

/** Mixed text ("الثلاثاء: the Tuesday on or before ..."): only its Arabic runs become fields. */
export function fieldMixed(s: string): string {
  return sanitize(s).replace(/[\uE000\uE001]/g, '').replace(ARABIC_RUN, (run) => OPEN + run + CLOSE);
}

/** Turns the field markers of a laid-out line into what the terminal needs. */
export function finishLine(line: string, bidi: BidiMode): string {
  return line.replace(/\uE000([^\uE001]*)\uE001/g, (_, text: string) => (bidi === 'isolate' ? RLI + text + PDI : bidi === 'visual' ? visualOrder(shapeArabic(text)) : text));
}

/** Units of a text for wrapping (plain words, and whole Arabic fields), each with whether a space came before it. */
function units(text: string): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  let i = 0;
  let spaced = false;
  while (i < text.length) {
    if (text[i] === ' ') {
      spaced = true;
      i++;
      continue;
    }
    let j: number;
    if (text[i] === OPEN) {
      const close = text.indexOf(CLOSE, i);
      j = close < 0 ? text.length : close + 1;
    } else {
      j = i;
      while (j < text.length && text[j] !== ' ' && text[j] !== OPEN) j++;
    }
    // A unit glued to the one before ("(" + field, field + "»،") stays with it.
    if (!spaced && out.length) out[out.length - 1][0] += text.slice(i, j);
    else out.push([text.slice(i, j), spaced]);
    spaced = false;
    i = j;
  }
  return out;
}

/** Splits a unit holding a field that is too wide into units of at most `room` columns, each field closed. */
function splitField(unit: string, room: number): string[] {
  const a = unit.indexOf(OPEN), b = unit.indexOf(CLOSE);
  const head = unit.slice(0, a);
  const inner = unit.slice(a + 1, b < 0 ? unit.length : b);
  const tail = b < 0 ? '' : unit.slice(b + 1);
  const pieces: string[] = [];
  let cur = '';
  for (const w of inner.split(' ')) {
    const cand = cur ? `${cur} ${w}` : w;
    if (displayWidth(cand) > room && cur) {
      pieces.push(cur);
      cur = w;
    } else cur = cand;
  }
  if (cur) pieces.push(cur);
  return pieces.map((p, k) => (k === 0 ? head : '') + OPEN + (displayWidth(p) > room ? truncate(p, room) : p) + CLOSE + (k === pieces.length - 1 ? tail : ''));
}

/** Word-wraps a marked text to `width` columns with a hanging indent; fields stay whole when they fit. */
export function wrap(text: string, width: number, indent: number): string[] {
  const room = Math.max(16, width - indent);
  const lines: string[] = [];
  let cur = '';
  const push = (u: string, spaced: boolean) => {
    const cand = cur ? (spaced ? `${cur} ${u}` : cur + u) : u;
    if (displayWidth(cand) > room && cur) {
      lines.push(cur);
      cur = u;
    } else cur = cand;
  };
  for (const [u, spaced] of units(text)) {
    if (displayWidth(u) <= room) push(u, spaced);
    else if (u.includes(OPEN)) splitField(u, room).forEach((piece, k) => push(piece, k === 0 ? spaced : true));
    else push(truncate(u, room), spaced);
  }
  if (cur) lines.push(cur);
  return lines;
}

function participantText(p: Participant, lang: Lang): string {
  const name = lang === 'en' && p.name_en ? p.name_en : field(p.name);
  return p.country ? `${name} (${p.country})` : name;
}

const GUTTER = 2;
const LABEL_WIDTH = 22;
const TYPE_WIDTH = 11;

function publishedOf(t: Timeline, e: Contact): string | null {
  const a = t.articles.find((x) => x.id === e.sources[0]?.article);
  return a?.published ?? null;
}

/** Two contacts whose order the dates cannot tell: their intervals overlap and they are not the same single day. */
export function orderUnknown(a: Contact, b: Contact): boolean {
  const as = a.date.start ?? '0000', ae = a.date.end ?? '9999', bs = b.date.start ?? '0000', be = b.date.end ?? '9999';
  if (!(as <= be && bs <= ae)) return false;
  return !(as === ae && bs === be && as === bs);
}

export function eventLines(t: Timeline, e: Contact, o: TextOptions, unordered = false): string[] {
  const c = o.chalk;
  const paint = typeColor(c, e.type);
  const label = dateLabel(e.date, o.lang);
  const labelText = o.lang === 'ar' ? field(label) : label;
  const type = TYPE_NAMES[o.lang][e.type];
  // People first; countries no participant stands for ("GCC" in a summit with Trump) after them.
  const covered = new Set(e.participants.map((p) => p.country));
  const parts = [...e.participants.map((p) => participantText(p, o.lang)), ...e.countries.filter((k) => !covered.has(k))];
  const people = parts.join(parts.length === 2 ? ' — ' : ', ');
  const place = e.place ? ` · ${o.lang === 'en' && e.place.name_en ? e.place.name_en : field(e.place.text)}` : '';
  const planned = e.status === 'planned' ? (o.lang === 'ar' ? ` ${field('(مقرر)')}` : ' (planned)') : '';
  // A narrow terminal gets the people and the explanation under the label instead of beside it.
  const compact = o.width - (GUTTER + LABEL_WIDTH + 2 + TYPE_WIDTH + 1) < 24;
  const indent = compact ? 4 : GUTTER + LABEL_WIDTH + 2;
  const bodyIndent = compact ? 4 : indent + TYPE_WIDTH + 1;
  const gutter = unordered ? c.dim('┆ ') : '  ';
  const labelPad = ' '.repeat(Math.max(1, LABEL_WIDTH - displayWidth(labelText)));
  const marker = `${TYPE_SYMBOLS[e.type]} ${type}`;
  const markerPad = ' '.repeat(Math.max(1, TYPE_WIDTH - displayWidth(marker)));
  const body = wrap(`${people}${place}${planned}`, o.width, bodyIndent);
  const fin = (s: string) => finishLine(s, o.bidi);
  const lines = compact
    ? [`${gutter}${c.bold(fin(labelText))}  ${paint(fin(marker))}`, ...body.map((l) => ' '.repeat(bodyIndent) + fin(l))]
    : [`${gutter}${c.bold(fin(labelText))}${labelPad}  ${paint(fin(marker))}${markerPad} ${fin(body[0] ?? '')}`, ...body.slice(1).map((l) => ' '.repeat(bodyIndent) + fin(l))];
  const pub = publishedOf(t, e);
  const range = e.date.start && e.date.end ? rangeLabel(e.date.start, e.date.end, o.lang) : label;
  const phrase = e.date.text ? field(e.date.text) : o.lang === 'ar' ? field('لا تاريخ في النص') : 'no date in the text';
  const sources = e.sources.length;
  const articles = new Set(e.sources.map((s) => s.article)).size;
  const why = [
    `${phrase} → ${o.lang === 'ar' ? field(range) : range}`,
    // Story time ("اليوم التالي") counts from the date the text gave before it, not from publication.
    pub && /(^|:)anaphoric\//.test(e.date.rule)
      ? o.lang === 'ar'
        ? field(`من التاريخ المذكور قبله (النشر ${dayWithWeekday(pub, 'ar')})`)
        : `from the date told before it (publication ${dayWithWeekday(pub)})`
      : pub
        ? o.lang === 'ar'
          ? field(`من تاريخ النشر ${dayWithWeekday(pub, 'ar')}`)
          : `from publication ${dayWithWeekday(pub)}`
        : '',
    articles > 1 ? (o.lang === 'ar' ? field(`${articles} مقالات`) : `${articles} articles`) : sources > 1 ? (o.lang === 'ar' ? field(`${sources} جمل`) : `${sources} sentences`) : '',
  ].filter(Boolean);
  if (o.hijri && e.date.start) {
    const h = fmtHijri(e.date.start, o.lang) + (e.date.end && e.date.end !== e.date.start ? ` – ${fmtHijri(e.date.end, o.lang)}` : '');
    why.push(o.lang === 'ar' ? field(h) : h);
  }
  const dimmed = (text: string, at: number) => {
    for (const l of wrap(text, o.width, at)) lines.push(' '.repeat(at) + c.dim(fin(l)));
  };
  dimmed(why.join(', '), indent);
  if (o.explain) {
    dimmed(`${o.lang === 'ar' ? field('الاستنتاج') : 'how'}: ${fieldMixed(e.date.derivation)} [${e.date.rule}]`, indent + 2);
    for (const s of e.sources) dimmed(`${field(s.article)} @${s.start}: ${field(s.sentence)}`, indent + 2);
    for (const n of e.notes ?? []) dimmed(`note: ${fieldMixed(n)}`, indent + 2);
  }
  return lines;
}

function yearOf(e: Contact): string {
  return (e.date.start ?? e.date.end ?? '????').slice(0, 4);
}

function monthKey(e: Contact): string | null {
  const s = e.date.start, en = e.date.end;
  if (!s || !en || s.slice(0, 7) !== en.slice(0, 7)) return null;
  return s.slice(0, 7);
}

export function summaryLine(t: Timeline, lang: Lang): string {
  const n = t.events.length;
  // (Undated or bounded on one side only: "before 1 Jun", "after 7 Oct"; a day or an interval is neither.)
  const open = t.events.filter((e) => !e.date.start || !e.date.end).length;
  const first = t.events.reduce<string | null>((m, e) => (e.date.start && (!m || e.date.start < m) ? e.date.start : m), null);
  const last = t.events.reduce<string | null>((m, e) => (e.date.end && (!m || e.date.end > m) ? e.date.end : m), null);
  const span = first && last ? rangeLabel(first, last, lang) : '—';
  if (lang === 'ar') return field(`${n} حدث · ${t.articles.length} مقال · ${span} · ${open} دون تاريخ محدد`);
  return `${n} contact${n === 1 ? '' : 's'} · ${t.articles.length} article${t.articles.length === 1 ? '' : 's'} · ${span} · ${open} open-ended`;
}

export function legendLines(o: TextOptions): string[] {
  const types: EventType[] = ['call', 'meeting', 'visit', 'summit', 'talks', 'statement'];
  const c = o.chalk;
  const fin = (s: string) => finishLine(s, o.bidi);
  const head = o.lang === 'ar' ? fin(field('المفتاح:')) : 'legend:';
  const lines = [c.dim(head) + ' ' + types.map((t) => typeColor(c, t)(fin(`${TYPE_SYMBOLS[t]} ${o.lang === 'ar' ? field(TYPE_NAMES.ar[t]) : TYPE_NAMES.en[t]}`))).join('  ')];
  const explain =
    o.lang === 'ar'
      ? [field('اليوم يعني يوما يذكره النص؛ مطلع/منتصف/أواخر والأشهر والفترات مجالات زمنية؛ قبل/بعد حدود مفتوحة'), field('┆ تتداخل فترتا الحدثين فلا يعرف أيهما سبق')]
      : ['a weekday means a day the text gives; early/mid/late, months and ranges are intervals; before/after are open bounds', '┆ the intervals overlap, so the order of these contacts is unknown'];
  for (const l of explain) for (const w of wrap(l, o.width, 2)) lines.push(c.dim('  ' + fin(w)));
  return lines;
}

export function renderTimeline(t: Timeline, o: TextOptions): string {
  const c = o.chalk;
  const fin = (s: string) => finishLine(s, o.bidi);
  const out: string[] = [];
  let year = '';
  let month: string | null | undefined;
  let prev: Contact | null = null;
  for (const e of t.events) {
    const y = yearOf(e);
    if (y !== year) {
      if (out.length) out.push('');
      out.push(c.bold(y));
      year = y;
      month = undefined;
    }
    const m = monthKey(e);
    if (m && m !== month) {
      const name = `${monthName(+m.slice(5, 7), o.lang, false)} ${m.slice(0, 4)}`;
      out.push(c.dim(`  ${o.lang === 'ar' ? fin(field(name)) : name}`));
    }
    month = m;
    out.push(...eventLines(t, e, o, prev !== null && orderUnknown(prev, e)));
    prev = e;
  }
  if (t.events.length === 0) out.push(c.dim(o.lang === 'ar' ? fin(field('لا اتصالات مطابقة.')) : 'No matching contacts.'));
  out.push('');
  for (const l of wrap(summaryLine(t, o.lang), o.width, 0)) out.push(c.dim(fin(l)));
  for (const s of t.skipped ?? []) for (const l of wrap(`skipped ${fieldMixed(s.source)}: ${fieldMixed(s.reason)}`, o.width, 0)) out.push(c.yellow(fin(l)));
  if (o.legend) out.push(...legendLines(o));
  return out.join('\n') + '\n';
}

/**
 * The terminal timeline: grouped by year and month, one line per contact starting with its honest date label,
 * then, dimmed, the Arabic phrase that dated it and how; with --explain, the derivation, the evidence sentences and
 * the merge notes. Pure: colors come in as a Chalk instance, width and bidi mode as options.
 */
import type { ChalkInstance } from 'chalk';
import type { Contact, EventType, Participant } from '../events/types.js';
import { fmtHijri } from '../temporal/hijri.js';
import type { Timeline } from '../timeline/types.js';
import { dateLabel, dayWithWeekday, monthName, rangeLabel, TYPE_NAMES, TYPE_SYMBOLS, type Lang } from './labels.js';
import { displayWidth, hasArabic, padEnd, PDI, RLI, sanitize, truncate, type BidiMode } from './terminal.js';
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
      return c.blue;
    default:
      return c.gray;
  }
}

/** Input text made safe, and Arabic isolated (or reordered) for a left-to-right terminal. */
export function field(s: string, bidi: BidiMode): string {
  const clean = sanitize(s);
  if (!hasArabic(clean)) return clean;
  if (bidi === 'isolate') return RLI + clean + PDI;
  if (bidi === 'visual') return visualOrder(clean);
  return clean;
}

function participantText(p: Participant, lang: Lang, bidi: BidiMode): string {
  const name = lang === 'en' && p.name_en ? p.name_en : field(p.name, bidi);
  return p.country ? `${name} (${p.country})` : name;
}

const LABEL_WIDTH = 22;
const TYPE_WIDTH = 9;

/** Word-wraps plain (uncolored) text to `width` columns with a hanging indent. */
export function wrap(text: string, width: number, indent: number): string[] {
  const room = Math.max(20, width - indent);
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    if (displayWidth(cand) > room && cur) {
      lines.push(cur);
      cur = w;
    } else cur = cand;
  }
  if (cur) lines.push(cur);
  return lines.map((l) => (displayWidth(l) > room ? truncate(l, room) : l));
}

function publishedOf(t: Timeline, e: Contact): string | null {
  const a = t.articles.find((x) => x.id === e.sources[0]?.article);
  return a?.published ?? null;
}

export function eventLines(t: Timeline, e: Contact, o: TextOptions): string[] {
  const c = o.chalk;
  const paint = typeColor(c, e.type);
  const label = dateLabel(e.date, o.lang);
  const type = TYPE_NAMES[o.lang][e.type];
  // People first; countries no participant stands for ("GCC" in a summit with Trump) after them.
  const covered = new Set(e.participants.map((p) => p.country));
  const parts = [...e.participants.map((p) => participantText(p, o.lang, o.bidi)), ...e.countries.filter((k) => !covered.has(k))];
  const people = parts.join(parts.length === 2 ? ' — ' : ', ');
  const place = e.place ? ` · ${o.lang === 'en' && e.place.name_en ? e.place.name_en : field(e.place.text, o.bidi)}` : '';
  const planned = e.status === 'planned' ? (o.lang === 'ar' ? ' (مقرر)' : ' (planned)') : '';
  const indent = 2 + LABEL_WIDTH + 2;
  const head = `  ${padEnd(label, LABEL_WIDTH)}  `;
  const body = `${people}${place}${planned}`;
  const bodyLines = wrap(`${padEnd(`${TYPE_SYMBOLS[e.type]} ${type}`, TYPE_WIDTH + 2)} ${body}`, o.width, indent);
  const lines = [c.bold(head) + paint(bodyLines[0].slice(0, TYPE_WIDTH + 2)) + bodyLines[0].slice(TYPE_WIDTH + 2)];
  for (const l of bodyLines.slice(1)) lines.push(' '.repeat(indent) + l);
  const pub = publishedOf(t, e);
  const range = e.date.start && e.date.end ? rangeLabel(e.date.start, e.date.end, o.lang) : label;
  const phrase = e.date.text ? field(e.date.text, o.bidi) : o.lang === 'ar' ? 'لا تاريخ في النص' : 'no date in the text';
  const sources = e.sources.length;
  const articles = new Set(e.sources.map((s) => s.article)).size;
  const why = [
    `${phrase} → ${range}`,
    pub ? (o.lang === 'ar' ? `من تاريخ النشر ${dayWithWeekday(pub, 'ar')}` : `from publication ${dayWithWeekday(pub)}`) : '',
    articles > 1 ? (o.lang === 'ar' ? `${articles} مقالات` : `${articles} articles`) : sources > 1 ? (o.lang === 'ar' ? `${sources} جمل` : `${sources} sentences`) : '',
  ].filter(Boolean);
  if (o.hijri && e.date.start) why.push(fmtHijri(e.date.start, o.lang) + (e.date.end && e.date.end !== e.date.start ? ` – ${fmtHijri(e.date.end, o.lang)}` : ''));
  for (const l of wrap(why.join(', '), o.width, indent)) lines.push(' '.repeat(indent) + c.dim(l));
  if (o.explain) {
    for (const l of wrap(`${o.lang === 'ar' ? 'الاستنتاج' : 'how'}: ${field(e.date.derivation, o.bidi)} [${e.date.rule}]`, o.width, indent + 2)) lines.push(' '.repeat(indent + 2) + c.dim(l));
    for (const s of e.sources) {
      const text = `${s.article} @${s.start}: ${field(s.sentence, o.bidi)}`;
      for (const l of wrap(text, o.width, indent + 2)) lines.push(' '.repeat(indent + 2) + c.dim(l));
    }
    for (const n of e.notes ?? []) for (const l of wrap(`note: ${field(n, o.bidi)}`, o.width, indent + 2)) lines.push(' '.repeat(indent + 2) + c.dim(l));
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
  const undated = t.events.filter((e) => !e.date.start || !e.date.end).length;
  const dated = t.events.filter((e) => e.date.start);
  const first = dated[0]?.date.start, last = t.events.reduce<string | null>((m, e) => (e.date.end && (!m || e.date.end > m) ? e.date.end : m), null);
  const span = first && last ? rangeLabel(first, last, lang) : '—';
  if (lang === 'ar') return `${n} حدث · ${t.articles.length} مقال · ${span} · ${undated} دون تاريخ محدد`;
  return `${n} contact${n === 1 ? '' : 's'} · ${t.articles.length} article${t.articles.length === 1 ? '' : 's'} · ${span} · ${undated} undated`;
}

export function legendLines(o: TextOptions): string[] {
  const types: EventType[] = ['call', 'meeting', 'visit', 'summit', 'talks', 'statement'];
  return [
    o.chalk.dim(o.lang === 'ar' ? 'المفتاح:' : 'legend:') + ' ' + types.map((t) => typeColor(o.chalk, t)(`${TYPE_SYMBOLS[t]} ${TYPE_NAMES[o.lang][t]}`)).join('  '),
    o.chalk.dim(o.lang === 'ar' ? 'التواريخ: يوم محدد، أو فترة (مطلع/منتصف/أواخر الشهر)، أو حد (قبل/بعد)' : 'dates: a weekday means a day the text gives; "early/mid/late", months and ranges are intervals; "before/after" are bounds'),
  ];
}

export function renderTimeline(t: Timeline, o: TextOptions): string {
  const c = o.chalk;
  const out: string[] = [];
  let year = '';
  let month: string | null | undefined;
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
      out.push(c.dim(`  ${monthName(+m.slice(5, 7), o.lang, false)} ${m.slice(0, 4)}`));
    }
    month = m;
    out.push(...eventLines(t, e, o));
  }
  if (t.events.length === 0) out.push(c.dim(o.lang === 'ar' ? 'لا اتصالات مطابقة.' : 'No matching contacts.'));
  out.push('');
  out.push(c.dim(summaryLine(t, o.lang)));
  for (const s of t.skipped ?? []) out.push(c.yellow(`skipped ${field(s.source, o.bidi)}: ${field(s.reason, o.bidi)}`));
  if (o.legend) out.push(...legendLines(o));
  return out.join('\n') + '\n';
}

/**
 * The publication date every relative phrase is resolved against, from (in this order) the --published option,
 * front matter, or a dateline in the first lines of the text. Never "today": an article without a date is an error
 * that names the file and says how to supply one.
 */
import { TarikhError } from '../errors.js';
import { isRealDate } from '../temporal/calendar.js';
import { extractDates } from '../temporal/extract.js';
import type { TemporalLexicon } from '../temporal/lexicon.js';

export type PublishedFrom = 'option' | 'front-matter' | 'metadata' | 'dateline';

export interface Published {
  date: string;
  from: PublishedFrom;
  /** The dateline phrase, when the date came from the text. */
  phrase?: string;
}

/** Lines that announce a date: "نشر بتاريخ: ...", "تم النشر: ...", "تاريخ النشر", "آخر تحديث". */
const DATELINE_MARKERS = /(نشر|النشر|تاريخ|بتاريخ|تحديث|published|date)/i;
const HEAD_LINES = 8;
const HEAD_CHARS = 1200;

/**
 * Publication years tarikh accepts. Distances in the text reach 999 years either way ("قبل 999 عامًا"), so every
 * date resolved against a publication date in this range stays a four-digit ISO year (0001–9998).
 */
export const PUBLISHED_YEARS: readonly [number, number] = [1000, 8999];

export function checkIsoDate(value: string, what: string, source?: string): string {
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    throw new TarikhError('BAD_DATE', `${what} "${value}" is not a date of the form YYYY-MM-DD`, { source, hint: 'write it like 2017-05-31' });
  }
  if (!isRealDate(s)) throw new TarikhError('BAD_DATE', `${what} ${s} does not exist in the calendar`, { source, hint: 'check the day and month' });
  const y = +s.slice(0, 4);
  if (y < PUBLISHED_YEARS[0] || y > PUBLISHED_YEARS[1]) {
    throw new TarikhError('BAD_DATE', `${what} ${s} is outside the years tarikh dates articles in (${PUBLISHED_YEARS[0]}–${PUBLISHED_YEARS[1]})`, { source, hint: 'check the year' });
  }
  return s;
}

/** The body's first lines, as [start, end) offsets into text. */
function headLines(text: string, from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = from;
  while (out.length < HEAD_LINES && i < text.length && i - from < HEAD_CHARS) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    if (text.slice(i, j).trim()) out.push([i, j]);
    i = j + 1;
  }
  return out;
}

export function findPublished(
  text: string,
  bodyStart: number,
  lex: TemporalLexicon,
  opts: { override?: string; frontMatter?: Record<string, unknown> | null; metadata?: string; source: string },
): Published {
  if (opts.override) return { date: checkIsoDate(opts.override, '--published', opts.source), from: 'option' };
  if (opts.metadata) return { date: checkIsoDate(opts.metadata.slice(0, 10), `${opts.source}: "published"`, opts.source), from: 'metadata' };
  const fm = opts.frontMatter?.published ?? opts.frontMatter?.date;
  if (fm !== undefined && fm !== null && String(fm).trim() !== '') {
    const raw = fm instanceof Date ? fm.toISOString() : String(fm);
    return { date: checkIsoDate(raw.slice(0, 10), `${opts.source}: front matter "published:"`, opts.source), from: 'front-matter' };
  }
  const lines = headLines(text, bodyStart);
  // A marked line wins over a bare date elsewhere in the head.
  const ordered = [...lines.filter(([s, e]) => DATELINE_MARKERS.test(text.slice(s, e))), ...lines];
  for (const [s, e] of ordered) {
    const line = text.slice(s, e);
    // Long lines are sentences, not datelines, unless they announce a date.
    if (line.length > 90 && !DATELINE_MARKERS.test(line)) continue;
    for (const m of extractDates(line, '2000-01-01', lex)) {
      if (m.rule.endsWith('impossible-day')) {
        throw new TarikhError('BAD_DATE', `${opts.source}: the dateline "${m.text}" is not a real date`, { source: opts.source, hint: 'fix it or give the date with --published YYYY-MM-DD' });
      }
      const written = m.rule === 'explicit/numeric' || m.rule === 'hijri/numeric' || m.rule === 'named-month/day-explicit-year' || m.rule === 'hijri/day-explicit-year';
      if (written && m.grain === 'day' && m.start) return { date: m.start, from: 'dateline', phrase: m.text };
    }
  }
  throw new TarikhError('NO_PUBLICATION_DATE', `${opts.source}: no publication date found (no --published, no front matter "published:", no dateline in the first lines)`, {
    source: opts.source,
    hint: 'give it with --published YYYY-MM-DD',
  });
}

/**
 * Front matter ("---" lines at the very top), as in the corpus and in static-site exports: flat `key: value` lines
 * (published, source, title, url, id). Values may be plain or quoted; lines of any other shape (lists, nesting) are
 * ignored. A small reader on purpose: the fields tarikh uses are flat, and the full YAML parser is not worth its
 * start-up cost for every article.
 */

export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset in the text where the body starts (after the closing ---). */
  bodyStart: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function scalar(raw: string): string {
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1).replace(/''/g, "'");
  // A comment after a plain value: "published: 2015-08-02  # from the site"
  return raw.replace(/\s+#.*$/, '');
}

export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  // The closing fence must be within the first 8 KB: a stray --- deep in an article is not front matter.
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m || m.index > 8192) return null;
  const fields: Record<string, string> = {};
  for (const line of text.slice(open[0].length, m.index).split(/\r?\n/)) {
    const kv = LINE.exec(line);
    if (kv && kv[2] !== '') fields[kv[1]] = scalar(kv[2]);
  }
  return { fields, bodyStart: m.index + m[0].length };
}

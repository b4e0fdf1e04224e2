/**
 * YAML front matter ("---" lines at the very top), as in the corpus and in many static-site exports:
 * `published:`, `source:`, `title:`, `url:`, `id:`.
 */
import { parse } from 'yaml';

export interface FrontMatter {
  fields: Record<string, unknown>;
  /** Offset in the text where the body starts (after the closing ---). */
  bodyStart: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  // The closing fence must be within the first 8 KB: a stray --- deep in an article is not front matter.
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m || m.index > 8192) return null;
  let fields: unknown;
  try {
    fields = parse(text.slice(open[0].length, m.index));
  } catch {
    return null;
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return null;
  return { fields: fields as Record<string, unknown>, bodyStart: m.index + m[0].length };
}

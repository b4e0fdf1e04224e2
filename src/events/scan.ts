/**
 * Tags a text's tokens with the event lexicon (triggers, people, offices, countries, named events, topics) and
 * cuts it into sentences. One pass, hash lookups only.
 */
import type { NormText } from '../normalize/arabic.js';
import type { Token } from '../normalize/tokens.js';
import type { ETag, EventLexicon } from './lexicon.js';

export interface EMention {
  tags: readonly ETag[];
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Normalized span (after any clitic). */
  s: number;
  e: number;
  clitic: string;
}

export interface Sentence {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Original text span. */
  start: number;
  end: number;
}

export function scanMentions(tokens: readonly Token[], lex: EventLexicon, fromToken: number): EMention[] {
  const out: EMention[] = [];
  for (let i = fromToken; i < tokens.length; ) {
    const m = tokens[i].kind === 'word' ? lex.phrases.longestAt(tokens, i) : null;
    if (m) {
      out.push({ tags: m.entries, first: m.first, last: m.last, s: m.s, e: m.e, clitic: m.clitic });
      i = m.last;
    } else i++;
  }
  return out;
}

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'nl') return true;
  if (t.kind !== 'punct') return false;
  if (t.text === '!' || t.text === '?' || t.text === ';') return true;
  if (t.text === '.') {
    const a = tokens[i - 1], b = tokens[i + 1];
    // 2.5 and 1.2.2015 are numbers, not sentence ends.
    if (a && b && a.kind === 'num' && b.kind === 'num' && !b.spaced) return false;
    return true;
  }
  return false;
}

function anyWord(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k].kind === 'word') return true;
  return false;
}

/** Sentences from token `from` on; a sentence never spans a line break (a headline is its own sentence). */
export function splitSentences(tokens: readonly Token[], nt: NormText, from: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const close = (endTok: number) => {
    // trim boundary tokens from the sentence
    let a = start, b = endTok;
    while (a < b && (tokens[a].kind === 'nl' || tokens[a].kind === 'punct')) a++;
    while (b > a && tokens[b - 1].kind === 'nl') b--;
    if (b > a && anyWord(tokens, a, b)) {
      out.push({ first: a, last: b, start: nt.starts[tokens[a].s], end: nt.ends[tokens[b - 1].e - 1] });
    }
  };
  for (let i = from; i < tokens.length; i++) {
    if (isBoundary(tokens, i)) {
      close(i + 1);
      start = i + 1;
    }
  }
  close(tokens.length);
  return out;
}

export function tagOf<K extends ETag['t']>(m: EMention | undefined, k: K): Extract<ETag, { t: K }> | undefined {
  if (!m) return undefined;
  // An indexed loop: the contact rules ask this dozens of times per mention, and for-of measured slower.
  const tags = m.tags;
  for (let j = 0; j < tags.length; j++) if (tags[j].t === k) return tags[j] as Extract<ETag, { t: K }>;
  return undefined;
}

export function tagsOf<K extends ETag['t']>(m: EMention | undefined, k: K): Array<Extract<ETag, { t: K }>> {
  if (!m) return [];
  return m.tags.filter((t) => t.t === k) as Array<Extract<ETag, { t: K }>>;
}

/**
 * What a parser knows besides the words: the publication date, the sentence around it, and the tense of that
 * sentence near the phrase.
 */
import type { NormText } from '../normalize/arabic.js';
import { isBoundary, tagOf, textIs, type Item } from './items.js';
import type { TemporalLexicon } from './lexicon.js';

export type Tense = 'past' | 'future' | 'none';

export interface TenseCue {
  tense: Tense;
  /** The word that decided it, as written in the original text (for the derivation). */
  word: string;
}

export interface ParseCtx {
  readonly items: readonly Item[];
  readonly nt: NormText;
  /** Publication date, ISO. */
  readonly pub: string;
  readonly lex: TemporalLexicon;
  /** Item index range [a, b) of the sentence containing item i. */
  sentence(i: number): [number, number];
  /** The tense cue for a phrase covering items [i0, i1). */
  tense(i0: number, i1: number): TenseCue;
}

/** How far a tense cue may be from the phrase, in items. */
const BACK_WINDOW = 20;
const FORWARD_WINDOW = 12;
/** How close after a reporting verb its day of speaking comes (the speaker's name and titles between), in items. */
const REPORT_REACH = 8;

export function makeContext(items: readonly Item[], nt: NormText, pub: string, lex: TemporalLexicon): ParseCtx {
  // The sentences are cut when first asked for: most items are never asked about, and a text whose phrases need no
  // tense costs no pass at all.
  let bounds: Array<[number, number]> | null = null;
  const sentence = (i: number): [number, number] => {
    bounds ??= sentenceBounds(items);
    // An index past the end is the last item's sentence; one before the start (or none) the first sentence.
    const k = Math.min(i, items.length - 1);
    return bounds[k >= 0 ? sentenceIndex(bounds, k) : 0];
  };
  const slots = lex.imperfectSlots;
  const reportVerbAt = (k: number) => {
    const it = items[k];
    if (it.kind !== 'word' && it.kind !== 'lex') return false;
    const w = it.text;
    return lex.reportVerbs.has(w) || ((w[0] === 'و' || w[0] === 'ف') && lex.reportVerbs.has(w.slice(1)));
  };
  const word = (k: number) => nt.original.slice(nt.starts[items[k].s] ?? 0, nt.ends[items[k].e - 1] ?? 0);
  const cueAt = (k: number): TenseCue | null => {
    const it = items[k];
    const t = tagOf(it, 'tense');
    if (t) return { tense: t.tense === 'past' ? 'past' : 'future', word: word(k) };
    // An unlisted imperfect verb is still recognizable by its position: right after a relative pronoun or the
    // particles لن/كي ("الجولة التي تستمر", "لن يحضر").
    if (it.kind === 'word' && it.text.length >= 4 && (it.text[0] === 'ي' || it.text[0] === 'ت')) {
      const p = items[k - 1];
      if (p && p.kind !== 'punct' && slots.has(p.text)) return { tense: 'future', word: word(k) };
    }
    return null;
  };
  const tense = (i0: number, i1: number): TenseCue => {
    if (items.length === 0) return { tense: 'none', word: '' };
    const [a, b] = sentence(i0);
    let reporter = -1;
    for (let k = i0 - 1; k >= Math.max(a, i0 - BACK_WINDOW); k--) {
      const c = cueAt(k);
      if (c) return c;
      if (reporter < 0 && reportVerbAt(k)) reporter = k;
    }
    // "قال الوزير الخميس إنه سيلتقي ...", "أعلنت الخارجية الأحد أن ...": a date between a reporting verb and what it
    // reports is the day of speaking, before publication, whatever the report says of the future. Only a date that
    // follows the speaker closely, not in a phrase of its own ("وقال كيري مشيرا إلى اجتماع ... في الثالث من أغسطس
    // «...»" speaks of a meeting to come); reporting verbs are no cue otherwise ("قال ... إن الاجتماع سيعقد الخميس").
    if (reporter >= 0 && i0 - reporter <= REPORT_REACH && !textIs(items[i0 - 1], 'في')) {
      const next = items[i1]?.kind === 'punct' && (items[i1].text === '،' || items[i1].text === ',') ? i1 + 1 : i1;
      if (next < b && lex.reportEnds.has(items[next].text)) return { tense: 'past', word: word(reporter) };
    }
    for (let k = i1; k < Math.min(b, i1 + FORWARD_WINDOW); k++) {
      const c = cueAt(k);
      if (c) return c;
    }
    return { tense: 'none', word: '' };
  };
  return { items, nt, pub, lex, sentence, tense };
}

/** The item ranges [a, b) of the sentences, in order; the last ends at items.length (and may be empty). */
export function sentenceBounds(items: readonly Item[]): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < items.length; i++) {
    if (isBoundary(items, i)) {
      bounds.push([start, i + 1]);
      start = i + 1;
    }
  }
  bounds.push([start, items.length]);
  return bounds;
}

/**
 * The index of the sentence holding item i: the first whose end is past i (ends increase), found by halving. A
 * phrase asks a few times per text, where an index per item cost a pass and an array for every text.
 */
export function sentenceIndex(bounds: ReadonlyArray<readonly [number, number]>, i: number): number {
  let lo = 0, hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid][1] > i) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

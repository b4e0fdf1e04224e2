/**
 * What a parser knows besides the words: the publication date, the sentence around it, and the tense of that
 * sentence near the phrase.
 */
import type { NormText } from '../normalize/arabic.js';
import { isBoundary, tagOf, type Item } from './items.js';
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
/** Words after which a word starting with ي/ت is an imperfect verb (normalized forms). */
const IMPERFECT_SLOTS = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'لن', 'كي', 'لكي']);

export function makeContext(items: readonly Item[], nt: NormText, pub: string, lex: TemporalLexicon): ParseCtx {
  // Sentence index per item, computed once. A plain array: a typed array's allocation cost more than filling it.
  const sid: number[] = [];
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < items.length; i++) {
    sid.push(bounds.length);
    if (isBoundary(items, i)) {
      bounds.push([start, i + 1]);
      start = i + 1;
    }
  }
  bounds.push([start, items.length]);
  const sentence = (i: number): [number, number] => bounds[sid[Math.min(i, items.length - 1)] ?? 0] ?? [0, items.length];
  const word = (k: number) => nt.original.slice(nt.starts[items[k].s] ?? 0, nt.ends[items[k].e - 1] ?? 0);
  const cueAt = (k: number): TenseCue | null => {
    const it = items[k];
    const t = tagOf(it, 'tense');
    if (t) return { tense: t.tense === 'past' ? 'past' : 'future', word: word(k) };
    // An unlisted imperfect verb is still recognizable by its position: right after a relative pronoun or the
    // particles لن/كي ("الجولة التي تستمر", "لن يحضر").
    if (it.kind === 'word' && it.text.length >= 4 && (it.text[0] === 'ي' || it.text[0] === 'ت')) {
      const p = items[k - 1];
      if (p && p.kind !== 'punct' && IMPERFECT_SLOTS.has(p.text)) return { tense: 'future', word: word(k) };
    }
    return null;
  };
  const tense = (i0: number, i1: number): TenseCue => {
    if (items.length === 0) return { tense: 'none', word: '' };
    const [a, b] = sentence(i0);
    for (let k = i0 - 1; k >= Math.max(a, i0 - BACK_WINDOW); k--) {
      const c = cueAt(k);
      if (c) return c;
    }
    for (let k = i1; k < Math.min(b, i1 + FORWARD_WINDOW); k++) {
      const c = cueAt(k);
      if (c) return c;
    }
    return { tense: 'none', word: '' };
  };
  return { items, nt, pub, lex, sentence, tense };
}

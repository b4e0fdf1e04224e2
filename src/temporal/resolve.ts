/**
 * Resolving one phrase on its own (the `resolve` command): the date expression that covers most of the phrase.
 */
import { extractDates } from './extract.js';
import type { TemporalLexicon } from './lexicon.js';
import type { DateMention } from './types.js';

export function resolvePhrase(text: string, published: string, lex: TemporalLexicon): DateMention | null {
  const ms = extractDates(text, published, lex);
  if (ms.length === 0) return null;
  let best = ms[0];
  for (const m of ms) if (m.end_offset - m.start_offset > best.end_offset - best.start_offset) best = m;
  return best;
}

/**
 * The closed word classes of data/clauses.yaml, as sets of normalized words. The contact rules test single words
 * against them (the word before a country, the word that opens a sentence), so a set lookup is all they need.
 */
import { normalizeWord } from '../normalize/arabic.js';
import type { ContactType } from './types.js';

export const CLAUSE_CLASSES = [
  'clause_openers',
  'clause_breaks',
  'report_end',
  'that',
  'that_he',
  'but',
  'but_he',
  'also',
  'kana',
  'relatives',
  'during',
  'during_it',
  'first_words',
  'before_after',
  'light_after',
  'each_of',
  'city_words',
  'now_words',
  'destination_words',
  'durations',
  'visit_ends',
  'handed',
  'letters',
  'headed_by',
  'topic_openers',
  'with_pronouns',
  'not_party_before',
  'comes',
  'announcement_nouns',
  'tour_includes',
  'holding_verbs',
] as const;
export type ClauseClass = (typeof CLAUSE_CLASSES)[number];

export type ClausesData = Record<ClauseClass, string[]> & { anchor_nouns: Partial<Record<ContactType, string[]>> };

export type ClauseWords = Record<ClauseClass, ReadonlySet<string>> & {
  /** "الاتصال", "الزيارة": the noun after a word of coming, and the type of contact it names. */
  anchor_nouns: ReadonlyMap<string, ContactType>;
};

export function compileClauseWords(d: ClausesData): ClauseWords {
  const out = {} as Record<ClauseClass, ReadonlySet<string>>;
  for (const k of CLAUSE_CLASSES) out[k] = new Set(d[k].map(normalizeWord));
  const anchors = new Map<string, ContactType>();
  for (const [type, nouns] of Object.entries(d.anchor_nouns) as Array<[ContactType, string[]]>) for (const n of nouns) anchors.set(normalizeWord(n), type);
  return { ...out, anchor_nouns: anchors };
}

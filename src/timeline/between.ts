/**
 * `--between A,B`: two countries or organisations by ISO alpha-3 code, English name or Arabic name
 * (QAT,USA / qatar,"united states" / قطر,أمريكا).
 */
import { normalizeWord } from '../normalize/arabic.js';
import { TarikhError } from '../errors.js';
import type { EventLexicon } from '../events/lexicon.js';

function keyOf(s: string): string {
  return normalizeWord(s).replace(/^(the|ال)\s*/i, '').replace(/[.\s]+/g, ' ').trim();
}

/** Resolves one country reference to its code, or throws with the nearest suggestions. */
export function countryCode(ref: string, lex: EventLexicon): string {
  const want = keyOf(ref);
  if (!want) throw new TarikhError('BAD_OPTION', `--between: an empty country`, { hint: 'write two countries: --between QAT,USA' });
  const upper = ref.trim().toUpperCase();
  if (lex.countries.has(upper)) return upper;
  for (const c of lex.countries.values()) {
    const forms = [c.name_en, ...c.names, ...(c.nisba ?? [])];
    if (forms.some((f) => keyOf(f) === want)) return c.code;
  }
  // Common English short forms the names list may not carry.
  const aliases: Record<string, string> = { us: 'USA', usa: 'USA', america: 'USA', 'united states of america': 'USA', uk: 'GBR', britain: 'GBR', 'great britain': 'GBR', uae: 'ARE', emirates: 'ARE', ksa: 'SAU', saudi: 'SAU', russia: 'RUS' };
  if (aliases[want] && lex.countries.has(aliases[want])) return aliases[want];
  const near = [...lex.countries.values()].filter((c) => keyOf(c.name_en).startsWith(want.slice(0, 3)) || c.code.startsWith(upper.slice(0, 2))).slice(0, 4);
  throw new TarikhError('BAD_OPTION', `--between: unknown country "${ref}"`, {
    hint: near.length ? `did you mean ${near.map((c) => `${c.code} (${c.name_en})`).join(', ')}?` : 'use an ISO 3166 alpha-3 code such as QAT or USA',
  });
}

export function parseBetween(value: string, lex: EventLexicon): [string, string] {
  const parts = value.split(/[,،]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length !== 2) throw new TarikhError('BAD_OPTION', `--between needs two countries separated by a comma, got "${value}"`, { hint: 'for example --between QAT,USA' });
  const a = countryCode(parts[0], lex), b = countryCode(parts[1], lex);
  if (a === b) throw new TarikhError('BAD_OPTION', `--between names ${a} twice`, { hint: 'give two different countries' });
  return [a, b];
}

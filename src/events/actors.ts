/**
 * People at a date: who held an office on the event's date, which office a known person held, and which of several
 * people a shared short name ("آل ثاني") means in this article.
 */
import { holderKey, type EventLexicon } from './lexicon.js';
import type { Office } from './types.js';

/** Offices in the order a counterpart is most likely to mean ("نظيره" of a foreign minister who is also PM). */
const OFFICE_PRIORITY: Office[] = [
  'foreign_minister',
  'head_of_state',
  'head_of_government',
  'supreme_leader',
  'crown_prince',
  'defense_minister',
  'deputy_crown_prince',
  'minister_of_state_foreign_affairs',
  'national_security_advisor',
  'interior_minister',
  'vice_president',
  'deputy_prime_minister',
  'secretary_general',
  'special_envoy',
  'assistant_secretary_of_state',
];

const overlapDays = (a0: string, a1: string, b0: string, b1: string) => {
  const s = a0 > b0 ? a0 : b0, e = a1 < b1 ? a1 : b1;
  return s > e ? -1 : (Date.parse(e) - Date.parse(s)) / 86400000 + 1;
};

/**
 * Answers of holderAt by lexicon. Every title of every sentence asks, mostly for the same few offices and days, and
 * an answer walks the office's terms with two date parses each: remembered, a few thousand at most (answers for
 * one article's days are what repeats; a larger cache only grew memory over an archive).
 */
const HOLDER_CACHE = new WeakMap<EventLexicon, Map<string, string | null>>();
const HOLDER_CACHE_CAP = 2_000;

/** The holder of (office, country) over [start, end]: the one in office longest in that interval. */
export function holderAt(lex: EventLexicon, office: Office, country: string, start: string, end: string): string | null {
  let cache = HOLDER_CACHE.get(lex);
  if (!cache) HOLDER_CACHE.set(lex, (cache = new Map()));
  const key = `${office}@${country}|${start}|${end}`;
  let r = cache.get(key);
  if (r === undefined) {
    if (cache.size >= HOLDER_CACHE_CAP) cache.clear();
    r = holderOver(lex, office, country, start, end);
    cache.set(key, r);
  }
  return r;
}

function holderOver(lex: EventLexicon, office: Office, country: string, start: string, end: string): string | null {
  const terms = lex.holders.get(holderKey(office, country));
  if (!terms) return null;
  let best: string | null = null;
  let bestDays = 0;
  for (const t of terms) {
    const d = overlapDays(start, end, t.from, t.to ?? '9999-12-31');
    if (d > bestDays) {
      bestDays = d;
      best = t.actor;
    }
  }
  return best;
}

/** The offices a person held on a day, most likely first. */
export function officesOf(lex: EventLexicon, actor: string, day: string): Array<{ office: Office; country: string }> {
  const a = lex.actors.get(actor);
  if (!a) return [];
  const held = (a.offices ?? []).filter((o) => o.from <= day && (o.to ?? '9999-12-31') >= day);
  held.sort((x, y) => OFFICE_PRIORITY.indexOf(x.office) - OFFICE_PRIORITY.indexOf(y.office));
  return held.map((o) => ({ office: o.office, country: o.country }));
}

/**
 * One id for a short name: the candidate this article named in full most recently, else the only candidate in
 * office that day. `seenFull` maps ids to the sentence they were last named in.
 */
export function resolveShort(ids: readonly string[], seenFull: ReadonlyMap<string, number>, day: string, lex: EventLexicon): string | null {
  if (ids.length === 1) return ids[0];
  const seen = ids.filter((id) => seenFull.has(id)).sort((a, b) => seenFull.get(b)! - seenFull.get(a)!);
  if (seen.length > 0) return seen[0];
  // Several relatives share the name: prefer the only one in any office that day.
  const inOffice = ids.filter((id) => officesOf(lex, id, day).length > 0);
  if (inOffice.length === 1) return inOffice[0];
  return null;
}

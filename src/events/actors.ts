/**
 * People at a date: who held an office on the event's date, which office a known person held, and which of several
 * people a shared short name ("آل ثاني") means in this article.
 */
import { isoDayNumber } from '../temporal/calendar.js';
import { OPEN_END, type ActorData, type EventLexicon, type HolderTerm, type OfficeTerm } from './lexicon.js';
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

/**
 * The holder of (office, country) over [start, end]: the one in office longest in that interval. Every title of every
 * sentence asks, so terms carry their ends as day numbers (data dates are real days) and an answer is a short loop.
 */
export function holderAt(lex: EventLexicon, office: Office, country: string, start: string, end: string): string | null {
  const terms = lex.holders.get(office)?.get(country);
  if (!terms) return null;
  const startDay = isoDayNumber(start), endDay = isoDayNumber(end);
  // Dates of the pipeline are real days; anything else is read as Date.parse reads it, as it always was.
  if (Number.isNaN(startDay) || Number.isNaN(endDay)) return holderOver(terms, start, end);
  let best: string | null = null;
  let bestDays = 0;
  for (const t of terms) {
    const s = startDay > t.fromDay ? startDay : t.fromDay, e = endDay < t.toDay ? endDay : t.toDay;
    if (e - s + 1 > bestDays) {
      bestDays = e - s + 1;
      best = t.actor;
    }
  }
  return best;
}

function holderOver(terms: readonly HolderTerm[], start: string, end: string): string | null {
  let best: string | null = null;
  let bestDays = 0;
  for (const t of terms) {
    const to = t.to ?? OPEN_END;
    const s = start > t.from ? start : t.from, e = end < to ? end : to;
    const d = s > e ? -1 : (Date.parse(e) - Date.parse(s)) / 86400000 + 1;
    if (d > bestDays) {
      bestDays = d;
      best = t.actor;
    }
  }
  return best;
}

/** A person's terms, most likely office first (a stable sort: terms of one office keep their order). */
const BY_PRIORITY = new WeakMap<ActorData, readonly OfficeTerm[]>();

function termsByPriority(a: ActorData): readonly OfficeTerm[] {
  let terms = BY_PRIORITY.get(a);
  if (terms === undefined) {
    terms = [...(a.offices ?? [])].sort((x, y) => OFFICE_PRIORITY.indexOf(x.office) - OFFICE_PRIORITY.indexOf(y.office));
    BY_PRIORITY.set(a, terms);
  }
  return terms;
}

/** The offices a person held on a day, most likely first. */
export function officesOf(lex: EventLexicon, actor: string, day: string): Array<{ office: Office; country: string }> {
  // (One array literal filled by push, empty or not: see allDated in contacts.ts.)
  const out: Array<{ office: Office; country: string }> = [];
  const a = lex.actors.get(actor);
  if (!a) return out;
  for (const o of termsByPriority(a)) if (o.from <= day && (o.to ?? OPEN_END) >= day) out.push({ office: o.office, country: o.country });
  return out;
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

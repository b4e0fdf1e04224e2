/**
 * One contact, one event, across articles: events that agree on type, status, people (or countries) and date are
 * merged; the merged event keeps the most precise compatible date, every source, and a note for each disagreement.
 */
import { diffDays } from '../temporal/calendar.js';
import type { Contact, EventDate, Participant } from '../events/types.js';

const LO = '0000-01-01';
const HI = '9999-12-31';

export function identity(p: Participant): string | null {
  if (p.actor) return `actor:${p.actor}`;
  if (p.role && p.country) return `role:${p.role}@${p.country}`;
  if (p.name) return `name:${p.name}`;
  return null;
}

function ids(e: Contact): Set<string> {
  const s = new Set<string>();
  for (const p of e.participants) {
    const k = identity(p);
    if (k) s.add(k);
  }
  return s;
}

function span(d: EventDate): [string, string] {
  return [d.start ?? LO, d.end ?? HI];
}

function width(d: EventDate): number {
  if (!d.start || !d.end) return Infinity;
  return diffDays(d.start, d.end);
}

function typesAgree(a: Contact, b: Contact): boolean {
  if (a.type === 'statement' || b.type === 'statement') return false;
  return a.type === b.type || a.type === 'talks' || b.type === 'talks';
}

export interface MergeDecision {
  same: boolean;
  /** Why, in words, for --explain. */
  why: string;
  conflict?: string;
}

/** Whether two events are one contact. */
export function sameContact(a: Contact, b: Contact): MergeDecision {
  if (!typesAgree(a, b)) return { same: false, why: `different kinds of contact (${a.type} / ${b.type})` };
  if (a.status !== b.status) return { same: false, why: `one is ${a.status}, the other ${b.status}` };
  const A = ids(a), B = ids(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  const ca = new Set(a.countries), cb = new Set(b.countries);
  let sharedC = 0;
  for (const x of ca) if (cb.has(x)) sharedC++;
  const people = A.size > 0 && B.size > 0;
  const peopleAgree = people ? shared >= Math.min(2, A.size, B.size) : sharedC >= Math.min(2, ca.size, cb.size) && sharedC > 0 && (ca.size === cb.size || Math.min(ca.size, cb.size) >= 2);
  if (!peopleAgree) return { same: false, why: people ? `different people (${shared} in common)` : `different countries` };
  const [as, ae] = span(a.date), [bs, be] = span(b.date);
  if (as <= be && bs <= ae) return { same: true, why: `same ${a.type === "talks" ? b.type : a.type}, ${people ? `${shared} ${shared === 1 ? "person" : "people"}` : `${sharedC} countries`} in common, dates overlap` };
  // Two reports a day apart about the same people are one contact reported with a slip (publication time zones,
  // "أمس" written after midnight): merge and say so.
  if (a.date.grain === 'day' && b.date.grain === 'day' && a.date.start && b.date.start && Math.abs(diffDays(a.date.start, b.date.start)) <= 1 && shared >= 2) {
    return { same: true, why: `same people, days one apart`, conflict: `sources disagree on the day: ${a.date.start} (${a.date.text}) and ${b.date.start} (${b.date.text})` };
  }
  return { same: false, why: `dates do not overlap (${a.date.start ?? '…'}–${a.date.end ?? '…'} / ${b.date.start ?? '…'}–${b.date.end ?? '…'})` };
}

/** Folds b into a (a is kept). */
export function mergeEvent(a: Contact, b: Contact, d: MergeDecision): Contact {
  const people = [...a.participants];
  const have = new Set(people.map(identity));
  for (const p of b.participants) {
    const k = identity(p);
    if (k && have.has(k)) continue;
    if (!p.actor && people.some((q) => q.actor && q.country === p.country && q.role === p.role)) continue;
    people.push(p);
    have.add(k);
  }
  const countries = [...a.countries];
  for (const c of b.countries) if (!countries.includes(c)) countries.push(c);
  // The most precise date that the other does not contradict.
  let date = a.date;
  const notes = [...(a.notes ?? []), ...(b.notes ?? [])];
  if (width(b.date) < width(date)) {
    const [s, e] = span(b.date), [as, ae] = span(a.date);
    if (s >= as && e <= ae) date = b.date;
    else if (s <= ae && as <= e) {
      const start = s > as ? s : as, end = e < ae ? e : ae;
      date = { ...b.date, start: start === LO ? null : start, end: end === HI ? null : end, value: `${start}/${end}`, grain: 'range', derivation: `${b.date.derivation}; narrowed by ${a.date.text ?? 'another source'} to ${start}–${end}` };
    }
  }
  if (d.conflict) notes.push(d.conflict);
  notes.push(`merged ${b.sources[0]?.article ?? '?'} into ${a.sources[0]?.article ?? '?'}: ${d.why}`);
  const type = a.type === 'talks' ? b.type : a.type;
  const topics = [...new Set([...a.topics, ...b.topics])].sort();
  return { ...a, type, countries, date, participants: people, place: a.place ?? b.place, topics, sources: [...a.sources, ...b.sources], notes };
}

/**
 * Merges a list of events. Events are bucketed by status and country pair so that each is compared only with
 * plausible partners: linear in practice for a corpus of one bilateral relationship.
 */
export function mergeAll(events: readonly Contact[]): Contact[] {
  const buckets = new Map<string, Contact[]>();
  const out: Contact[] = [];
  const keysOf = (e: Contact) => {
    const cs = [...e.countries].sort();
    const ks: string[] = [];
    for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) ks.push(`${e.status}|${cs[i]}|${cs[j]}`);
    if (ks.length === 0) ks.push(`${e.status}|${cs[0] ?? '-'}`);
    return ks;
  };
  for (const e of events) {
    if (e.type === 'statement') {
      out.push(e);
      continue;
    }
    let merged: Contact | null = null;
    let at = -1;
    for (const k of keysOf(e)) {
      for (const cand of buckets.get(k) ?? []) {
        const d = sameContact(cand, e);
        if (d.same) {
          merged = mergeEvent(cand, e, d);
          at = out.indexOf(cand);
          break;
        }
      }
      if (merged) break;
    }
    if (merged && at >= 0) {
      const old = out[at];
      out[at] = merged;
      for (const [k, list] of buckets) buckets.set(k, list.map((x) => (x === old ? merged! : x)));
      for (const k of keysOf(merged)) {
        const list = buckets.get(k) ?? [];
        if (!list.includes(merged)) list.push(merged);
        buckets.set(k, list);
      }
      continue;
    }
    out.push(e);
    for (const k of keysOf(e)) {
      const list = buckets.get(k) ?? [];
      list.push(e);
      buckets.set(k, list);
    }
  }
  return out;
}

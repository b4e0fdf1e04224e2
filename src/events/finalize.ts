/**
 * A joined candidate made into the contact the pipeline returns: people resolved to who held the office on its date,
 * countries, codes and a date that is honest about what the text gives; a tour split into one visit per stop.
 */
import type { Article } from '../ingest/article.js';
import type { DateMention } from '../temporal/types.js';
import { fmtDay, addDays } from '../temporal/calendar.js';
import { holderAt, officesOf } from './actors.js';
import { codesFor } from './codes.js';
import type { EventLexicon } from './lexicon.js';
import type { Contact, EventDate, Office, Participant, Place } from './types.js';
import type { Candidate } from './candidate.js';

/**
 * The date of one stop of a tour that starts on a day ("يبدأ زيارته للكويت وقطر والعراق اليوم", "سيزور اعتبارا من
 * اليوم"): some day from that one to the return home when the article tells it, else on or after it (a tour begun
 * may still go on). The text does not say which stop comes on which day.
 */
export function stopDate(d: EventDate, end: DateMention | null, stops: number): EventDate {
  const start = d.start!;
  const tour = `one stop of a tour of ${stops} countries that starts ${fmtDay(start)} (${d.derivation})`;
  if (end?.end && end.end >= start) {
    return { text: `${d.text} … ${end.text}`, value: `${start}/${end.end}`, start, end: end.end, grain: 'range', mod: null, rule: `tour/to-return:${d.rule}`, derivation: `${tour}, and ends with the return home ${fmtDay(end.end)} (${end.derivation}) → ${start}–${end.end}` };
  }
  return { text: d.text, value: null, start, end: null, grain: 'unknown', mod: 'AFTER', rule: `tour/open:${d.rule}`, derivation: `${tour}; the text does not say when it ends → on or after ${fmtDay(start)}` };
}

/**
 * A stop of a tour after the one the text dates ("وصل أمس إلى الكويت في جولة تشمل قطر وعمان"): on or after that
 * stop's first day; the text does not say when.
 */
export function laterStopDate(d: EventDate, first: Place): EventDate {
  const start = d.start!;
  return { text: d.text, value: null, start, end: null, grain: 'unknown', mod: 'AFTER', rule: `tour/later-stop:${d.rule}`, derivation: `a later stop of a tour that reaches ${first.name_en ?? first.text} ${fmtDay(start)} (${d.derivation}); the text does not say when → on or after ${fmtDay(start)}` };
}

/** A visit to several countries ("سيزور كلا من الكويت وقطر والعراق") is one visit to each. */
export function splitTour(c: Candidate): Candidate[] {
  if (c.type !== 'visit' || c.destinations.length < 2) return [c];
  const dest = new Set(c.destinations.map((d) => d.country));
  const others = c.countries.filter((k) => !dest.has(k));
  return c.destinations.map((d) => ({ ...c, countries: [...others, d.country!], place: d, destinations: [d], people: c.people.filter((p) => !p.country || !dest.has(p.country) || p.country === d.country) }));
}

function resolvePeople(c: Candidate, lex: EventLexicon, start: string, end: string): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  let subjectOffice: Office | null = null;
  for (const p of c.people) {
    let actor: string | null = null;
    let role: Office | null = p.office ?? null;
    let country: string | null = p.country ?? null;
    if (p.actorIds?.length === 1) actor = p.actorIds[0];
    if (p.kind === 'counterpart') role = subjectOffice;
    if (!actor && role && country && !p.modified && !p.name) actor = holderAt(lex, role, country, start, end);
    if (actor) {
      const a = lex.actors.get(actor)!;
      const held = officesOf(lex, actor, start);
      if (!role) role = held.find((h) => !country || h.country === country)?.office ?? held[0]?.office ?? null;
      country ??= held.find((h) => h.office === role)?.country ?? a.country;
    }
    subjectOffice ??= role;
    // A deputy, an acting holder or an ambassador keeps the title as written, not the office; a known person
    // named with such a title holds what the gazetteer says he held.
    if (p.modified) role = actor ? officesOf(lex, actor, start).find((h) => !country || h.country === country)?.office ?? null : null;
    const key = actor ?? (p.name ? `name:${p.name}` : `role:${role}@${country}`);
    if (seen.has(key)) continue;
    seen.add(key);
    // A bare "المسؤولة الأمريكية" when a known person of that country is already listed adds nothing.
    if (!actor && !p.name && out.some((q) => q.country === country && (q.role === role || !role))) continue;
    out.push({ name: p.name ?? p.text, name_en: actor ? lex.actors.get(actor)!.name_en : null, role, country, ...(actor ? { actor } : {}) });
    for (const other of p.also ?? []) out.push({ name: p.text, name_en: null, role, country: other });
  }
  // Role-only participants that a named participant of the same country and office already covers.
  return out.filter((p, i) => !(p.actor === undefined && p.name_en === null && out.some((q, j) => j !== i && q.actor && q.country === p.country && q.role === p.role)));
}

/** The contact a candidate makes; its id is given once the contacts that count are known. */
export function finalize(c: Candidate, article: Article, lex: EventLexicon): Contact {
  const pub = article.published;
  let date: EventDate;
  if (c.date) date = c.date;
  else if (c.status === 'planned') date = { text: null, value: null, start: pub, end: null, grain: 'unknown', mod: 'AFTER', rule: 'undated/planned', derivation: `no date in the text: planned, so on or after publication ${fmtDay(pub)}` };
  else date = { text: null, value: null, start: null, end: pub, grain: 'unknown', mod: 'BEFORE', rule: 'undated/occurred', derivation: `no date in the text: reported as done, so on or before publication ${fmtDay(pub)}` };
  const rs = date.start ?? addDays(pub, -1), re = date.end ?? date.start ?? pub;
  const participants = resolvePeople(c, lex, rs, re);
  const countries: string[] = [];
  for (const p of participants) if (p.country && !countries.includes(p.country)) countries.push(p.country);
  for (const k of c.countries) if (!countries.includes(k)) countries.push(k);
  const codes = codesFor(c.type, { hosted: c.hosted, placeCountry: c.place?.country ?? null, countries });
  return {
    id: '',
    type: c.type,
    status: c.status,
    countries,
    cameo: codes.cameo,
    plover: codes.plover,
    date,
    participants,
    place: c.place,
    topics: [...c.topics].sort(),
    sources: c.sources,
    ...(c.notes.length ? { notes: c.notes } : {}),
  };
}

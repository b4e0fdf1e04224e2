// Builders for Contact values in timeline and render tests.
import type { Contact, EventDate, Participant } from '../../src/events/types.js';

export function day(d: string, text = d): EventDate {
  return { text, value: d, start: d, end: d, grain: 'day', mod: null, rule: 'test/day', derivation: `${text}: test` };
}

export function span(start: string | null, end: string | null, grain = 'range', mod: string | null = null, text = 'x'): EventDate {
  return { text, value: `${start}/${end}`, start, end, grain, mod, rule: 'test/span', derivation: `${text}: test` };
}

export function person(actor: string, country: string, role: Participant['role'] = 'foreign_minister'): Participant {
  return { name: actor, name_en: actor, role, country, actor };
}

export function contact(p: Partial<Contact> & { article?: string }): Contact {
  const article = p.article ?? 'a1';
  return {
    id: 'x',
    type: 'meeting',
    status: 'occurred',
    countries: ['QAT', 'USA'],
    cameo: '040',
    plover: { event: 'CONSULT', mode: null },
    date: day('2017-05-30'),
    participants: [person('mbar', 'QAT'), person('tillerson', 'USA')],
    place: null,
    topics: [],
    sources: [{ article, sentence: 's', start: 0, end: 1 }],
    ...p,
  };
}

/**
 * Contacts: what tarikh extracts and exports. Field names are the export schema (tarikh.timeline/1).
 */

export type ContactType = 'call' | 'meeting' | 'visit' | 'summit' | 'talks';
export type EventType = ContactType | 'statement';
export type Status = 'occurred' | 'planned';

export type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'supreme_leader'
  | 'crown_prince'
  | 'deputy_crown_prince'
  | 'foreign_minister'
  | 'minister_of_state_foreign_affairs'
  | 'defense_minister'
  | 'interior_minister'
  | 'national_security_advisor'
  | 'special_envoy'
  | 'assistant_secretary_of_state'
  | 'secretary_general'
  | 'vice_president'
  | 'deputy_prime_minister';

export interface Participant {
  /** As written in the first source ("وزير الخارجية القطري", "ريكس تيلرسون"). */
  name: string;
  /** English name when the gazetteer knows the person (or the role's holder on the event's date). */
  name_en: string | null;
  /** Office key (foreign_minister, head_of_state, ...) or null. */
  role: Office | null;
  /** ISO alpha-3 or organisation code, or null when unknown. */
  country: string | null;
  /** actors.yaml id, when resolved. */
  actor?: string;
}

export interface EventDate {
  /** The date phrase as written, or null for an undated contact. */
  text: string | null;
  value: string | null;
  /** Inclusive ISO dates; an undated contact keeps honest bounds (null on the open side). */
  start: string | null;
  end: string | null;
  grain: string;
  mod: string | null;
  rule: string;
  derivation: string;
}

export interface Source {
  article: string;
  /** The sentence the contact was found in, exactly as written. */
  sentence: string;
  /** Offsets of that sentence in the article's text (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
}

export interface Place {
  text: string;
  name_en: string | null;
  country?: string | null;
}

export interface Contact {
  id: string;
  type: EventType;
  status: Status;
  countries: string[];
  cameo: string;
  /** PLOVER event and mode; null for statements, which PLOVER does not code. */
  plover: { event: 'CONSULT'; mode: string | null } | null;
  date: EventDate;
  participants: Participant[];
  place: Place | null;
  topics: string[];
  sources: Source[];
  /** Why events were merged, and disagreements between sources (shown with --explain). */
  notes?: string[];
}

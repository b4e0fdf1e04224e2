/** Shapes of triggers.yaml, offices.yaml, topics.yaml, events.yaml, countries.yaml and actors.yaml. */
import { CLAUSE_CLASSES } from '../events/clauses.js';
import { opt, str, strList, type Schema } from './schema.js';

export const CONTACT_TYPES = ['call', 'meeting', 'visit', 'summit', 'talks'] as const;
export const OFFICES = [
  'head_of_state',
  'head_of_government',
  'supreme_leader',
  'crown_prince',
  'deputy_crown_prince',
  'foreign_minister',
  'minister_of_state_foreign_affairs',
  'defense_minister',
  'interior_minister',
  'national_security_advisor',
  'special_envoy',
  'assistant_secretary_of_state',
  'secretary_general',
  'vice_president',
  'deputy_prime_minister',
] as const;

const code = str({ pattern: /^[A-Z]{2,6}$/, patternHint: 'an upper-case country or organisation code (QAT, USA, GCC)' });
const slug = str({ pattern: /^[a-z0-9][a-z0-9-]*$/, patternHint: 'a lowercase id (letters, digits, -)' });

export const triggersSchema: Schema = {
  kind: 'object',
  fields: {
    triggers: {
      kind: 'array',
      minItems: 1,
      items: {
        kind: 'object',
        fields: {
          type: str({ enum: CONTACT_TYPES }),
          nouns: opt(strList()),
          verbs: opt(strList()),
          imperfect: opt(strList()),
          weak: opt({ kind: 'boolean' }),
          needs_light_verb: opt({ kind: 'boolean' }),
          needs_party: opt({ kind: 'boolean' }),
        },
      },
    },
    light_verbs: strList(),
    phone_adverbs: strList(),
    negations: strList(),
    continuations: strList(),
    anaphors: strList(),
    back_references: strList(),
    sidelines: strList(),
    reporting_verbs: strList(),
    reporting_participles: opt(strList()),
    not_clitic: strList(),
    party_introducers: strList(),
    tour_openers: opt(strList()),
    returns: opt(strList()),
    departures: opt(strList()),
  },
};

export const officesSchema: Schema = {
  kind: 'object',
  fields: {
    offices: { kind: 'array', items: { kind: 'object', fields: { office: str({ enum: OFFICES }), titles: strList(1) } } },
    fixed_titles: { kind: 'array', items: { kind: 'object', fields: { title: str(), office: str({ enum: OFFICES }), country: code } } },
    possessive_titles: { kind: 'array', items: { kind: 'object', fields: { title: str(), office: str({ enum: OFFICES }) } } },
    modifiers: strList(),
    counterparts: strList(1),
    person_nouns: strList(),
    honorifics: strList(),
    honorific_pronouns: opt({ kind: 'array', items: { kind: 'object', fields: { pronoun: str(), honorifics: strList(1) } } }),
    back_person_nouns: opt(strList()),
    institutions: {
      kind: 'array',
      items: { kind: 'object', fields: { forms: strList(1), name_en: str(), by_country: opt({ kind: 'map', keys: /^[A-Z]{2,6}$/, keyHint: 'a country code', values: str() }) } },
    },
  },
};

export const topicsSchema: Schema = {
  kind: 'object',
  fields: { topics: { kind: 'map', values: strList(1) } },
};

export const eventsSchema: Schema = {
  kind: 'object',
  fields: {
    events: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          id: slug,
          name_en: str(),
          names: strList(1),
          type: str({ enum: CONTACT_TYPES }),
          start: { kind: 'date' },
          end: { kind: 'date' },
          place: opt(str()),
          countries: opt({ kind: 'array', items: code }),
        },
      },
    },
  },
};

const place: Schema = { kind: 'object', fields: { name_en: str(), names: strList(1) } };

export const countriesSchema: Schema = {
  kind: 'object',
  fields: {
    countries: {
      kind: 'array',
      minItems: 1,
      items: {
        kind: 'object',
        fields: {
          code,
          kind: str({ enum: ['country', 'organisation'] }),
          name_en: str(),
          names: strList(1),
          nisba: opt(strList()),
          extra_forms: opt(strList()),
          capital: opt(place),
          // A seat as a place with its English name, or as written (user data may give plain names).
          seats: opt({ kind: 'array', items: { kind: 'oneOf', options: [place, str()], hint: 'a place {name_en, names} or a name' } }),
          cities: opt({ kind: 'array', items: place }),
          members: opt({ kind: 'array', items: code }),
          ambiguous: opt(strList()),
          families: opt(strList()),
        },
      },
    },
    home_words: opt({ kind: 'array', items: { kind: 'object', fields: { word: str(), in_name: opt(str()) } } }),
  },
};

export const actorsSchema: Schema = {
  kind: 'object',
  fields: {
    actors: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          id: slug,
          name_en: str(),
          country: code,
          names: strList(1),
          short: opt(strList()),
          offices: opt({
            kind: 'array',
            items: {
              kind: 'object',
              fields: {
                office: str({ enum: OFFICES }),
                country: code,
                from: { kind: 'date' },
                to: opt({ kind: 'date', nullable: true }),
              },
            },
          }),
        },
      },
    },
  },
};

export const clausesSchema: Schema = {
  kind: 'object',
  fields: {
    ...Object.fromEntries(CLAUSE_CLASSES.map((k) => [k, strList(1)])),
    anchor_nouns: { kind: 'map', keys: /^(call|meeting|visit|summit|talks)$/, keyHint: `a contact type (${CONTACT_TYPES.join(', ')})`, values: strList(1) },
  },
};

export const namesSchema: Schema = {
  kind: 'object',
  fields: { first_names: strList(1), not_names: strList(1), name_particles: strList(1) },
};

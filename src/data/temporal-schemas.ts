/** Shapes of calendar.yaml, relative.yaml and tense.yaml. */
import { opt, str, strList, type Schema } from './schema.js';

const monthList = (max: number): Schema => ({
  kind: 'array',
  minItems: 1,
  items: {
    kind: 'object',
    fields: {
      month: { kind: 'number', int: true, min: 1, max },
      names: opt(strList()),
      ambiguous_names: opt(strList()),
    },
  },
});

export const calendarSchema: Schema = {
  kind: 'object',
  fields: {
    gregorian_months: monthList(12),
    hijri_months: monthList(12),
    weekdays: {
      kind: 'array',
      minItems: 7,
      items: { kind: 'object', fields: { day: { kind: 'number', int: true, min: 1, max: 7 }, names: strList(1), bare_names: opt(strList()) } },
    },
    seasons: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          season: str({ enum: ['SP', 'SU', 'FA', 'WI'] }),
          names: strList(1),
          months: { kind: 'array', minItems: 2, items: { kind: 'number', int: true, min: 1, max: 12 } },
        },
      },
    },
    hijri_epithets: strList(1),
    day_parts: strList(),
    calendar_suffixes: { kind: 'object', fields: { hijri: strList(), gregorian: strList() } },
    holidays: opt({
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          id: str(),
          en: str(),
          calendar: str({ enum: ['hijri', 'gregorian'] }),
          month: { kind: 'number', int: true, min: 1, max: 12 },
          day: { kind: 'number', int: true, min: 1, max: 31 },
          days: { kind: 'number', int: true, min: 1, max: 30 },
          names: strList(1),
        },
      },
    }),
  },
};

const formsList: Schema = { kind: 'array', items: { kind: 'string' } };

export const relativeSchema: Schema = {
  kind: 'object',
  fields: {
    relative_days: {
      kind: 'array',
      items: { kind: 'object', fields: { offset: { kind: 'number', int: true, min: -7, max: 7 }, forms: strList(1) } },
    },
    markers: { kind: 'object', fields: { past: strList(), present: strList(), future: strList(), this: strList() } },
    units: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: { unit: str({ enum: ['day', 'week', 'month', 'year', 'hour'] }), one: strList(1), two: strList(), many: strList() },
      },
    },
    parts: { kind: 'object', fields: { START: strList(), MID: strList(), END: strList() } },
    offsets: { kind: 'object', fields: { before: strList(), after: strList(), within: strList(), ago: opt(strList()), about: opt(strList()) } },
    numbers: { kind: 'map', keys: /^\d+$/, keyHint: 'a number', values: strList(1) },
    few: {
      kind: 'array',
      items: { kind: 'object', fields: { forms: formsList, min: { kind: 'number', int: true, min: 1 }, max: { kind: 'number', int: true, min: 1 } } },
    },
    ordinals: {
      kind: 'object',
      fields: {
        units: { kind: 'map', keys: /^[1-9]$/, keyHint: 'a digit 1–9', values: strList(1) },
        ten: strList(),
        teen: strList(),
        tens: { kind: 'map', keys: /^[23]0$/, keyHint: '20 or 30', values: strList(1) },
      },
    },
    vague: {
      kind: 'array',
      items: {
        kind: 'object',
        fields: {
          rule: str({ pattern: /^[a-z-]+$/, patternHint: 'a lowercase rule name' }),
          forms: strList(1),
          days: { kind: 'array', minItems: 2, items: { kind: 'number', int: true } },
        },
      },
    },
    nth: opt({
      kind: 'object',
      fields: {
        before: { kind: 'map', keys: /^[1-9]$/, keyHint: 'a digit 1–9', values: strList(1) },
        last_before: strList(),
        last_after: strList(),
      },
    }),
    within_period: { kind: 'object', fields: { earlier: strList(), later: strList() } },
    quarter: opt(strList()),
    decades: opt({ kind: 'array', items: { kind: 'object', fields: { tens: { kind: 'number', int: true, min: 1, max: 9 }, names: strList(1) } } }),
    century: opt(strList()),
    anaphoric: opt({ kind: 'object', fields: { following: strList(), same: strList() } }),
    blockers: { kind: 'object', fields: { after_relative_day: strList(), before_weekday: strList(), after_season: strList(), before_day_month: strList(), before_relative_day: strList() } },
  },
};

export const tenseSchema: Schema = {
  kind: 'object',
  fields: {
    future_markers: strList(),
    past_markers: strList(),
    past_verbs: strList(),
    imperfect: strList(),
    imperfect_slots: strList(1),
  },
};

/**
 * The one date type of tarikh: an inclusive interval of days with a grain, never a bare point.
 */

/** How fine the text is. `month-part`/`year-part` carry a `mod`; `vague` marks a deliberately loose interval. */
export type Grain = 'day' | 'week' | 'month' | 'month-part' | 'year' | 'year-part' | 'range' | 'vague' | 'unknown';

/**
 * START/MID/END: a third of a month, year or week. APPROX: a day computed from a rounded distance ("قبل شهر").
 * BEFORE/AFTER/SINCE/UNTIL: an open bound around another date ("قبل نهاية سبتمبر").
 */
export type Mod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'SINCE' | 'UNTIL';

export interface Resolution {
  /** TIMEX3-like value: 2017-05-30, 2017-W21, 2017-05, 2017, 2015-FA, 2015-08-04/2015-08-06, PAST_REF, FUTURE_REF. */
  value: string | null;
  /** Inclusive ISO dates; null only for an open bound. */
  start: string | null;
  end: string | null;
  grain: Grain;
  mod: Mod | null;
  /** A sentence a person can check: the phrase, the rule in words, and the publication date it counts from. */
  derivation: string;
}

/** A date expression found in a text, resolved against the publication date. */
export interface DateMention extends Resolution {
  /** The phrase exactly as written in the original text. */
  text: string;
  /** Offsets into the original text (JavaScript string indices, end exclusive). */
  start_offset: number;
  end_offset: number;
  /** The phrase family and the rule inside it, e.g. "weekday/tense-past". */
  rule: string;
  /** Present when the phrase was only partly understood or disagrees with itself. */
  warnings?: string[];
  /**
   * A preposition that turns the date into an open or clipped interval ("قبل نهاية سبتمبر" → by 30 September,
   * "حتى الثامن من أغسطس" → up to 8 August). The mention keeps the date the phrase names; the bound says what an
   * event dated by it can be, and events use it.
   */
  bound?: Bound;
}

export interface Bound {
  /** The phrase with its preposition, as written. */
  text: string;
  start_offset: number;
  mod: Extract<Mod, 'BEFORE' | 'AFTER' | 'UNTIL'>;
  start: string | null;
  end: string | null;
  derivation: string;
}

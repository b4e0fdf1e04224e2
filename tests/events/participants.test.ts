// The participant pass skips sentences that carry none of the tags its rules start from (PEOPLE_TAGS). A rule added
// later that starts from another tag would be skipped there silently: this reads the module's own tag checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PEOPLE_TAGS } from '../../src/events/participants.js';

/** Tags the module reads only next to a starting one: a family name ends a name after an honorific; "الوزير" with a nisba is a person tag's refinement. */
const REFINING = new Set(['family', 'backperson']);

describe('which sentences the participant pass reads', () => {
  it('every tag a rule of participants.ts asks for starts a rule, or only refines one', () => {
    const src = readFileSync(new URL('../../src/events/participants.ts', import.meta.url), 'utf8');
    const calls = [...src.matchAll(/\btags?Of\(([^,()]+(?:\([^()]*\))?[^,()]*),\s*'([a-z]+)'\)/g)];
    // Every call is read: one written in another form would escape the check.
    expect(calls.length).toBe([...src.matchAll(/\btags?Of\(/g)].length);
    const asked = new Set(calls.map((m) => m[2]));
    expect(asked.has('office') && asked.has('anaphor')).toBe(true);
    expect([...asked].filter((t) => !PEOPLE_TAGS.has(t as never) && !REFINING.has(t))).toEqual([]);
  });
});

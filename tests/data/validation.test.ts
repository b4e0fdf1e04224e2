// Data files are validated when loaded: an error names the file, the line and the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../src/data/load.js';
import { parseDataFile } from '../../src/data/schema.js';
import { actorsSchema, clausesSchema, countriesSchema, eventsSchema, namesSchema } from '../../src/data/event-schemas.js';
import { compileClauseWords } from '../../src/events/clauses.js';
import { builtinSources, data } from '../helpers/data.js';
import { tarikh } from '../helpers/cli.js';

describe('data validation', () => {
  it('names file, line and field for a wrong value', () => {
    const text = 'actors:\n  - id: someone\n    name_en: Someone\n    country: QAT\n    names: [فلان]\n    offices:\n      - {office: foreign_minister, country: QAT, from: 2017-02-30, to: null}\n';
    expect(() => parseDataFile('extra/actors.yaml', text, actorsSchema)).toThrowError(/^extra\/actors\.yaml:7: actors\[0\]\.offices\[0\]\.from: expected a real date YYYY-MM-DD/);
  });

  it('names a missing field at its parent line, and an unknown one at its own', () => {
    const text = 'events:\n  - id: x\n    names: [قمة]\n    type: summit\n    start: 2017-01-01\n    end: 2017-01-02\n    venue: Doha\n';
    expect(() => parseDataFile('events.yaml', text, eventsSchema)).toThrowError(/events\.yaml:2: events\[0\]\.name_en: is required/);
    expect(() => parseDataFile('events.yaml', text, eventsSchema)).toThrowError(/events\.yaml:7: events\[0\]\.venue: is not a known field/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseDataFile('t.yaml', 'actors:\n  - id: [unclosed\n', actorsSchema)).toThrowError(/^t\.yaml:\d+: not valid YAML/);
  });

  it('checks references across files', () => {
    const sources = builtinSources().map((s) => (s.name === 'events' ? { ...s, text: 'events:\n  - {id: x, name_en: X, names: [قمة إكس], type: summit, start: 2017-01-02, end: 2017-01-01, countries: [ATL]}\n' } : s));
    expect(() => compileData(sources)).toThrowError(/data\/events\.yaml:2: x\.end: ends before it starts/);
    expect(() => compileData(sources)).toThrowError(/data\/events\.yaml:2: x\.countries: ATL is not in countries\.yaml/);
  });

  it('checks the word classes of clauses.yaml: every class is there, and anchor nouns name a contact type', () => {
    const builtin = builtinSources().find((s) => s.name === 'clauses')!.text;
    const noKana = builtin.replace(/^kana: .*$/m, '');
    expect(() => parseDataFile('clauses.yaml', noKana, clausesSchema)).toThrowError(/clauses\.yaml:\d+: kana: is required/);
    const badAnchor = builtin.replace(/^  summit: /m, '  gathering: ');
    expect(() => parseDataFile('clauses.yaml', badAnchor, clausesSchema)).toThrowError(/anchor_nouns.*gathering.*a contact type \(call, meeting, visit, summit, talks\)/);
  });

  it('compiles the word classes to normalized words, as the tokens they are tested against are', () => {
    const text = builtinSources().find((s) => s.name === 'clauses')!.text;
    const w = compileClauseWords(parseDataFile('clauses.yaml', text, clausesSchema));
    // hamza seats, ta marbuta and alef maqsura as the normalizer writes them: "برئاسة" → "برياسه", "رسائل" → "رسايل"
    expect(w.headed_by.has('برياسه')).toBe(true);
    expect(w.letters.has('رسايل')).toBe(true);
    expect(w.during.has('لدي')).toBe(true);
    expect(w.report_end.has('«')).toBe(true);
    expect(w.anchor_nouns.get('المكالمه')).toBe('call');
    expect(w.anchor_nouns.get('القمه')).toBe('summit');
  });

  it('loads the words that are never names and the name particles of names.yaml, normalized', () => {
    const builtin = builtinSources().find((s) => s.name === 'names')!.text;
    expect(() => parseDataFile('names.yaml', builtin.replace(/^not_names:/m, 'stop_words:'), namesSchema)).toThrowError(/names\.yaml:\d+: not_names: is required/);
    const ev = data().events;
    expect(ev.notNames.has('بشان')).toBe(true);
    expect(ev.notNames.has('لشيون')).toBe(true); // "لشئون", as the normalizer writes it
    expect(ev.nameParticles.has('ال')).toBe(true); // "آل"
  });

  it('loads the Hijri epithets of calendar.yaml and the imperfect slots of tense.yaml, normalized', () => {
    const t = data().temporal;
    expect(t.hijriEpithets.has('المبارك')).toBe(true);
    expect(t.imperfectSlots.has('الذي')).toBe(true);
    expect(t.imperfectSlots.has('كي')).toBe(true);
  });

  it('takes a seat of power as a place with its English name, or as a plain name (user data)', () => {
    const countries = builtinSources().find((s) => s.name === 'countries')!;
    const extra = { name: 'countries', path: 'extra/countries.yaml', text: 'countries:\n  - {code: WAK, kind: country, name_en: Wakanda, names: [واكاندا], seats: [قصر النمر, {name_en: Golden City Hall, names: [قاعة المدينة الذهبية]}]}\n' };
    const d = compileData([...builtinSources().filter((s) => s !== countries), countries, extra]);
    expect(d.events.placeCountry.get('golden city hall')).toBe('WAK');
    expect(() => parseDataFile('countries.yaml', 'countries:\n  - {code: WAK, kind: country, name_en: Wakanda, names: [واكاندا], seats: [{names: [قصر]}]}\n', countriesSchema)).toThrowError(/seats\[0\]: expected a place \{name_en, names\} or a name/);
  });

  it('refuses files it does not know', () => {
    expect(() => compileData([...builtinSources(), { name: 'people', path: 'extra/people.yaml', text: 'a: 1\n' }])).toThrowError(/extra\/people\.yaml: not a tarikh data file/);
  });
});

describe('--data DIR', () => {
  const text = 'منذ يومين\nفي 2019/03/12\nالتقى وزير الخارجية القطري أمس السفير فلان الفلاني مبعوث جمهورية واكاندا.\n';
  it('adds people and countries over the built-in data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-data-'));
    writeFileSync(join(dir, 'countries.yaml'), 'countries:\n  - {code: WAK, kind: country, name_en: Wakanda, names: [واكاندا, جمهورية واكاندا], nisba: [واكاندي]}\n');
    writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - id: flan\n    name_en: Flan al-Flani\n    country: WAK\n    names: [فلان الفلاني]\n    offices: [{office: special_envoy, country: WAK, from: 2018-01-01}]\n');
    const art = join(dir, 'a.txt');
    writeFileSync(art, text);
    const r = tarikh(['timeline', art, '--data', dir, '--format', 'json', '--between', 'QAT,Wakanda']);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout);
    expect(t.events).toHaveLength(1);
    expect(t.events[0].participants.map((p: { name_en: string }) => p.name_en)).toContain('Flan al-Flani');
  });

  it('fails with the file and line of a broken user file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tarikh-data-'));
    writeFileSync(join(dir, 'actors.yaml'), 'actors:\n  - id: Bad Id\n    name_en: X\n    country: QAT\n    names: [س]\n');
    const r = tarikh(['timeline', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/actors.yaml:2: actors[0].id: "Bad Id" is not a lowercase id`);
  });
});

// The project's own test articles (tests/fixtures/articles/NN-name.txt): original Arabic news texts in the regional
// styles tarikh meets (Gulf, Egyptian, Levantine, Maghrebi, wire), each beside NN-name.expected.yaml, which holds what
// a careful analyst marks in it (the tool was not consulted). For every article the whole pipeline runs
// (processArticle, statements off) and is compared with the analyst:
//   - dates: every expected phrase is found (same text, or one containing the other) with the expected start/end
//     (and mod, when the analyst gives one);
//   - contacts: every expected contact is found (same family: call vs in-person; same status; countries ⊇ the
//     expected parties; a participant in common, by English name, when the analyst names any; exact start/end), and
//     no contact appears that the analyst did not mark;
//   - merges: the articles of a group that tell the same contact give one event in the timeline (found by type, status,
//     countries and the people of the group), with a source from each article, the most precise of their dates, and a
//     note when the sources disagree on the day.
// A fourth check per article keeps the fixtures themselves honest (phrases and quotes are in the text, names are the
// ones data/actors.yaml spells, groups are consistent).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Contact } from '../../src/events/types.js';
import { processArticle, type ArticleResult } from '../../src/pipeline.js';
import type { DateMention } from '../../src/temporal/types.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { data, ROOT } from '../helpers/data.js';

const DIR = join(ROOT, 'tests/fixtures/articles');

interface ExpectedDate {
  text: string;
  start: string | null;
  end: string | null;
  mod?: string;
}

interface ExpectedContact {
  type: 'call' | 'meeting' | 'visit' | 'summit' | 'talks';
  status: 'occurred' | 'planned';
  countries: string[];
  participants?: string[];
  date: { start: string | null; end: string | null };
  place?: string | null;
  evidence: string;
  /** Key of a cross-article group: contacts with the same key in several articles are one event. */
  merge?: string;
}

interface Expected {
  dates: ExpectedDate[];
  contacts: ExpectedContact[];
  merges?: string[][];
}

interface Fixture {
  id: string;
  source: string;
  text: string;
  /** The text after the front matter. */
  body: string;
  published: string;
  expected: Expected;
}

function loadFixture(file: string): Fixture {
  const id = file.replace(/\.txt$/, '');
  const text = readFileSync(join(DIR, file), 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const front = fm ? (parse(fm[1]) as Record<string, unknown>) : {};
  const expected = parse(readFileSync(join(DIR, `${id}.expected.yaml`), 'utf8')) as Expected;
  return {
    id,
    source: `tests/fixtures/articles/${file}`,
    text,
    body: fm ? text.slice(fm[0].length) : text,
    published: String(front.published ?? ''),
    expected: { dates: expected.dates ?? [], contacts: expected.contacts ?? [], merges: expected.merges },
  };
}

const FIXTURES: Fixture[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map(loadFixture);
const BY_ID = new Map(FIXTURES.map((f) => [f.id, f]));

const results = new Map<string, ArticleResult>();
function run(fx: Fixture): ArticleResult {
  let r = results.get(fx.id);
  if (!r) {
    r = processArticle({ id: fx.id, source: fx.source, text: fx.text }, data(), { statements: false });
    results.set(fx.id, r);
  }
  return r;
}

// ───────────────────────── comparison helpers ─────────────────────────

const LO = '0000-01-01';
const HI = '9999-12-31';
const show = (s: string | null, e: string | null) => (s === e ? `${s}` : `${s ?? '…'}..${e ?? '…'}`);
const family = (t: string) => (t === 'call' ? 'call' : t === 'statement' ? 'statement' : 'in-person');
const overlaps = (a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }) =>
  (a.start ?? LO) <= (b.end ?? HI) && (b.start ?? LO) <= (a.end ?? HI);
const names = (c: Contact) => c.participants.map((p) => p.name_en).filter((n): n is string => !!n);

function describeContact(c: Contact): string {
  const people = c.participants.map((p) => p.name_en ?? p.name).join(', ');
  return `${c.type}/${c.status} [${[...c.countries].sort().join(',')}] ${show(c.date.start, c.date.end)} (${people}) «${c.date.text ?? 'no date'}» @${c.sources[0]?.start ?? '?'}`;
}

function describeExpected(e: ExpectedContact): string {
  return `${e.type}/${e.status} [${[...e.countries].sort().join(',')}] ${show(e.date.start, e.date.end)} (${(e.participants ?? []).join(', ')}) «${e.evidence}»`;
}

/** Why an actual contact is not the expected one; empty when it is. */
function mismatches(e: ExpectedContact, c: Contact): string[] {
  const why: string[] = [];
  if (family(c.type) !== family(e.type)) why.push(`type ${c.type} (expected ${e.type})`);
  if (c.status !== e.status) why.push(`status ${c.status}`);
  const missing = e.countries.filter((k) => !c.countries.includes(k));
  if (missing.length) why.push(`countries [${c.countries.join(',')}] lack ${missing.join(',')}`);
  if (e.participants?.length) {
    const got = names(c);
    if (!e.participants.some((p) => got.includes(p))) why.push(`no participant in common (got ${got.join(', ') || 'none'})`);
  }
  if (c.date.start !== e.date.start || c.date.end !== e.date.end) why.push(`date ${show(c.date.start, c.date.end)} «${c.date.text ?? 'no date'}» (${c.date.rule})`);
  return why;
}

/**
 * Maximum bipartite matching (Kuhn): expected index → actual index. Pairs of the very same type are matched first, so
 * that when the tool gives one in-person contact for a visit and a meeting, the report names the one it missed.
 */
function match(expected: ExpectedContact[], actual: Contact[]): Map<number, number> {
  const fits = expected.map((e) => actual.map((c) => mismatches(e, c).length === 0));
  const owner = new Map<number, number>(); // actual → expected
  const run = (ok: (i: number, j: number) => boolean) => {
    const tryAssign = (i: number, seen: Set<number>): boolean => {
      for (let j = 0; j < actual.length; j++) {
        if (!ok(i, j) || seen.has(j)) continue;
        seen.add(j);
        const o = owner.get(j);
        if (o === undefined || tryAssign(o, seen)) {
          owner.set(j, i);
          return true;
        }
      }
      return false;
    };
    const assigned = () => new Set(owner.values());
    for (let i = 0; i < expected.length; i++) if (!assigned().has(i)) tryAssign(i, new Set());
  };
  run((i, j) => fits[i][j] && actual[j].type === expected[i].type);
  run((i, j) => fits[i][j]);
  return new Map([...owner].map(([j, i]) => [i, j]));
}

function dateProblems(fx: Fixture, mentions: DateMention[]): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const e of fx.expected.dates) {
    const same = (m: DateMention) => m.start === e.start && m.end === e.end && (e.mod === undefined || m.mod === e.mod);
    const textual = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.text === e.text || m.text.includes(e.text) || e.text.includes(m.text));
    const exactFirst = [...textual].sort((a, b) => Number(b.m.text === e.text) - Number(a.m.text === e.text));
    const hit = exactFirst.find(({ m, i }) => !used.has(i) && same(m)) ?? exactFirst.find(({ m }) => m.text.includes(e.text) && same(m));
    if (hit) {
      used.add(hit.i);
      continue;
    }
    const want = `${show(e.start, e.end)}${e.mod ? ` ${e.mod}` : ''}`;
    if (!textual.length) problems.push(`«${e.text}» → expected ${want}: not found`);
    else problems.push(`«${e.text}» → expected ${want}, got ${textual.map(({ m }) => `«${m.text}» ${show(m.start, m.end)}${m.mod ? ` ${m.mod}` : ''} (${m.rule})`).join('; ')}`);
  }
  return problems;
}

function contactProblems(fx: Fixture, contacts: Contact[]): string[] {
  const expected = fx.expected.contacts;
  const m = match(expected, contacts);
  const problems: string[] = [];
  const matched = new Set(m.values());
  expected.forEach((e, i) => {
    if (m.has(i)) return;
    // the nearest actual contact: a free one first, else one already taken by another expected contact
    const ranked = contacts
      .map((c, j) => ({ c, taken: matched.has(j), why: mismatches(e, c) }))
      .sort((a, b) => Number(a.taken) - Number(b.taken) || a.why.length - b.why.length);
    const best = ranked.find((r) => !r.taken && r.why.length < 4) ?? ranked.sort((a, b) => a.why.length - b.why.length)[0];
    problems.push(`missing ${describeExpected(e)}${best ? ` — nearest${best.taken ? ' (taken by another expected contact)' : ''}: ${describeContact(best.c)}: ${best.why.join('; ')}` : ' — the article gave no contact'}`);
  });
  contacts.forEach((c, j) => {
    if (!matched.has(j)) problems.push(`unexpected ${describeContact(c)} in «${c.sources[0]?.sentence.slice(0, 90) ?? ''}»`);
  });
  return problems;
}

// ───────────────────────── merge groups ─────────────────────────

interface Group {
  key: string;
  members: { fx: Fixture; contact: ExpectedContact }[];
}

const GROUPS: Group[] = (() => {
  const byKey = new Map<string, Group>();
  for (const fx of FIXTURES)
    for (const c of fx.expected.contacts) {
      if (!c.merge) continue;
      const g = byKey.get(c.merge) ?? { key: c.merge, members: [] };
      g.members.push({ fx, contact: c });
      byKey.set(c.merge, g);
    }
  return [...byKey.values()];
})();

function width(d: { start: string | null; end: string | null }): number {
  if (!d.start || !d.end) return Infinity;
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
}

function mergeProblems(g: Group): string[] {
  const ids = g.members.map((m) => m.fx.id);
  const timeline = buildTimeline(g.members.map((m) => run(m.fx)), { planned: true });
  const first = g.members[0].contact;
  const people = [...new Set(g.members.flatMap((m) => m.contact.participants ?? []))];
  const hull = {
    start: g.members.some((m) => m.contact.date.start === null) ? null : g.members.map((m) => m.contact.date.start!).sort()[0],
    end: g.members.some((m) => m.contact.date.end === null) ? null : g.members.map((m) => m.contact.date.end!).sort().at(-1)!,
  };
  const events = timeline.events.filter(
    (ev) =>
      ev.sources.some((s) => ids.includes(s.article)) &&
      (ev.type === first.type || ev.type === 'talks' || first.type === 'talks') &&
      ev.status === first.status &&
      first.countries.every((k) => ev.countries.includes(k)) &&
      people.filter((p) => names(ev).includes(p)).length >= Math.min(2, people.length) &&
      overlaps(ev.date, hull),
  );
  if (events.length !== 1)
    return [`${g.key}: expected one event for ${describeExpected(first)} across ${ids.join(', ')}, got ${events.length}: ${events.map((e) => `${describeContact(e)} from ${[...new Set(e.sources.map((s) => s.article))].join('+')}`).join(' | ') || 'none'}`];
  const [ev] = events;
  const problems: string[] = [];
  const from = new Set(ev.sources.map((s) => s.article));
  const absent = ids.filter((id) => !from.has(id));
  if (absent.length) problems.push(`${g.key}: the event has no source from ${absent.join(', ')} (sources: ${[...from].join(', ')})`);
  const dates = g.members.map((m) => m.contact.date);
  const disagree = dates.some((a, i) => dates.some((b, j) => j > i && !overlaps(a, b)));
  if (disagree) {
    if (!(ev.notes ?? []).some((n) => /disagree/.test(n))) problems.push(`${g.key}: the sources disagree on the day (${dates.map((d) => show(d.start, d.end)).join(' vs ')}) but no note says so (notes: ${JSON.stringify(ev.notes ?? [])})`);
  } else {
    const best = [...dates].sort((a, b) => width(a) - width(b))[0];
    if (ev.date.start !== best.start || ev.date.end !== best.end) problems.push(`${g.key}: merged date ${show(ev.date.start, ev.date.end)}, expected the most precise ${show(best.start, best.end)}`);
  }
  return problems;
}

// ───────────────────────── fixture checks ─────────────────────────

const ACTOR_NAMES = new Set(
  ((parse(readFileSync(join(ROOT, 'data/actors.yaml'), 'utf8')) as { actors: { name_en: string }[] }).actors ?? []).map((a) => a.name_en),
);
const CODES = new Set(((parse(readFileSync(join(ROOT, 'data/countries.yaml'), 'utf8')) as { countries: { code: string }[] }).countries ?? []).map((c) => c.code));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function fixtureProblems(fx: Fixture): string[] {
  const p: string[] = [];
  if (!ISO_DAY.test(fx.published)) p.push(`front matter: published "${fx.published}"`);
  const words = fx.body.split(/\s+/).filter((w) => /[\u0600-\u06FF]/.test(w)).length;
  if (words < 150 || words > 450) p.push(`body has ${words} Arabic words (150–450 wanted)`);
  let at = 0;
  for (const d of fx.expected.dates) {
    const i = fx.body.indexOf(d.text, at);
    if (i < 0) p.push(`date «${d.text}» is not in the text after offset ${at} (text order)`);
    else at = i + 1;
    if (!ISO_DAY.test(String(d.start)) || !ISO_DAY.test(String(d.end)) || d.start! > d.end!) p.push(`date «${d.text}»: bad interval ${d.start}..${d.end}`);
  }
  for (const c of fx.expected.contacts) {
    if (!fx.body.includes(c.evidence)) p.push(`evidence «${c.evidence}» is not in the text`);
    if (!['call', 'meeting', 'visit', 'summit', 'talks'].includes(c.type) || !['occurred', 'planned'].includes(c.status)) p.push(`bad type/status ${c.type}/${c.status}`);
    for (const k of c.countries) if (!CODES.has(k)) p.push(`unknown country code ${k}`);
    for (const n of c.participants ?? []) if (!ACTOR_NAMES.has(n)) p.push(`participant "${n}" is not a name_en of data/actors.yaml`);
    const { start, end } = c.date;
    if ((start !== null && !ISO_DAY.test(String(start))) || (end !== null && !ISO_DAY.test(String(end))) || (start && end && start > end)) p.push(`contact «${c.evidence}»: bad date ${start}..${end}`);
    if (start === null && end === null) p.push(`contact «${c.evidence}»: both bounds open`);
    if (c.status === 'occurred' && end !== null && end > fx.published) p.push(`contact «${c.evidence}»: occurred after publication`);
    if (c.status === 'planned' && start !== null && start < fx.published) p.push(`contact «${c.evidence}»: planned before publication`);
  }
  // merge keys and merges lists tell the same groups
  const lists = (fx.expected.merges ?? []).map((l) => [...l].sort().join(' '));
  for (const l of fx.expected.merges ?? []) {
    if (!l.includes(fx.id)) p.push(`merges list [${l.join(', ')}] does not include this article`);
    for (const id of l) if (!BY_ID.has(id)) p.push(`merges list names an unknown article ${id}`);
  }
  for (const c of fx.expected.contacts.filter((x) => x.merge)) {
    const g = GROUPS.find((x) => x.key === c.merge)!;
    const ids = [...new Set(g.members.map((m) => m.fx.id))].sort().join(' ');
    if (g.members.length < 2) p.push(`merge key ${c.merge} has one article only`);
    if (!lists.includes(ids)) p.push(`merge key ${c.merge} (${ids}) is not among this article's merges lists`);
  }
  for (const l of lists) if (!GROUPS.some((g) => [...new Set(g.members.map((m) => m.fx.id))].sort().join(' ') === l)) p.push(`merges list ${l} has no merge key`);
  return p;
}

// ───────────────────────── the tests ─────────────────────────

describe('test articles: the fixtures are well-formed', () => {
  it('has at least 16 articles and three multi-article groups', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(16);
    expect(new Set(FIXTURES.flatMap((f) => (f.expected.merges ?? []).map((l) => l.join(' ')))).size).toBeGreaterThanOrEqual(3);
  });
  for (const fx of FIXTURES)
    it(fx.id, () => {
      expect(fixtureProblems(fx)).toEqual([]);
    });
});

describe('test articles: dates', () => {
  for (const fx of FIXTURES)
    it(`${fx.id} (${fx.expected.dates.length} dates)`, () => {
      const r = run(fx);
      expect(r.article.published).toBe(fx.published);
      expect(dateProblems(fx, r.dates)).toEqual([]);
    });
});

describe('test articles: contacts', () => {
  for (const fx of FIXTURES)
    it(`${fx.id} (${fx.expected.contacts.length} contacts)`, () => {
      expect(contactProblems(fx, run(fx).contacts)).toEqual([]);
    });
});

describe('test articles: one contact told by several articles is one event', () => {
  for (const g of GROUPS)
    it(`${g.key}: ${g.members.map((m) => m.fx.id).join(' + ')}`, () => {
      expect(mergeProblems(g)).toEqual([]);
    });
});

/**
 * Dates for contacts the text dates only by another: a sentence that measures itself from an earlier contact or
 * announcement ("ويأتي الاتصال بعد نحو شهر من زيارة ..."), and an undated summit that is the named summit of its
 * parties.
 */
import type { Article } from '../ingest/article.js';
import type { Analysis } from '../temporal/extract.js';
import { textAt, type Token } from '../normalize/tokens.js';
import { fmtDay } from '../temporal/calendar.js';
import { readEventDistance, shiftByDistance } from '../temporal/families/offset.js';
import type { ClauseWords } from './clauses.js';
import type { EventLexicon, NamedEventData } from './lexicon.js';
import { tagOf, type EMention, type Sentence } from './scan.js';
import type { EventDate } from './types.js';
import { originalOf, tokenAtNorm, itemAtNorm } from './positions.js';
import { type Candidate, namedEventDate, pickNamed } from './candidate.js';
import { countriesOf, compatibleTypes } from './join.js';

/**
 * "شاركت في البيان الختامي لقمة الرئيس الأميركي ودول مجلس التعاون" in an article that names "قمة الرياض": a summit the
 * text does not date, of parties all among those of a named summit the same article recalls, is that summit.
 */
export function datePartiesSummit(events: Candidate[], ems: readonly EMention[], lex: EventLexicon, article: Article, a: Analysis): void {
  let named: Array<{ ev: NamedEventData; several: boolean; m: EMention }> | null = null;
  for (const e of events) {
    if (e.type !== 'summit' || e.date || e.status !== 'occurred') continue;
    if (named === null) {
      named = [];
      for (const m of ems) {
        const t = tagOf(m, 'named');
        const pick = t ? pickNamed(lex, t.ids, article.published) : null;
        if (pick && pick.ev.type === 'summit') named.push({ ...pick, m });
      }
    }
    const mine = countriesOf(e);
    const hit = mine.size >= 2 ? named.find((n) => [...mine].every((c) => n.ev.countries?.includes(c))) : undefined;
    if (!hit) continue;
    const phrase = originalOf(article, a, hit.m.first, hit.m.last);
    const d = namedEventDate(hit.ev, phrase, article.published, hit.several);
    e.date = { ...d, rule: 'named-event/same-parties', derivation: `a summit of ${[...mine].join(', ')}, the parties of ${phrase} named in the article: ${d.derivation}` };
    if (!e.place && hit.ev.place) e.place = { text: phrase, name_en: hit.ev.place, country: lex.placeCountry.get(hit.ev.place.toLowerCase()) ?? null };
  }
}


/**
 * "ويأتي الاتصال بعد نحو شهر من زيارة قام بها ولي عهد أبوظبي إلى واشنطن، التقى خلالها ...": the contacts of such a
 * sentence, undated in it, are dated from the contact it says it comes after (the most recent dated one of that type
 * told before): about a month before it. "ويأتي الإعلان بعد ..." measures from an announcement, which is no contact
 * but was made on the day its report gives ("أعلن الديوان اليوم أن ...").
 */
export function anchorToEarlier(events: Candidate[], sentences: readonly Sentence[], tokens: readonly Token[], a: Analysis, article: Article, W: ClauseWords): void {
  // (The last report with a day told before the contact at hand, kept as the contacts go by in text order: a walk
  // over all of them for each made an article of many announcements quadratic.)
  let told = 0;
  let lastReport: EventDate | undefined;
  for (const e of events) {
    for (; told < events.length && events[told].sentence < e.sentence; told++) {
      const r = events[told].reportedOn;
      if (r?.start && r.end && r.start <= article.published) lastReport = r;
    }
    if (e.date || e.type === 'statement' || e.pure || e.continues) continue;
    const S = sentences[e.sentence];
    const w0 = textAt(tokens, S.first);
    if (!W.comes.has(w0) && !(w0.startsWith('و') && W.comes.has(w0.slice(1)))) continue;
    const noun = textAt(tokens, S.first + 1);
    const type = W.anchor_nouns.get(noun);
    const announced = type === undefined && W.announcement_nouns.has(noun);
    if ((type === undefined && !announced) || S.first + 2 >= S.last) continue;
    const i = itemAtNorm(a, tokens[S.first + 2].s);
    const d = readEventDistance(a.ctx, i);
    if (!d || !a.items[d.i1] || a.items[d.i1].s > tokens[e.triggerAt ?? S.last - 1].s) continue;
    // (The noun is what the writer calls the contact: "وتأتي الزيارة" after "استقبل ... الوزير" is that reception.
    // One of the type the noun names first, else the last dated contact told.)
    let anchor: Candidate | undefined;
    let any: Candidate | undefined;
    let ad: EventDate | undefined;
    if (announced) {
      // (The last report told before it with a day, on or before publication: that announcement's day.)
      ad = lastReport;
    } else {
      for (const x of events) {
        if (x === e || x.sentence >= e.sentence || !x.date?.start || !x.date.end || x.type === 'statement' || x.pure) continue;
        any = x;
        if (type !== undefined && compatibleTypes(x.type, type)) anchor = x;
      }
      anchor ??= any;
      ad = anchor?.date ?? undefined;
    }
    if (!ad) continue;
    const what = anchor ? `the ${anchor.type}` : 'the announcement';
    const r = shiftByDistance(ad.start!, ad.end!, d);
    const day = r.start === r.end;
    const lastTok = tokenAtNorm(a, a.items[d.i1 - 1].s);
    const text = originalOf(article, a, S.first + 2, lastTok + 1);
    const qty = d.min === d.max ? `${d.min} ${d.unit}${d.min === 1 ? '' : 's'}` : `${d.min}–${d.max} ${d.unit}s`;
    e.date = {
      text,
      value: day ? r.start : `${r.start}/${r.end}`,
      start: r.start,
      end: r.end,
      grain: day ? 'day' : 'vague',
      mod: day && r.approx ? 'APPROX' : null,
      rule: `anchored/${d.dir}:${ad.rule}`,
      derivation: `${text}: ${d.about ? 'about ' : ''}${qty} ${d.dir === 'after' ? 'before' : 'after'} ${what} dated ${ad.text ?? 'undated'} (${ad.derivation}) → ${day ? `${r.approx ? 'about ' : ''}${fmtDay(r.start)}` : `${r.start}–${r.end}`}`,
    };
  }
}

// A first name that a proclitic would turn into a verb ("فيصل" = ف + "يصل", "كيلي" = ك + "يلي") is read as written
// by both lexicons: the Saudi foreign minister's name must not make a visit or give a sentence a future tense.
import { describe, expect, it } from 'vitest';
import { compileParsed, packPhrases } from '../../src/data/compile.js';
import { parseSources } from '../../src/data/load.js';
import { normalize } from '../../src/normalize/arabic.js';
import { tokenize } from '../../src/normalize/tokens.js';
import { scanMentions } from '../../src/events/scan.js';
import { buildItems } from '../../src/temporal/items.js';
import { builtinSources } from '../helpers/data.js';

const parsed = parseSources(builtinSources());
const fresh = compileParsed(parsed);
// The CLI compiles from the build's snapshot: the same rule must hold there.
const fromSnapshot = compileParsed(parsed, undefined, JSON.parse(JSON.stringify(packPhrases(fresh))));

describe('first names that read as proclitic + verb', () => {
  it('are found from the data, for both lexicons: فيصل and كيلي, not بان (ب + the grammar word أن, which is no verb)', () => {
    for (const data of [fresh, fromSnapshot]) {
      for (const names of [data.events.phrases.keptWhole(), data.temporal.phrases.keptWhole()]) {
        expect(names.has('فيصل')).toBe(true);
        expect(names.has('كيلي')).toBe(true);
        expect(names.has('بان')).toBe(false);
        expect(names.has('محمد')).toBe(false);
      }
    }
  });

  for (const [label, data] of [['compiled from YAML', fresh], ['compiled from the snapshot', fromSnapshot]] as const) {
    it(`are no contact word and no tense (${label}); the verbs themselves still are`, () => {
      const nt = normalize('وقال فيصل العمري إن الوزير يصل غدا، وإن كيلي كرافت التقت نظيرها فيما يلي اللقاء مؤتمر.');
      const tokens = tokenize(nt.text);
      const at = (w: string) => tokens.find((t) => t.text === w)!;
      const names = [at('فيصل'), at('كيلي')];
      const inName = (s: number) => names.some((t) => s >= t.s && s < t.e);
      const triggers = scanMentions(tokens, data.events, 0).filter((m) => m.tags.some((t) => t.t === 'trigger'));
      expect(triggers.filter((m) => inName(m.s))).toEqual([]);
      expect(triggers.map((m) => m.s)).toContain(at('يصل').s);
      const tensed = buildItems(tokens, data.temporal, nt.text).filter((it) => it.tags.some((t) => t.t === 'tense'));
      expect(tensed.filter((it) => inName(it.s))).toEqual([]);
      expect(tensed.map((it) => it.s)).toEqual(expect.arrayContaining([at('يصل').s, at('يلي').s]));
    });
  }

  it('but a first name that a proclitic turns into the start of a known name is read so: "بآن باترسون" is Anne Patterson, not Ban', async () => {
    const { processArticle } = await import('../../src/pipeline.js');
    const [c] = processArticle({ id: 't', source: 't', text: 'التقى وزير الخارجية القطري خالد العطية أمس بآن باترسون مساعدة وزير الخارجية الأمريكي في الدوحة.', published: '2015-08-02' }, fresh, { statements: false }).contacts;
    expect(c.participants.map((p) => p.name_en)).toEqual(['Khalid bin Mohammad Al-Attiyah', 'Anne W. Patterson']);
  });
});

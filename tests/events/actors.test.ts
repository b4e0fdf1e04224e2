import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holderAt, officesOf } from '../../src/events/actors.js';
import { isoDayNumber as dayNumber } from '../../src/temporal/calendar.js';
import { data } from '../helpers/data.js';

describe('isoDayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2017-05-31')).toBe(17317);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-02-29')).toBe(11016);
  });

  it('reads every valid ISO day as Date.parse does', () => {
    const iso = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(iso, (s) => dayNumber(s) === Date.parse(s) / 86400000));
  });

  it('is NaN for anything but a real day', () => {
    for (const s of ['2017-05', '2017-02-29', '2017-02-32', '2017-13-01', '20x7-05-31', '2017/05/31']) expect(dayNumber(s)).toBeNaN();
    expect(dayNumber('2016-02-29')).toBe(16860);
  });
});

describe('holderAt', () => {
  const lex = data().events;
  it('names the holder on a day', () => {
    expect(holderAt(lex, 'foreign_minister', 'USA', '2017-05-31', '2017-05-31')).toBe('rex-tillerson');
    expect(holderAt(lex, 'foreign_minister', 'USA', '2016-11-01', '2016-11-01')).toBe('john-kerry');
  });

  it('names the one in office longest over an interval', () => {
    // Kerry to 2017-01-20, an acting secretary to the 31st, Tillerson from 1 February.
    expect(holderAt(lex, 'foreign_minister', 'USA', '2017-01-01', '2017-01-31')).toBe('john-kerry');
    expect(holderAt(lex, 'foreign_minister', 'USA', '2017-01-15', '2017-02-28')).toBe('rex-tillerson');
  });

  it('reads dates that are not real days as Date.parse does', () => {
    // V8 rolls 30 January over into February, when Tillerson held the office.
    expect(holderAt(lex, 'foreign_minister', 'USA', '2017-01-30', '2017-02-30')).toBe('rex-tillerson');
    expect(holderAt(lex, 'foreign_minister', 'USA', '2016-05', '2016-05')).toBe('john-kerry');
  });

  it('has no answer outside every term or for an unknown office', () => {
    expect(holderAt(lex, 'foreign_minister', 'USA', '1700-01-01', '1700-12-31')).toBeNull();
    expect(holderAt(lex, 'foreign_minister', 'XXX', '2017-05-31', '2017-05-31')).toBeNull();
  });
});

describe('officesOf', () => {
  const lex = data().events;
  it('lists the offices held that day, the likeliest for a counterpart first', () => {
    // Defence minister and crown prince at once: the crown prince ranks first.
    expect(officesOf(lex, 'salman-bin-abdulaziz', '2013-01-01')).toEqual([
      { office: 'crown_prince', country: 'SAU' },
      { office: 'defense_minister', country: 'SAU' },
    ]);
    expect(officesOf(lex, 'salman-bin-abdulaziz', '2016-01-01')).toEqual([
      { office: 'head_of_state', country: 'SAU' },
      { office: 'head_of_government', country: 'SAU' },
    ]);
    // Prime minister and foreign minister: "نظيره" of a foreign minister is the foreign minister.
    expect(officesOf(lex, 'mohammed-bin-abdulrahman', '2024-01-01').map((o) => o.office)).toEqual(['foreign_minister', 'head_of_government']);
    expect(officesOf(lex, 'mohammed-bin-abdulrahman', '2017-05-31').map((o) => o.office)).toEqual(['foreign_minister']);
  });

  it('is empty for an unknown person or a day out of office', () => {
    expect(officesOf(lex, 'nobody', '2017-05-31')).toEqual([]);
    expect(officesOf(lex, 'salman-bin-abdulaziz', '2000-01-01')).toEqual([]);
  });
});

describe('the holders of China\'s, Germany\'s and the UK\'s offices', () => {
  const lex = data().events;
  it('resolve by the day, across handovers', () => {
    expect(holderAt(lex, 'foreign_minister', 'CHN', '2023-03-01', '2023-03-01')).toBe('qin-gang');
    expect(holderAt(lex, 'foreign_minister', 'CHN', '2023-08-01', '2023-08-01')).toBe('wang-yi');
    expect(holderAt(lex, 'head_of_government', 'CHN', '2018-11-10', '2018-11-10')).toBe('li-keqiang');
    expect(holderAt(lex, 'head_of_state', 'CHN', '2012-06-01', '2012-06-01')).toBe('hu-jintao');
    expect(holderAt(lex, 'head_of_government', 'DEU', '2022-01-10', '2022-01-10')).toBe('olaf-scholz');
    expect(holderAt(lex, 'foreign_minister', 'DEU', '2016-05-01', '2016-05-01')).toBe('frank-walter-steinmeier');
    expect(holderAt(lex, 'head_of_state', 'DEU', '2018-05-01', '2018-05-01')).toBe('frank-walter-steinmeier');
    expect(holderAt(lex, 'defense_minister', 'GBR', '2013-01-10', '2013-01-10')).toBe('philip-hammond');
    expect(holderAt(lex, 'defense_minister', 'GBR', '2020-01-10', '2020-01-10')).toBe('ben-wallace');
    expect(holderAt(lex, 'defense_minister', 'OMN', '2021-05-10', '2021-05-10')).toBe('shihab-bin-tarik');
    expect(holderAt(lex, 'defense_minister', 'OMN', '2019-05-10', '2019-05-10')).toBeNull();
  });
});

describe('actors.yaml', () => {
  it('never has two holders of one office on one day, except where several serve at once', () => {
    const shared = new Set(['special_envoy', 'vice_president', 'deputy_prime_minister', 'minister_of_state_foreign_affairs']);
    const problems: string[] = [];
    for (const [office, byCountry] of data().events.holders) {
      if (shared.has(office)) continue;
      for (const [country, terms] of byCountry) {
        const sorted = [...terms].sort((a, b) => a.fromDay - b.fromDay);
        for (let k = 1; k < sorted.length; k++) if (sorted[k].fromDay <= sorted[k - 1].toDay) problems.push(`${office} ${country}: ${sorted[k - 1].actor} to ${sorted[k - 1].to}, ${sorted[k].actor} from ${sorted[k].from}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('actors.yaml names', () => {
  it('every English name starts with a capital: a name cut short ("bin Abdulaziz") is caught', () => {
    const bad = [...data().events.actors.values()].filter((a) => !/^\p{Lu}/u.test(a.name_en)).map((a) => `${a.id}: ${a.name_en}`);
    expect(bad).toEqual([]);
  });
});

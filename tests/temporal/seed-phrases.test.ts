import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/temporal/extract.js';
import { data } from '../helpers/data.js';

describe('the seed article dates', () => {
  it('resolves the four phrases of the seed against its dateline', () => {
    const text = 'في 2017/05/31\nبحث وزير الخارجية القطري ونظيره الأمريكي، الثلاثاء، تعزيز التعاون.\nومطلع الشهر الجاري، اجتمع الوزيران.\nوفي فبراير/شباط الماضي، اجتمع الوزير.';
    const got = extractDates(text, '2017-05-31', data().temporal).map((m) => [m.text, m.start, m.end, m.grain, m.mod]);
    expect(got).toEqual([
      ['2017/05/31', '2017-05-31', '2017-05-31', 'day', null],
      ['الثلاثاء', '2017-05-30', '2017-05-30', 'day', null],
      ['مطلع الشهر الجاري', '2017-05-01', '2017-05-10', 'month-part', 'START'],
      ['فبراير/شباط الماضي', '2017-02-01', '2017-02-28', 'month', null],
    ]);
  });
});
